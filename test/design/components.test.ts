import { describe, expect, it } from 'vitest';
import { COLOR_ROLES } from '../../src/shared/types.js';
import { RADIUS_STYLES } from '../../src/shared/vocabulary.js';
import { componentsFor, declaredPairs, designFor, spacingFor } from '../../src/design/index.js';
import { seedFor } from '../../src/shared/hash.js';
import { testSelection, testSite } from './fixtures.js';

// The component names docs/design-md-format.md lists, each followed by its -dark twin.
const NAMES = ['page', 'button-primary', 'button-secondary', 'badge', 'link', 'card', 'card-muted', 'navigation', 'footer', 'input', 'divider'];
const SUB_TOKENS = new Set(['backgroundColor', 'textColor', 'typography', 'rounded', 'padding', 'size', 'height', 'width']);
const spacing = spacingFor('comfortable', seedFor('wdm-design/1', 'a.com'));
const REF = /^\{(colors|typography|rounded)\.([a-z0-9-]+)\}$/;

describe.each(RADIUS_STYLES)('componentsFor (%s)', (radius) => {
  const components = componentsFor({ radius }, spacing);

  it('has exactly the documented components and their -dark twins, in order', () => {
    expect(Object.keys(components)).toEqual(NAMES.flatMap((n) => [n, `${n}-dark`]));
  });

  it('uses only the sub-tokens the DESIGN.md linter knows, with references or px dimensions', () => {
    for (const tokens of Object.values(components)) {
      for (const [key, value] of Object.entries(tokens)) {
        expect(SUB_TOKENS.has(key), key).toBe(true);
        expect(value).toMatch(/^(\{(colors|typography|rounded)\.[a-z0-9-]+\}|\d+(\.\d+)?px)$/);
      }
    }
  });

  it('references every colour role, light and dark, and the dark twin only dark ones', () => {
    const used = new Set<string>();
    for (const [name, tokens] of Object.entries(components)) {
      for (const value of [tokens.backgroundColor, tokens.textColor]) {
        const m = value === undefined ? null : REF.exec(value);
        if (m === null) continue;
        used.add(m[2]!);
        expect(m[2]!.endsWith('-dark')).toBe(name.endsWith('-dark'));
      }
    }
    expect([...used].sort()).toEqual([...COLOR_ROLES, ...COLOR_ROLES.map((r) => `${r}-dark`)].sort());
  });

  it('pairs background and text colours only as declared 4.5:1 pairs', () => {
    const pairs = new Set(declaredPairs().filter((p) => p.target >= 4.5).map((p) => `${p.text}/${p.background}`));
    for (const tokens of Object.values(components)) {
      if (tokens.backgroundColor === undefined || tokens.textColor === undefined) continue;
      const role = (v: string) => REF.exec(v)![2]!.replace(/-dark$/, '');
      expect(pairs.has(`${role(tokens.textColor)}/${role(tokens.backgroundColor)}`)).toBe(true);
    }
    expect(components.divider).toEqual({ backgroundColor: '{colors.outline}', height: '1px' });
  });

  it('rounds buttons fully only for pill designs', () => {
    expect(components['button-primary']!.rounded).toBe(radius === 'pill' ? '{rounded.full}' : '{rounded.md}');
  });
});

describe('componentsFor: references resolve in the design', () => {
  it('every typography and rounded reference names a level or radius the design has', () => {
    const d = designFor(testSelection(), testSite());
    for (const tokens of Object.values(d.components)) {
      for (const value of Object.values(tokens)) {
        const m = REF.exec(value);
        if (m === null) continue;
        const [, group, key] = m;
        if (group === 'typography') expect(d.typography.levels).toHaveProperty([key!]);
        if (group === 'rounded') expect(d.rounded).toHaveProperty([key!]);
        if (group === 'colors') expect(d.palette[key!.endsWith('-dark') ? 'dark' : 'light']).toHaveProperty([key!.replace(/-dark$/, '')]);
      }
    }
  });
});

describe('componentsFor, made once per radius style and spacing', () => {
  it('gives every caller its own objects, equal to a fresh build, whatever an earlier caller did to its copy', () => {
    for (const radius of RADIUS_STYLES) {
      for (const density of ['compact', 'comfortable', 'airy']) {
        const space = spacingFor(density, seedFor('wdm-design/1', `${radius}.${density}.com`));
        const first = componentsFor({ radius }, space);
        const expected = structuredClone(first);
        // A caller that changes its copy must not change what the next caller gets.
        for (const tokens of Object.values(first)) tokens['padding'] = '999px';
        first['extra'] = {};
        const second = componentsFor({ radius }, space);
        expect(second).toEqual(expected);
        expect(second).not.toBe(first);
        // Other spacing values give other tokens (the memo keys on them).
        const wider = componentsFor({ radius }, { ...space, md: (space['md'] ?? 0) + 1 });
        expect(wider['button-primary']?.['padding']).toBe(`${(space['md'] ?? 0) + 1}px`);
      }
    }
  });
});
