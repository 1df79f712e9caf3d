/**
 * Client and shapes for the stakeholder map (src/server/modules/stakeholders/routes.ts): one
 * account's people with their cadence and coverage, and coverage across the portfolio.
 * Stakeholders are edited through the contacts API (`api.updateContact`).
 */
import { request } from './http';
import type { ContactChannel, ContactLevel, ContactRole } from '../../domain/accounts/fields';
import type { AccountCoverage } from '../../domain/stakeholders/account-coverage';
import type { CadenceStatus } from '../../domain/stakeholders/contact-cadence';
import type { CoverageTally } from '../../domain/stakeholders/portfolio-coverage';
import type { Band } from '../../domain/health/scorecard';

export interface Stakeholder extends CadenceStatus {
  id: string;
  name: string;
  nameReading: string | null;
  title: string | null;
  email: string | null;
  level: ContactLevel | null;
  role: ContactRole | null;
  cadenceDays: number | null;
  channel: ContactChannel | null;
  isExecutiveSponsor: boolean;
  lastContactAt: string | null;
  lastContactKind: 'meeting' | 'call' | 'email' | null;
}

export interface StakeholderMap {
  accountId: string;
  asOf: string;
  coverage: AccountCoverage;
  stakeholders: Stakeholder[];
}

export type CoverageScope = 'customers' | 'all';

export interface CoverageAccount {
  id: string;
  name: string;
  status: string;
  ownerId: string | null;
  ownerName: string | null;
  /** MRR × 12, minor units of `currency` */
  arr: number;
  renewalDate: string | null;
  healthBand: Band | null;
  lastContactAt: string | null;
  coverage: AccountCoverage;
}

export interface PortfolioCoverage {
  asOf: string;
  currency: string;
  scope: CoverageScope;
  totals: CoverageTally;
  owners: Array<CoverageTally & { ownerId: string | null; ownerName: string | null }>;
  accounts: CoverageAccount[];
}

export const stakeholdersApi = {
  map: (accountId: string) => request<StakeholderMap>('GET', `/accounts/${accountId}/stakeholders`),
  coverage: (scope: CoverageScope) => request<PortfolioCoverage>('GET', '/stakeholders/coverage', { query: { scope } }),
};

/** Every key starts with 'stakeholders': invalidate ['stakeholders'] after a contact or activity changes. */
export const stakeholderKeys = {
  all: ['stakeholders'] as const,
  map: (accountId: string) => ['stakeholders', 'map', accountId] as const,
  coverage: (scope: CoverageScope) => ['stakeholders', 'coverage', scope] as const,
};
