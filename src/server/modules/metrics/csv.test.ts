/** CSV out (SPEC §4): UTF-8 with a BOM, quoted where needed, money in major units. */
import { describe, expect, it } from 'vitest';
import { csvResponse, moneyCell, rateCell, toCsv } from './csv.js';

describe('CSV export', () => {
  it('starts with the UTF-8 BOM bytes and ends lines with CRLF', async () => {
    const res = csvResponse('x.csv', toCsv(['名前', 'mrr'], [['株式会社さくら', 1200]]));
    const bytes = new Uint8Array(await res.arrayBuffer());
    expect([...bytes.subarray(0, 3)]).toEqual([0xef, 0xbb, 0xbf]);
    expect(new TextDecoder().decode(bytes)).toBe('名前,mrr\r\n株式会社さくら,1200\r\n');
    expect(res.headers.get('content-disposition')).toBe('attachment; filename="x.csv"');
  });

  it('quotes cells with commas, quotes or line breaks, and leaves empty cells for null', () => {
    expect(toCsv(['a'], [['x,y'], ['say "hi"'], ['two\nlines'], [null]]).split('\r\n').slice(1, 5))
      .toEqual(['"x,y"', '"say ""hi"""', '"two\nlines"', '']);
  });

  it('writes money in major units of its currency and rates as fractions', () => {
    expect(moneyCell(123_456, 'USD')).toBe('1234.56');
    expect(moneyCell(1_200, 'JPY')).toBe('1200');
    expect(moneyCell(null, 'JPY')).toBe('');
    expect(rateCell(1 / 3)).toBe('0.33333333');
    expect(rateCell(null)).toBe('');
  });
});
