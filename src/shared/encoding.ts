// Text inputs must be UTF-8 (RFC 3629; a byte order mark is fine): anything else is refused, naming what it looks like.
import { isUtf8 } from 'node:buffer';
import { WdmError, type ErrorCode } from './errors.js';

/**
 * What encoding the bytes look like, when they are not UTF-8. Byte order marks are read as the Encoding Standard
 * sniffs them; UTF-16 without a mark shows as a NUL in every other byte of ASCII text; any other non-UTF-8 text is
 * a legacy single-byte encoding, Windows-1252 when it uses 0x80-0x9F (C1 controls in ISO-8859-1, punctuation in
 * Windows-1252), ISO-8859-1 (Latin-1) otherwise. (A statistical detector such as chardet named the Latin-1 samples
 * of the test suite ISO-8859-2 and the UTF-16 ones ISO-8859-1, so these plain rules are used instead.)
 */
export function detectEncoding(bytes: Uint8Array): string {
  const [a, b, c, d] = [bytes[0], bytes[1], bytes[2], bytes[3]];
  if (a === 0xff && b === 0xfe && c === 0 && d === 0) return 'UTF-32LE (with a byte order mark)';
  if (a === 0 && b === 0 && c === 0xfe && d === 0xff) return 'UTF-32BE (with a byte order mark)';
  if (a === 0xff && b === 0xfe) return 'UTF-16LE (with a byte order mark)';
  if (a === 0xfe && b === 0xff) return 'UTF-16BE (with a byte order mark)';
  let evenNul = 0;
  let oddNul = 0;
  const sample = Math.min(bytes.length, 4096);
  for (let i = 0; i < sample; i++) {
    if (bytes[i] === 0) {
      if (i % 2 === 0) evenNul++;
      else oddNul++;
    }
  }
  const pairs = Math.max(1, Math.floor(sample / 2));
  if (oddNul >= 2 && oddNul > pairs / 4 && oddNul > evenNul * 4) return 'UTF-16LE (without a byte order mark)';
  if (evenNul >= 2 && evenNul > pairs / 4 && evenNul > oddNul * 4) return 'UTF-16BE (without a byte order mark)';
  if (evenNul + oddNul > 0) return 'binary data (it holds NUL bytes)';
  for (let i = 0; i < bytes.length; i++) {
    const byte = bytes[i] as number;
    if (byte >= 0x80 && byte <= 0x9f) return 'Windows-1252';
  }
  return 'ISO-8859-1 (Latin-1)';
}

/** Length of the well-formed UTF-8 sequence at `i` (Unicode Table 3-7), or 0 when it is ill-formed. */
function sequenceAt(bytes: Uint8Array, i: number): number {
  const b0 = bytes[i] as number;
  const inRange = (k: number, lo: number, hi: number): boolean => {
    const v = bytes[i + k];
    return v !== undefined && v >= lo && v <= hi;
  };
  if (b0 <= 0x7f) return 1;
  if (b0 >= 0xc2 && b0 <= 0xdf) return inRange(1, 0x80, 0xbf) ? 2 : 0;
  if (b0 === 0xe0) return inRange(1, 0xa0, 0xbf) && inRange(2, 0x80, 0xbf) ? 3 : 0;
  if ((b0 >= 0xe1 && b0 <= 0xec) || b0 === 0xee || b0 === 0xef) return inRange(1, 0x80, 0xbf) && inRange(2, 0x80, 0xbf) ? 3 : 0;
  if (b0 === 0xed) return inRange(1, 0x80, 0x9f) && inRange(2, 0x80, 0xbf) ? 3 : 0;
  if (b0 === 0xf0) return inRange(1, 0x90, 0xbf) && inRange(2, 0x80, 0xbf) && inRange(3, 0x80, 0xbf) ? 4 : 0;
  if (b0 >= 0xf1 && b0 <= 0xf3) return inRange(1, 0x80, 0xbf) && inRange(2, 0x80, 0xbf) && inRange(3, 0x80, 0xbf) ? 4 : 0;
  if (b0 === 0xf4) return inRange(1, 0x80, 0x8f) && inRange(2, 0x80, 0xbf) && inRange(3, 0x80, 0xbf) ? 4 : 0;
  return 0;
}

/** Offset of the first byte that is not well-formed UTF-8 (or a NUL), or -1. */
export function firstInvalidByte(bytes: Uint8Array): number {
  for (let i = 0; i < bytes.length; ) {
    if (bytes[i] === 0) return i;
    const n = sequenceAt(bytes, i);
    if (n === 0) return i;
    i += n;
  }
  return -1;
}

/** 1-based line and byte-in-line of an offset, counting LF bytes (the same in every ASCII-compatible encoding). */
export function placeOfByte(bytes: Uint8Array, offset: number): { line: number; column: number } {
  let line = 1;
  let lineStart = 0;
  for (let i = 0; i < offset && i < bytes.length; i++) {
    if (bytes[i] === 0x0a) {
      line++;
      lineStart = i + 1;
    }
  }
  return { line, column: offset - lineStart + 1 };
}

const BOM = [0xef, 0xbb, 0xbf];

/**
 * The text of a UTF-8 file (its byte order mark dropped). Anything else is refused with `code`, naming the encoding
 * it looks like and the line and byte of the first byte that is not UTF-8: reading Latin-1 as UTF-8 would put U+FFFD
 * into names and pages, and UTF-16 would be misread as a file of other shape.
 */
export function decodeUtf8(bytes: Uint8Array, file: string, code: ErrorCode): string {
  const start = bytes[0] === BOM[0] && bytes[1] === BOM[1] && bytes[2] === BOM[2] ? 3 : 0;
  const body = start === 0 ? bytes : bytes.subarray(start);
  if (isUtf8(body) && !body.includes(0)) return Buffer.from(body.buffer, body.byteOffset, body.byteLength).toString('utf8');
  const encoding = detectEncoding(bytes);
  const bomAt = /\(with a byte order mark\)/.test(encoding) ? 0 : -1;
  const offset = bomAt === 0 ? 0 : start + firstInvalidByte(body);
  const { line, column } = placeOfByte(bytes, offset);
  const byte = bytes[offset] ?? 0;
  const found = bomAt === 0 ? 'starts with its byte order mark' : `byte 0x${byte.toString(16).toUpperCase().padStart(2, '0')} at line ${line}, byte ${column} is not UTF-8`;
  return refuse(file, code, encoding, found, line, column);
}

function refuse(file: string, code: ErrorCode, encoding: string, found: string, line: number, column: number): never {
  const from = /UTF-16LE/.test(encoding) ? 'UTF-16LE' : /UTF-16BE/.test(encoding) ? 'UTF-16BE' : /UTF-32/.test(encoding) ? 'UTF-32' : /1252/.test(encoding) ? 'WINDOWS-1252' : 'LATIN1';
  throw new WdmError(
    code,
    `Unexpected ${encoding} text: ${found}; expected UTF-8 (a byte order mark is fine)`,
    { file, line, column },
    /binary/.test(encoding) ? 'this does not look like a text file: check that the right file is named' : `save the file as UTF-8 (for example \`iconv -f ${from} -t UTF-8 ${file.split('/').pop() ?? file} > converted\`) and rerun`,
  );
}

/** The scratch buffer `utf8Bytes` encodes into (one a thread, made on first use). */
let scratch: Buffer | undefined;
const SCRATCH_BYTES = 1 << 18;

/**
 * `Buffer.from(text, 'utf8')`: the same bytes (the same encoder), got by writing into a reused scratch buffer and
 * copying out the bytes written. Buffer.from sizes the text first (a second scan, as long as the encoding itself for
 * the two-byte strings a DESIGN.md is: curly quotes) and allocates a fresh zero-filled store each time; this took
 * 0.3-0.6x as long over 400 DESIGN.md texts. A text that might not fit (3 bytes a UTF-16 code unit is the most UTF-8
 * takes) goes to Buffer.from.
 */
export function utf8Bytes(text: string): Buffer {
  if (text.length * 3 > SCRATCH_BYTES) return Buffer.from(text, 'utf8');
  scratch ??= Buffer.allocUnsafeSlow(SCRATCH_BYTES);
  const n = scratch.write(text, 0, 'utf8');
  const out = Buffer.allocUnsafeSlow(n);
  scratch.copy(out, 0, 0, n);
  return out;
}

/**
 * `utf8Bytes(parts.join(''))`, each part encoded where the last one ended instead of joining them first. A DESIGN.md
 * is its front matter (ASCII, a one-byte string) and its body (a two-byte string once it holds a curly quote): joined,
 * the front matter is widened into the two-byte copy and encoded character by character with the body; on its own
 * it takes the encoder's one-byte path and is never copied (about half the time for the whole text). A part that ends
 * in a high surrogate, whose pair the next part may hold, is joined after all: encoded alone, each half would be
 * written as U+FFFD.
 */
export function utf8BytesOf(parts: readonly string[]): Buffer {
  let length = 0;
  for (const part of parts) {
    const last = part.charCodeAt(part.length - 1);
    if (last >= 0xd800 && last <= 0xdbff) return utf8Bytes(parts.join(''));
    length += part.length;
  }
  if (length * 3 > SCRATCH_BYTES) return Buffer.from(parts.join(''), 'utf8');
  scratch ??= Buffer.allocUnsafeSlow(SCRATCH_BYTES);
  let n = 0;
  for (const part of parts) n += scratch.write(part, n, 'utf8');
  const out = Buffer.allocUnsafeSlow(n);
  scratch.copy(out, 0, 0, n);
  return out;
}
