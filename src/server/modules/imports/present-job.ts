/** Import jobs as the API shows them: stored counters as they are, the run failure apart from row errors. */
import type { Tx } from '../../db/connect.js';
import { decodeAs } from '../../../domain/imports/detect-encoding.js';
import { readCsvHead, type CsvRow } from '../../../domain/imports/csv-records.js';
import type { ImportEncoding, ImportKind, ImportStatus } from '../../../domain/imports/import-kinds.js';
import type { ImportJob } from './schema.js';
import { readImportFileHead, type ImportJobRow } from './store.js';

export const SAMPLE_ROWS = 5;
const SAMPLE_BYTES = 256 * 1024;

type StoredError = { row: number; column: string | null; code: string; message: string };

export function presentImportSummary(row: ImportJobRow) {
  const stored = row.errors as StoredError[];
  return {
    id: row.id, kind: row.kind as ImportKind, filename: row.filename, encoding: row.encoding as ImportEncoding,
    status: row.status as ImportStatus, totalRows: row.totalRows, processedRows: row.processedRows, created: row.created,
    updated: row.updated, unchanged: row.unchanged, failed: row.failed,
    failure: stored.find((e) => e.row === 0)?.message ?? null,
    createdAt: row.createdAt.toISOString(), finishedAt: row.finishedAt?.toISOString() ?? null,
  };
}

export function presentImportJob(row: ImportJobRow, sample: Record<string, string>[]): ImportJob {
  return {
    ...presentImportSummary(row),
    headers: row.headers,
    mapping: row.mapping,
    sample,
    errors: (row.errors as StoredError[]).filter((e) => e.row > 0),
  };
}

/** Sample rows as header → cell objects. */
export function sampleOf(headers: readonly string[], rows: readonly CsvRow[]): Record<string, string>[] {
  return rows.map((r) => Object.fromEntries(headers.map((h, i) => [h, r.cells[i] ?? ''])));
}

/** The sample of a stored job, read from the head of its file (never the whole file). */
export async function loadSample(tx: Tx, row: ImportJobRow): Promise<Record<string, string>[]> {
  const head = await readImportFileHead(tx, row.workspaceId, row.id, SAMPLE_BYTES);
  if (!head) return [];
  let text = decodeAs(head, row.encoding as ImportEncoding);
  if (head.length === SAMPLE_BYTES) text = text.slice(0, text.lastIndexOf('\n') + 1);
  try {
    return sampleOf(row.headers, readCsvHead(text, SAMPLE_ROWS).rows);
  } catch {
    return [];
  }
}
