/** HTTP shapes of the stakeholder map and the portfolio coverage report (SPEC §3.9). */
import { z } from '@hono/zod-openapi';
import { CONTACT_CHANNELS, CONTACT_LEVELS, CONTACT_ROLES } from '../../../domain/accounts/fields.js';
import { COVERAGE_WARNINGS } from '../../../domain/stakeholders/account-coverage.js';
import { CONTACT_ACTIVITY_KINDS } from '../../../domain/stakeholders/contact-cadence.js';

export const AccountCoverage = z.object({
  stakeholders: z.number().int(),
  executiveSponsors: z.number().int().openapi({ description: 'executive-level people or decision makers' }),
  champions: z.number().int(),
  hasExecutiveSponsor: z.boolean(),
  hasChampion: z.boolean(),
  withCadence: z.number().int().openapi({ description: 'stakeholders with an agreed contact frequency' }),
  withinCadence: z.number().int(),
  overdue: z.number().int(),
  cadenceShare: z.number().nullable().openapi({ description: 'withinCadence ÷ withCadence (0–1); null without any agreed frequency' }),
  warnings: z.array(z.enum(COVERAGE_WARNINGS)),
}).openapi('StakeholderCoverage');

export const Stakeholder = z.object({
  id: z.uuid(),
  name: z.string(),
  nameReading: z.string().nullable(),
  title: z.string().nullable(),
  email: z.string().nullable(),
  level: z.enum(CONTACT_LEVELS).nullable(),
  role: z.enum(CONTACT_ROLES).nullable(),
  cadenceDays: z.number().int().nullable(),
  channel: z.enum(CONTACT_CHANNELS).nullable(),
  isExecutiveSponsor: z.boolean(),
  lastContactAt: z.string().nullable().openapi({ description: 'latest meeting, call or email with the person on the timeline (not in the future)' }),
  lastContactKind: z.enum(CONTACT_ACTIVITY_KINDS).nullable(),
  state: z.enum(['no_cadence', 'never_contacted', 'overdue', 'due_soon', 'on_track']),
  overdue: z.boolean(),
  nextDueAt: z.string().nullable(),
  daysOverdue: z.number().int().nullable(),
  daysUntilDue: z.number().int().nullable(),
}).openapi('Stakeholder');

export const StakeholderMap = z.object({
  accountId: z.uuid(),
  asOf: z.string(),
  coverage: AccountCoverage,
  stakeholders: z.array(Stakeholder).openapi({ description: 'executives, managers, end users, then unknown level; each by reading' }),
}).openapi('StakeholderMap');
export type StakeholderMap = z.infer<typeof StakeholderMap>;

const tally = {
  accounts: z.number().int(),
  arr: z.number().int().openapi({ description: 'ARR (MRR × 12), minor units of the base currency' }),
  withoutStakeholders: z.number().int(),
  withoutExecutiveSponsor: z.number().int(),
  withoutChampion: z.number().int(),
  withOverdue: z.number().int(),
  arrWithoutExecutiveSponsor: z.number().int(),
  arrWithoutChampion: z.number().int(),
  arrWithOverdue: z.number().int(),
  withCadence: z.number().int(),
  withinCadence: z.number().int(),
  cadenceShare: z.number().nullable(),
};

export const CoverageQuery = z.object({
  scope: z.enum(['customers', 'all']).default('customers')
    .openapi({ description: 'customers: accounts in trial, active or paused (default); all: prospects and churned too' }),
});

export const PortfolioCoverage = z.object({
  asOf: z.string(),
  currency: z.string(),
  scope: z.enum(['customers', 'all']),
  totals: z.object(tally),
  owners: z.array(z.object({ ownerId: z.uuid().nullable(), ownerName: z.string().nullable(), ...tally })),
  accounts: z.array(z.object({
    id: z.uuid(),
    name: z.string(),
    status: z.string(),
    ownerId: z.uuid().nullable(),
    ownerName: z.string().nullable(),
    arr: z.number().int(),
    renewalDate: z.string().nullable(),
    healthBand: z.enum(['red', 'yellow', 'green']).nullable(),
    lastContactAt: z.string().nullable().openapi({ description: "latest meeting, call or email with any of the account's stakeholders" }),
    coverage: AccountCoverage,
  })),
}).openapi('StakeholderPortfolioCoverage');
export type PortfolioCoverage = z.infer<typeof PortfolioCoverage>;
