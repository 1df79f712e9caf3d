/**
 * The vocabulary of CSV import (SPEC §3.1): what can be imported, the states of an import
 * job, the encodings a file may arrive in, and the shape of a row error. Shared by the
 * server, the CLI and the web app's import wizard.
 */
export const IMPORT_KINDS = ['accounts', 'contacts', 'subscriptions'] as const;
export type ImportKind = (typeof IMPORT_KINDS)[number];

/**
 * uploaded: mapping may still change; running: a runner is (or was, before a crash) working
 * through it; done: every row was processed (some may have failed); failed: stopped by an
 * error that was not a row's fault — run it again to continue from the last whole batch.
 */
export const IMPORT_STATUSES = ['uploaded', 'running', 'done', 'failed'] as const;
export type ImportStatus = (typeof IMPORT_STATUSES)[number];

export const IMPORT_ENCODINGS = ['utf-8', 'utf-8-bom', 'shift_jis'] as const;
export type ImportEncoding = (typeof IMPORT_ENCODINGS)[number];

/** Codes of row errors, so the web app can word them in Japanese or English. */
export const ROW_ISSUE_CODES = [
  'required', 'invalid_date', 'invalid_amount', 'invalid_number', 'invalid_email', 'invalid_value', 'too_long',
  'unknown_owner', 'unknown_account', 'duplicate_in_file', 'taken', 'ambiguous_match', 'custom_field', 'extra_cells',
] as const;
export type RowIssueCode = (typeof ROW_ISSUE_CODES)[number];

/**
 * One problem with one cell (or one row, when column is null). `row` is the row number a
 * spreadsheet shows: the header is row 1, the first data row is row 2, and a quoted cell
 * that spans several lines still counts as one row.
 */
export interface RowIssue {
  row: number;
  column: string | null;
  code: RowIssueCode;
  message: string;
}

/** Rows per write transaction: big enough for set-based speed, small enough to resume cheaply. */
export const DEFAULT_BATCH_SIZE = 2000;

/** Row errors kept on a job and returned by a dry run; the counts always cover all of them. */
export const MAX_REPORTED_ISSUES = 1000;
