// The colour set-up (culori's one-file build, other modes made unparseable) parses and converts exactly as culori/fn
// with only the modes the tool registers.
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import * as fn from 'culori/fn';
import { formatHex, parse, toOklch, toRgb, wcagContrast } from '../../src/design/culori.js';
import { BUILTIN_TEMPLATES_DIR } from '../../src/pipeline/sources.js';

for (const mode of [fn.modeRgb, fn.modeLrgb, fn.modeHsl, fn.modeHwb, fn.modeLab, fn.modeLch, fn.modeOklab, fn.modeOklch]) fn.useMode(mode);
const fnRgb = fn.converter('rgb');
const fnOklch = fn.converter('oklch');

const PROFILES = ['srgb', 'srgb-linear', 'display-p3', 'a98-rgb', 'prophoto-rgb', 'rec2020', 'xyz', 'xyz-d50', 'xyz-d65', '--hsv', '--hsi', '--okhsl', '--ictcp', '--jzazbz', '--lab-d65', '--cubehelix', '--yiq', '--xyb', '--luv', '--lchuv'];
const written = [
  '#abc', '#abcd', '#a1b2c3', '#a1b2c3d4', '#GGG', 'red', 'rebeccapurple', 'transparent', 'currentcolor', 'nonsense', '',
  'rgb(10 20 30)', 'rgb(10, 20, 30)', 'rgba(10, 20, 30, 0.5)', 'rgb(10% 20% 30% / 40%)', 'rgb(none 20 30)',
  'hsl(120 50% 50%)', 'hsl(120, 50%, 50%)', 'hsla(120deg, 50%, 50%, .5)', 'hwb(120 10% 20%)', 'hsv(120 50% 50%)',
  'lab(50% 20 -30)', 'lch(50% 40 200)', 'oklab(0.5 0.1 -0.1)', 'oklch(0.6 0.15 250 / 0.8)', 'oklch(60% 0.15 250deg)',
  'hsi(120 50% 50%)', 'okhsl(120 50% 50%)', 'device-cmyk(0 0 0 1)', 'color-mix(in srgb, red, blue)',
  ...PROFILES.flatMap((p) => [`color(${p} 0.1 0.2 0.3)`, `color(${p} 10% 20% 30% / 0.5)`]),
];
const fromTemplates = readdirSync(BUILTIN_TEMPLATES_DIR, { recursive: true, encoding: 'utf8' })
  .filter((f) => f.endsWith('.css'))
  .flatMap((f) => readFileSync(join(BUILTIN_TEMPLATES_DIR, f), 'utf8').match(/#[0-9a-fA-F]{3,8}\b|\b(?:rgba?|hsla?|hwb|lab|lch|oklab|oklch|color)\([^()]*\)/g) ?? []);
const corpus = [...new Set([...written, ...fromTemplates])];

describe('colour set-up', () => {
  it('parses every syntax as culori/fn with the registered modes does, and nothing more', () => {
    expect(corpus.length).toBeGreaterThan(60);
    for (const text of corpus) expect([text, parse(text)]).toEqual([text, fn.parse(text)]);
    expect(parse('color(display-p3 1 0 0)')).toBeUndefined();
    expect(parse('color(srgb 1 0 0)')).toEqual({ mode: 'rgb', r: 1, g: 0, b: 0 });
  });

  it('converts, formats and compares as culori/fn does', () => {
    for (const text of corpus) {
      if (fn.parse(text) === undefined) continue;
      expect([text, toRgb(text), toOklch(text)]).toEqual([text, fnRgb(text), fnOklch(text)]);
      expect([text, formatHex(text), wcagContrast(text, '#fff')]).toEqual([text, fn.formatHex(text), fn.wcagContrast(text, '#fff')]);
    }
  });
});
