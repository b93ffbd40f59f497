import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { normaliseDomain, parseBatch } from '../../src/batch/index.js';

// The category ids of rules/categories.yaml (owned by the rules stage); the demo must show every one of them.
const CATEGORY_IDS = [
  'legal', 'accounting', 'finance', 'insurance', 'medical', 'dental', 'wellness', 'fitness', 'beauty', 'restaurant',
  'cafe', 'bakery', 'hotel', 'travel', 'real-estate', 'construction', 'home-services', 'automotive', 'retail', 'fashion',
  'technology', 'saas', 'education', 'nonprofit', 'photography', 'creative-studio', 'music', 'events', 'agriculture',
  'pets', 'general',
];

describe('batches/demo.yaml', () => {
  const batch = parseBatch(readFileSync('batches/demo.yaml', 'utf8'), 'batches/demo.yaml');

  it('parses without rejections', () => {
    expect(batch.rejected).toEqual([]);
    expect(batch.id).toBe('demo');
    expect(batch.sites.length).toBeGreaterThanOrEqual(44);
  });

  it('names every category id at least once, and only known ids', () => {
    const given = new Set(batch.sites.flatMap((s) => (s.category ? [s.category] : [])));
    expect([...given].filter((id) => !CATEGORY_IDS.includes(id))).toEqual([]);
    expect(CATEGORY_IDS.filter((id) => !given.has(id))).toEqual([]);
  });

  it('mixes given and inferred categories, names, taglines and brand colours', () => {
    const without = batch.sites.filter((s) => s.category === undefined).map((s) => s.domain);
    expect(without).toEqual(expect.arrayContaining(['bestlawfirm.com', 'brightsmiledental.com', 'oakbarrelbakery.com', 'summitroofing.co', 'greenvalleyfarm.com']));
    expect(batch.sites.filter((s) => s.name !== undefined).length).toBeGreaterThan(10);
    expect(batch.sites.filter((s) => s.tagline !== undefined).length).toBeGreaterThan(5);
    expect(batch.sites.filter((s) => s.brandColor !== undefined).length).toBeGreaterThan(3);
  });

  it('has IDN names and a spread of top-level domains', () => {
    expect(batch.sites.filter((s) => s.unicode !== s.domain).map((s) => s.unicode)).toEqual(
      expect.arrayContaining(['bäckerei-müller.de', 'café-lumière.fr']),
    );
    const suffixes = new Set(batch.sites.map((s) => s.domain.slice(s.domain.indexOf('.'))));
    for (const tld of ['.law', '.dental', '.studio', '.cafe', '.co.uk', '.io']) expect(suffixes).toContain(tld);
  });

  it('holds distinct names, each already in normal form', () => {
    for (const site of batch.sites) expect(normaliseDomain(site.domain)).toEqual({ ok: true, ascii: site.domain, unicode: site.unicode });
    expect(new Set(batch.sites.map((s) => s.domain)).size).toBe(batch.sites.length);
  });
});
