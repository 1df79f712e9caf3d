/**
 * Loading what every metrics report needs, once per request: the event history (one
 * statement, or the kept ledgers while it is unchanged — ledger-cache.ts), the settings,
 * currencies and calendar, and — when a segment is asked for — each account's value of it.
 * The pure engine (src/domain/metrics) builds the ledgers.
 */
import type { Tx } from '../../db/connect.js';
import { AppError } from '../../errors.js';
import type { AccountLedger } from '../../../domain/metrics/account-ledger.js';
import { makeConverter, type Converter } from '../../../domain/metrics/exchange-rates.js';
import type { CurrencyContext, MetricSettings } from '../../../domain/metrics/metric-inputs.js';
import { customKeyOf, parseSegmentField, segmentValueOf, type SegmentField } from '../../../domain/metrics/segments.js';
import { loadCustomFieldDefs } from '../accounts/store.js';
import { historyFingerprint, preparedLedgersOf } from './ledger-cache.js';
import {
  loadDatedRates, loadMemberNames, loadMetricSettings, loadSegmentValues, loadWorkspaceCalendar, type WorkspaceCalendar,
} from './store.js';

export interface SegmentMap {
  field: SegmentField;
  valueOf: Map<string, string | null>;
  labelOf(value: string | null): string;
}

export interface MetricContext {
  ledgers: AccountLedger[];
  missingRates: string[];
  settings: MetricSettings;
  calendar: WorkspaceCalendar;
  currency: CurrencyContext;
  converter: Converter;
  segment: SegmentMap | null;
}

export async function loadMetricContext(tx: Tx, workspaceId: string, segmentText?: string): Promise<MetricContext> {
  const [fingerprint, settings, calendar, datedRates, segment] = await Promise.all([
    historyFingerprint(tx, workspaceId), loadMetricSettings(tx, workspaceId), loadWorkspaceCalendar(tx, workspaceId),
    loadDatedRates(tx, workspaceId), segmentText ? loadSegmentMap(tx, workspaceId, segmentText) : Promise.resolve(null),
  ]);
  const currency: CurrencyContext = { baseCurrency: calendar.baseCurrency, fixedRates: calendar.fixedRates, datedRates };
  const { ledgers, missingRates } = await preparedLedgersOf(tx, workspaceId, fingerprint, settings, currency);
  return { ledgers, missingRates, settings, calendar, currency, converter: makeConverter(currency), segment };
}

async function loadSegmentMap(tx: Tx, workspaceId: string, text: string): Promise<SegmentMap> {
  const field = parseSegmentField(text);
  const key = field ? customKeyOf(field) : null;
  if (!field || (key !== null && !(await loadCustomFieldDefs(tx, workspaceId, 'account')).some((d) => d.key === key))) {
    throw new AppError('request.invalid', { detail: 'Unknown segment.', fields: [{ path: 'segment', message: `no account field ${text}` }] });
  }
  const [values, members] = await Promise.all([
    loadSegmentValues(tx, workspaceId, field), field === 'owner' ? loadMemberNames(tx, workspaceId) : Promise.resolve(null),
  ]);
  return {
    field,
    valueOf: new Map(values.map((v) => [v.id, segmentValueOf(v.value)])),
    labelOf: (value) => (value === null ? '(none)' : members?.get(value) ?? value),
  };
}

/** The ledgers of the accounts in one segment value ('' = no value); all ledgers without a segment or value. */
export function ledgersIn(ctx: MetricContext, segmentValue: string | undefined): AccountLedger[] {
  if (!ctx.segment || segmentValue === undefined) return ctx.ledgers;
  const wanted = segmentValue === '' ? null : segmentValue;
  const valueOf = ctx.segment.valueOf;
  return ctx.ledgers.filter((l) => (valueOf.get(l.accountId) ?? null) === wanted);
}
