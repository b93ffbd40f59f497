// Stable hashing and stable serialisation: the only sources of per-domain variation.
import { createHash } from 'node:crypto';
/** Hex SHA-256 of a string (UTF-8). */
export function sha256(text) {
    return createHash('sha256').update(text).digest('hex');
}
export function seedFor(...parts) {
    const key = parts.join('\u0000');
    const unit = (label) => {
        const digest = createHash('sha256').update(key).update('\u0000').update(label).digest();
        // 48 bits: exact in a double, enough resolution for any choice made here.
        return digest.readUIntBE(0, 6) / 2 ** 48;
    };
    return {
        key,
        unit,
        pick(label, items) {
            if (items.length === 0)
                throw new Error(`seed.pick(${label}) on an empty list`);
            return items[Math.floor(unit(label) * items.length)];
        },
        range(label, min, max) {
            return min + unit(label) * (max - min);
        },
    };
}
/** Shard of a domain for `--shard i/n`: stable across machines, independent of batch order. */
export function shardOf(domain, count) {
    const digest = createHash('sha256').update(domain).digest();
    return digest.readUInt32BE(0) % count;
}
/** JSON with object keys sorted at every level: equal values give equal strings. */
export function stableStringify(value) {
    return JSON.stringify(sortKeys(value));
}
export function sortKeys(value) {
    if (Array.isArray(value))
        return value.map(sortKeys);
    if (value !== null && typeof value === 'object') {
        const out = {};
        for (const key of Object.keys(value).sort()) {
            const v = value[key];
            if (v !== undefined)
                out[key] = sortKeys(v);
        }
        return out;
    }
    return value;
}
/** Fixed-precision number formatting, locale-free: `round(1.23456, 2) === 1.23`. */
export function round(value, digits) {
    const f = 10 ** digits;
    const r = Math.round(value * f) / f;
    return Object.is(r, -0) ? 0 : r;
}
