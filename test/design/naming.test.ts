import { formatHex } from 'culori';
import { describe, expect, it } from 'vitest';
import { colorName } from '../../src/design/index.js';
import { distinctColorNames } from '../../src/design/naming.js';

// Familiar colours by their usual names, and the tinted neutrals a palette is built on.
const NAMES: Array<[hex: string, name: string]> = [
  ['#ff0000', 'red'],
  ['#800020', 'maroon'],
  ['#dc143c', 'crimson'],
  ['#ff69b4', 'hot pink'],
  ['#fa8072', 'salmon'],
  ['#ff7f50', 'coral'],
  ['#cc5500', 'burnt orange'],
  ['#8b4513', 'chestnut'],
  ['#ff8c00', 'orange'],
  ['#ffa500', 'amber'],
  ['#e1caaa', 'warm sand'],
  // A dusty mid-tone (OKLCH L 0.60) is a tan; only a darker one is a dark brown.
  ['#948274', 'tan'],
  ['#5e4b3a', 'dark brown'],
  ['#d9c9a8', 'sand'],
  ['#daa520', 'goldenrod'],
  ['#ffd700', 'gold'],
  ['#ffff00', 'lemon yellow'],
  ['#808000', 'olive'],
  ['#9acd32', 'lime'],
  ['#228b22', 'forest green'],
  ['#00ff00', 'spring green'],
  ['#2e8b57', 'emerald'],
  ['#008080', 'teal'],
  ['#005f5f', 'deep teal'],
  ['#40e0d0', 'aqua'],
  ['#87ceeb', 'sky blue'],
  ['#b0e2ff', 'pale sky blue'],
  ['#4682b4', 'steel blue'],
  ['#0000ff', 'cobalt blue'],
  ['#000080', 'navy'],
  ['#4b0082', 'deep purple'],
  ['#8a2be2', 'purple'],
  ['#800080', 'plum'],
  ['#ff00ff', 'magenta'],
  ['#c71585', 'fuchsia'],
  ['#ffffff', 'white'],
  ['#000000', 'black'],
  ['#808080', 'grey'],
  ['#f8fafc', 'off-white'],
  ['#fffff0', 'ivory'],
  ['#f5f8ff', 'snow'],
  ['#333333', 'graphite'],
  ['#262626', 'charcoal'],
  ['#36454f', 'slate'],
  ['#b9b2a7', 'stone'],
];

describe('colorName', () => {
  it.each(NAMES)('%s is %s', (hex, name) => {
    expect(colorName(hex)).toBe(name);
  });

  it('names every hue band at three lightnesses and two chromas, without repeats inside a band', () => {
    // Walk the wheel: each 10° step must give a non-empty name, and deep/plain/light must differ.
    for (let h = 0; h < 360; h += 10) {
      const names = [0.35, 0.6, 0.85].map((l) => colorName(hexAt(l, 0.1, h)));
      for (const n of names) expect(n).toMatch(/^[a-z][a-z -]*[a-z]$/);
      expect(new Set(names).size).toBeGreaterThan(1);
    }
  });

  it('is deterministic and case-insensitive on hex input', () => {
    expect(colorName('#1A4D8F')).toBe(colorName('#1a4d8f'));
  });
});

function hexAt(l: number, c: number, h: number): string {
  return formatHex({ mode: 'oklch', l, c, h });
}

describe('distinctColorNames', () => {
  it('tells apart colours that share a name by lightness, and keeps one name for one colour', () => {
    const names = distinctColorNames({ a: '#f6fbff', b: '#f0f6f9', c: '#e8eff1', d: '#f6fbff', e: '#3676ae', f: '#2f6fa7' });
    expect(new Set([names.a, names.b, names.c]).size).toBe(3);
    expect(names.d).toBe(names.a);
    expect(names.e).not.toBe(names.f);
    expect(names.f).toMatch(/^deep /); // the darker of two mid-tone blues is the deep one, never "pale"
    expect(names.e).not.toMatch(/pale/);
  });
});
