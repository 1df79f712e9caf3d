/**
 * Shapes of the API's JSON as the web app reads them (the browser never imports server
 * code). Enumerations come from src/domain so the two sides cannot drift.
 */
import type { AccountStatus, ActivityKind, ContactChannel, ContactLevel, ContactRole, CustomFieldType, SizeBand } from '../../domain/accounts/fields';
import type { ApiKeyScope, Permission, Role } from '../../domain/people/roles';
import type { BillingInterval, SubscriptionStatus } from '../../domain/subscriptions/mrr';
import type { LineState } from '../../domain/subscriptions/line-state';
import type { ContactFields } from '../../domain/accounts/contact-fields';
import type { Band } from '../../domain/health/scorecard';

export type Locale = 'ja' | 'en';

export interface Page<T> {
  items: T[];
  nextCursor?: string | null;
}

export interface Me {
  user: { id: string; email: string; name: string; locale: Locale };
  workspace: { id: string; name: string; baseCurrency: string; fiscalYearStartMonth: number };
  role: Role;
  permissions: Permission[];
  workspaces: { id: string; name: string; role: Role }[];
}

export interface SetupInput {
  workspaceName: string;
  name: string;
  email: string;
  password: string;
  locale: Locale;
  baseCurrency?: string;
  fiscalYearStartMonth?: number;
}

export type CustomFieldValues = Record<string, unknown>;

export interface Account {
  id: string;
  name: string;
  nameReading: string | null;
  externalId: string | null;
  billingId: string | null;
  productId: string | null;
  industry: string | null;
  sizeBand: SizeBand | null;
  useCase: string | null;
  plan: string | null;
  region: string | null;
  ownerId: string | null;
  ownerName: string | null;
  touchTier: string | null;
  phase: string | null;
  status: AccountStatus;
  /** minor units of the workspace base currency */
  mrr: number;
  currency: string;
  renewalDate: string | null;
  customFields: CustomFieldValues;
  /** the current health score (0–100) and band; null until first scored */
  health: { score: number | null; band: Band | null } | null;
  createdAt: string;
  updatedAt: string;
}

export type AccountSort = 'name' | '-name' | 'mrr' | '-mrr' | 'renewal' | '-renewal' | '-created' | 'health' | '-health';
/** A health band, or 'none' for accounts not scored yet. */
export type HealthFilter = Band | 'none';

export interface AccountQuery {
  q?: string;
  owner?: string;
  plan?: string;
  industry?: string;
  sizeBand?: SizeBand;
  status?: AccountStatus;
  health?: HealthFilter;
  sort?: AccountSort;
  limit?: number;
  cursor?: string;
}

export interface AccountInput {
  name: string;
  nameReading?: string | null;
  externalId?: string | null;
  billingId?: string | null;
  productId?: string | null;
  industry?: string | null;
  sizeBand?: SizeBand | null;
  useCase?: string | null;
  plan?: string | null;
  region?: string | null;
  ownerId?: string | null;
  customFields?: CustomFieldValues;
}

export interface AccountFacets {
  plans: string[];
  industries: string[];
  regions: string[];
}

export interface Contact extends ContactFields {
  id: string;
  accountId: string;
  accountName: string | null;
  lastContactAt: string | null;
  createdAt: string;
  updatedAt: string;
}

export interface ContactInput {
  accountId?: string;
  name: string;
  nameReading?: string | null;
  email?: string | null;
  phone?: string | null;
  title?: string | null;
  level?: ContactLevel | null;
  role?: ContactRole | null;
  notes?: string | null;
  cadenceDays?: number | null;
  channel?: ContactChannel | null;
  externalId?: string | null;
  customFields?: CustomFieldValues;
}

export interface Subscription extends LineState {
  id: string;
  accountId: string;
  externalId: string | null;
  product: string | null;
  startedOn: string;
  cancelledOn: string | null;
  /** line currency minor units */
  mrr: number;
  createdAt: string;
  updatedAt: string;
}

export interface SubscriptionInput {
  accountId?: string;
  plan: string;
  quantity: number;
  unitPrice: number;
  currency: string;
  billingInterval: BillingInterval;
  intervalCount: number;
  discountPercent: number;
  status: SubscriptionStatus;
  startedOn: string;
  endsOn?: string | null;
  product?: string | null;
  externalId?: string | null;
  effectiveOn?: string;
}

export interface SubscriptionEvent extends LineState {
  id: string;
  effectiveOn: string;
  kind: string;
  source: string;
  mrr: number;
  recordedAt: string;
}

export interface Activity {
  id: string;
  accountId: string;
  contactId: string | null;
  contactName: string | null;
  kind: ActivityKind;
  occurredAt: string;
  authorId: string | null;
  authorName: string | null;
  subject: string | null;
  body: string | null;
  event: string | null;
  data: Record<string, unknown> | null;
  createdAt: string;
}

export interface ActivityInput {
  kind: Exclude<ActivityKind, 'system'>;
  occurredAt?: string;
  subject?: string | null;
  body: string;
  contactId?: string | null;
}

export * from './import-types';

export interface Member {
  userId: string;
  email: string;
  name: string;
  role: Role;
  createdAt: string;
}

export interface MemberInput {
  email: string;
  name: string;
  role: Role;
  password?: string;
}

export interface ApiKey {
  id: string;
  name: string;
  scope: ApiKeyScope;
  prefix: string;
  createdAt: string;
  lastUsedAt: string | null;
  revokedAt: string | null;
}

export interface CustomFieldDef {
  entity: 'account' | 'contact';
  key: string;
  labelJa: string;
  labelEn: string;
  type: CustomFieldType;
  options: string[] | null;
}

export interface WorkspaceSettings {
  id: string;
  name: string;
  baseCurrency: string;
  fiscalYearStartMonth: number;
  exchangeRates: Record<string, number>;
}

export interface AuditEntry {
  id: string;
  at: string;
  actorType: string;
  actorId: string | null;
  actorName: string | null;
  action: string;
  entity: string;
  entityId: string | null;
  changes: Record<string, unknown> | null;
}
