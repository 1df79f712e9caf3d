/**
 * Changing the metric settings and the dated exchange rates: the write and its audit row in
 * one transaction. Numbers follow at once, since every report computes from the history.
 */
import { randomUUID } from 'node:crypto';
import type { Db } from '../../db/connect.js';
import { uniqueViolation } from '../../db/unique-violation.js';
import { AppError, notFound } from '../../errors.js';
import type { Principal } from '../../auth/principal.js';
import { diffRecords, recordAudit } from '../audit/store.js';
import type { CreateExchangeRateInput, UpdateExchangeRateInput, UpdateMetricSettingsInput } from './schema.js';
import {
  deleteExchangeRate, findExchangeRate, insertExchangeRate, loadMetricSettings, loadWorkspaceCalendar, saveMetricSettings,
  updateExchangeRate, type ExchangeRateRow,
} from './store.js';

export async function updateMetricSettings(db: Db, principal: Principal, input: UpdateMetricSettingsInput, now: Date): Promise<void> {
  const ws = principal.workspaceId;
  await db.transaction(async (tx) => {
    const current = await loadMetricSettings(tx, ws);
    const changes = diffRecords(current as unknown as Record<string, unknown>, input);
    if (Object.keys(changes).length === 0) return;
    await saveMetricSettings(tx, ws, { ...current, ...definedOnly(input) }, now);
    await recordAudit(tx, principal, { action: 'update', entity: 'metric_settings', entityId: ws, changes }, now);
  });
}

function definedOnly<T extends Record<string, unknown>>(input: T): Partial<T> {
  return Object.fromEntries(Object.entries(input).filter(([, v]) => v !== undefined)) as Partial<T>;
}

export async function createExchangeRate(db: Db, principal: Principal, input: CreateExchangeRateInput, now: Date): Promise<string> {
  const ws = principal.workspaceId;
  return explainDuplicate(() => db.transaction(async (tx) => {
    const { baseCurrency } = await loadWorkspaceCalendar(tx, ws);
    if (input.currency === baseCurrency) {
      throw new AppError('request.invalid', { detail: 'The base currency needs no rate.', fields: [{ path: 'currency', message: `${baseCurrency} is the base currency` }] });
    }
    const id = randomUUID();
    await insertExchangeRate(tx, { workspaceId: ws, id, ...input, createdAt: now, updatedAt: now });
    await recordAudit(tx, principal, { action: 'create', entity: 'exchange_rate', entityId: id, changes: { ...input } }, now);
    return id;
  }));
}

export async function changeExchangeRate(db: Db, principal: Principal, id: string, input: UpdateExchangeRateInput, now: Date): Promise<string> {
  const ws = principal.workspaceId;
  return explainDuplicate(() => db.transaction(async (tx) => {
    const current = await findExchangeRate(tx, ws, id);
    if (!current) throw notFound('exchange_rate.not_found', id);
    const changes = diffRecords(current as unknown as Record<string, unknown>, input);
    if (Object.keys(changes).length === 0) return id;
    await updateExchangeRate(tx, ws, id, { ...definedOnly(input), updatedAt: now } as Partial<ExchangeRateRow>);
    await recordAudit(tx, principal, { action: 'update', entity: 'exchange_rate', entityId: id, changes: { currency: current.currency, ...changes } }, now);
    return id;
  }));
}

export async function removeExchangeRate(db: Db, principal: Principal, id: string, now: Date): Promise<void> {
  await db.transaction(async (tx) => {
    const deleted = await deleteExchangeRate(tx, principal.workspaceId, id);
    if (!deleted) throw notFound('exchange_rate.not_found', id);
    await recordAudit(tx, principal, {
      action: 'delete', entity: 'exchange_rate', entityId: id, changes: { currency: deleted.currency, validFrom: deleted.validFrom, rate: deleted.rate },
    }, now);
  });
}

async function explainDuplicate<T>(work: () => Promise<T>): Promise<T> {
  try {
    return await work();
  } catch (error) {
    if (uniqueViolation(error) === 'exchange_rates_currency_from_key') {
      throw new AppError('exchange_rate.exists', {
        detail: 'A rate for this currency already starts on that date.',
        fields: [{ path: 'validFrom', message: 'a rate for this currency already starts on this date' }],
      });
    }
    throw error;
  }
}

export function presentExchangeRate(r: ExchangeRateRow) {
  return { id: r.id, currency: r.currency, validFrom: r.validFrom, rate: r.rate, createdAt: r.createdAt.toISOString(), updatedAt: r.updatedAt.toISOString() };
}
