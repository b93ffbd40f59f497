// Checks that passed before: a check whose exact input bytes passed under the same validator versions is not rerun.
import { join } from 'node:path';
import * as v from 'valibot';
import { sha256 } from '../shared/hash.js';
import type { Finding } from '../shared/types.js';
import { CHECK_NAMES, VERIFY_VERSION, type CheckName } from '../verify/index.js';
import { readTextIfExists, stateRootOf } from './files.js';
import { writeFileIfChanged } from '../registry/index.js';

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

/**
 * Writes the earlier keys and this run's, oldest first, atomically: this run's keys (sorted, so the file does not
 * depend on the order sites finished) go last, and past `max` the oldest are dropped. A file of sorted keys from
 * before reads as one older run. (The whole file was sorted before: once full, it dropped the smallest hashes, not
 * the oldest.)
 */
/** How far past MAX_KEYS this run's keys may grow before PassedKeys drops those savePassed would drop anyway. */
const PRUNE_SLACK = 50_000;

/**
 * This run's passed-check keys, held as savePassed will keep them: distinct, and of more than `max` only the `max`
 * greatest (savePassed sorts this run's keys and keeps the last `max`, and then none of the earlier ones). Whenever
 * it holds `max` + `slack` keys it drops the rest: a dropped key has `max` greater ones kept, so it could never be
 * written. A run holds at most `max` + `slack` keys, not six a site (100,000 sites: 600,000 keys, ~50 MB as hex
 * strings), each as 32 one-byte characters, not 64 hex digits (the same order: byte order is hex order).
 */
export class PassedKeys {
  private keys = new Set<string>();

  constructor(
    private readonly max: number = MAX_KEYS,
    private readonly slack: number = PRUNE_SLACK,
  ) {}

  add(keys: Iterable<string>): void {
    for (const key of keys) this.keys.add(Buffer.from(key, 'hex').toString('latin1'));
    if (this.keys.size >= this.max + this.slack) this.keys = new Set([...this.keys].sort().slice(-this.max));
  }

  get length(): number {
    return this.keys.size;
  }

  /**
   * The greatest `max` keys, sorted, in hex, and the set emptied: what savePassed writes of this run, made without a
   * second set and a second copy of every key in hex at the end of a long run (its peak RSS was there).
   */
  drainSorted(max: number): string[] {
    const sorted = [...this.keys].sort();
    this.keys = new Set();
    return sorted.slice(-max).map((key) => Buffer.from(key, 'latin1').toString('hex'));
  }
}

export function savePassed(projectDir: string, earlier: readonly string[], added: Iterable<string> | PassedKeys, max: number = MAX_KEYS): void {
  // Only the last `max` of this run's sorted keys can be written: with as many, none of the earlier ones is.
  const fresh = added instanceof PassedKeys ? added.drainSorted(max) : [...new Set(added)].sort().slice(-max);
  const isFresh = fresh.length < max ? new Set(fresh) : undefined;
  const keys = isFresh ? [...earlier.filter((k) => !isFresh.has(k)), ...fresh].slice(-max) : fresh;
  writeFileIfChanged(verifyCachePath(projectDir), JSON.stringify({ format: FORMAT, version: VERIFY_VERSION, keys }) + '\n', { root: stateRootOf(projectDir), durability: 'none' });
}
