import { describe, expect, it } from 'vitest';
import { readCsvHead, readCsvRows, uniqueHeaders } from './csv-records.js';
import { ImportFileError } from './detect-encoding.js';

async function all(text: string) {
  const rows = [];
  for await (const row of readCsvRows(text)) rows.push(row);
  return rows;
}

describe('readCsvRows', () => {
  it('reads quoted fields, CRLF and a newline inside quotes as one spreadsheet row', async () => {
    const text = 'name,notes\r\n"Acme, Inc.","line one\r\nline two"\r\n"Say ""hi""",x\r\n';
    expect(await all(text)).toEqual([
      { row: 1, cells: ['name', 'notes'] },
      { row: 2, cells: ['Acme, Inc.', 'line one\r\nline two'] },
      { row: 3, cells: ['Say "hi"', 'x'] },
    ]);
  });

  it('skips blank rows but keeps counting them, as a spreadsheet numbers its rows', async () => {
    const rows = await all('a,b\n1,2\n\n,\n3,4\n');
    expect(rows.map((r) => r.row)).toEqual([1, 2, 5]);
  });

  it('reads tab-separated text when the header line has tabs and no commas', async () => {
    expect((await all('会社名\t業種\nさくら\tIT\n'))[1]?.cells).toEqual(['さくら', 'IT']);
  });

  it('keeps rows with fewer or more cells than the header (the row parser reports them)', async () => {
    expect((await all('a,b,c\n1\n1,2,3,4\n')).map((r) => r.cells.length)).toEqual([3, 1, 4]);
  });

  it('streams a file larger than one slice without splitting characters', async () => {
    const line = '山田商事株式会社🍣,ヤマダ\n';
    const text = `name,reading\n${line.repeat(10_000)}`;
    const rows = await all(text);
    expect(rows).toHaveLength(10_001);
    expect(rows.every((r, i) => i === 0 || r.cells[0] === '山田商事株式会社🍣')).toBe(true);
  });

  it('reports an unclosed quote as a file error with the line', async () => {
    await expect(all('a,b\n1,"open\n2,3\n')).rejects.toBeInstanceOf(ImportFileError);
    await expect(all('a,b\n1,"open\n2,3\n')).rejects.toThrow(/line \d/);
  });
});

describe('readCsvHead', () => {
  it('returns the header and first rows of a text cut short in the middle of a later row', () => {
    const text = 'name,id\nA,1\nB,2\nC,3\n"unfinish';
    expect(readCsvHead(text, 2)).toEqual({ headers: ['name', 'id'], rows: [{ row: 2, cells: ['A', '1'] }, { row: 3, cells: ['B', '2'] }] });
  });
});

describe('uniqueHeaders', () => {
  it('trims, names blank headers by position and numbers repeats', () => {
    expect(uniqueHeaders([' 会社名 ', '', 'メモ', 'メモ'])).toEqual(['会社名', 'column 2', 'メモ', 'メモ (2)']);
  });
});
