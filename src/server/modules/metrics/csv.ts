/**
 * CSV out (SPEC §4): UTF-8 with a BOM so Excel opens Japanese text correctly, CRLF line ends,
 * ISO dates, money in major units of the currency (yen without decimals, dollars with cents).
 */
import { MINOR_DIGITS } from '../../../domain/money/currency.js';

export type Cell = string | number | boolean | null | undefined;

/** RFC 4180 quoting: a cell with a comma, quote or line break is quoted, quotes doubled. */
export function toCsv(header: readonly string[], rows: ReadonlyArray<readonly Cell[]>): string {
  const line = (cells: readonly Cell[]) => cells.map(cellText).join(',');
  return `\uFEFF${[line(header), ...rows.map(line)].join('\r\n')}\r\n`;
}

function cellText(cell: Cell): string {
  if (cell === null || cell === undefined) return '';
  const text = typeof cell === 'number' ? (Number.isFinite(cell) ? String(cell) : '') : String(cell);
  return /[",\r\n]/.test(text) ? `"${text.replace(/"/g, '""')}"` : text;
}

/** Minor units as a decimal amount of the currency: 123456 USD → "1234.56", 1200 JPY → "1200". */
export function moneyCell(minor: number | null, currency: string): string {
  if (minor === null) return '';
  const digits = MINOR_DIGITS[currency] ?? 0;
  return (Math.round(minor) / 10 ** digits).toFixed(digits);
}

/** A rate as a fraction with enough digits for a spreadsheet (0.052631). */
export function rateCell(rate: number | null): string {
  return rate === null ? '' : String(Math.round(rate * 1e8) / 1e8);
}

export function csvResponse(filename: string, csv: string): Response {
  return new Response(csv, {
    status: 200,
    headers: { 'content-type': 'text/csv; charset=utf-8', 'content-disposition': `attachment; filename="${filename}"` },
  });
}
