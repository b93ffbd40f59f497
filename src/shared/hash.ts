// Stable hashing and stable serialisation: the only sources of per-domain variation.
import { createHash, hash } from 'node:crypto';

/**
 * Hex SHA-256 of a string (UTF-8) or bytes. crypto.hash (Node 20.12+; the package asks for 20.19) digests in one
 * call, without a Hash object: ~2.5x faster than createHash for the short texts hashed a site (keys, seeds).
 */
export function sha256(text: string | Uint8Array): string {
  return hash('sha256', text);
}

/**
 * A deterministic pseudo-random stream seeded by strings. `unit(label)` gives a number in [0, 1)
 * that depends only on the seed and the label, never on call order.
 */
export interface Seed {
  readonly key: string;
  unit(label: string): number;
  pick<T>(label: string, items: readonly T[]): T;
  range(label: string, min: number, max: number): number;
}

/** The last few seeds made, by key: a site's stages (design, then its prose) ask for the same seed in turn. */
const recentSeeds = new Map<string, Seed>();
const RECENT_SEEDS = 8;

export function seedFor(...parts: string[]): Seed {
  const key = parts.join('\u0000');
  const recent = recentSeeds.get(key);
  if (recent !== undefined) return recent;
  // Each label's unit is a pure function of (key, label); the palette search asks for the same few labels again
  // for every hue it tries, so a seed keeps the units it has drawn (a handful of labels a seed).
  const units = new Map<string, number>();
  const unit = (label: string): number => {
    let value = units.get(label);
    if (value === undefined) {
      // The digest of key, NUL, label (the same bytes as hashed in three updates: the NUL keeps any surrogate of
      // either side alone), in one call. 48 bits, its first 12 hex digits: exact in a double, enough resolution for
      // any choice made here.
      value = Number.parseInt(hash('sha256', `${key}\u0000${label}`).slice(0, 12), 16) / 2 ** 48;
      units.set(label, value);
    }
    return value;
  };
  const seed: Seed = {
    key,
    unit,
    pick<T>(label: string, items: readonly T[]): T {
      if (items.length === 0) throw new Error(`seed.pick(${label}) on an empty list`);
      return items[Math.floor(unit(label) * items.length)] as T;
    },
    range(label: string, min: number, max: number): number {
      return min + unit(label) * (max - min);
    },
  };
  if (recentSeeds.size >= RECENT_SEEDS) recentSeeds.delete(recentSeeds.keys().next().value as string);
  recentSeeds.set(key, seed);
  return seed;
}

/** Shard of a domain for `--shard i/n`: stable across machines, independent of batch order. */
export function shardOf(domain: string, count: number): number {
  const digest = createHash('sha256').update(domain).digest();
  return digest.readUInt32BE(0) % count;
}

/**
 * JSON with object keys sorted at every level: equal values give equal strings. Written directly: the same text as
 * `JSON.stringify(sortKeys(value))` (the reference its property test compares with) without building the sorted
 * copy first; the cache keys every site's inputs and selection with it.
 */
export function stableStringify(value: unknown): string {
  return stableText(value) as string;
}

/** `JSON.stringify(sortKeys(value))` as the reference statement of `stableStringify`. */
export function stableStringifyByCopy(value: unknown): string {
  return JSON.stringify(sortKeys(value));
}

/** A canonical array index: V8 lists such keys of an object first, in numeric order, whatever their insertion order. */
const ARRAY_INDEX = /^(?:0|[1-9][0-9]*)$/;
const isIndex = (key: string): boolean => {
  const first = key.charCodeAt(0);
  return first >= 0x30 && first <= 0x39 && ARRAY_INDEX.test(key) && Number(key) < 4294967295;
};

/** The keys of a sortKeys copy in the order JSON.stringify would list them: indices numerically, then the rest sorted. */
function sortedKeysOf(value: object): string[] {
  const keys = Object.keys(value).sort();
  if (!keys.some(isIndex)) return keys;
  const indices = keys.filter(isIndex).sort((a, b) => Number(a) - Number(b));
  return [...indices, ...keys.filter((k) => !isIndex(k))];
}

/**
 * The key lists seen lately, by length, each with its order: the cache keys hash objects of a few shapes again and
 * again (a site's selection has the same keys in the same order as the last site's), and comparing a list key by key
 * costs less than sorting it. The order is a function of the list alone. Bounded: SHAPES_A_LENGTH lists a length,
 * cleared past SHAPE_LENGTHS lengths.
 */
const shapes = new Map<number, Array<{ keys: readonly string[]; ordered: readonly string[] }>>();
const SHAPES_A_LENGTH = 16;
const SHAPE_LENGTHS = 64;

/** `sortedKeysOf(value)`, from the list of a shape seen lately when it is one (never to be changed by the caller). */
function orderedKeys(value: object): readonly string[] {
  const keys = Object.keys(value);
  const n = keys.length;
  if (n < 2) return keys; // one key or none: nothing to order
  let known = shapes.get(n);
  if (known !== undefined) {
    next: for (const shape of known) {
      const k = shape.keys;
      for (let i = 0; i < n; i++) if (k[i] !== keys[i]) continue next;
      return shape.ordered;
    }
  } else {
    if (shapes.size >= SHAPE_LENGTHS) shapes.clear();
    known = [];
    shapes.set(n, known);
  }
  const ordered = sortedKeysOf(value);
  if (known.length >= SHAPES_A_LENGTH) known.shift();
  known.push({ keys, ordered });
  return ordered;
}

/** What JSON.stringify escapes in a string (a lone surrogate included): code units, as a regexp without the u flag reads. */
const ESCAPED = /[\u0000-\u001f"\\\ud800-\udfff]/;

/**
 * `JSON.stringify` of a string: the string in quotes when nothing in it is escaped (no control character, quote,
 * backslash or surrogate), which is most keys and values; JSON.stringify itself otherwise. The test is a regexp, not
 * a loop over charCodeAt: a selection's ~4 KB of copy text a site is scanned in native code (the key and its hash
 * took half the time: 3,000 selections, 205 ms against 108 ms).
 */
function quoted(text: string): string {
  return ESCAPED.test(text) ? JSON.stringify(text) : `"${text}"`;
}

/** JSON text of `sortKeys(value)`, or undefined where JSON.stringify leaves the value out. */
function stableText(value: unknown): string | undefined {
  switch (typeof value) {
    case 'string':
      return quoted(value);
    case 'number':
      // String(): JSON.stringify's text for a finite number (Number::toString; -0 is "0" in both).
      return Number.isFinite(value) ? String(value) : 'null';
    case 'boolean':
      return value ? 'true' : 'false';
    case 'undefined':
    case 'function':
    case 'symbol':
      return undefined;
    case 'bigint':
      return JSON.stringify(value); // throws, as JSON.stringify(sortKeys(value)) does
    default:
      break;
  }
  if (value === null) return 'null';
  if (Array.isArray(value)) {
    let out = '[';
    for (let i = 0; i < value.length; i++) out += `${i > 0 ? ',' : ''}${stableText(value[i]) ?? 'null'}`;
    return `${out}]`;
  }
  let out = '{';
  let first = true;
  for (const key of orderedKeys(value as object)) {
    // sortKeys leaves an own `__proto__` key out (assigning it would set the copy's prototype).
    if (key === '__proto__') continue;
    const text = stableText((value as Record<string, unknown>)[key]);
    if (text === undefined) continue;
    out += `${first ? '' : ','}${quoted(key)}:${text}`;
    first = false;
  }
  return `${out}}`;
}

export function sortKeys(value: unknown): unknown {
  if (Array.isArray(value)) return value.map(sortKeys);
  if (value !== null && typeof value === 'object') {
    const out: Record<string, unknown> = {};
    for (const key of Object.keys(value as Record<string, unknown>).sort()) {
      // An own "__proto__" key is left out, as it always was (assigning it set the copy's prototype instead); assigning
      // it threw once its value was a function and a later key was "length" (found by the property test).
      if (key === '__proto__') continue;
      const v = (value as Record<string, unknown>)[key];
      if (v !== undefined) out[key] = sortKeys(v);
    }
    return out;
  }
  return value;
}
