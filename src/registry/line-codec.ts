// One journal line: compact JSON of an update, a tab, its CRC-32 in 8 hex digits, a newline.
import { crc32 } from 'node:zlib';
import { stableStringify } from '../shared/hash.js';
import * as v from 'valibot';
import { isRecordedState, PROGRESS_STATES, type RecordedState } from './states.js';
import { firstInvalidKey, isFlatObject } from '../shared/schema.js';

/** A success: the site reached `state` for inputs `key`; `outputs` maps project-relative paths to sha256. */
export interface SuccessUpdate {
  domain: string;
  key: string;
  state: RecordedState;
  outputs?: Readonly<Record<string, string>>;
  /** For `verified`: which checks it passed (by shapes, sampled full, or full). */
  check?: CheckLevel;
}

/** How a verified site was checked; a stronger level recorded for the same inputs wins. */
export type CheckLevel = 'fast' | 'sampled' | 'full';
export const CHECK_LEVELS: readonly CheckLevel[] = ['fast', 'sampled', 'full'];

/** A failure while trying to reach `attempted`; a later success at or above `attempted` supersedes it. */
export interface FailureUpdate {
  domain: string;
  key: string;
  state: 'failed';
  attempted: RecordedState;
  message: string;
  /** The outputs the failure describes (the bytes that failed verification), path → sha256. */
  outputs?: Readonly<Record<string, string>>;
}

export type Update = SuccessUpdate | FailureUpdate;

function checksum(json: string): string {
  return crc32(json).toString(16).padStart(8, '0');
}

export function encodeLine(update: Update): string {
  const wire: v.InferOutput<typeof WIRE_SUCCESS> | v.InferOutput<typeof WIRE_FAILURE> =
    update.state === 'failed'
      ? { d: update.domain, k: update.key, s: 'failed', a: update.attempted, m: update.message, o: update.outputs ? { ...update.outputs } : undefined }
      : { d: update.domain, k: update.key, s: update.state, o: update.outputs ? { ...update.outputs } : undefined, c: update.check };
  // JSON.stringify escapes tab and newline inside strings, so neither can occur inside `json`.
  const json = stableStringify(wire);
  return `${json}\t${checksum(json)}\n`;
}

export type Decoded = { ok: true; update: Update } | { ok: false; reason: string };

/** Decode one line without its newline. Never throws: the caller decides whether a bad line is torn or corrupt. */
export function decodeLine(line: string): Decoded {
  const tab = line.lastIndexOf('\t');
  if (tab < 0) return { ok: false, reason: 'no tab before a checksum' };
  const json = line.slice(0, tab);
  const sum = line.slice(tab + 1);
  if (!/^[0-9a-f]{8}$/.test(sum)) return { ok: false, reason: `checksum "${sum.slice(0, 16)}" is not 8 hex digits` };
  const actual = checksum(json);
  if (actual !== sum) return { ok: false, reason: `checksum mismatch (line says ${sum}, content gives ${actual})` };
  let parsed: unknown;
  try {
    parsed = JSON.parse(json);
  } catch {
    return { ok: false, reason: 'not valid JSON' };
  }
  return toUpdate(parsed);
}

/**
 * Output hashes by path, checked in place by their values only: replay decodes every line of every journal, and
 * listing the keys of these many-keyed maps costs more than the rest of the decoding.
 */
function isOutputs(value: unknown): value is Readonly<Record<string, string>> {
  return value !== null && typeof value === 'object' && !Array.isArray(value) && Object.values(value).every((hash) => typeof hash === 'string');
}

const OUTPUTS = v.custom<Readonly<Record<string, string>>>(isOutputs);
const DOMAIN = v.pipe(v.string(), v.minLength(1));
const RECORDED = v.picklist(PROGRESS_STATES.filter(isRecordedState));

/** The wire form of a success: short keys keep a 10,000-site journal small. Entry order is the order reasons are found in. */
const WIRE_SUCCESS = v.object({ d: DOMAIN, k: v.string(), s: RECORDED, o: v.optional(OUTPUTS), c: v.optional(v.picklist(CHECK_LEVELS)) });
const WIRE_FAILURE = v.object({ d: DOMAIN, k: v.string(), s: v.literal('failed'), a: RECORDED, m: v.string(), o: v.optional(OUTPUTS) });

/** What a record's first problem says, by the field it is in (the wording journals have always been repaired by). */
function reasonOf(field: string, value: Record<string, unknown>): string {
  switch (field) {
    case 'd':
      return 'field "d" (domain) missing';
    case 'k':
      return 'field "k" (inputs key) missing';
    case 's':
      return `field "s" is ${JSON.stringify(value['s'])}, not a state`;
    case 'a':
      return 'failed record without a valid "a" (attempted state)';
    case 'm':
      return 'failed record without "m" (message)';
    case 'o':
      return 'field "o" is not a map of path to hash';
    default:
      return `field "c" is ${JSON.stringify(value['c'])}, not a check level`;
  }
}

function toUpdate(value: unknown): Decoded {
  if (value === null || typeof value !== 'object' || Array.isArray(value)) return { ok: false, reason: 'not a JSON object' };
  const w = value as Record<string, unknown>;
  // Field by field, in place (see firstInvalidKey): replay decodes every line of every journal.
  if (w['s'] === 'failed') {
    if (!isFlatObject(WIRE_FAILURE, w)) return { ok: false, reason: reasonOf(firstInvalidKey(WIRE_FAILURE, w) ?? '', w) };
    const failure: FailureUpdate = { domain: w.d, key: w.k, state: 'failed', attempted: w.a, message: w.m };
    if (w.o !== undefined) failure.outputs = w.o;
    return { ok: true, update: failure };
  }
  if (!isFlatObject(WIRE_SUCCESS, w)) return { ok: false, reason: reasonOf(firstInvalidKey(WIRE_SUCCESS, w) ?? '', w) };
  const update: SuccessUpdate = { domain: w.d, key: w.k, state: w.s };
  if (w.o !== undefined) update.outputs = w.o;
  if (w.c !== undefined) update.check = w.c;
  return { ok: true, update };
}
