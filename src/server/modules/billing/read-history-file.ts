/**
 * Reading an uploaded subscription-history CSV into lines of dated rows: decode (UTF-8 with or
 * without BOM, or Shift_JIS), find the columns, parse every row, gather per line. Uses the
 * CSV import's pure readers; problems with the file as a whole are AppErrors, problems with
 * rows are listed with their row numbers.
 */
import { AppError } from '../../errors.js';
import { readCsvRows, uniqueHeaders } from '../../../domain/imports/csv-records.js';
import { decodeCsvBytes, ImportFileError } from '../../../domain/imports/detect-encoding.js';
import type { RowIssue } from '../../../domain/imports/import-kinds.js';
import { HISTORY_FIELD_INFO, mapHistoryColumns, type HistoryColumns } from '../../../domain/billing/history-columns.js';
import {
  groupHistoryRows, parseHistoryRow, type HistoryLine, type HistoryRow, type WorkspaceMoneyRules,
} from '../../../domain/billing/history-rows.js';

export interface HistoryFile {
  headers: string[];
  columns: HistoryColumns;
  rows: number;
  lines: HistoryLine[];
  superseded: number;
  issues: RowIssue[];
  /** good rows left out because another row of their line failed */
  skippedRows: number;
}

export async function readHistoryFile(bytes: Uint8Array, money: WorkspaceMoneyRules): Promise<HistoryFile> {
  try {
    const { text } = decodeCsvBytes(bytes);
    let headers: string[] | null = null;
    let columns: HistoryColumns | null = null;
    const good: HistoryRow[] = [];
    const issues: RowIssue[] = [];
    const failedLines = new Set<string>();
    let rows = 0;
    for await (const csv of readCsvRows(text)) {
      if (!headers || !columns) {
        headers = uniqueHeaders(csv.cells);
        columns = checkedColumns(headers);
        continue;
      }
      rows += 1;
      const parsed = parseHistoryRow(columns, headers, csv, money);
      if (parsed.value) good.push(parsed.value);
      else {
        issues.push(...parsed.issues);
        const id = columns.indexOf.subscriptionExternalId === undefined ? '' : csv.cells[columns.indexOf.subscriptionExternalId]?.trim();
        if (id) failedLines.add(id);
      }
    }
    if (!headers || !columns) throw new AppError('import.bad_file', { detail: 'The file is empty: it needs a header row and at least one row.' });
    const accountIndex = columns.indexOf.accountExternalId;
    const grouped = groupHistoryRows(good, failedLines, accountIndex === undefined ? null : headers[accountIndex] ?? null);
    const kept = grouped.lines.reduce((n, l) => n + l.rows.length, 0) + grouped.superseded;
    const strayRows = grouped.issues.length;
    return {
      headers, columns, rows, lines: grouped.lines, superseded: grouped.superseded, issues: [...issues, ...grouped.issues],
      skippedRows: good.length - kept - strayRows,
    };
  } catch (error) {
    if (error instanceof ImportFileError) throw new AppError('import.bad_file', { detail: error.message, cause: error });
    throw error;
  }
}

function checkedColumns(headers: string[]): HistoryColumns {
  const columns = mapHistoryColumns(headers);
  if (columns.missing.length > 0) {
    throw new AppError('import.bad_mapping', {
      detail: 'Some required columns are missing.',
      fields: columns.missing.map((field) => ({
        path: field,
        message: `no column for ${HISTORY_FIELD_INFO[field].labelEn} (${HISTORY_FIELD_INFO[field].labelJa}); name one e.g. "${HISTORY_FIELD_INFO[field].labelJa}"`,
      })),
    });
  }
  return columns;
}
