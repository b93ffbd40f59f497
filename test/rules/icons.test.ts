// Icon and imagery rules: every name exists in the icon set; items of a site get distinct, fitting icons.
import { describe, expect, it } from 'vitest';
import { loadIconSet } from '../../src/pipeline/icon-set.js';
import { iconsFor } from '../../src/rules/icons.js';
import { builtinRules } from './builtinRules.js';

describe('rules/icons.yaml and rules/imagery.yaml', () => {
  const rules = builtinRules();
  const set = loadIconSet();
  it('name only icons of the Lucide set', () => {
    const names = [
      ...Object.values(rules.icons.keywords),
      ...Object.values(rules.icons.sections).flat(),
      ...Object.values(rules.icons.categories).flatMap((c) => [...(c.pool ?? []), ...Object.values(c.keywords ?? {})]),
      ...Object.values(rules.imagery).flatMap((i) => i.subjects),
    ];
    expect(names.filter((n) => !set.icons.has(n))).toEqual([]);
  });

  it('gives each item a keyword icon, then an unused pool icon, most specific category first', () => {
    const copy = { services: { title: 'S', lead: '', items: [{ title: 'Leak repairs', text: '' }, { title: 'Drain clearing', text: '' }, { title: 'Other work', text: '' }] } };
    const { copy: out } = iconsFor(copy, ['services'], ['home-services', 'plumbing'], rules);
    expect(out['services']?.items.map((i) => i.icon)).toEqual(['droplets', 'wrench', 'shower-head']);
  });
});
