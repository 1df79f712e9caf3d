/**
 * Receiving a CSV file: detect its encoding, read it through once (a file that is not CSV
 * is refused here, not halfway through a run), count its rows, keep a sample, suggest a
 * column mapping, and store the job with the file's bytes.
 */
import { randomUUID } from 'node:crypto';
import type { Db } from '../../db/connect.js';
import { AppError } from '../../errors.js';
import type { Actor } from '../audit/store.js';
import { readCsvRows, uniqueHeaders, type CsvRow } from '../../../domain/imports/csv-records.js';
import { decodeCsvBytes, ImportFileError } from '../../../domain/imports/detect-encoding.js';
import type { ImportKind } from '../../../domain/imports/import-kinds.js';
import { suggestMapping } from '../../../domain/imports/suggest-mapping.js';
import { CUSTOM_FIELD_ENTITY } from '../../../domain/imports/target-fields.js';
import { sampleOf, SAMPLE_ROWS } from './present-job.js';
import { insertImportJob, loadImportWorkspace, type ImportJobRow } from './store.js';

export interface UploadInput {
  kind: ImportKind;
  filename: string;
  bytes: Uint8Array;
}

/** Turn a file that cannot be read into a 400 naming the line, when there is one. */
export function badFile(error: unknown): never {
  if (error instanceof ImportFileError) {
    throw new AppError('import.bad_file', {
      detail: error.message,
      ...(error.line ? { rows: [{ row: error.line, column: null, message: error.message }] } : {}),
    });
  }
  throw error;
}

async function scan(text: string): Promise<{ headers: string[]; totalRows: number; sample: CsvRow[] }> {
  let header: string[] | null = null;
  let totalRows = 0;
  const sample: CsvRow[] = [];
  for await (const row of readCsvRows(text)) {
    if (!header) {
      header = row.cells;
      continue;
    }
    totalRows += 1;
    if (sample.length < SAMPLE_ROWS) sample.push(row);
  }
  if (!header) throw new ImportFileError('The file is empty: it needs a header row naming the columns.');
  return { headers: uniqueHeaders(header), totalRows, sample };
}

export async function uploadImport(
  db: Db, actor: Actor & { userId: string | null }, input: UploadInput, now: Date,
): Promise<{ job: ImportJobRow; sample: Record<string, string>[] }> {
  let decoded: ReturnType<typeof decodeCsvBytes>;
  let scanned: Awaited<ReturnType<typeof scan>>;
  try {
    decoded = decodeCsvBytes(input.bytes);
    scanned = await scan(decoded.text);
  } catch (error) {
    badFile(error);
  }
  const workspace = await loadImportWorkspace(db, actor.workspaceId, CUSTOM_FIELD_ENTITY[input.kind]);
  const job: ImportJobRow = {
    workspaceId: actor.workspaceId, id: randomUUID(), kind: input.kind, filename: input.filename, encoding: decoded.encoding,
    status: 'uploaded', mapping: suggestMapping(input.kind, scanned.headers, workspace.customFields), headers: scanned.headers,
    totalRows: scanned.totalRows, processedRows: 0, created: 0, updated: 0, unchanged: 0, failed: 0, errors: [],
    createdBy: actor.userId, createdAt: now, finishedAt: null,
  };
  await db.transaction((tx) => insertImportJob(tx, job, input.bytes));
  return { job, sample: sampleOf(scanned.headers, scanned.sample) };
}
