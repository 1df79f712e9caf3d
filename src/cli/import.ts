/**
 * `kizuna import FILE --kind accounts|contacts|subscriptions [--workspace ID] [--dry-run]
 * [--map "会社名=name" …] [--as EMAIL] [--batch-size N]`: the import wizard on the command line.
 * Prints the detected encoding and mapping and the dry-run summary with its bad rows, then
 * runs with a progress line on stderr. Exit code 1 when any row failed.
 * The import is recorded in the audit log as the member given by --as, else the workspace's
 * first admin (the person who runs the command is expected to be an admin).
 */
import { readFileSync } from 'node:fs';
import { basename } from 'node:path';
import { parseArgs } from 'node:util';
import { AppError } from '../server/errors.js';
import type { Db } from '../server/db/connect.js';
import { dryRunImport } from '../server/modules/imports/dry-run-import.js';
import { runImportJob, type ImportProgress } from '../server/modules/imports/run-import-job.js';
import { claimForRun } from '../server/modules/imports/start-import.js';
import {
  deleteImportJob, findImportJob, firstAdminOf, listWorkspaceChoices, memberIdByEmail, type ImportJobRow,
} from '../server/modules/imports/store.js';
import { updateImportMapping } from '../server/modules/imports/update-mapping.js';
import { uploadImport } from '../server/modules/imports/upload-import.js';
import { IMPORT_KINDS, type ImportKind } from '../domain/imports/import-kinds.js';
import type { ImportDryRun } from '../server/modules/imports/schema.js';
import type { Config } from './config.js';
import { describeDatabase, openConfiguredDatabase } from './open-configured-database.js';

const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;
const SHOWN_ERRORS = 50;

function invalid(detail: string): AppError {
  return new AppError('request.invalid', { detail });
}

function readArgs(args: string[]) {
  const { values, positionals } = parseArgs({
    args, allowPositionals: true,
    options: {
      kind: { type: 'string' }, workspace: { type: 'string' }, 'dry-run': { type: 'boolean', default: false },
      map: { type: 'string', multiple: true, default: [] }, as: { type: 'string' }, 'batch-size': { type: 'string' },
    },
  });
  const file = positionals[0];
  if (!file) throw invalid('Name the CSV file: kizuna import FILE --kind accounts|contacts|subscriptions');
  if (!IMPORT_KINDS.includes(values.kind as ImportKind)) throw invalid(`--kind must be one of ${IMPORT_KINDS.join(', ')}`);
  const batchSize = values['batch-size'] === undefined ? undefined : Number(values['batch-size']);
  if (batchSize !== undefined && !(Number.isInteger(batchSize) && batchSize > 0)) throw invalid('--batch-size must be a positive whole number');
  return { file, kind: values.kind as ImportKind, workspace: values.workspace, dryRun: values['dry-run'], maps: values.map, as: values.as, batchSize };
}

async function resolveWorkspace(db: Db, given: string | undefined): Promise<string> {
  const choices = await listWorkspaceChoices(db);
  if (given) {
    if (UUID.test(given) && choices.some((w) => w.id === given)) return given;
    throw new AppError('workspace.not_found', { detail: `No workspace ${given}.` });
  }
  if (choices.length === 1 && choices[0]) return choices[0].id;
  const list = choices.map((w) => `  ${w.id}  ${w.name}`).join('\n');
  throw invalid(choices.length === 0 ? 'There is no workspace yet: run `kizuna setup` first.' : `Several workspaces; pick one with --workspace:\n${list}`);
}

function parseMaps(maps: readonly string[]): Record<string, string | null> {
  const out: Record<string, string | null> = {};
  for (const entry of maps) {
    const at = entry.lastIndexOf('=');
    if (at <= 0) throw invalid(`--map "${entry}" should look like "会社名=name" (or "備考=" to skip a column)`);
    const target = entry.slice(at + 1).trim();
    out[entry.slice(0, at).trim()] = target === '' || target === '-' ? null : target;
  }
  return out;
}

function printMapping(job: ImportJobRow): void {
  console.log(`Columns (${job.headers.length}):`);
  for (const header of job.headers) console.log(`  ${header} → ${job.mapping[header] ?? '(skipped)'}`);
}

function printDryRun(dry: ImportDryRun): void {
  console.log(`Dry run: ${dry.toCreate} to create, ${dry.toUpdate} to update, ${dry.unchanged} unchanged, ${dry.failed} rows with errors.`);
  for (const e of dry.errors.slice(0, SHOWN_ERRORS)) console.log(`  row ${e.row}${e.column ? ` [${e.column}]` : ''}: ${e.message}`);
  if (dry.errorCount > SHOWN_ERRORS) console.log(`  … and ${dry.errorCount - SHOWN_ERRORS} more errors`);
}

function progressPrinter(): (p: ImportProgress) => void {
  const started = Date.now();
  const end = process.stderr.isTTY ? '\r' : '\n';
  return (p) => {
    const seconds = Math.max(0.001, (Date.now() - started) / 1000);
    process.stderr.write(`import: ${p.processedRows}/${p.totalRows} rows (${Math.round(p.processedRows / seconds)} rows/s)${end}`);
  };
}

type Actor = { workspaceId: string; actor: { type: 'user'; id: string } };

/** Upload, apply --map, print the mapping and the dry run; the job is deleted again when nothing will run. */
async function prepare(db: Db, actor: Actor, options: ReturnType<typeof readArgs>, bytes: Uint8Array, where: string) {
  const { workspaceId } = actor;
  const uploaded = await uploadImport(db, { ...actor, userId: actor.actor.id }, { kind: options.kind, filename: basename(options.file), bytes }, new Date());
  let job = uploaded.job;
  console.log(`${options.file}: ${job.encoding}, ${job.totalRows} rows → ${options.kind} on ${where}`);
  try {
    if (options.maps.length > 0) job = await updateImportMapping(db, workspaceId, job.id, { ...job.mapping, ...parseMaps(options.maps) });
    printMapping(job);
    const dry = await dryRunImport(db, workspaceId, job.id, new Date());
    printDryRun(dry);
    if (options.dryRun) await deleteImportJob(db, workspaceId, job.id);
    return { job, dry };
  } catch (error) {
    await deleteImportJob(db, workspaceId, job.id);
    throw error;
  }
}

export async function runImport(config: Config, args: string[]): Promise<void> {
  const options = readArgs(args);
  const bytes = new Uint8Array(readFileSync(options.file));
  const database = await openConfiguredDatabase(config);
  const { db } = database;
  try {
    const workspaceId = await resolveWorkspace(db, options.workspace);
    const userId = options.as ? await memberIdByEmail(db, workspaceId, options.as) : await firstAdminOf(db, workspaceId);
    if (!userId) throw invalid(options.as ? `${options.as} is not a member of this workspace.` : 'The workspace has no admin.');
    const actor: Actor = { workspaceId, actor: { type: 'user', id: userId } };
    const { job, dry } = await prepare(db, actor, options, bytes, describeDatabase(config));
    if (options.dryRun) {
      if (dry.failed > 0) process.exitCode = 1;
      return;
    }
    await claimForRun(db, workspaceId, job.id);
    await runImportJob(database, workspaceId, job.id, {
      actor, now: () => new Date(), onProgress: progressPrinter(), ...(options.batchSize ? { batchSize: options.batchSize } : {}),
    });
    const done = await findImportJob(db, workspaceId, job.id);
    if (process.stderr.isTTY) process.stderr.write('\n');
    if (!done) return;
    console.log(`Done: ${done.created} created, ${done.updated} updated, ${done.unchanged} unchanged, ${done.failed} failed (import ${done.id}).`);
    if (done.failed > 0) process.exitCode = 1;
  } finally {
    await database.close();
  }
}
