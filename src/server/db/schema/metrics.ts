/**
 * Tables of the metrics capability (issue 3): the workspace's metric settings (the contested
 * choices of reference/metrics.md), dated exchange rates, and KPI targets per period.
 * Every key leads with workspace_id (DESIGN §1).
 */
import { sql } from 'drizzle-orm';
import { bigint, check, date, integer, numeric, pgTable, primaryKey, text, timestamp, unique, uuid } from 'drizzle-orm/pg-core';
import { workspaces } from './index.js';

const stamp = (name: string) => timestamp(name, { withTimezone: true, mode: 'date' }).notNull().defaultNow();

/** One row per workspace that changed a default; no row means DEFAULT_METRIC_SETTINGS. */
export const metricSettings = pgTable('metric_settings', {
  workspaceId: uuid('workspace_id').notNull().references(() => workspaces.id, { onDelete: 'cascade' }),
  churnRecognition: text('churn_recognition').notNull().default('period_end'),
  reactivationGapDays: integer('reactivation_gap_days').notNull().default(0),
  /** acquisition cost of one new account, base-currency minor units */
  cac: bigint('cac', { mode: 'number' }),
  grossMarginPercent: numeric('gross_margin_percent', { precision: 5, scale: 2, mode: 'number' }),
  updatedAt: stamp('updated_at'),
}, (t) => [
  primaryKey({ columns: [t.workspaceId] }),
  check('metric_settings_churn_recognition_check', sql`${t.churnRecognition} in ('period_end', 'cancellation')`),
  check('metric_settings_gap_check', sql`${t.reactivationGapDays} between 0 and 3650`),
  check('metric_settings_cac_check', sql`${t.cac} is null or ${t.cac} >= 0`),
  check('metric_settings_margin_check', sql`${t.grossMarginPercent} is null or ${t.grossMarginPercent} between 0 and 100`),
]);

/**
 * Exchange rates in force from a date: base-currency major units per major unit of
 * `currency` (as workspaces.exchange_rates). The metrics convert each price at the rate in
 * force when it took effect, falling back to the workspace's fixed map.
 */
export const exchangeRates = pgTable('exchange_rates', {
  workspaceId: uuid('workspace_id').notNull().references(() => workspaces.id, { onDelete: 'cascade' }),
  id: uuid('id').notNull(),
  currency: text('currency').notNull(),
  validFrom: date('valid_from', { mode: 'string' }).notNull(),
  rate: numeric('rate', { precision: 20, scale: 8, mode: 'number' }).notNull(),
  createdAt: stamp('created_at'),
  updatedAt: stamp('updated_at'),
}, (t) => [
  primaryKey({ columns: [t.workspaceId, t.id] }),
  unique('exchange_rates_currency_from_key').on(t.workspaceId, t.currency, t.validFrom),
  check('exchange_rates_rate_check', sql`${t.rate} > 0`),
]);

/** A target for one KPI in one period (month, fiscal quarter or fiscal year, by its first day). */
export const kpiTargets = pgTable('kpi_targets', {
  workspaceId: uuid('workspace_id').notNull().references(() => workspaces.id, { onDelete: 'cascade' }),
  id: uuid('id').notNull(),
  kpi: text('kpi').notNull(),
  interval: text('interval').notNull(),
  periodStart: date('period_start', { mode: 'string' }).notNull(),
  /** rates as fractions (0.02 = 2%), counts as counts, amounts in base-currency minor units */
  target: numeric('target', { precision: 24, scale: 8, mode: 'number' }).notNull(),
  note: text('note'),
  createdBy: uuid('created_by'),
  createdAt: stamp('created_at'),
  updatedAt: stamp('updated_at'),
}, (t) => [
  primaryKey({ columns: [t.workspaceId, t.id] }),
  unique('kpi_targets_period_key').on(t.workspaceId, t.kpi, t.interval, t.periodStart),
  check('kpi_targets_interval_check', sql`${t.interval} in ('month', 'quarter', 'fiscal_year')`),
]);
