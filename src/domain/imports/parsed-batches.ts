/**
 * One pass over a file as batches of parsed rows: the header is read, every data row is
 * parsed and checked against the rows before it (duplicate keys), and rows are handed out
 * in batches. Rows before `startAt` are parsed too — a resumed run must know their keys —
 * but not handed out, so a run continues exactly where its last committed batch ended.
 */
import { readCsvRows } from './csv-records.js';
import { KeyRegistry } from './duplicate-keys.js';
import { parseRow, type ParsedRow, type RowSchema } from './row-schema.js';

export interface ParsedBatch {
  /** data rows of the file before this batch */
  offset: number;
  rows: ParsedRow[];
}

export async function* parsedBatches(
  text: string, schema: RowSchema, options: { size: number; startAt?: number },
): AsyncGenerator<ParsedBatch> {
  const registry = new KeyRegistry();
  const startAt = options.startAt ?? 0;
  let seenHeader = false;
  let index = 0;
  let batch: ParsedRow[] = [];
  for await (const csv of readCsvRows(text)) {
    if (!seenHeader) {
      seenHeader = true;
      continue;
    }
    const parsed = parseRow(schema, csv);
    parsed.issues.push(...registry.claim(schema, parsed));
    index += 1;
    if (index <= startAt) continue;
    batch.push(parsed);
    if (batch.length >= options.size) {
      yield { offset: index - batch.length, rows: batch };
      batch = [];
    }
  }
  if (batch.length > 0) yield { offset: index - batch.length, rows: batch };
}
