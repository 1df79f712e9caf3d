/** HTTP shapes of contacts (SPEC §2, §3.9 stakeholder map): request schemas validate, the OpenAPI document comes from them. */
import { z } from '@hono/zod-openapi';
import { CONTACT_CHANNELS, CONTACT_LEVELS, CONTACT_ROLES } from '../../../domain/accounts/fields.js';

/** Optional text; a blank string is accepted here and stored as null by the command. */
const optionalText = (max: number) => z.string().trim().max(max).nullable().optional();

const optionalEmail = z.string().trim().max(254)
  .refine((v) => v === '' || z.email().safeParse(v).success, 'is not an email address')
  .nullable().optional();

export const ContactFields = z.object({
  name: z.string().trim().min(1, 'name is required').max(200),
  nameReading: optionalText(200).openapi({ description: 'reading (フリガナ), used for search and Japanese sorting' }),
  email: optionalEmail,
  phone: optionalText(50),
  title: optionalText(200).openapi({ description: 'job title, e.g. 情報システム部 部長' }),
  level: z.enum(CONTACT_LEVELS).nullable().optional(),
  role: z.enum(CONTACT_ROLES).nullable().optional(),
  notes: optionalText(10_000).openapi({ description: 'qualitative notes on the person and the relationship' }),
  cadenceDays: z.number().int().min(1).max(3660).nullable().optional()
    .openapi({ description: 'agreed contact frequency, in days (e.g. 30 for monthly)' }),
  channel: z.enum(CONTACT_CHANNELS).nullable().optional().openapi({ description: 'agreed channel of contact' }),
  externalId: optionalText(120).openapi({ description: 'CRM id; imports upsert by it' }),
  customFields: z.record(z.string(), z.unknown()).optional(),
});

export const CreateContactInput = ContactFields.extend({
  accountId: z.uuid().openapi({ description: 'the account the person works at' }),
}).openapi('CreateContactInput');
export type CreateContactInput = z.infer<typeof CreateContactInput>;

export const UpdateContactInput = ContactFields.partial().extend({
  accountId: z.uuid().optional().openapi({ description: 'accepted only when unchanged: a contact does not move between accounts' }),
}).openapi('UpdateContactInput');
export type UpdateContactInput = z.infer<typeof UpdateContactInput>;

export const Contact = z.object({
  id: z.uuid(),
  accountId: z.uuid(),
  accountName: z.string(),
  externalId: z.string().nullable(),
  name: z.string(),
  nameReading: z.string().nullable(),
  email: z.string().nullable(),
  phone: z.string().nullable(),
  title: z.string().nullable(),
  level: z.enum(CONTACT_LEVELS).nullable(),
  role: z.enum(CONTACT_ROLES).nullable(),
  notes: z.string().nullable(),
  cadenceDays: z.number().int().nullable(),
  channel: z.enum(CONTACT_CHANNELS).nullable(),
  customFields: z.record(z.string(), z.unknown()),
  lastContactAt: z.string().nullable()
    .openapi({ description: 'when the latest note, meeting, call or email with this person took place (not in the future)' }),
  createdAt: z.string(),
  updatedAt: z.string(),
}).openapi('Contact');
export type Contact = z.infer<typeof Contact>;

export const ListContactsQuery = z.object({
  q: z.string().trim().max(200).optional().openapi({ description: 'search name, reading, email and title (NFKC- and kana-folded)' }),
  accountId: z.uuid().optional(),
  level: z.enum(CONTACT_LEVELS).optional(),
  role: z.enum(CONTACT_ROLES).optional(),
  limit: z.coerce.number().int().min(1).max(200).default(50),
  cursor: z.string().optional(),
});
export type ListContactsQuery = z.infer<typeof ListContactsQuery>;

export const ContactPage = z.object({
  items: z.array(Contact),
  nextCursor: z.string().nullable(),
}).openapi('ContactPage');

export const ContactList = z.object({ items: z.array(Contact) }).openapi('ContactList');
