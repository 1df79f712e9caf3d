/**
 * Tokens of read-only success-plan links: `kzp_<workspace id, 32 hex>_<secret>`, the secret 32
 * random bytes in base64url (256 bits, unguessable). Only the SHA-256 of the whole token is
 * stored; the workspace id in it keeps the lookup inside one workspace's shard, as API keys do.
 */
import { hashSecret, newSecret } from '../../auth/tokens.js';

const SHARE_TOKEN = /^kzp_([0-9a-f]{32})_([A-Za-z0-9_-]{43})$/;

/** A workspace id no workspace has: malformed tokens are looked up under it and found like any unknown one. */
const NO_WORKSPACE = '00000000-0000-0000-0000-000000000000';

export function newShareToken(workspaceId: string): { token: string; hash: string } {
  const token = `kzp_${workspaceId.replaceAll('-', '')}_${newSecret()}`;
  return { token, hash: hashSecret(token) };
}

/**
 * Where to look a presented token up. A malformed token still yields a (never matching) lookup,
 * so it takes the same path as an unknown, revoked or expired one.
 */
export function shareLookup(token: string): { workspaceId: string; hash: string } {
  const hash = hashSecret(token);
  const hex = SHARE_TOKEN.exec(token)?.[1];
  if (!hex) return { workspaceId: NO_WORKSPACE, hash };
  return { workspaceId: `${hex.slice(0, 8)}-${hex.slice(8, 12)}-${hex.slice(12, 16)}-${hex.slice(16, 20)}-${hex.slice(20)}`, hash };
}
