/** Changing a job's column mapping before it runs, and the check every pass makes first. */
import type { Db, Tx } from '../../db/connect.js';
import { AppError, notFound } from '../../errors.js';
import type { ImportKind } from '../../../domain/imports/import-kinds.js';
import type { ColumnMapping } from '../../../domain/imports/suggest-mapping.js';
import { CUSTOM_FIELD_ENTITY } from '../../../domain/imports/target-fields.js';
import { validateMapping } from '../../../domain/imports/validate-mapping.js';
import { findImportJob, loadImportWorkspace, setImportMapping, type ImportJobRow } from './store.js';

/** Throws import.bad_mapping naming every field or column at fault. */
export async function checkMapping(tx: Tx, job: Pick<ImportJobRow, 'workspaceId' | 'kind' | 'headers'>, mapping: ColumnMapping) {
  const kind = job.kind as ImportKind;
  const workspace = await loadImportWorkspace(tx, job.workspaceId, CUSTOM_FIELD_ENTITY[kind]);
  const issues = validateMapping(kind, job.headers, mapping, workspace.customFields);
  if (issues.length > 0) {
    throw new AppError('import.bad_mapping', {
      detail: `The column mapping needs attention: ${issues.map((i) => `${i.path} ${i.message}`).join('; ')}`,
      fields: issues,
    });
  }
}

/** Set the mapping; columns it leaves out are skipped. */
export async function updateImportMapping(db: Db, workspaceId: string, id: string, input: ColumnMapping): Promise<ImportJobRow> {
  const job = await findImportJob(db, workspaceId, id);
  if (!job) throw notFound('import.not_found', id);
  const mapping: ColumnMapping = Object.fromEntries(job.headers.map((h) => [h, null]));
  Object.assign(mapping, input);
  if (job.status !== 'uploaded') throw wrongState(job.status);
  await checkMapping(db, job, mapping);
  if (!(await setImportMapping(db, workspaceId, id, mapping))) throw wrongState('running');
  return { ...job, mapping };
}

export function wrongState(status: string): AppError {
  return new AppError('import.wrong_state', {
    detail: status === 'done' ? 'This import has finished; upload the file again to import it anew.'
      : 'This import has started; its mapping can no longer change.',
  });
}
