import type { ContactChannel, ContactLevel, ContactRole } from './fields.js';

/** A contact's own fields (SPEC §2), shared by the API client, the CSV import and the stores. */
export interface ContactFields {
  externalId: string | null;
  name: string;
  nameReading: string | null;
  email: string | null;
  phone: string | null;
  title: string | null;
  level: ContactLevel | null;
  role: ContactRole | null;
  /** qualitative notes about the person */
  notes: string | null;
  /** agreed contact frequency, in days */
  cadenceDays: number | null;
  channel: ContactChannel | null;
  customFields: Record<string, unknown>;
}
