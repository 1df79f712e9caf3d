/**
 * Answer-link tokens: `kzs_<workspace id, 32 hex>_<secret>`, the secret 32 random bytes in
 * base64url (256 bits, unguessable). Unlike share links, the token is kept as is: reminders
 * must send the same link again. It lets its holder answer one survey as one contact, and
 * nothing else; it stops working when the survey closes. The workspace id in it keeps the
 * lookup inside one workspace's shard, as API keys and share links do.
 */
import { newSecret } from '../../auth/tokens.js';

const SURVEY_TOKEN = /^kzs_([0-9a-f]{32})_([A-Za-z0-9_-]{43})$/;

/** A workspace id no workspace has: malformed tokens are looked up under it and found like any unknown one. */
const NO_WORKSPACE = '00000000-0000-0000-0000-000000000000';

export function newSurveyToken(workspaceId: string): string {
  return `kzs_${workspaceId.replaceAll('-', '')}_${newSecret()}`;
}

/** The workspace to look a presented token up in; malformed tokens take the same path as unknown ones. */
export function surveyTokenWorkspace(token: string): string {
  const hex = SURVEY_TOKEN.exec(token)?.[1];
  if (!hex) return NO_WORKSPACE;
  return `${hex.slice(0, 8)}-${hex.slice(8, 12)}-${hex.slice(12, 16)}-${hex.slice(16, 20)}-${hex.slice(20)}`;
}
