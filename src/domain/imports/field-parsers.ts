/**
 * How each target field reads its cell, per import kind. A parser gets the trimmed,
 * non-blank cell text and returns the value to store (under `into`, when the stored field
 * has another name) or a row-error code and message. Blank cells never reach a parser:
 * a blank cell leaves the stored value as it is (see plan-record.ts).
 */
import { foldForSearch } from '../text/normalize.js';
import {
  CONTACT_CHANNEL_WORDS, CONTACT_LEVEL_WORDS, CONTACT_ROLE_WORDS, matchInterval, matchWord, SUBSCRIPTION_STATUS_WORDS,
} from './enum-values.js';
import { isAmountText, parseCurrency, parseDate, parseEmail, parseInteger, parsePercent, parseSizeBand } from './cell-values.js';
import type { ImportKind, RowIssueCode } from './import-kinds.js';

export interface MemberRef {
  userId: string;
  email: string;
  name: string;
}

export interface ParseContext {
  /** members by lower-cased email and by folded name, for the owner column */
  membersByEmail: ReadonlyMap<string, MemberRef>;
  membersByName: ReadonlyMap<string, readonly MemberRef[]>;
}

export type Parsed =
  | { value: unknown; also?: Record<string, unknown> }
  | { code: RowIssueCode; message: string };

export type FieldParser = (text: string, ctx: ParseContext) => Parsed;

export interface FieldSpec {
  parse: FieldParser;
  /** the stored field, when it differs from the target key (owner → ownerId) */
  into?: string;
}

const fail = (code: RowIssueCode, message: string): Parsed => ({ code, message });

const text = (max: number): FieldSpec => ({
  parse: (t) => (t.length > max ? fail('too_long', `is longer than ${max} characters`) : { value: t }),
});

const oneOf = <T extends string>(table: Readonly<Record<T, readonly string[]>>, what: string): FieldSpec => ({
  parse: (t) => {
    const value = matchWord(table, t);
    return value ? { value } : fail('invalid_value', `"${t}" is not a known ${what} (${Object.keys(table).join(', ')})`);
  },
});

const date: FieldSpec = {
  parse: (t) => {
    const value = parseDate(t);
    return value ? { value } : fail('invalid_date', `"${t}" is not a date (e.g. 2026/4/1, 2026-04-01, 2026年4月1日)`);
  },
};

const count = (min: number, max: number): FieldSpec => ({
  parse: (t) => {
    const value = parseInteger(t);
    return value !== null && value >= min && value <= max
      ? { value }
      : fail('invalid_number', `"${t}" is not a whole number from ${min} to ${max}`);
  },
});

const owner: FieldSpec = {
  into: 'ownerId',
  parse: (t, ctx) => {
    const byEmail = ctx.membersByEmail.get(t.normalize('NFKC').toLowerCase());
    if (byEmail) return { value: byEmail.userId };
    const byName = ctx.membersByName.get(foldForSearch(t)) ?? [];
    if (byName.length === 1 && byName[0]) return { value: byName[0].userId };
    if (byName.length > 1) return fail('ambiguous_match', `several members are called "${t}"; use their email instead`);
    return fail('unknown_owner', `"${t}" is not a member of this workspace (give their email or name)`);
  },
};

const externalId = text(120);

export const FIELD_SPECS: Readonly<Record<ImportKind, Readonly<Record<string, FieldSpec>>>> = {
  accounts: {
    externalId, name: text(200), nameReading: text(200), billingId: externalId, productId: externalId,
    industry: text(100), useCase: text(200), plan: text(100), region: text(100), owner,
    sizeBand: {
      parse: (t) => {
        const value = parseSizeBand(t);
        return value ? { value } : fail('invalid_value', `"${t}" is not a head count or one band of 1-49, 50-99, 100-299, 300-999, 1000-4999, 5000+`);
      },
    },
  },
  contacts: {
    externalId, accountExternalId: externalId, name: text(200), nameReading: text(200), phone: text(50), title: text(100),
    notes: text(5000), level: oneOf(CONTACT_LEVEL_WORDS, 'level'), role: oneOf(CONTACT_ROLE_WORDS, 'role'),
    channel: oneOf(CONTACT_CHANNEL_WORDS, 'channel'), cadenceDays: count(1, 3650),
    email: {
      parse: (t) => {
        const value = parseEmail(t);
        if (!value) return fail('invalid_email', `"${t}" is not an email address`);
        return value.length > 254 ? fail('too_long', 'is longer than 254 characters') : { value };
      },
    },
  },
  subscriptions: {
    externalId, accountExternalId: externalId, product: text(100), plan: text(100),
    quantity: count(0, 10_000_000), intervalCount: count(1, 10), startedOn: date, endsOn: date, cancelledOn: date,
    status: oneOf(SUBSCRIPTION_STATUS_WORDS, 'status'),
    unitPrice: {
      into: 'unitPriceText',
      parse: (t) => (isAmountText(t) ? { value: t } : fail('invalid_amount', `"${t}" is not an amount (e.g. 12000, ¥12,000, 1,200.50)`)),
    },
    currency: {
      parse: (t) => {
        const value = parseCurrency(t);
        return value ? { value } : fail('invalid_value', `"${t}" is not a supported currency code (e.g. JPY, USD)`);
      },
    },
    billingInterval: {
      parse: (t) => {
        const found = matchInterval(t);
        if (!found) return fail('invalid_value', `"${t}" is not a billing interval (月/monthly, 年/annual, 四半期/quarterly, 2年 …)`);
        return { value: found.interval, also: { intervalCount: found.count } };
      },
    },
    discountPercent: {
      parse: (t) => {
        const value = parsePercent(t);
        return value !== null ? { value } : fail('invalid_number', `"${t}" is not a percentage from 0 to 100`);
      },
    },
  },
};
