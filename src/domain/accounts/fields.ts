/** Enumerations of the account and contact fields in SPEC §2, shared by the API, import and web app. */
export const SIZE_BANDS = ['1-49', '50-99', '100-299', '300-999', '1000-4999', '5000+'] as const;
export type SizeBand = (typeof SIZE_BANDS)[number];

export const ACCOUNT_STATUSES = ['prospect', 'trial', 'active', 'paused', 'churned'] as const;
export type AccountStatus = (typeof ACCOUNT_STATUSES)[number];
/** The statuses of customers, which get a live health score; prospects and churned accounts do not. */
export const SCORED_STATUSES = ['trial', 'active', 'paused'] as const satisfies readonly AccountStatus[];

export const CONTACT_LEVELS = ['executive', 'manager', 'end_user'] as const;
export type ContactLevel = (typeof CONTACT_LEVELS)[number];

export const CONTACT_ROLES = ['decision_maker', 'champion', 'project_member', 'end_user'] as const;
export type ContactRole = (typeof CONTACT_ROLES)[number];

export const CONTACT_CHANNELS = ['meeting', 'online_meeting', 'phone', 'email', 'chat'] as const;
export type ContactChannel = (typeof CONTACT_CHANNELS)[number];

export const ACTIVITY_KINDS = ['note', 'meeting', 'call', 'email', 'system'] as const;
export type ActivityKind = (typeof ACTIVITY_KINDS)[number];
/** Kinds a person may write; `system` entries are written by Kizuna itself. */
export const MANUAL_ACTIVITY_KINDS = ['note', 'meeting', 'call', 'email'] as const;

export const CUSTOM_FIELD_TYPES = ['text', 'number', 'date', 'boolean', 'select'] as const;
export type CustomFieldType = (typeof CUSTOM_FIELD_TYPES)[number];
