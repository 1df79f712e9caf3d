/**
 * Checks a column mapping before a job may run: every required field mapped, no field
 * mapped from two columns, only known headers and targets. Each issue names the field or
 * the column at fault so the wizard can point at it.
 */
import type { ImportKind } from './import-kinds.js';
import type { ColumnMapping, ImportCustomField } from './suggest-mapping.js';
import { customFieldKeyOf, TARGET_FIELDS } from './target-fields.js';

export interface MappingIssue {
  /** the target field key (e.g. "name"), or "mapping.<header>" for a bad column entry */
  path: string;
  message: string;
}

export function validateMapping(
  kind: ImportKind, headers: readonly string[], mapping: ColumnMapping, customFields: readonly ImportCustomField[],
): MappingIssue[] {
  const issues: MappingIssue[] = [];
  const core = new Set(TARGET_FIELDS[kind].map((f) => f.key));
  const custom = new Set(customFields.map((f) => f.key));
  const known = new Set(headers);
  const columnsOf = new Map<string, string[]>();
  for (const [header, target] of Object.entries(mapping)) {
    if (!known.has(header)) {
      issues.push({ path: `mapping.${header}`, message: 'is not a column of this file' });
      continue;
    }
    if (target === null) continue;
    const customKey = customFieldKeyOf(target);
    if (customKey !== null ? !custom.has(customKey) : !core.has(target)) {
      issues.push({ path: `mapping.${header}`, message: `"${target}" is not a field of ${kind}` });
      continue;
    }
    columnsOf.set(target, [...(columnsOf.get(target) ?? []), header]);
  }
  for (const [target, columns] of columnsOf) {
    if (columns.length > 1) issues.push({ path: target, message: `is mapped from several columns (${columns.join(', ')}); pick one` });
  }
  for (const field of TARGET_FIELDS[kind]) {
    if (field.required && !columnsOf.has(field.key)) {
      issues.push({ path: field.key, message: `is required: map a column to ${field.labelEn} (${field.labelJa})` });
    }
  }
  if (kind === 'contacts' && !columnsOf.has('externalId') && !columnsOf.has('email')) {
    issues.push({
      path: 'externalId',
      message: 'map an external id column, or an email column: without an id, contacts are matched by account and email',
    });
  }
  return issues;
}
