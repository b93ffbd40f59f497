import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { stringify } from 'yaml';
import { WdmError } from '../../src/shared/errors.js';
import { rowsIn, normaliseDomain, parseBatch } from '../../src/batch/index.js';

const letters = [...'abcdefghijklmnopqrstuvwxyz0123456789', '-', 'ä', 'ö', 'ü', 'ß', 'é', 'ñ', 'ç', 'ø', 'A', 'Z', 'Ä', 'ж', 'д'];
const label = fc.array(fc.constantFrom(...letters), { minLength: 1, maxLength: 14 }).map((chars) => chars.join(''));
const suffix = fc.constantFrom('com', 'de', 'co.uk', 'law', 'io', 'fr', 'studio', 'com.au', 'COM');
const domainLike = fc.tuple(fc.array(label, { minLength: 1, maxLength: 3 }), suffix, fc.boolean()).map(
  ([labels, tld, dot]) => `${labels.join('.')}.${tld}${dot ? '.' : ''}`,
);

describe('normaliseDomain properties', () => {
  it('is idempotent: an accepted name normalises to itself, from its ASCII and its Unicode form', () => {
    let accepted = 0;
    fc.assert(
      fc.property(fc.oneof(domainLike, fc.string({ unit: 'grapheme', maxLength: 30 })), (input) => {
        const first = normaliseDomain(input);
        if (!first.ok) return;
        accepted++;
        expect(normaliseDomain(first.ascii)).toEqual(first);
        expect(normaliseDomain(first.unicode)).toEqual(first);
        expect(first.ascii).toMatch(/^[a-z0-9.-]+$/);
      }),
      { numRuns: 400 },
    );
    // The generator must exercise the accepting path, or the property says nothing.
    expect(accepted).toBeGreaterThan(50);
  });

  it('never throws, and every refusal says what it expected and gives a hint', () => {
    fc.assert(
      fc.property(fc.string({ unit: 'binary', maxLength: 40 }), (input) => {
        const result = normaliseDomain(input);
        if (!result.ok) {
          expect(result.message).toMatch(/^Unexpected .+, expected a registrable host name like example\.com$/);
          expect(result.hint).not.toBe('');
        }
      }),
      { numRuns: 300 },
    );
  });
});

interface RowSpec {
  domain: string;
  category?: string;
  name?: string;
  brandColor?: string;
}

const row: fc.Arbitrary<RowSpec> = fc.record(
  {
    domain: domainLike,
    category: fc.constantFrom('legal', 'real-estate', 'Not An Id'),
    name: fc.string({ maxLength: 12 }),
    brandColor: fc.constantFrom('#1a4d8f', '#FA0', 'red'),
  },
  { requiredKeys: ['domain'] },
);

/** Rows whose domains are distinct after normalisation (duplicates make order matter, by design). */
const distinctRows = fc.uniqueArray(row, {
  minLength: 1,
  maxLength: 12,
  selector: (r) => {
    const n = normaliseDomain(r.domain);
    return n.ok ? n.ascii : r.domain;
  },
});

describe('parseBatch properties', () => {
  it('gives the same sites and rejections whatever the row order', () => {
    fc.assert(
      fc.property(
        distinctRows.chain((rows) => fc.tuple(fc.constant(rows), fc.shuffledSubarray(rows, { minLength: rows.length, maxLength: rows.length }))),
        ([rows, shuffled]) => {
          const a = parseBatch(stringify({ sites: rows }), 'p.yaml');
          const b = parseBatch(stringify({ sites: shuffled }), 'p.yaml');
          const sites = (batch: typeof a) =>
            batch.sites.map(({ source: _source, ...site }) => JSON.stringify(site)).sort();
          // Rows rejected for the same reason are one group (its input is the first row's, so order shows there).
          const refusals = (batch: typeof a) => batch.rejected.map((r) => `${r.message}\u0000${r.repeats?.count ?? 1}`).sort();
          expect(sites(b)).toEqual(sites(a));
          expect(refusals(b)).toEqual(refusals(a));
          expect(a.sites.length + rowsIn(a.rejected)).toBe(rows.length);
        },
      ),
      { numRuns: 150 },
    );
  });

  it('either parses or throws a WdmError, for any text in any format', () => {
    fc.assert(
      fc.property(fc.string({ maxLength: 80 }), fc.constantFrom('f.yaml', 'f.json', 'f.csv', 'f.txt'), (text, file) => {
        try {
          const batch = parseBatch(text, file);
          expect(batch.sites.length + batch.rejected.length).toBeGreaterThan(0);
        } catch (error) {
          expect(error).toBeInstanceOf(WdmError);
        }
      }),
      { numRuns: 400 },
    );
  });
});
