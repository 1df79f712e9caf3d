/**
 * Secrets handed to clients (session tokens, API keys) are random and stored only as
 * SHA-256 hashes. An API key embeds its workspace id so it is looked up by
 * (workspace_id, key_hash), keeping even this lookup inside one workspace's shard.
 */
import { createHash, randomBytes } from 'node:crypto';

export function newSecret(): string {
  return randomBytes(32).toString('base64url');
}

export function hashSecret(secret: string): string {
  return createHash('sha256').update(secret).digest('hex');
}

const API_KEY_PATTERN = /^kz_([0-9a-f]{32})_([A-Za-z0-9_-]{43})$/;

export function formatApiKey(workspaceId: string, secret: string): string {
  return `kz_${workspaceId.replaceAll('-', '')}_${secret}`;
}

/** Split a presented key into its workspace id and itself; null when it is not a Kizuna key. */
export function parseApiKey(key: string): { workspaceId: string } | null {
  const match = API_KEY_PATTERN.exec(key);
  if (!match?.[1]) return null;
  const hex = match[1];
  return {
    workspaceId: `${hex.slice(0, 8)}-${hex.slice(8, 12)}-${hex.slice(12, 16)}-${hex.slice(16, 20)}-${hex.slice(20)}`,
  };
}
