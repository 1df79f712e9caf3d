/**
 * A job's mapping compiled once into what each column does, and the pure step that turns
 * one CSV row into the values it provides — with every problem in the row reported, not
 * just the first.
 */
import { coerceCustomFields } from '../accounts/custom-fields.js';
import { foldForSearch } from '../text/normalize.js';
import { parseDate } from './cell-values.js';
import type { CsvRow } from './csv-records.js';
import { FIELD_SPECS, type FieldSpec, type MemberRef, type ParseContext } from './field-parsers.js';
import type { ImportKind, RowIssue } from './import-kinds.js';
import type { ColumnMapping, ImportCustomField } from './suggest-mapping.js';
import { customFieldKeyOf, TARGET_FIELDS } from './target-fields.js';

interface Column {
  index: number;
  header: string;
  target: string;
  spec: FieldSpec | null;
  customField: ImportCustomField | null;
}

export interface RowSchema {
  kind: ImportKind;
  headerCount: number;
  columns: readonly Column[];
  /** the header a target (or the stored field it fills, e.g. ownerId) is read from */
  headerOf(field: string): string | null;
  ctx: ParseContext;
}

/** What one row provides: stored-field values for its non-blank cells, custom fields apart. */
export interface ParsedRow {
  row: number;
  values: Record<string, unknown>;
  customFields: Record<string, unknown>;
  issues: RowIssue[];
}

export interface SchemaInput {
  kind: ImportKind;
  headers: readonly string[];
  mapping: ColumnMapping;
  members: readonly MemberRef[];
  customFields: readonly ImportCustomField[];
}

export function compileRowSchema(input: SchemaInput): RowSchema {
  const specs = FIELD_SPECS[input.kind];
  const defs = new Map(input.customFields.map((d) => [d.key, d]));
  const columns: Column[] = [];
  const headerByField = new Map<string, string>();
  input.headers.forEach((header, index) => {
    const target = input.mapping[header];
    if (!target) return;
    const customKey = customFieldKeyOf(target);
    const spec = customKey === null ? specs[target] ?? null : null;
    const customField = customKey === null ? null : defs.get(customKey) ?? null;
    if (!spec && !customField) return;
    columns.push({ index, header, target, spec, customField });
    headerByField.set(target, header);
    if (spec?.into) headerByField.set(spec.into, header);
  });
  const membersByName = new Map<string, MemberRef[]>();
  for (const m of input.members) {
    const key = foldForSearch(m.name);
    membersByName.set(key, [...(membersByName.get(key) ?? []), m]);
  }
  return {
    kind: input.kind,
    headerCount: input.headers.length,
    columns,
    headerOf: (field) => headerByField.get(field) ?? null,
    ctx: { membersByEmail: new Map(input.members.map((m) => [m.email.toLowerCase(), m])), membersByName },
  };
}

/**
 * Parse one row against the schema. Blank cells provide nothing; required fields must not
 * be blank; a value pulled along by another (e.g. the years of "2年") yields to its own column.
 * @example parseRow(schema, { row: 2, cells: ['A-1', '株式会社さくら'] }).values // { externalId: 'A-1', name: '株式会社さくら' }
 */
export function parseRow(schema: RowSchema, csv: CsvRow): ParsedRow {
  const out: ParsedRow = { row: csv.row, values: {}, customFields: {}, issues: [] };
  const also: Record<string, unknown> = {};
  const issue = (column: string | null, code: RowIssue['code'], message: string) =>
    out.issues.push({ row: csv.row, column, code, message });
  for (const column of schema.columns) {
    const text = (csv.cells[column.index] ?? '').replaceAll('\u0000', '').trim(); // PostgreSQL text cannot hold NUL
    if (text === '') continue;
    if (column.customField) {
      const def = column.customField;
      const raw = def.type === 'date' ? parseDate(text) : text;
      if (raw === null) {
        issue(column.header, 'invalid_date', `"${text}" is not a date (e.g. 2026/4/1, 2026-04-01, 2026年4月1日)`);
        continue;
      }
      const result = coerceCustomFields([def], { [def.key]: raw });
      for (const i of result.issues) issue(column.header, 'custom_field', i.message);
      if (result.issues.length === 0) out.customFields[def.key] = result.values[def.key];
      continue;
    }
    const spec = column.spec;
    if (!spec) continue;
    const parsed = spec.parse(text, schema.ctx);
    if ('code' in parsed) issue(column.header, parsed.code, parsed.message);
    else {
      out.values[spec.into ?? column.target] = parsed.value;
      Object.assign(also, parsed.also);
    }
  }
  for (const [key, value] of Object.entries(also)) if (!(key in out.values)) out.values[key] = value;
  checkPresence(schema, csv, out, issue);
  return out;
}

function checkPresence(schema: RowSchema, csv: CsvRow, out: ParsedRow, issue: (c: string | null, code: RowIssue['code'], m: string) => void) {
  const failedColumns = new Set(out.issues.map((i) => i.column));
  for (const field of TARGET_FIELDS[schema.kind]) {
    const header = schema.headerOf(field.key);
    const into = FIELD_SPECS[schema.kind][field.key]?.into ?? field.key;
    if (field.required && header && !(into in out.values) && !failedColumns.has(header)) issue(header, 'required', 'is required');
  }
  if (schema.kind === 'contacts' && !('externalId' in out.values) && !('email' in out.values)) {
    const header = schema.headerOf('externalId') ?? schema.headerOf('email');
    if (!failedColumns.has(header)) issue(header, 'required', 'needs an external id or an email, to match the contact by');
  }
  if (csv.cells.slice(schema.headerCount).some((c) => c.trim() !== '')) {
    issue(null, 'extra_cells', `has ${csv.cells.length} cells but the header has ${schema.headerCount}; is a comma missing its quotes?`);
  }
}
