/**
 * Stakeholder coverage across the portfolio: every account in scope with its coverage, ARR and
 * latest contact, the totals, and a tally per owner. Two queries, then the domain's arithmetic.
 */
import type { Db } from '../../db/connect.js';
import { baseCurrencyOf } from '../accounts/store.js';
import { accountCoverage } from '../../../domain/stakeholders/account-coverage.js';
import { coverageByOwner, tallyCoverage } from '../../../domain/stakeholders/portfolio-coverage.js';
import type { PortfolioCoverage } from './schema.js';
import { listPortfolioAccounts, listStakeholderRows, type StakeholderRow } from './store.js';

export async function getPortfolioCoverage(
  db: Db, workspaceId: string, scope: 'customers' | 'all', now: Date,
): Promise<PortfolioCoverage> {
  const customersOnly = scope === 'customers';
  const [accounts, people, currency] = await Promise.all([
    listPortfolioAccounts(db, workspaceId, customersOnly),
    listStakeholderRows(db, workspaceId, { customersOnly }, now),
    baseCurrencyOf(db, workspaceId),
  ]);
  const byAccount = new Map<string, StakeholderRow[]>();
  for (const p of people) {
    const list = byAccount.get(p.accountId);
    if (list) list.push(p);
    else byAccount.set(p.accountId, [p]);
  }
  const rows = accounts.map((a) => {
    const stakeholders = byAccount.get(a.id) ?? [];
    // ISO instants in UTC compare correctly as text.
    const lastContactAt = stakeholders.reduce<string | null>((latest, s) =>
      s.lastContactAt && (!latest || s.lastContactAt > latest) ? s.lastContactAt : latest, null);
    return {
      id: a.id, name: a.name, status: a.status, ownerId: a.ownerId, ownerName: a.ownerName, arr: a.mrr * 12,
      renewalDate: a.renewalDate, healthBand: a.healthBand, lastContactAt, coverage: accountCoverage(stakeholders, now),
    };
  });
  const ownerNames = new Map(accounts.map((a) => [a.ownerId, a.ownerName]));
  return {
    asOf: now.toISOString(),
    currency,
    scope,
    totals: tallyCoverage(rows),
    owners: coverageByOwner(rows).map((o) => ({ ...o, ownerName: ownerNames.get(o.ownerId) ?? null })),
    accounts: rows,
  };
}
