// Checks that passed before: a check whose exact input bytes passed under the same validator versions is not rerun.
import { join } from 'node:path';
import * as v from 'valibot';
import { sha256 } from '../shared/hash.js';
import type { Finding } from '../shared/types.js';
import { CHECK_NAMES, VERIFY_VERSION, type CheckName } from '../verify/index.js';
import { readTextIfExists, stateRootOf } from './files.js';
import { openAtomicStream } from '../registry/index.js';

const FORMAT = 1;
/** Older keys are dropped first past this many (a key is 64 hex characters: the file stays under ~15 MB). */
const MAX_KEYS = 200_000;

export interface CheckInputs {
  designText: string;
  html: string;
  css: string;
}

/**
 * The key of each check for these inputs: the validator versions, the check's name and the hashes of exactly the
 * inputs that check reads. Equal keys mean the check would see the same bytes with the same code.
 */
export function checkKeys(inputs: CheckInputs): Record<CheckName, string> {
  return checkKeysOf({ design: sha256(inputs.designText), html: sha256(inputs.html), css: sha256(inputs.css) });
}

/** The sha256 of each input, as `checkKeysOf` takes them (the build records the same hashes for the files it writes). */
export interface InputHashes {
  design: string;
  html: string;
  css: string;
}

/** `checkKeys` from the inputs' sha256 hashes. */
export function checkKeysOf(hashes: InputHashes): Record<CheckName, string> {
  const d = hashes.design;
  const h = hashes.html;
  const c = hashes.css;
  const reads: Record<CheckName, string> = { designmd: d, html: h, css: c, contrast: `${h}${c}`, structure: `${h}${d}`, tokens: `${c}${d}` };
  const keys = {} as Record<CheckName, string>;
  for (const check of CHECK_NAMES) keys[check] = sha256(`${VERIFY_VERSION}\u0000${check}\u0000${reads[check]}`);
  return keys;
}

/** The check a finding's rule id belongs to (`html-validate/…` → html). */
export function checkOfRule(rule: string): CheckName | undefined {
  const prefix = rule.split('/')[0];
  if (prefix === 'html-validate') return 'html';
  return (CHECK_NAMES as readonly string[]).includes(prefix ?? '') ? (prefix as CheckName) : undefined;
}

/** Checks that ran and found nothing worth reporting (an error or a warning fails a check). */
export function passedChecks(ran: readonly CheckName[], findings: readonly Finding[]): CheckName[] {
  const failed = new Set<CheckName>();
  for (const f of findings) {
    if (f.severity === 'info') continue;
    const check = checkOfRule(f.rule);
    if (check) failed.add(check);
    else return []; // a finding we cannot attribute: trust no check of this site
  }
  return ran.filter((c) => !failed.has(c));
}

export function verifyCachePath(projectDir: string): string {
  return join(projectDir, '.wdm', 'cache', 'verify.json');
}

/** verify.json: the format, the validator versions the keys were made under, and the keys (sha256 hex). */
const PASSED_FILE = v.object({ format: v.literal(FORMAT), version: v.literal(VERIFY_VERSION), keys: v.array(v.pipe(v.string(), v.regex(/^[0-9a-f]{64}$/))) });

/**
 * The passed keys on disk; a missing, corrupt or foreign file (other format or versions), or one with any value of
 * the wrong shape, gives an empty set: a key is a promise that a check passed, so a damaged file is not half-trusted.
 */
export function loadPassed(projectDir: string): string[] {
  const text = readTextIfExists(verifyCachePath(projectDir));
  if (text === undefined) return [];
  let data: unknown;
  try {
    data = JSON.parse(text);
  } catch {
    return [];
  }
  const checked = v.safeParse(PASSED_FILE, data, { abortEarly: true });
  return checked.success ? checked.output.keys : [];
}

/** How far past MAX_KEYS this run's keys may grow before PassedKeys drops those savePassed would drop anyway. */
const PRUNE_SLACK = 50_000;

/**
 * This run's passed-check keys, held as savePassed will keep them: distinct, and of more than `max` only the `max`
 * greatest (savePassed sorts this run's keys and keeps the last `max`, and then none of the earlier ones). Whenever
 * it holds `max` + `slack` keys it drops the rest: a dropped key has `max` greater ones kept, so it could never be
 * written. A run holds at most `max` + `slack` keys, not six a site (100,000 sites: 600,000 keys, ~50 MB as hex
 * strings). Each is its 32 bytes in one buffer outside the JS heap (8 MB at the bound), not a string in a set (~20 MB
 * of heap at the bound, which V8 then let grow by a quarter); byte order is hex order. A repeat is dropped when the
 * keys are next sorted.
 */
export class PassedKeys {
  private bytes: Buffer = Buffer.alloc(0);
  /** Keys held, repeats included until the next sort. */
  private count = 0;

  constructor(
    private readonly max: number = MAX_KEYS,
    private readonly slack: number = PRUNE_SLACK,
  ) {}

  add(keys: Iterable<string>): void {
    for (const key of keys) {
      if (!HEX_KEY.test(key)) throw new Error(`not a sha256 hex key: ${JSON.stringify(key)}`);
      if ((this.count + 1) * KEY_BYTES > this.bytes.length) this.grow();
      this.bytes.write(key, this.count * KEY_BYTES, KEY_BYTES, 'hex');
      this.count += 1;
      if (this.count >= this.max + this.slack) this.keepGreatest(this.max);
    }
  }

  /** Keys held (a repeat counts until the next sort); never `max` + `slack` or more. */
  get length(): number {
    return this.count;
  }

  /**
   * The greatest `max` distinct keys, in order, and the set emptied: what savePassed writes of this run, as bytes,
   * without a string per key (the end of a long run was its peak RSS).
   */
  drainSorted(max: number): SortedKeys {
    this.keepGreatest(max);
    const sorted = new SortedKeys(this.bytes.subarray(0, this.count * KEY_BYTES));
    this.bytes = Buffer.alloc(0);
    this.count = 0;
    return sorted;
  }

  private grow(): void {
    const bound = (this.max + this.slack) * KEY_BYTES;
    const next = Buffer.alloc(Math.min(bound, Math.max(KEY_BYTES * 1024, this.bytes.length * 2)));
    this.bytes.copy(next, 0, 0, this.count * KEY_BYTES);
    this.bytes = next;
  }

  /** Sorts the keys, drops repeats, and keeps the greatest `keep`, in order, at the start of the buffer. */
  private keepGreatest(keep: number): void {
    const { bytes, count } = this;
    const order = new Uint32Array(count);
    // The first four bytes decide almost every comparison; the rest only break their ties.
    const lead = new Uint32Array(count);
    for (let i = 0; i < count; i++) {
      order[i] = i;
      lead[i] = bytes.readUInt32BE(i * KEY_BYTES);
    }
    order.sort((a, b) => lead[a]! - lead[b]! || bytes.compare(bytes, b * KEY_BYTES, (b + 1) * KEY_BYTES, a * KEY_BYTES, (a + 1) * KEY_BYTES));
    // Distinct keys from the greatest down, until `keep` of them.
    const kept: number[] = [];
    for (let j = count - 1; j >= 0 && kept.length < keep; j--) {
      const i = order[j]!;
      const prev = kept.length > 0 ? kept[kept.length - 1]! : -1;
      if (prev >= 0 && bytes.compare(bytes, prev * KEY_BYTES, (prev + 1) * KEY_BYTES, i * KEY_BYTES, (i + 1) * KEY_BYTES) === 0) continue;
      kept.push(i);
    }
    const next = Buffer.alloc(kept.length * KEY_BYTES);
    for (let j = 0; j < kept.length; j++) bytes.copy(next, (kept.length - 1 - j) * KEY_BYTES, kept[j]! * KEY_BYTES, (kept[j]! + 1) * KEY_BYTES);
    this.bytes = next;
    this.count = kept.length;
  }
}

const KEY_BYTES = 32;
const HEX_KEY = /^[0-9a-f]{64}$/;

/** Distinct keys in ascending order, 32 bytes each. */
export class SortedKeys {
  constructor(private readonly bytes: Buffer) {}

  get length(): number {
    return this.bytes.length / KEY_BYTES;
  }

  /** The key at `i`, in hex. */
  at(i: number): string {
    return this.bytes.toString('hex', i * KEY_BYTES, (i + 1) * KEY_BYTES);
  }

  /** Whether a hex key is among them (binary search). */
  has(key: string): boolean {
    if (!HEX_KEY.test(key)) return false;
    const probe = Buffer.from(key, 'hex');
    let lo = 0;
    let hi = this.length - 1;
    while (lo <= hi) {
      const mid = (lo + hi) >>> 1;
      const c = this.bytes.compare(probe, 0, KEY_BYTES, mid * KEY_BYTES, (mid + 1) * KEY_BYTES);
      if (c === 0) return true;
      if (c < 0) lo = mid + 1;
      else hi = mid - 1;
    }
    return false;
  }
}

/**
 * Writes the earlier keys and this run's, oldest first, atomically: this run's keys (sorted, so the file does not
 * depend on the order sites finished) go last, and past `max` the oldest are dropped. A file of sorted keys from
 * before reads as one older run. (The whole file was sorted before: once full, it dropped the smallest hashes, not
 * the oldest.)
 */
export function savePassed(projectDir: string, earlier: readonly string[], added: Iterable<string> | PassedKeys, max: number = MAX_KEYS): void {
  // Only the last `max` of this run's sorted keys can be written: with as many, none of the earlier ones is.
  let fresh: SortedKeys;
  if (added instanceof PassedKeys) fresh = added.drainSorted(max);
  else {
    // No pruning while they stream in: the plain path, as the property test's reference uses it.
    const all = new PassedKeys(max, Infinity);
    all.add(added);
    fresh = all.drainSorted(max);
  }
  const kept = fresh.length < max ? earlier.filter((k) => !fresh.has(k)).slice(-(max - fresh.length)) : [];
  // JSON.stringify's bytes for { format, version, keys } (hex keys need no escaping), streamed into a temp file that
  // replaces the old one whole: at 200,000 keys the file is 13 MB, which the end of a long run need not hold at once.
  const total = kept.length + fresh.length;
  const stream = openAtomicStream(verifyCachePath(projectDir), { root: stateRootOf(projectDir), durability: 'none' });
  try {
    stream.write(`${JSON.stringify({ format: FORMAT, version: VERIFY_VERSION }).slice(0, -1)},"keys":[`);
    for (let i = 0; i < kept.length; i++) stream.write(i === total - 1 ? `"${kept[i]!}"` : `"${kept[i]!}",`);
    for (let i = 0; i < fresh.length; i++) stream.write(kept.length + i === total - 1 ? `"${fresh.at(i)}"` : `"${fresh.at(i)}",`);
    stream.write(']}\n');
    stream.commit();
  } catch (error) {
    stream.abort();
    throw error;
  }
}
