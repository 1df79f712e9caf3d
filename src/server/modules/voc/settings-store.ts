/** SQL for the workspace's VOC settings: the product team's webhook and the product-area tags. */
import { eq, sql } from 'drizzle-orm';
import type { Tx } from '../../db/connect.js';
import { vocSettings } from '../../db/schema/surveys.js';

export async function findVocSettings(tx: Tx, workspaceId: string): Promise<{ webhookUrl: string | null; areas: string[] } | null> {
  const [row] = await tx.select({ webhookUrl: vocSettings.webhookUrl, areas: vocSettings.areas }).from(vocSettings)
    .where(eq(vocSettings.workspaceId, workspaceId));
  return row ?? null;
}

export async function upsertVocSettings(tx: Tx, workspaceId: string, s: { webhookUrl: string | null; areas: string[] }, now: Date): Promise<void> {
  await tx.insert(vocSettings).values({ workspaceId, webhookUrl: s.webhookUrl, areas: s.areas, updatedAt: now })
    .onConflictDoUpdate({ target: vocSettings.workspaceId, set: { webhookUrl: sql`excluded.webhook_url`, areas: sql`excluded.areas`, updatedAt: now } });
}
