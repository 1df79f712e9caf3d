/**
 * Segments (SPEC §3.2): any account field, custom fields included. An account belongs to
 * exactly one value of a segment field — its current value, since accounts keep no history
 * of their fields — and an empty field is its own value (null), so the segments partition
 * the accounts and their sums equal the total.
 */
export const SEGMENT_FIELDS = ['plan', 'industry', 'sizeBand', 'region', 'owner', 'useCase', 'touchTier'] as const;
export type StandardSegmentField = (typeof SEGMENT_FIELDS)[number];
export type SegmentField = StandardSegmentField | `custom:${string}`;

const CUSTOM_KEY = /^custom:([a-z][a-z0-9_]{0,62})$/;

/** 'plan' → 'plan'; 'custom:contract_type' → 'custom:contract_type'; anything else → null. */
export function parseSegmentField(text: string): SegmentField | null {
  if ((SEGMENT_FIELDS as readonly string[]).includes(text)) return text as StandardSegmentField;
  return CUSTOM_KEY.test(text) ? (text as SegmentField) : null;
}

/** The custom field key of a custom segment, or null for a standard field. */
export function customKeyOf(field: SegmentField): string | null {
  return CUSTOM_KEY.exec(field)?.[1] ?? null;
}

/** A segment value as text: custom fields may hold numbers or booleans; blank is no value. */
export function segmentValueOf(raw: unknown): string | null {
  if (raw === null || raw === undefined) return null;
  const text = typeof raw === 'string' ? raw.trim() : String(raw);
  return text === '' ? null : text;
}
