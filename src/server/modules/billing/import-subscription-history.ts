/**
 * Importing subscription history from CSV: each row is a line's whole state from a date. Rows
 * land in the lines' dated history (subscription_events, source 'import') beside whatever the
 * API or Stripe recorded; a row equal to a state already recorded for that line on that date
 * is skipped, so importing the same file twice changes nothing the second time. New lines are
 * created on the account named by its external id (or billing id); each line then holds the
 * state after its last event, and the accounts' MRR, renewal date and status follow — all in
 * one transaction, with one timeline entry per account and one audit row.
 */
import { randomUUID } from 'node:crypto';
import type { Db, Tx } from '../../db/connect.js';
import type { Principal } from '../../auth/principal.js';
import { MAX_REPORTED_ISSUES, type RowIssue } from '../../../domain/imports/import-kinds.js';
import type { HistoryLine } from '../../../domain/billing/history-rows.js';
import { planLineWrite } from '../../../domain/billing/plan-line-write.js';
import { recordAudit } from '../audit/store.js';
import { recordSystemEvents } from '../timeline/system-events.js';
import { workspaceMoney } from '../subscriptions/store.js';
import { accountIdsByExternalId, findKnownLines, type KnownLine } from './line-store.js';
import { readHistoryFile, type HistoryFile } from './read-history-file.js';
import { writeLinePlans, type PlannedLine } from './write-line-plans.js';
import type { HistoryImportReport } from './schema.js';

const TIMELINE_SLICE = 2000;

export async function importSubscriptionHistory(
  db: Db, principal: Principal, bytes: Uint8Array, options: { dryRun: boolean; now: Date },
): Promise<HistoryImportReport> {
  const ws = principal.workspaceId;
  const money = await workspaceMoney(db, ws);
  const rated = new Set([money.baseCurrency, ...Object.keys(money.exchangeRates)]);
  const file = await readHistoryFile(bytes, { baseCurrency: money.baseCurrency, ratedCurrencies: rated });

  return db.transaction(async (tx) => {
    const { planned, issues, skippedRows } = await planLines(tx, ws, file, options.now);
    const report = reportOf(file, planned, [...file.issues, ...issues], file.skippedRows + skippedRows, options.dryRun);
    if (options.dryRun || report.events.inserted + report.lines.changed === 0) return report;

    await writeLinePlans(tx, ws, planned.map((p) => p.line), 'import', options.now);
    const perAccount = new Map<string, { lines: number; events: number }>();
    for (const { line } of planned) {
      if (!line.plan.line && line.plan.inserts.length === 0) continue;
      const tally = perAccount.get(line.accountId) ?? { lines: 0, events: 0 };
      perAccount.set(line.accountId, { lines: tally.lines + 1, events: tally.events + line.plan.inserts.length });
    }
    const entries = [...perAccount].map(([accountId, tally]) => ({ accountId, event: 'subscription.history_imported', data: { ...tally, source: 'import' } }));
    // in slices: one multi-row insert has at most 65,535 parameters on PostgreSQL
    for (let i = 0; i < entries.length; i += TIMELINE_SLICE) {
      await recordSystemEvents(tx, ws, principal.userId, entries.slice(i, i + TIMELINE_SLICE), options.now);
    }
    await recordAudit(tx, principal, {
      action: 'import', entity: 'subscription_history', entityId: null,
      changes: { rows: report.rows, lines: report.lines, events: report.events, failedRows: report.failedRows },
    }, options.now);
    return report;
  });
}

interface Planned {
  line: PlannedLine;
  rows: number;
  isNew: boolean;
}

async function planLines(tx: Tx, ws: string, file: HistoryFile, now: Date) {
  const accounts = await accountIdsByExternalId(tx, ws, [...new Set(file.lines.map((l) => l.accountExternalId))]);
  const known = new Map((await findKnownLines(tx, ws, file.lines.map((l) => l.subscriptionExternalId))).map((k) => [k.externalId, k]));
  const accountHeader = headerOf(file, 'accountExternalId');
  const planned: Planned[] = [];
  const issues: RowIssue[] = [];
  let skippedRows = 0;
  for (const line of file.lines) {
    const accountId = accounts.get(line.accountExternalId);
    const stored = known.get(line.subscriptionExternalId) ?? null;
    if (!accountId || (stored && stored.accountId !== accountId)) {
      const [first, ...rest] = line.rows;
      const issue: RowIssue = !accountId
        ? { row: first!.row, column: accountHeader, code: 'unknown_account', message: `no account has the external id or billing id "${line.accountExternalId}"; import accounts first` }
        : { row: first!.row, column: accountHeader, code: 'taken', message: `subscription "${line.subscriptionExternalId}" belongs to another account` };
      issues.push(issue);
      skippedRows += rest.length;
      continue;
    }
    planned.push({ line: planOne(line, stored, accountId, now), rows: line.rows.length, isNew: stored === null });
  }
  return { planned, issues, skippedRows };
}

function planOne(line: HistoryLine, stored: KnownLine | null, accountId: string, now: Date): PlannedLine {
  const order = now.getTime();
  const last = line.rows[line.rows.length - 1];
  const plan = planLineWrite({
    stored,
    incoming: line.rows.map((r) => ({ effectiveOn: r.effectiveOn, order, state: r.state })),
    dedupeSameDay: true,
    ...(last?.product ? { product: last.product } : {}),
  });
  return { lineId: stored?.id ?? randomUUID(), accountId, externalId: line.subscriptionExternalId, plan };
}

function reportOf(file: HistoryFile, planned: Planned[], issues: RowIssue[], skippedRows: number, dryRun: boolean): HistoryImportReport {
  const written = planned.filter((p) => p.line.plan.line || p.line.plan.inserts.length > 0);
  const inserted = planned.reduce((n, p) => n + p.line.plan.inserts.length, 0);
  const rowsPlanned = planned.reduce((n, p) => n + p.rows, 0);
  return {
    dryRun,
    rows: file.rows,
    lines: {
      created: written.filter((p) => p.isNew).length,
      changed: written.filter((p) => !p.isNew).length,
      unchanged: planned.length - written.length,
    },
    events: { inserted, unchanged: rowsPlanned - inserted, superseded: file.superseded },
    failedRows: new Set(issues.map((i) => i.row)).size,
    skippedRows,
    issues: issues.sort((a, b) => a.row - b.row).slice(0, MAX_REPORTED_ISSUES),
    mapping: file.columns.mapping,
  };
}

function headerOf(file: HistoryFile, field: 'accountExternalId'): string | null {
  const index = file.columns.indexOf[field];
  return index === undefined ? null : file.headers[index] ?? null;
}
