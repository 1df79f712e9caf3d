import type { CustomFieldType } from './fields.js';

export interface CustomFieldDef {
  key: string;
  type: CustomFieldType;
  options: string[] | null;
}

export interface CustomFieldIssue {
  key: string;
  message: string;
}

/**
 * Check custom-field values against the workspace's definitions and coerce them to their
 * type (numbers from numeric strings, dates as YYYY-MM-DD, booleans from yes/no/はい/いいえ).
 * Unknown keys are issues, not silently dropped; null clears a field.
 */
export function coerceCustomFields(
  defs: readonly CustomFieldDef[], values: Readonly<Record<string, unknown>>,
): { values: Record<string, unknown>; issues: CustomFieldIssue[] } {
  const byKey = new Map(defs.map((d) => [d.key, d]));
  const out: Record<string, unknown> = {};
  const issues: CustomFieldIssue[] = [];
  for (const [key, raw] of Object.entries(values)) {
    const def = byKey.get(key);
    if (!def) {
      issues.push({ key, message: `unknown custom field "${key}"; define it in Settings → Custom fields first` });
      continue;
    }
    if (raw === null || raw === '') {
      out[key] = null;
      continue;
    }
    const result = coerceOne(def, raw);
    if ('error' in result) issues.push({ key, message: result.error });
    else out[key] = result.value;
  }
  return { values: out, issues };
}

const TRUE_WORDS = new Set(['true', 'yes', 'y', '1', 'はい', '有', 'あり', '○']);
const FALSE_WORDS = new Set(['false', 'no', 'n', '0', 'いいえ', '無', 'なし', '×']);

function coerceOne(def: CustomFieldDef, raw: unknown): { value: unknown } | { error: string } {
  const text = typeof raw === 'string' ? raw.normalize('NFKC').trim() : raw;
  switch (def.type) {
    case 'text':
      return typeof text === 'string' ? { value: text } : { error: 'must be text' };
    case 'number': {
      const n = typeof text === 'number' ? text : typeof text === 'string' ? Number(text.replace(/,/g, '')) : NaN;
      return Number.isFinite(n) ? { value: n } : { error: 'must be a number' };
    }
    case 'date':
      return typeof text === 'string' && /^\d{4}-\d{2}-\d{2}$/.test(text.replaceAll('/', '-'))
        ? { value: text.replaceAll('/', '-') }
        : { error: 'must be a date (YYYY-MM-DD)' };
    case 'boolean': {
      if (typeof text === 'boolean') return { value: text };
      const word = String(text).toLowerCase();
      if (TRUE_WORDS.has(word)) return { value: true };
      if (FALSE_WORDS.has(word)) return { value: false };
      return { error: 'must be yes or no' };
    }
    case 'select':
      return typeof text === 'string' && (def.options ?? []).includes(text)
        ? { value: text }
        : { error: `must be one of: ${(def.options ?? []).join(', ')}` };
  }
}
