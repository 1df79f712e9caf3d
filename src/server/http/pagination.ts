/**
 * Keyset (cursor) pagination: the cursor carries the sort value and id of the last row
 * returned, so page N costs the same as page 1 at any table size.
 */
import { AppError } from '../errors.js';

export interface Cursor {
  value: string | number | null;
  id: string;
}

export function encodeCursor(cursor: Cursor): string {
  return Buffer.from(JSON.stringify([cursor.value, cursor.id])).toString('base64url');
}

const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;

export function decodeCursor(text: string): Cursor {
  try {
    const [value, id] = JSON.parse(Buffer.from(text, 'base64url').toString('utf8')) as [unknown, unknown];
    if (typeof id !== 'string' || !UUID.test(id)) throw new Error('bad id');
    if (!(value === null || typeof value === 'string' || typeof value === 'number')) throw new Error('bad value');
    return { value, id };
  } catch {
    throw new AppError('request.invalid', { fields: [{ path: 'cursor', message: 'not a cursor returned by this API' }] });
  }
}
