// One journal line: compact JSON of an update, a tab, its CRC-32 in 8 hex digits, a newline.
import { crc32 } from 'node:zlib';
import { stableStringify } from '../shared/hash.js';
import { isRecordedState, type RecordedState } from './states.js';

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

/** The wire form: short keys keep a 10,000-site journal small. */
interface WireRecord {
  d: string;
  k: string;
  s: string;
  o?: Record<string, string>;
  a?: string;
  m?: string;
  c?: string;
}

function checksum(json: string): string {
  return crc32(json).toString(16).padStart(8, '0');
}

export function encodeLine(update: Update): string {
  const wire: WireRecord =
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

function isStringRecord(value: unknown): value is Record<string, string> {
  return (
    value !== null &&
    typeof value === 'object' &&
    !Array.isArray(value) &&
    Object.values(value as Record<string, unknown>).every((v) => typeof v === 'string')
  );
}

function toUpdate(value: unknown): Decoded {
  if (value === null || typeof value !== 'object') return { ok: false, reason: 'not a JSON object' };
  const w = value as Partial<Record<keyof WireRecord, unknown>>;
  if (typeof w.d !== 'string' || w.d === '') return { ok: false, reason: 'field "d" (domain) missing' };
  if (typeof w.k !== 'string') return { ok: false, reason: 'field "k" (inputs key) missing' };
  if (w.s === 'failed') {
    if (!isRecordedState(w.a)) return { ok: false, reason: 'failed record without a valid "a" (attempted state)' };
    if (typeof w.m !== 'string') return { ok: false, reason: 'failed record without "m" (message)' };
    if (w.o !== undefined && !isStringRecord(w.o)) return { ok: false, reason: 'field "o" is not a map of path to hash' };
    const failure: FailureUpdate = { domain: w.d, key: w.k, state: 'failed', attempted: w.a, message: w.m };
    if (w.o !== undefined) failure.outputs = w.o;
    return { ok: true, update: failure };
  }
  if (!isRecordedState(w.s)) return { ok: false, reason: `field "s" is ${JSON.stringify(w.s)}, not a state` };
  if (w.o !== undefined && !isStringRecord(w.o)) return { ok: false, reason: 'field "o" is not a map of path to hash' };
  if (w.c !== undefined && !(CHECK_LEVELS as readonly unknown[]).includes(w.c)) return { ok: false, reason: `field "c" is ${JSON.stringify(w.c)}, not a check level` };
  const update: SuccessUpdate = { domain: w.d, key: w.k, state: w.s };
  if (w.o !== undefined) update.outputs = w.o;
  if (w.c !== undefined) update.check = w.c as CheckLevel;
  return { ok: true, update };
}
