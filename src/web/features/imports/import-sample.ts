/** Sample cells of one column from an import job, whether the server sends rows as objects or arrays. */
import type { ImportJob } from '../../api/types';

export function sampleValues(job: ImportJob, header: string, limit = 3): string[] {
  const index = job.headers.indexOf(header);
  const values: string[] = [];
  for (const row of job.sample ?? []) {
    const cell = Array.isArray(row) ? row[index] : (row as Record<string, unknown>)[header];
    if (cell !== undefined && cell !== null && String(cell).trim() !== '') values.push(String(cell));
    if (values.length >= limit) break;
  }
  return values;
}

/** Human name of a detected encoding. */
export function encodingLabel(encoding: string): string {
  switch (encoding.toLowerCase()) {
    case 'utf-8': return 'UTF-8';
    case 'utf-8-bom': return 'UTF-8 (BOM)';
    case 'shift_jis': return 'Shift_JIS (CP932)';
    default: return encoding;
  }
}
