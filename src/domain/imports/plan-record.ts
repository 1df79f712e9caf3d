/**
 * What importing one row does to the stored record it matches: create it, update it (and
 * which fields change, before → after), or leave it unchanged. Shared by the dry run and
 * the real run so the preview and the outcome cannot disagree.
 *
 * A blank cell provides nothing, so it never erases a stored value: re-importing an export
 * that lacks a column, or has gaps, does not wipe what CSMs entered in Kizuna. Clearing a
 * field is done in the app, not by import.
 */
import type { RowIssue } from './import-kinds.js';

export type Changes = Record<string, [unknown, unknown]>;

export interface PlannedRow<T> {
  row: number;
  action: 'create' | 'update' | 'unchanged';
  /** the stored id: the existing record's, or a new one */
  id: string;
  /** the match key shown to people (the external id, or the email for contacts matched without one) */
  key: string | null;
  next: T;
  /** for an update, the fields that change; for a create, every field given */
  changes: Changes;
}

export interface RejectedRow {
  row: number;
  issues: RowIssue[];
}

export type RowPlan<T> = PlannedRow<T> | RejectedRow;

export function isRejected<T>(plan: RowPlan<T>): plan is RejectedRow {
  return 'issues' in plan;
}

function sameValue(a: unknown, b: unknown): boolean {
  if (a === b) return true;
  if (a === null || b === null || a === undefined || b === undefined) return (a ?? null) === (b ?? null);
  if (typeof a === 'object' && typeof b === 'object') return stableJson(a) === stableJson(b);
  return false;
}

function stableJson(value: unknown): string {
  if (Array.isArray(value)) return `[${value.map(stableJson).join(',')}]`;
  if (value && typeof value === 'object') {
    const entries = Object.entries(value as Record<string, unknown>).sort(([x], [y]) => (x < y ? -1 : x > y ? 1 : 0));
    return `{${entries.map(([k, v]) => `${JSON.stringify(k)}:${stableJson(v)}`).join(',')}}`;
  }
  return JSON.stringify(value);
}

/** Field-by-field differences, custom fields compared key by key. */
export function diffRecords(before: Record<string, unknown> | null, after: Record<string, unknown>): Changes {
  const changes: Changes = {};
  for (const [key, value] of Object.entries(after)) {
    if (key === 'customFields' && value && typeof value === 'object') {
      const old = (before?.customFields ?? {}) as Record<string, unknown>;
      for (const [k, v] of Object.entries(value as Record<string, unknown>)) {
        if (!sameValue(old[k], v)) changes[`customFields.${k}`] = [old[k] ?? null, v];
      }
    } else if (!sameValue(before ? before[key] : null, value)) {
      changes[key] = [before ? before[key] ?? null : null, value];
    }
  }
  return changes;
}

/**
 * The record after the row: the stored one (or `blank` for a new record) with the row's
 * values laid over it, custom fields merged key by key.
 */
export function mergeRecord<T extends Record<string, unknown>>(
  base: T, provided: Partial<T>, customFields: Record<string, unknown>,
): T {
  const next: T = { ...base, ...provided };
  const stored = base.customFields;
  if (stored && typeof stored === 'object') (next as Record<string, unknown>).customFields = { ...stored, ...customFields };
  return next;
}

/** Decide create / update / unchanged for a merged record. */
export function planOf<T extends Record<string, unknown>>(
  row: number, key: string | null, existing: (T & { id: string }) | null, next: T, newId: () => string,
): PlannedRow<T> {
  if (!existing) return { row, action: 'create', id: newId(), key, next, changes: diffRecords(null, next) };
  const { id, ...stored } = existing;
  const changes = diffRecords(stored, next);
  return { row, action: Object.keys(changes).length > 0 ? 'update' : 'unchanged', id, key, next, changes };
}
