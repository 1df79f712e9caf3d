/**
 * Reading CSV text into rows with csv-parse: quoted fields, CRLF, and newlines inside
 * quotes as Excel writes them. Rows are numbered as a spreadsheet shows them (header =
 * row 1); blank rows keep their number but are not yielded. The whole-file reader feeds
 * the parser in slices so a 100 MB file streams instead of becoming one huge array.
 */
import { parse as parseStream, type Options } from 'csv-parse';
import { parse as parseSync } from 'csv-parse/sync';
import { ImportFileError } from './detect-encoding.js';

export interface CsvRow {
  /** 1-based row number, the header being row 1 */
  row: number;
  cells: string[];
}

const SLICE = 1 << 16;

function optionsFor(text: string): Options {
  return { delimiter: delimiterOf(text), relax_column_count: true, relax_quotes: true, skip_empty_lines: false, bom: true };
}

/** Comma unless the header line plainly uses tabs or semicolons instead. */
function delimiterOf(text: string): string {
  const end = text.search(/\r?\n/);
  const first = end === -1 ? text : text.slice(0, end);
  if (first.includes(',')) return ',';
  if (first.includes('\t')) return '\t';
  if (first.includes(';')) return ';';
  return ',';
}

function isBlank(cells: readonly string[]): boolean {
  return cells.every((c) => c.trim() === '');
}

function fileError(error: unknown): ImportFileError {
  const e = error as { message?: string; lines?: number };
  const line = typeof e.lines === 'number' ? e.lines : null;
  return new ImportFileError(`The file is not valid CSV${line ? ` near line ${line}` : ''}: ${e.message ?? String(error)}`, line);
}

function* slices(text: string): Generator<string> {
  for (let start = 0; start < text.length;) {
    let end = Math.min(text.length, start + SLICE);
    // never cut a surrogate pair in two: the parser re-encodes each slice as UTF-8
    if (end < text.length && /[\udc00-\udfff]/.test(text.charAt(end))) end += 1;
    yield text.slice(start, end);
    start = end;
  }
}

/** Every non-blank row of the file, header included, in order. Throws ImportFileError on broken CSV. */
export async function* readCsvRows(text: string): AsyncGenerator<CsvRow> {
  const parser = parseStream(optionsFor(text));
  const feed = async () => {
    for (const slice of slices(text)) {
      if (!parser.write(slice)) await new Promise((resolve) => parser.once('drain', resolve));
    }
    parser.end();
  };
  feed().catch((error: unknown) => parser.destroy(error as Error));
  let row = 0;
  try {
    for await (const cells of parser as AsyncIterable<string[]>) {
      row += 1;
      if (!isBlank(cells)) yield { row, cells };
    }
  } catch (error) {
    throw fileError(error);
  }
}

/**
 * The header and up to `count` data rows, without reading further. Meant for a prefix of a
 * file already checked whole: a cut-short tail is ignored, and the rows before it returned.
 */
export function readCsvHead(text: string, count: number): { headers: string[]; rows: CsvRow[] } {
  const rows: CsvRow[] = [];
  let row = 0;
  const collect = (cells: string[]) => {
    row += 1;
    if (!isBlank(cells)) rows.push({ row, cells });
    return cells;
  };
  try {
    parseSync(text, { ...optionsFor(text), to: count + 11, on_record: collect });
  } catch (error) {
    if (rows.length === 0) throw fileError(error);
  }
  const [header, ...data] = rows;
  return { headers: uniqueHeaders(header?.cells ?? []), rows: data.slice(0, count) };
}

/**
 * Header names made usable as mapping keys: trimmed, a blank header named after its
 * position, and a repeated name numbered ("メモ", "メモ (2)").
 */
export function uniqueHeaders(cells: readonly string[]): string[] {
  const seen = new Map<string, number>();
  return cells.map((cell, i) => {
    const base = cell.trim() === '' ? `column ${i + 1}` : cell.trim();
    const n = (seen.get(base) ?? 0) + 1;
    seen.set(base, n);
    return n === 1 ? base : `${base} (${n})`;
  });
}
