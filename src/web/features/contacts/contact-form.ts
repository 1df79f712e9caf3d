/** The contact form's values and their conversion to the API's shape. */
import type { ContactChannel, ContactLevel, ContactRole } from '../../../domain/accounts/fields';
import type { Contact, ContactInput, CustomFieldValues } from '../../api/types';

export interface ContactFormValues {
  name: string;
  nameReading: string;
  email: string;
  phone: string;
  title: string;
  level: ContactLevel | null;
  role: ContactRole | null;
  notes: string;
  cadenceDays: number | null;
  channel: ContactChannel | null;
  externalId: string;
  customFields: CustomFieldValues;
}

export function contactFormValues(contact?: Contact | null, level?: ContactLevel | null): ContactFormValues {
  return {
    name: contact?.name ?? '',
    nameReading: contact?.nameReading ?? '',
    email: contact?.email ?? '',
    phone: contact?.phone ?? '',
    title: contact?.title ?? '',
    level: contact?.level ?? level ?? null,
    role: contact?.role ?? null,
    notes: contact?.notes ?? '',
    cadenceDays: contact?.cadenceDays ?? null,
    channel: contact?.channel ?? null,
    externalId: contact?.externalId ?? '',
    customFields: { ...(contact?.customFields ?? {}) },
  };
}

export function toContactInput(values: ContactFormValues): ContactInput {
  const text = (value: string) => (value.trim() === '' ? null : value.trim());
  return {
    name: values.name.trim(),
    nameReading: text(values.nameReading),
    email: text(values.email),
    phone: text(values.phone),
    title: text(values.title),
    level: values.level,
    role: values.role,
    notes: text(values.notes),
    cadenceDays: values.cadenceDays,
    channel: values.channel,
    externalId: text(values.externalId),
    customFields: values.customFields,
  };
}

/** Whether the agreed contact cadence has lapsed (SPEC §3.9 overdue flag). */
export function isContactOverdue(contact: Contact, now: Date = new Date()): boolean {
  if (!contact.cadenceDays) return false;
  if (!contact.lastContactAt) return true;
  const due = new Date(contact.lastContactAt).getTime() + contact.cadenceDays * 86400000;
  return due < now.getTime();
}
