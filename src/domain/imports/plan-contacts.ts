/**
 * Planning a contacts row. Idempotency key: the contact's external id when the row has one;
 * otherwise the natural key (account external id, email) — the same person at the same
 * company — so a sheet without contact ids still re-imports without duplicates. The account
 * is found by its external id; a row naming an unknown account is a row error.
 */
import { mergeRecord, planOf, type RowPlan } from './plan-record.js';
import type { ParsedRow, RowSchema } from './row-schema.js';
import type { ContactFields } from '../accounts/contact-fields.js';

export interface ContactRecord extends Record<string, unknown>, ContactFields {
  accountId: string;
}

export interface StoredContact extends ContactRecord {
  id: string;
}

export interface ContactLookup {
  /** account ids by account external id */
  accountIds: ReadonlyMap<string, string>;
  byExternalId: ReadonlyMap<string, StoredContact>;
  /** stored contacts by contactNaturalKey(accountId, lower-cased email) */
  byAccountEmail: ReadonlyMap<string, readonly StoredContact[]>;
  newId(): string;
}

export function contactNaturalKey(accountId: string, email: string): string {
  return `${accountId} ${email.toLowerCase()}`;
}

const blank = (accountId: string): ContactRecord => ({
  externalId: null, accountId, name: '', nameReading: null, email: null, phone: null, title: null, level: null, role: null,
  notes: null, cadenceDays: null, channel: null, customFields: {},
});

export function planContactRow(schema: RowSchema, parsed: ParsedRow, lookup: ContactLookup): RowPlan<ContactRecord> {
  if (parsed.issues.length > 0) return { row: parsed.row, issues: parsed.issues };
  const { accountExternalId, ...provided } = parsed.values as Partial<ContactRecord> & { accountExternalId?: string };
  const accountId = lookup.accountIds.get(accountExternalId ?? '');
  if (!accountId) {
    return {
      row: parsed.row,
      issues: [{
        row: parsed.row, column: schema.headerOf('accountExternalId'), code: 'unknown_account',
        message: `no account has the external id "${accountExternalId}"; import accounts first`,
      }],
    };
  }
  let existing: StoredContact | null = null;
  if (provided.externalId) existing = lookup.byExternalId.get(provided.externalId) ?? null;
  else if (provided.email) {
    const matches = lookup.byAccountEmail.get(contactNaturalKey(accountId, provided.email)) ?? [];
    if (matches.length > 1) {
      return {
        row: parsed.row,
        issues: [{
          row: parsed.row, column: schema.headerOf('email'), code: 'ambiguous_match',
          message: `${matches.length} contacts of this account have the email ${provided.email}; add a contact id column to tell them apart`,
        }],
      };
    }
    existing = matches[0] ?? null;
  }
  const base: ContactRecord = existing ? stripId(existing) : blank(accountId);
  const next = mergeRecord<ContactRecord>(base, { ...provided, accountId }, parsed.customFields);
  return planOf(parsed.row, provided.externalId ?? provided.email ?? null, existing, next, lookup.newId);
}

function stripId({ id: _id, ...rest }: StoredContact): ContactRecord {
  return rest;
}
