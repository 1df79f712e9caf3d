/**
 * The wizard's first guess at which column holds which field, so a typical export from a
 * CRM or an Excel sheet needs no manual mapping (SPEC §4, self-serve setup).
 */
import { foldForSearch } from '../text/normalize.js';
import type { CustomFieldDef } from '../accounts/custom-fields.js';
import { HEADER_ALIASES } from './header-aliases.js';
import type { ImportKind } from './import-kinds.js';
import { customFieldTarget, TARGET_FIELDS } from './target-fields.js';

/** A custom field definition with the labels a header may use. */
export interface ImportCustomField extends CustomFieldDef {
  labelJa: string;
  labelEn: string;
}

/** header → target field key, or null when the column is skipped */
export type ColumnMapping = Record<string, string | null>;

const MARKERS = /[(（[【<＜]\s*(必須|任意|required|optional|\*)\s*[)）\]】>＞]|[*＊※]/gi;

/**
 * Fold a header for matching: NFKC, case, spaces and kana folded (foldForSearch), markers
 * like "(必須)" or "*" dropped, and the separators people vary ("_", "-", ".", "・") removed.
 * @example foldHeader('Account_Name（必須）') === foldHeader('account name') // true
 */
export function foldHeader(header: string): string {
  return foldForSearch(header.normalize('NFKC').replace(MARKERS, '')).replace(/[_\-.・/:]/g, '');
}

const aliasIndex = new Map<ImportKind, Map<string, string>>();

function aliasesOf(kind: ImportKind): Map<string, string> {
  let index = aliasIndex.get(kind);
  if (!index) {
    index = new Map();
    for (const target of TARGET_FIELDS[kind]) {
      for (const name of [target.key, target.labelJa, target.labelEn, ...(HEADER_ALIASES[kind][target.key] ?? [])]) {
        const folded = foldHeader(name);
        if (!index.has(folded)) index.set(folded, target.key);
      }
    }
    aliasIndex.set(kind, index);
  }
  return index;
}

/**
 * Suggest a target for each header: a known alias of a core field first, then a custom
 * field whose key or label matches; a target is given to the first column that claims it.
 * @example suggestMapping('accounts', ['会社名', 'メモ'], []) // { 会社名: 'name', メモ: null }
 */
export function suggestMapping(kind: ImportKind, headers: readonly string[], customFields: readonly ImportCustomField[]): ColumnMapping {
  const aliases = aliasesOf(kind);
  const custom = new Map<string, string>();
  for (const def of customFields) {
    for (const name of [def.key, def.labelJa, def.labelEn]) {
      const folded = foldHeader(name);
      if (!custom.has(folded)) custom.set(folded, customFieldTarget(def.key));
    }
  }
  const taken = new Set<string>();
  const mapping: ColumnMapping = {};
  for (const header of headers) {
    const folded = foldHeader(header);
    const target = aliases.get(folded) ?? custom.get(folded) ?? null;
    if (target && !taken.has(target)) {
      taken.add(target);
      mapping[header] = target;
    } else {
      mapping[header] = null;
    }
  }
  return mapping;
}
