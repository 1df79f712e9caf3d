/**
 * Reading subscription-history rows and gathering them per line. Cells are read by the same
 * parsers as the subscriptions import (dates like 2026/4/1 or 令和8年4月1日, amounts like
 * ¥12,000, statuses like 解約, intervals like 年額 or 2年), with defaults for what a row leaves
 * blank: 1 seat, the base currency, monthly, no discount, active.
 *
 * Per line, the rows of one day collapse to the last one in the file (movements are netted
 * per day, reference/metrics.md), and a line whose rows disagree about its account, or have
 * any error, is left out whole — a history with a hole in it would misstate MRR.
 */
import { parseAmount } from '../money/currency.js';
import type { CsvRow } from '../imports/csv-records.js';
import { FIELD_SPECS, type FieldSpec } from '../imports/field-parsers.js';
import type { RowIssue } from '../imports/import-kinds.js';
import { HISTORY_FIELDS, HISTORY_FIELD_INFO, type HistoryColumns, type HistoryField } from './history-columns.js';
import type { LineState } from './line-snapshots.js';

export interface HistoryRow {
  row: number;
  subscriptionExternalId: string;
  accountExternalId: string;
  effectiveOn: string;
  product: string | null;
  state: LineState;
}

export interface WorkspaceMoneyRules {
  baseCurrency: string;
  /** currencies convertible into the base currency: the base itself and those with a rate */
  ratedCurrencies: ReadonlySet<string>;
}

const specs = FIELD_SPECS.subscriptions;
const PARSERS: Readonly<Record<HistoryField, FieldSpec | undefined>> = {
  subscriptionExternalId: specs.externalId, accountExternalId: specs.accountExternalId, effectiveOn: specs.startedOn,
  plan: specs.plan, unitPrice: specs.unitPrice, quantity: specs.quantity, currency: specs.currency,
  billingInterval: specs.billingInterval, intervalCount: specs.intervalCount, discountPercent: specs.discountPercent,
  status: specs.status, endsOn: specs.endsOn, product: specs.product,
};
const NO_MEMBERS = { membersByEmail: new Map(), membersByName: new Map() };

/** One row as a dated line state, or the problems that stop it. */
export function parseHistoryRow(
  columns: HistoryColumns, headers: readonly string[], csv: CsvRow, money: WorkspaceMoneyRules,
): { value: HistoryRow | null; issues: RowIssue[] } {
  const issues: RowIssue[] = [];
  const issue = (field: HistoryField, code: RowIssue['code'], message: string) =>
    issues.push({ row: csv.row, column: headerOf(columns, headers, field), code, message });
  const values: Record<string, unknown> = {};
  const also: Record<string, unknown> = {};
  for (const field of HISTORY_FIELDS) {
    const index = columns.indexOf[field];
    const raw = index === undefined ? '' : (csv.cells[index] ?? '').replaceAll('\u0000', '').trim();
    // CP932 has one byte for ¥ and \: a Shift_JIS file from Excel writes "¥500,000" and it decodes as "\500,000".
    const text = field === 'unitPrice' ? raw.replace(/^\\/, '¥') : raw;
    if (text === '') {
      if (HISTORY_FIELD_INFO[field].required) issue(field, 'required', 'is required');
      continue;
    }
    const parsed = PARSERS[field]!.parse(text, NO_MEMBERS);
    if ('code' in parsed) issue(field, parsed.code, parsed.message);
    else {
      values[field] = parsed.value;
      Object.assign(also, parsed.also);
    }
  }
  if (issues.length > 0) return { value: null, issues };

  const currency = (values.currency as string | undefined) ?? money.baseCurrency;
  if (!money.ratedCurrencies.has(currency)) {
    issue('currency', 'invalid_value', `no exchange rate from ${currency} to ${money.baseCurrency}; add one in Settings → Workspace first`);
  }
  const unitPrice = parseAmount(String(values.unitPrice), currency);
  if (unitPrice === null) issue('unitPrice', 'invalid_amount', `"${String(values.unitPrice)}" has more decimals than ${currency} allows`);
  const billingInterval = (values.billingInterval as LineState['billingInterval'] | undefined) ?? 'month';
  const intervalCount = (values.intervalCount as number | undefined) ?? (also.intervalCount as number | undefined) ?? 1;
  if (billingInterval === 'multi_year' && intervalCount < 2) issue('intervalCount', 'invalid_value', 'a multi-year term needs its number of years (2 or more)');
  if (billingInterval !== 'multi_year' && intervalCount !== 1) issue('intervalCount', 'invalid_value', 'only multi-year terms have a year count; use 1');
  if (issues.length > 0 || unitPrice === null) return { value: null, issues };

  return {
    value: {
      row: csv.row,
      subscriptionExternalId: values.subscriptionExternalId as string,
      accountExternalId: values.accountExternalId as string,
      effectiveOn: values.effectiveOn as string,
      product: (values.product as string | undefined) ?? null,
      state: {
        plan: values.plan as string, quantity: (values.quantity as number | undefined) ?? 1, unitPrice, currency,
        billingInterval, intervalCount, discountPercent: (values.discountPercent as number | undefined) ?? 0,
        status: (values.status as LineState['status'] | undefined) ?? 'active', endsOn: (values.endsOn as string | undefined) ?? null,
      },
    },
    issues,
  };
}

function headerOf(columns: HistoryColumns, headers: readonly string[], field: HistoryField): string | null {
  const index = columns.indexOf[field];
  return index === undefined ? null : headers[index] ?? null;
}

export interface HistoryLine {
  subscriptionExternalId: string;
  accountExternalId: string;
  /** one row per day, in date order */
  rows: HistoryRow[];
}

export interface GroupedHistory {
  lines: HistoryLine[];
  /** rows replaced by a later row of the same line and day */
  superseded: number;
  issues: RowIssue[];
}

/**
 * Rows gathered per line. `failedLines` names lines that already have a bad row; they and
 * their other rows are left out.
 */
export function groupHistoryRows(rows: readonly HistoryRow[], failedLines: ReadonlySet<string>, accountHeader: string | null): GroupedHistory {
  const byLine = new Map<string, HistoryRow[]>();
  for (const row of rows) byLine.set(row.subscriptionExternalId, [...(byLine.get(row.subscriptionExternalId) ?? []), row]);
  const lines: HistoryLine[] = [];
  const issues: RowIssue[] = [];
  let superseded = 0;
  for (const [id, list] of byLine) {
    if (failedLines.has(id)) continue;
    const account = list[0]!.accountExternalId;
    const stray = list.filter((r) => r.accountExternalId !== account);
    if (stray.length > 0) {
      issues.push(...stray.map((r) => ({
        row: r.row, column: accountHeader, code: 'invalid_value' as const,
        message: `names account "${r.accountExternalId}", but row ${list[0]!.row} puts subscription "${id}" on "${account}"`,
      })));
      continue;
    }
    const byDay = new Map<string, HistoryRow>();
    for (const row of list) {
      if (byDay.has(row.effectiveOn)) superseded += 1;
      byDay.set(row.effectiveOn, row); // the last row of a day wins
    }
    const ordered = [...byDay.values()].sort((a, b) => (a.effectiveOn < b.effectiveOn ? -1 : a.effectiveOn > b.effectiveOn ? 1 : 0));
    lines.push({ subscriptionExternalId: id, accountExternalId: account, rows: ordered });
  }
  return { lines, superseded, issues };
}
