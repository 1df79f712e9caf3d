/** One account's stakeholder map: its people by level with their contact cadence, and the account's coverage. */
import type { Db } from '../../db/connect.js';
import { notFound } from '../../errors.js';
import { findAccount } from '../accounts/store.js';
import { accountCoverage, isExecutiveSponsor } from '../../../domain/stakeholders/account-coverage.js';
import { cadenceStatus } from '../../../domain/stakeholders/contact-cadence.js';
import type { StakeholderMap } from './schema.js';
import { listStakeholderRows } from './store.js';

/** Throws account.not_found for an unknown id or another workspace's account. */
export async function getStakeholderMap(db: Db, workspaceId: string, accountId: string, now: Date): Promise<StakeholderMap> {
  if (!(await findAccount(db, workspaceId, accountId))) throw notFound('account.not_found', accountId);
  const rows = await listStakeholderRows(db, workspaceId, { accountId }, now);
  return {
    accountId,
    asOf: now.toISOString(),
    coverage: accountCoverage(rows, now),
    stakeholders: rows.map(({ accountId: _accountId, ...row }) => ({
      ...row,
      isExecutiveSponsor: isExecutiveSponsor(row),
      ...cadenceStatus(row, now),
    })),
  };
}
