// Shard invariance as a property of `shardOf`/`inShard`: the shards of any batch partition it, whatever the order of
// its rows, each shard gets a share, and the assignment is pinned so shards cut on two machines or versions agree.
// With locality (test/property/determinism.test.ts: a site's bytes do not depend on the other sites), this is what
// makes the union of shards equal one unsharded run; test/e2e/scale.test.ts checks that once end to end.
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { shardOf } from '../../src/shared/hash.js';
import { inShard } from '../../src/pipeline/generate.js';

const label = fc.stringMatching(/^[a-z0-9](?:[a-z0-9-]{0,14}[a-z0-9])?$/);
const domain = fc.tuple(label, fc.constantFrom('com', 'co.uk', 'de', 'law', 'io')).map(([l, tld]) => `${l}.${tld}`);
const domains = fc.uniqueArray(domain, { minLength: 1, maxLength: 60 });
const count = fc.integer({ min: 1, max: 12 });

describe('shardOf', () => {
  it('puts every domain of a batch in exactly one of the n shards `--shard i/n` selects', () => {
    fc.assert(
      fc.property(domains, count, (ds, n) => {
        for (const d of ds) {
          const holders = Array.from({ length: n }, (_, i) => i + 1).filter((index) => inShard(d, { index, count: n }));
          expect(holders, d).toEqual([shardOf(d, n) + 1]);
        }
      }),
      { numRuns: 300 },
    );
  });

  it('depends on the domain alone: any order of the rows gives the same shards', () => {
    fc.assert(
      fc.property(domains.chain((ds) => fc.tuple(fc.constant(ds), fc.shuffledSubarray(ds, { minLength: ds.length }))), count, ([ds, shuffled], n) => {
        const cut = (list: string[]) => Array.from({ length: n }, (_, i) => list.filter((d) => inShard(d, { index: i + 1, count: n })).sort());
        expect(cut(shuffled)).toEqual(cut(ds));
      }),
      { numRuns: 200 },
    );
  });

  it('gives every shard a share of a batch (no empty shard of 400 sites for n up to 8)', () => {
    const batch = Array.from({ length: 400 }, (_, i) => `site${i}.com`);
    for (let n = 1; n <= 8; n++) {
      const sizes = Array.from({ length: n }, (_, i) => batch.filter((d) => shardOf(d, n) === i).length);
      // A fair hash gives each shard 400/n ± a few standard deviations; a constant or skewed one fails this.
      for (const size of sizes) expect(size, `n=${n}: ${sizes.join(' ')}`).toBeGreaterThan((400 / n) * 0.6);
    }
  });

  it('is pinned: these domains fall in these shards on every machine and Node version', () => {
    const pinned: Record<string, number[]> = {
      // n =                       2  3  7  16
      'smithlaw.com': [1, 2, 6, 11],
      'xn--bckerei-mller-wib.de': [0, 1, 4, 8],
      'a.io': [0, 2, 0, 0],
    };
    for (const [d, want] of Object.entries(pinned)) expect([2, 3, 7, 16].map((n) => shardOf(d, n)), d).toEqual(want);
  });
});
