/**
 * A record may appear once per file. Two rows with the same key would both be upserted in
 * one statement (PostgreSQL refuses to update a row twice) or silently overwrite each other
 * across batches, so the later row is reported and the first one stands. The registry lives
 * for a whole pass over the file, so the result does not depend on where batches split.
 */
import type { RowIssue } from './import-kinds.js';
import type { ParsedRow, RowSchema } from './row-schema.js';

type KeyName = 'externalId' | 'billingId' | 'productId' | 'accountEmail';

function keysOf(schema: RowSchema, parsed: ParsedRow): Array<[KeyName, string, string | null]> {
  const v = parsed.values;
  const str = (k: string) => (typeof v[k] === 'string' ? (v[k] as string) : null);
  const keys: Array<[KeyName, string | null, string | null]> = [];
  if (schema.kind === 'contacts' && !str('externalId')) {
    const email = str('email');
    keys.push(['accountEmail', email ? `${str('accountExternalId')} ${email}` : null, schema.headerOf('email')]);
  } else {
    keys.push(['externalId', str('externalId'), schema.headerOf('externalId')]);
  }
  if (schema.kind === 'accounts') {
    keys.push(['billingId', str('billingId'), schema.headerOf('billingId')], ['productId', str('productId'), schema.headerOf('productId')]);
  }
  return keys.filter((k): k is [KeyName, string, string | null] => k[1] !== null);
}

const LABEL: Record<KeyName, string> = {
  externalId: 'external id', billingId: 'billing id', productId: 'product id', accountEmail: 'account and email',
};

export class KeyRegistry {
  private readonly seen = new Map<string, number>();

  /** Record the row's keys, or report those an earlier row already has (and record none). */
  claim(schema: RowSchema, parsed: ParsedRow): RowIssue[] {
    if (parsed.issues.length > 0) return [];
    const keys = keysOf(schema, parsed);
    const issues: RowIssue[] = [];
    for (const [name, value, column] of keys) {
      const first = this.seen.get(`${name}\u0000${value}`);
      if (first !== undefined) {
        issues.push({
          row: parsed.row, column, code: 'duplicate_in_file',
          message: `the same ${LABEL[name]} (${value.replace(' ', ' / ')}) is already on row ${first}; each record may appear once`,
        });
      }
    }
    if (issues.length === 0) for (const [name, value] of keys) this.seen.set(`${name}\u0000${value}`, parsed.row);
    return issues;
  }
}
