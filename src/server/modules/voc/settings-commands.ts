/** The VOC settings: the product team's webhook and the product-area tags offered in pickers. */
import type { Db, Tx } from '../../db/connect.js';
import type { Principal } from '../../auth/principal.js';
import { DEFAULT_VOC_AREAS, normaliseAreas } from '../../../domain/voc/areas.js';
import { recordAudit } from '../audit/store.js';
import { findVocSettings, upsertVocSettings } from './settings-store.js';

/** The settings; the webhook URL itself only for those who may change it (it often carries a secret token). */
export async function loadVocSettings(tx: Tx, workspaceId: string, canSeeWebhook: boolean) {
  const row = await findVocSettings(tx, workspaceId);
  const url = row?.webhookUrl ?? null;
  return {
    webhookUrl: canSeeWebhook ? url : null, webhookConfigured: url !== null,
    areas: row ? row.areas : [...DEFAULT_VOC_AREAS], saved: row !== null,
  };
}

export async function saveVocSettings(db: Db, principal: Principal, input: { webhookUrl: string | null; areas: string[] }, now: Date): Promise<void> {
  await db.transaction(async (tx) => {
    const before = await findVocSettings(tx, principal.workspaceId);
    const next = { webhookUrl: input.webhookUrl?.trim() || null, areas: normaliseAreas(input.areas) };
    await upsertVocSettings(tx, principal.workspaceId, next, now);
    await recordAudit(tx, principal, {
      action: before ? 'update' : 'create', entity: 'voc_settings', entityId: null,
      changes: { webhookUrl: [before?.webhookUrl ?? null, next.webhookUrl], areas: [before?.areas ?? null, next.areas] },
    }, now);
  });
}
