/**
 * Which encoding a CSV file is in (SPEC §4, "Files"): a UTF-8 byte-order mark means UTF-8;
 * otherwise bytes that decode as strict UTF-8 are UTF-8, and anything else is taken as
 * Shift_JIS in Microsoft's CP932 flavour — what Excel in Japan writes by default, including
 * the NEC and IBM extensions (①, ㈱, 髙) that plain Shift_JIS lacks.
 */
import iconv from 'iconv-lite';
import type { ImportEncoding } from './import-kinds.js';

/** The file cannot be read as a CSV at all; `line` points at the trouble when known. */
export class ImportFileError extends Error {
  constructor(message: string, readonly line: number | null = null) {
    super(message);
    this.name = 'ImportFileError';
  }
}

const UTF8_BOM = [0xef, 0xbb, 0xbf];

function startsWith(bytes: Uint8Array, prefix: readonly number[]): boolean {
  return prefix.every((b, i) => bytes[i] === b);
}

/**
 * Detect the encoding and decode.
 * @example decodeCsvBytes(iconv.encode('会社名\n', 'cp932')).encoding === 'shift_jis'
 */
export function decodeCsvBytes(bytes: Uint8Array): { encoding: ImportEncoding; text: string } {
  if (startsWith(bytes, UTF8_BOM)) return { encoding: 'utf-8-bom', text: decodeAs(bytes, 'utf-8-bom') };
  if (startsWith(bytes, [0xff, 0xfe]) || startsWith(bytes, [0xfe, 0xff])) {
    throw new ImportFileError('This file is UTF-16 ("Unicode text"). Save it from Excel as "CSV UTF-8" or "CSV" and upload again.');
  }
  try {
    return { encoding: 'utf-8', text: new TextDecoder('utf-8', { fatal: true, ignoreBOM: true }).decode(bytes) };
  } catch {
    return { encoding: 'shift_jis', text: decodeAs(bytes, 'shift_jis') };
  }
}

/** Decode with an encoding detected earlier (a job keeps it, so a resumed run reads the same text). */
export function decodeAs(bytes: Uint8Array, encoding: ImportEncoding): string {
  switch (encoding) {
    case 'utf-8-bom':
      return new TextDecoder('utf-8').decode(bytes.subarray(UTF8_BOM.length));
    case 'utf-8':
      return new TextDecoder('utf-8', { ignoreBOM: true }).decode(bytes);
    case 'shift_jis':
      return iconv.decode(bytes, 'cp932');
  }
}
