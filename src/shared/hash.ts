// Stable hashing and stable serialisation: the only sources of per-domain variation.
import { createHash } from 'node:crypto';

/** Hex SHA-256 of a string (UTF-8). */
export function sha256(text: string | Uint8Array): string {
  return createHash('sha256').update(text).digest('hex');
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

export function seedFor(...parts: string[]): Seed {
  const key = parts.join('\u0000');
  const unit = (label: string): number => {
    const digest = createHash('sha256').update(key).update('\u0000').update(label).digest();
    // 48 bits: exact in a double, enough resolution for any choice made here.
    return digest.readUIntBE(0, 6) / 2 ** 48;
  };
  return {
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
}

/** Shard of a domain for `--shard i/n`: stable across machines, independent of batch order. */
export function shardOf(domain: string, count: number): number {
  const digest = createHash('sha256').update(domain).digest();
  return digest.readUInt32BE(0) % count;
}

/** JSON with object keys sorted at every level: equal values give equal strings. */
export function stableStringify(value: unknown): string {
  return JSON.stringify(sortKeys(value));
}

export function sortKeys(value: unknown): unknown {
  if (Array.isArray(value)) return value.map(sortKeys);
  if (value !== null && typeof value === 'object') {
    const out: Record<string, unknown> = {};
    for (const key of Object.keys(value as Record<string, unknown>).sort()) {
      const v = (value as Record<string, unknown>)[key];
      if (v !== undefined) out[key] = sortKeys(v);
    }
    return out;
  }
  return value;
}
