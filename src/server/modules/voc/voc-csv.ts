/** The ranked VOC list as CSV (UTF-8 with BOM, ISO instants, ARR in major units of the base currency). */
import { moneyCell, toCsv } from '../metrics/csv.js';
import type { VocItem } from './schema.js';

export function vocItemsCsv(items: readonly VocItem[], currency: string): string {
  return toCsv(
    ['rank', 'title', 'kind', 'status', 'areas', 'accounts', 'arr', 'currency', 'mentions', 'last_heard_at', 'created_at', 'sent_at', 'description', 'id'],
    items.map((i) => [i.rank, i.title, i.kind, i.status, i.areas.join('; '), i.accounts, moneyCell(i.arr, currency), currency, i.mentions,
      i.lastHeardAt, i.createdAt, i.sentAt, i.description, i.id]),
  );
}
