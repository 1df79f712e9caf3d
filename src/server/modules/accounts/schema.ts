/** HTTP shapes of accounts: request schemas validate, and the OpenAPI document is generated from them. */
import { z } from '@hono/zod-openapi';
import { ACCOUNT_STATUSES, SIZE_BANDS } from '../../../domain/accounts/fields.js';

const optionalText = (max: number) => z.string().trim().max(max).nullable().optional();

export const AccountFields = z.object({
  name: z.string().trim().min(1, 'name is required').max(200),
  nameReading: optionalText(200).openapi({ description: 'reading (フリガナ), used for search and Japanese sorting' }),
  externalId: optionalText(120).openapi({ description: 'CRM id; imports upsert by it' }),
  billingId: optionalText(120).openapi({ description: 'billing-system customer id (e.g. Stripe cus_…)' }),
  productId: optionalText(120).openapi({ description: 'product-side id (e.g. Segment groupId)' }),
  industry: optionalText(100),
  sizeBand: z.enum(SIZE_BANDS).nullable().optional().openapi({ description: 'employee-count band' }),
  useCase: optionalText(200),
  plan: optionalText(100),
  region: optionalText(100),
  ownerId: z.uuid().nullable().optional().openapi({ description: 'the CSM who owns the account (a member user id)' }),
  customFields: z.record(z.string(), z.unknown()).optional(),
});

export const CreateAccountInput = AccountFields.openapi('CreateAccountInput');
export type CreateAccountInput = z.infer<typeof CreateAccountInput>;

export const UpdateAccountInput = AccountFields.partial().extend({
  // The touch model places accounts (modules/tiers); a CSM overrides one with a reason, never by a bare field write.
  touchTier: z.any().refine((v) => v === undefined, 'set by the touch model; override it with PUT /accounts/{id}/tier-override and a reason')
    .optional().openapi({ description: 'not writable here: use PUT /accounts/{id}/tier-override' }),
}).openapi('UpdateAccountInput');
export type UpdateAccountInput = z.infer<typeof UpdateAccountInput>;

export const Account = z.object({
  id: z.uuid(),
  name: z.string(),
  nameReading: z.string().nullable(),
  externalId: z.string().nullable(),
  billingId: z.string().nullable(),
  productId: z.string().nullable(),
  industry: z.string().nullable(),
  sizeBand: z.string().nullable(),
  useCase: z.string().nullable(),
  plan: z.string().nullable(),
  region: z.string().nullable(),
  ownerId: z.string().nullable(),
  ownerName: z.string().nullable(),
  touchTier: z.string().nullable(),
  phase: z.string().nullable(),
  status: z.enum(ACCOUNT_STATUSES),
  mrr: z.number().int().openapi({ description: 'current MRR in the base currency, minor units' }),
  currency: z.string().openapi({ description: 'the workspace base currency' }),
  renewalDate: z.string().nullable(),
  customFields: z.record(z.string(), z.unknown()),
  createdAt: z.string(),
  updatedAt: z.string(),
  health: z.object({ score: z.number().nullable(), band: z.enum(['red', 'yellow', 'green']).nullable() }).nullable()
    .openapi({ description: 'the current health score (0–100) and band; null until first scored' }),
}).openapi('Account');
export type Account = z.infer<typeof Account>;

export const ACCOUNT_SORTS = ['name', '-name', 'mrr', '-mrr', 'renewal', '-renewal', '-created', 'health', '-health'] as const;
export type AccountSort = (typeof ACCOUNT_SORTS)[number];

export const ListAccountsQuery = z.object({
  q: z.string().trim().max(200).optional().openapi({ description: 'search name, reading, external ids (NFKC- and kana-folded)' }),
  owner: z.union([z.uuid(), z.literal('none')]).optional(),
  plan: z.string().optional(),
  industry: z.string().optional(),
  sizeBand: z.enum(SIZE_BANDS).optional(),
  status: z.enum(ACCOUNT_STATUSES).optional(),
  health: z.enum(['red', 'yellow', 'green', 'none']).optional().openapi({ description: 'health band; none = not scored yet' }),
  sort: z.enum(ACCOUNT_SORTS).default('name'),
  limit: z.coerce.number().int().min(1).max(200).default(50),
  cursor: z.string().optional(),
});
export type ListAccountsQuery = z.infer<typeof ListAccountsQuery>;

export const AccountPage = z.object({
  items: z.array(Account),
  nextCursor: z.string().nullable(),
}).openapi('AccountPage');

export const AccountFacets = z.object({
  plans: z.array(z.string()),
  industries: z.array(z.string()),
  regions: z.array(z.string()),
}).openapi('AccountFacets');
