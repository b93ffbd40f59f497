// A seed remembers the units it has drawn and the last few seeds are reused: every unit is still the sha256 of
// (key, label), whatever the order of seeds and labels asked for.
import { createHash } from 'node:crypto';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { seedFor, stableStringify, stableStringifyByCopy } from '../../src/shared/hash.js';

const direct = (key: string, label: string): number => createHash('sha256').update(key).update('\u0000').update(label).digest().readUIntBE(0, 6) / 2 ** 48;
const LABELS = ['hue', 'chroma', 'lightness', 'surface', 'dark-surface', 'container', 'analogous-turn', 'pairing'];

describe('seedFor', () => {
  it('gives each (key, label) its sha256 unit, over many domains interleaved, labels asked again and again', () => {
    const domains = Array.from({ length: 60 }, (_, i) => `site${i}.example`);
    for (let round = 0; round < 3; round++) {
      // More domains at once than the seeds kept, in changing orders: reused and fresh seeds both answer.
      const order = round === 1 ? [...domains].reverse() : domains.map((_, i) => domains[(i * 7) % domains.length] as string);
      for (const domain of order) {
        const seed = seedFor('wdm-design/1', domain);
        expect(seed.key).toBe(`wdm-design/1\u0000${domain}`);
        for (const label of [...LABELS, ...LABELS.slice().reverse()]) expect(seed.unit(label)).toBe(direct(seed.key, label));
        expect(seed.range('hue', 10, 20)).toBe(10 + direct(seed.key, 'hue') * 10);
        expect(seed.pick('pairing', ['a', 'b', 'c'])).toBe(['a', 'b', 'c'][Math.floor(direct(seed.key, 'pairing') * 3)]);
      }
    }
  });

  it('keys by every part: two seeds whose parts join differently differ', () => {
    expect(seedFor('a', 'bc').unit('x')).not.toBe(seedFor('ab', 'c').unit('x'));
    expect(seedFor('a', 'bc').unit('x')).toBe(direct('a\u0000bc', 'x'));
  });
});

describe('stableStringify', () => {
  const key = fc.oneof(fc.string({ maxLength: 6 }), fc.constantFrom('0', '1', '10', '9', '01', '-1', '4294967294', '4294967295', '__proto__', 'constructor', 'a', 'b'));
  const leaf = fc.oneof(fc.string({ maxLength: 8 }), fc.double(), fc.integer(), fc.boolean(), fc.constant(null), fc.constant(undefined), fc.constant(Number.NaN), fc.constant(() => 1));
  const { value } = fc.letrec((tie) => ({
    value: fc.oneof({ depthSize: 'small' }, leaf, fc.array(tie('value'), { maxLength: 5 }), fc.dictionary(key, tie('value'), { maxKeys: 6 })),
  }));

  it('writes what JSON.stringify(sortKeys(value)) writes, on arbitrary JSON-like values with index-like keys', () => {
    fc.assert(fc.property(value, (v) => stableStringify(v) === stableStringifyByCopy(v)), { numRuns: 5000 });
    fc.assert(fc.property(fc.jsonValue(), (v) => stableStringify(v) === stableStringifyByCopy(v)), { numRuns: 2000 });
  });

  it('leaves an own __proto__ key out, whatever its value (a fast-check run found the sorted copy throwing)', () => {
    const v = { ...JSON.parse('{"__proto__": {"b": 1}, "length": {}}'), f: () => 1 } as unknown;
    expect(stableStringifyByCopy(v)).toBe('{"length":{}}');
    expect(stableStringify(v)).toBe(stableStringifyByCopy(v));
    const withFunction = Object.defineProperty({ length: {} }, '__proto__', { value: () => 1, enumerable: true });
    expect(stableStringifyByCopy(withFunction)).toBe('{"length":{}}');
    expect(stableStringify(withFunction)).toBe('{"length":{}}');
  });

  it('writes the same as the sorted copy for objects of recurring shapes, keys in any insertion order, strings that need escapes', () => {
    const keys = ['b', 'a', '10', '2', 'length', 'z', '__proto__', 'é', 'k"q', 'a\\b', '\u2028', '\ud800', ''];
    const values: unknown[] = ['x', 'say "hi"', 'a\\b', 'line\nbreak', '\u0007', '\ud83d\ude00', '\udc00', 'café', 1, -0, null, [1, 'q'], undefined];
    fc.assert(
      fc.property(fc.array(fc.tuple(fc.shuffledSubarray(keys), fc.nat()), { minLength: 1, maxLength: 30 }), (shapes) => {
        for (const [ks, at] of [...shapes, ...shapes]) {
          const v: Record<string, unknown> = {};
          ks.forEach((k, i) => Object.defineProperty(v, k, { value: values[(at + i) % values.length], enumerable: true, writable: true, configurable: true }));
          expect(stableStringify(v)).toBe(stableStringifyByCopy(v));
          expect(stableStringify({ outer: v, list: [v, ks] })).toBe(stableStringifyByCopy({ outer: v, list: [v, ks] }));
        }
      }),
      { numRuns: 500 },
    );
  });

  it('orders keys as the sorted copy lists them: indices first in numeric order', () => {
    const v = { b: 1, '10': 2, a: { '9': 3, '1': 4, z: [undefined, () => 0, Number.POSITIVE_INFINITY] }, '2': 5 };
    expect(stableStringify(v)).toBe(stableStringifyByCopy(v));
    expect(stableStringify(v)).toBe('{"2":5,"10":2,"a":{"1":4,"9":3,"z":[null,null,null]},"b":1}');
  });
});
