/**
 * Bytes → text, with the encodings people actually produce. JSON must be UTF-8 (with or without a
 * BOM). CSV saved by Excel on a Chinese Windows is often GBK, and Excel's "Unicode text" is UTF-16:
 * both are detected. Anything else — binary files, spreadsheets, unknown encodings — is refused with
 * a message saying how to re-save the file, never decoded into mojibake.
 */
import { type Problem, problem, type Result } from './problems.ts';

export type TextEncodingName = 'utf-8' | 'utf-16le' | 'utf-16be' | 'gbk';
export interface DecodedText {
  text: string;
  encoding: TextEncodingName;
}

const SAVE_AS_UTF8 = 'save it again as UTF-8 text (in Excel: File › Save As › "CSV UTF-8")';

function startsWith(bytes: Uint8Array, sig: readonly number[]): boolean {
  return sig.every((b, i) => bytes[i] === b);
}

/** Known binary formats people pick by mistake, by their magic bytes. */
function binaryKind(bytes: Uint8Array): string | null {
  if (startsWith(bytes, [0x50, 0x4b, 0x03, 0x04]))
    return 'a ZIP archive — probably an Excel workbook (.xlsx)';
  if (startsWith(bytes, [0xd0, 0xcf, 0x11, 0xe0])) return 'an old Excel or Word file (.xls/.doc)';
  if (startsWith(bytes, [0x25, 0x50, 0x44, 0x46])) return 'a PDF document';
  if (startsWith(bytes, [0x89, 0x50, 0x4e, 0x47])) return 'a PNG image';
  if (startsWith(bytes, [0xff, 0xd8, 0xff])) return 'a JPEG image';
  if (startsWith(bytes, [0x1f, 0x8b])) return 'a gzip-compressed file';
  const n = Math.min(bytes.length, 8192);
  for (let i = 0; i < n; i++) if (bytes[i] === 0) return 'a binary file, not text';
  return null;
}

/** Offset of the first byte that is not part of a valid UTF-8 sequence (for the error's place). */
export function firstInvalidUtf8(bytes: Uint8Array): number {
  let i = 0;
  while (i < bytes.length) {
    const b = bytes[i] as number;
    const len =
      b < 0x80 ? 1 : b >= 0xc2 && b < 0xe0 ? 2 : b >= 0xe0 && b < 0xf0 ? 3 : b >= 0xf0 && b < 0xf5 ? 4 : 0;
    if (len === 0 || i + len > bytes.length) return i;
    for (let k = 1; k < len; k++) if (((bytes[i + k] as number) & 0xc0) !== 0x80) return i;
    i += len;
  }
  return -1;
}

/**
 * GBK decodes almost any byte soup into *something*; accept it only if the non-ASCII characters are
 * overwhelmingly CJK ideographs and punctuation, as a Chinese spreadsheet's are.
 */
export function looksLikeChinese(text: string): boolean {
  let nonAscii = 0;
  let cjk = 0;
  for (const ch of text) {
    const c = ch.codePointAt(0) as number;
    if (c === 0xfffd) return false;
    if (c < 0x20 && c !== 9 && c !== 10 && c !== 13) return false;
    if (c < 0x80) continue;
    nonAscii++;
    if (
      (c >= 0x4e00 && c <= 0x9fff) ||
      (c >= 0x3400 && c <= 0x4dbf) ||
      (c >= 0x3000 && c <= 0x303f) ||
      (c >= 0xff00 && c <= 0xffef)
    )
      cjk++;
  }
  return nonAscii > 0 && cjk / nonAscii >= 0.8;
}

function tryDecode(label: string, bytes: Uint8Array): string | null {
  try {
    return new TextDecoder(label, { fatal: true }).decode(bytes);
  } catch {
    return null;
  }
}

/** `allowLegacy`: accept GBK and UTF-16 (CSV); JSON files must be UTF-8 (RFC 8259). */
export function decodeText(bytes: Uint8Array, file: string, allowLegacy: boolean): Result<DecodedText> {
  const refuse = (where: string, message: string, fix: string): Result<DecodedText> => ({
    ok: false,
    problems: [problem(file, where, message, fix)] as Problem[],
  });
  if (bytes.length === 0)
    return refuse(
      '',
      'the file is empty (0 bytes)',
      'choose the data file itself; if it was downloaded, download it again',
    );

  if (allowLegacy && (startsWith(bytes, [0xff, 0xfe]) || startsWith(bytes, [0xfe, 0xff]))) {
    const encoding = bytes[0] === 0xff ? 'utf-16le' : 'utf-16be';
    const text = tryDecode(encoding, bytes);
    if (text !== null) return { ok: true, value: { text, encoding } };
  }
  const kind = binaryKind(bytes);
  if (kind)
    return refuse(
      '',
      `this is ${kind}, not a text data file`,
      allowLegacy ? SAVE_AS_UTF8 : 'choose a .json data file',
    );

  // TextDecoder drops a leading BOM by itself.
  const utf8 = tryDecode('utf-8', bytes);
  if (utf8 !== null) return { ok: true, value: { text: utf8, encoding: 'utf-8' } };

  if (allowLegacy) {
    const gbk = tryDecode('gbk', bytes);
    if (gbk !== null && looksLikeChinese(gbk)) return { ok: true, value: { text: gbk, encoding: 'gbk' } };
  }
  const at = firstInvalidUtf8(bytes);
  return refuse(
    at >= 0 ? `byte ${at}` : '',
    allowLegacy
      ? 'the text encoding is not UTF-8, and it does not read as GBK Chinese either'
      : 'the file is not UTF-8 text (JSON files must be UTF-8)',
    SAVE_AS_UTF8,
  );
}
