import { z } from '@hono/zod-openapi';
import { ROLES } from '../../../domain/people/roles.js';
import { SUPPORTED_CURRENCIES } from '../../../domain/money/currency.js';

export const Email = z.string().trim().toLowerCase().pipe(z.email('must be an email address'));
export const Password = z.string().min(10, 'must be at least 10 characters').max(200);
export const Locale = z.enum(['ja', 'en']);

export const SetupInput = z.object({
  workspaceName: z.string().trim().min(1).max(120),
  name: z.string().trim().min(1).max(120),
  email: Email,
  password: Password,
  locale: Locale.default('ja'),
  baseCurrency: z.enum(SUPPORTED_CURRENCIES as [string, ...string[]]).default('JPY'),
  fiscalYearStartMonth: z.number().int().min(1).max(12).default(4),
}).openapi('SetupInput');
export type SetupInput = z.infer<typeof SetupInput>;

export const SignInInput = z.object({ email: Email, password: z.string().min(1).max(200) }).openapi('SignInInput');

export const Me = z.object({
  user: z.object({ id: z.uuid(), email: z.string(), name: z.string(), locale: Locale }),
  workspace: z.object({ id: z.uuid(), name: z.string(), baseCurrency: z.string(), fiscalYearStartMonth: z.number().int() }),
  role: z.enum(ROLES),
  permissions: z.array(z.string()),
  workspaces: z.array(z.object({ id: z.uuid(), name: z.string(), role: z.enum(ROLES) })),
}).openapi('Me');

export const SetupStatus = z.object({ needsSetup: z.boolean() }).openapi('SetupStatus');
