// Inference over the labelled table: the most specific category for 130+ domains across the tree.
import { describe, expect, it } from 'vitest';
import { inferCategory } from '../../src/rules/index.js';
import { familyOf } from '../../src/rules/tree.js';
import { builtinRules } from './builtinRules.js';
import { LABELLED } from './labelled-domains.js';

describe('labelled domains', () => {
  const rules = builtinRules();
  const results = LABELLED.map(([domain, want]) => ({ domain, want, got: inferCategory(domain, rules).category }));

  it('covers the tree: 100+ domains, every label a known category, most of them subcategories', () => {
    expect(LABELLED.length).toBeGreaterThanOrEqual(100);
    for (const [, want] of LABELLED) expect(Object.hasOwn(rules.categories, want), want).toBe(true);
    const subcategories = LABELLED.filter(([, want]) => rules.categories[want]?.parent !== undefined).length;
    expect(subcategories / LABELLED.length).toBeGreaterThan(0.75);
  });

  it('infers the exact category for at least 97% and the right family for at least 98%', () => {
    const exact = results.filter((r) => r.got === r.want).length / results.length;
    const family = results.filter((r) => familyOf(rules, r.got) === familyOf(rules, r.want)).length / results.length;
    // The misses, so a change that loses one says which.
    const misses = results.filter((r) => r.got !== r.want).map((r) => `${r.domain}: ${r.got} (want ${r.want})`);
    expect(misses).toEqual([]);
    expect(exact).toBeGreaterThanOrEqual(0.97);
    expect(family).toBeGreaterThanOrEqual(0.98);
  });
});
