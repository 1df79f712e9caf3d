import iconv from 'iconv-lite';
import { describe, expect, it } from 'vitest';
import { decodeAs, decodeCsvBytes, ImportFileError } from './detect-encoding.js';

const utf8 = (text: string) => new TextEncoder().encode(text);

describe('decodeCsvBytes', () => {
  it('reads a UTF-8 file with a byte-order mark as utf-8-bom and drops the mark', () => {
    const bytes = new Uint8Array([0xef, 0xbb, 0xbf, ...utf8('会社名\r\nさくら\r\n')]);
    expect(decodeCsvBytes(bytes)).toEqual({ encoding: 'utf-8-bom', text: '会社名\r\nさくら\r\n' });
  });

  it('reads strict UTF-8 without a mark as utf-8', () => {
    expect(decodeCsvBytes(utf8('会社名,フリガナ\n山田商事,ヤマダショウジ\n'))).toEqual({
      encoding: 'utf-8', text: '会社名,フリガナ\n山田商事,ヤマダショウジ\n',
    });
  });

  it('falls back to Shift_JIS (CP932) as Excel in Japan writes it, including NEC/IBM extension characters', () => {
    // ㈱ and ① are NEC specials and 髙 an IBM extension: in CP932, not in plain Shift_JIS (JIS X 0208)
    const text = '会社名,備考\r\n㈱髙島屋ホールディングス,①重要\r\n';
    const bytes = iconv.encode(text, 'cp932');
    expect(() => new TextDecoder('utf-8', { fatal: true }).decode(bytes)).toThrow();
    expect(decodeCsvBytes(bytes)).toEqual({ encoding: 'shift_jis', text });
  });

  it('treats pure ASCII as UTF-8 (it is valid in both)', () => {
    expect(decodeCsvBytes(utf8('name,external id\nAcme,A-1\n')).encoding).toBe('utf-8');
  });

  it('refuses UTF-16 with a hint to save as CSV', () => {
    const bytes = new Uint8Array([0xff, 0xfe, 0x41, 0x00]);
    expect(() => decodeCsvBytes(bytes)).toThrow(ImportFileError);
    expect(() => decodeCsvBytes(bytes)).toThrow(/CSV UTF-8/);
  });
});

describe('decodeAs', () => {
  it('decodes with the encoding a job recorded, so a resumed run reads the same text', () => {
    const text = '取引先ID,会社名\r\nC-1,株式会社さくらテック\r\n';
    expect(decodeAs(iconv.encode(text, 'cp932'), 'shift_jis')).toBe(text);
    expect(decodeAs(new Uint8Array([0xef, 0xbb, 0xbf, ...utf8(text)]), 'utf-8-bom')).toBe(text);
    expect(decodeAs(utf8(text), 'utf-8')).toBe(text);
  });
});
