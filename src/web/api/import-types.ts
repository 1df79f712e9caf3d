/** Shapes of CSV import jobs (/api/v1/imports) as the import wizard reads them. */
import type { ImportKind, ImportStatus } from '../../domain/imports/import-kinds';

export type { ImportKind, ImportStatus };

export interface ImportRowError {
  row: number;
  column: string | null;
  /** e.g. required, invalid_date, unknown_account (domain/imports/import-kinds.ts ROW_ISSUE_CODES) */
  code?: string;
  message: string;
}

/** An import job as listed (GET /imports). */
export interface ImportJobSummary {
  id: string;
  kind: ImportKind;
  filename: string;
  encoding: string;
  status: ImportStatus;
  totalRows: number;
  processedRows: number;
  created: number;
  updated: number;
  unchanged: number;
  /** rows that failed (a row may have several errors) */
  failed: number;
  /** why the last run stopped, when status is failed */
  failure?: string | null;
  createdAt: string;
  finishedAt: string | null;
}

export interface ImportJob extends ImportJobSummary {
  headers: string[];
  mapping: Record<string, string | null>;
  /** the first data rows, header → cell */
  sample: Record<string, string>[] | string[][];
  errors: ImportRowError[];
}

export interface DryRunResult {
  toCreate: number;
  toUpdate: number;
  unchanged: number;
  /** rows with at least one error */
  failed?: number;
  errors: ImportRowError[];
  errorCount: number;
  sampleChanges: unknown[];
}
