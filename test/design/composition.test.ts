// compositionFor: which arrangement and which of the trade's objects lead a site's art, by the domain's hash alone.
import { describe, expect, test } from 'vitest';
import { compositionFor } from '../../src/design/composition.js';
import { seedFor } from '../../src/shared/hash.js';
import type { CraftOptions } from '../../src/shared/types.js';

const PLUMBING: CraftOptions = { hero: ['split', 'banner'], header: ['bar'], rhythm: ['open'], cards: ['raised'], scenes: ['tiles', 'badge', 'split'], subjects: ['droplets', 'wrench', 'shower-head'] };
const domains = Array.from({ length: 300 }, (_, i) => `plumber${i}.example`);
const of = (domain: string) => compositionFor(PLUMBING, seedFor('wdm-design/1', domain));

describe('the art of a trade', () => {
  test('each subject leads some sites, the others follow in the rules order, and a domain always draws the same', () => {
    const leads = new Map<string, number>();
    for (const d of domains) {
      const { subjects } = of(d);
      leads.set(subjects[0] as string, (leads.get(subjects[0] as string) ?? 0) + 1);
      expect([...subjects].sort()).toEqual([...PLUMBING.subjects].sort());
      expect(subjects.slice(1)).toEqual(PLUMBING.subjects.filter((s) => s !== subjects[0]));
      expect(of(d)).toEqual(of(d));
    }
    // 300 domains over three leads: each near a third (the binomial's 99.99% band is far wider than 60).
    for (const s of PLUMBING.subjects) expect(leads.get(s) ?? 0).toBeGreaterThan(60);
  });

  test('the lead is picked by its own label: it never changes the scene or the hero a domain takes', () => {
    const without = { ...PLUMBING, subjects: ['droplets'] };
    for (const d of domains.slice(0, 50)) {
      const a = of(d);
      const b = compositionFor(without, seedFor('wdm-design/1', d));
      expect([a.scene, a.hero, a.header]).toEqual([b.scene, b.hero, b.header]);
    }
  });
});
