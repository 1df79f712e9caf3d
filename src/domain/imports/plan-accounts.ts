/**
 * Planning an accounts row. Idempotency key: the external (CRM) id — every row must have
 * one, and a row with an id already stored updates that account. Billing and product ids
 * are unique per workspace, so a row may not give one that another account holds.
 */
import type { SizeBand } from '../accounts/fields.js';
import { mergeRecord, planOf, type RowPlan } from './plan-record.js';
import type { ParsedRow, RowSchema } from './row-schema.js';
import type { RowIssue } from './import-kinds.js';

export interface AccountRecord extends Record<string, unknown> {
  externalId: string;
  name: string;
  nameReading: string | null;
  billingId: string | null;
  productId: string | null;
  industry: string | null;
  sizeBand: SizeBand | null;
  useCase: string | null;
  plan: string | null;
  region: string | null;
  ownerId: string | null;
  customFields: Record<string, unknown>;
}

export interface StoredAccount extends AccountRecord {
  id: string;
}

export interface AccountLookup {
  /** stored accounts by external id */
  existing: ReadonlyMap<string, StoredAccount>;
  /** external id of the account holding a billing id / product id (null when it has no external id) */
  billingIdHolders: ReadonlyMap<string, string | null>;
  productIdHolders: ReadonlyMap<string, string | null>;
  newId(): string;
}

const BLANK: AccountRecord = {
  externalId: '', name: '', nameReading: null, billingId: null, productId: null, industry: null, sizeBand: null,
  useCase: null, plan: null, region: null, ownerId: null, customFields: {},
};

export function planAccountRow(schema: RowSchema, parsed: ParsedRow, lookup: AccountLookup): RowPlan<AccountRecord> {
  if (parsed.issues.length > 0) return { row: parsed.row, issues: parsed.issues };
  const provided = parsed.values as Partial<AccountRecord>;
  const externalId = provided.externalId ?? '';
  const issues: RowIssue[] = [];
  for (const [field, holders] of [['billingId', lookup.billingIdHolders], ['productId', lookup.productIdHolders]] as const) {
    const value = provided[field];
    if (!value || !holders.has(value)) continue;
    const holder = holders.get(value);
    if (holder !== externalId) {
      issues.push({
        row: parsed.row, column: schema.headerOf(field), code: 'taken',
        message: `${value} already belongs to ${holder ? `the account with external id ${holder}` : 'another account'}`,
      });
    }
  }
  if (issues.length > 0) return { row: parsed.row, issues };
  const existing = lookup.existing.get(externalId) ?? null;
  const next = mergeRecord<AccountRecord>(existing ? stripId(existing) : BLANK, provided, parsed.customFields);
  return planOf(parsed.row, externalId, existing, next, lookup.newId);
}

function stripId({ id: _id, ...rest }: StoredAccount): AccountRecord {
  return rest;
}
