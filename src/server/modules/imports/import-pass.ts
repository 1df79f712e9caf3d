/**
 * What a pass over a job's file needs, prepared once: the decoded text (with the encoding
 * recorded at upload, so a resumed run reads exactly what the first one did), the
 * workspace's members, custom fields and money settings, and the compiled row schema.
 */
import type { Tx } from '../../db/connect.js';
import { AppError } from '../../errors.js';
import { decodeAs } from '../../../domain/imports/detect-encoding.js';
import type { ImportEncoding, ImportKind } from '../../../domain/imports/import-kinds.js';
import { compileRowSchema } from '../../../domain/imports/row-schema.js';
import { CUSTOM_FIELD_ENTITY } from '../../../domain/imports/target-fields.js';
import { utcDateOf } from '../subscriptions/subscription-rules.js';
import { planAccountBatch } from './account-batch.js';
import type { KindPlanners, PassEnv } from './batch-plan.js';
import { planContactBatch } from './contact-batch.js';
import { loadImportWorkspace, readImportFile, type ImportJobRow } from './store.js';
import { planSubscriptionBatch } from './subscription-batch.js';

export const PLANNERS: KindPlanners = {
  accounts: planAccountBatch,
  contacts: planContactBatch,
  subscriptions: planSubscriptionBatch,
};

export async function openPass(tx: Tx, job: ImportJobRow, now: Date): Promise<{ env: PassEnv; text: string }> {
  const kind = job.kind as ImportKind;
  const bytes = await readImportFile(tx, job.workspaceId, job.id);
  if (!bytes) throw new AppError('import.not_found', { detail: 'The file of this import is gone.' });
  const workspace = await loadImportWorkspace(tx, job.workspaceId, CUSTOM_FIELD_ENTITY[kind]);
  const schema = compileRowSchema({
    kind, headers: job.headers, mapping: job.mapping, members: workspace.members, customFields: workspace.customFields,
  });
  return {
    env: { workspaceId: job.workspaceId, schema, workspace, today: utcDateOf(now) },
    text: decodeAs(bytes, job.encoding as ImportEncoding),
  };
}
