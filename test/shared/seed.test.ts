// A seed remembers the units it has drawn and the last few seeds are reused: every unit is still the sha256 of
// (key, label), whatever the order of seeds and labels asked for.
import { createHash } from 'node:crypto';
import { describe, expect, it } from 'vitest';
import { seedFor } from '../../src/shared/hash.js';

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
