// breakpointsFor remembers the merged breakpoints of a layout and its composition variants: the same value as the
// merge done afresh, for every layout and every combination of variants, asked for in any order.
import { readdirSync } from 'node:fs';
import { join } from 'node:path';
import { isDeepStrictEqual } from 'node:util';
import { describe, expect, it } from 'vitest';
import { breakpointsFor, breakpointsUncached, VARIANT_DIMENSIONS } from '../../src/render/site-facts.js';
import { compileDesignTemplates } from '../../src/render/render.js';
import { BUILTIN_TEMPLATES_DIR, templateSources } from '../../src/pipeline/sources.js';
import { LAYOUT_TEMPLATES } from '../../src/shared/vocabulary.js';

const facts = compileDesignTemplates(templateSources('/nonexistent-project')).siteFacts;
const variantIds = (dim: string): string[] => [
  ...readdirSync(join(BUILTIN_TEMPLATES_DIR, 'site', 'variants'))
    .filter((f) => f.startsWith(`${dim}-`) && f.endsWith('.css'))
    .map((f) => f.slice(dim.length + 1, -'.css'.length)),
  'none-such',
];

describe('breakpointsFor memo', () => {
  it('answers what the merge done afresh answers, for every layout and combination of variants, in any order', () => {
    const [hero, header, rhythm, cards] = VARIANT_DIMENSIONS.map(variantIds) as [string[], string[], string[], string[]];
    const asks: Array<[string, Record<(typeof VARIANT_DIMENSIONS)[number], string> | undefined]> = [];
    for (const layout of [...LAYOUT_TEMPLATES, 'none-such']) {
      asks.push([layout, undefined]);
      for (const h of hero) for (const he of header) for (const r of rhythm) for (const c of cards) asks.push([layout, { hero: h, header: he, rhythm: r, cards: c }]);
    }
    expect(asks.length).toBeGreaterThan(1000);
    for (const [layout, composition] of [...asks, ...[...asks].reverse()]) {
      const remembered = breakpointsFor(facts, layout, composition);
      expect(isDeepStrictEqual(remembered, breakpointsUncached(facts, layout, composition))).toBe(true);
    }
    // Some combination really merges variants' breakpoints into the layout's.
    expect(asks.some(([layout, c]) => c !== undefined && breakpointsFor(facts, layout, c) !== facts.layouts[layout]?.breakpoints)).toBe(true);
  });
});
