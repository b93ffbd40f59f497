// The font catalogue the pipeline reads from the installed @fontsource packages, for the built-in pairings.
import { describe, expect, it } from 'vitest';
import { FONT_WEIGHTS, firstFamily, fontsourceId, loadFontCatalogue, pairingFamilies } from '../../src/pipeline/fonts.js';
import { builtinRules } from '../rules/builtinRules.js';
import { fontCatalogue } from '../implement/helpers.js';

const OPEN_LICENCES = ['OFL-1.1', 'Apache-2.0'];

describe('firstFamily and fontsourceId', () => {
  it.each([
    ["'Source Serif 4', Charter, serif", 'Source Serif 4'],
    ['Inter, system-ui, sans-serif', 'Inter'],
    ['"Fira Sans", sans-serif', 'Fira Sans'],
    ['system-ui, -apple-system, sans-serif', undefined],
    ['ui-monospace, Menlo, monospace', undefined],
    ['serif', undefined],
  ])('%s → %s', (stack, family) => expect(firstFamily(stack)).toBe(family));
  it('names the package as Fontsource does', () => {
    expect(fontsourceId('Source Serif 4')).toBe('source-serif-4');
    expect(fontsourceId('IBM  Plex Mono')).toBe('ibm-plex-mono');
  });
});

describe('the built-in pairings', () => {
  const rules = builtinRules();
  const families = pairingFamilies(Object.values(rules.fonts));
  const catalogue = fontCatalogue();

  it('self-host every family they name first, each under an open font licence', () => {
    expect(Object.keys(catalogue).sort()).toEqual(families);
    for (const font of Object.values(catalogue)) {
      expect(OPEN_LICENCES, font.family).toContain(font.licence.type);
      expect(font.licence.specifier).toBe(`@fontsource/${font.id}/LICENSE`);
      expect(font.licence.sha256).toMatch(/^[0-9a-f]{64}$/);
    }
  });

  it('offer latin and latin-ext files at 400, 600 and 700 (mono families: 400), with unicode ranges', () => {
    const monos = new Set(Object.values(rules.fonts).map((p) => firstFamily(p.mono)));
    const headingsOrBodies = new Set(Object.values(rules.fonts).flatMap((p) => [firstFamily(p.heading), firstFamily(p.body)]));
    for (const font of Object.values(catalogue)) {
      expect(font.subsets.latin).toMatch(/^U\+0000-00FF, /);
      expect(font.subsets['latin-ext']).toMatch(/^U\+0100-/);
      const weights = headingsOrBodies.has(font.family) ? FONT_WEIGHTS : monos.has(font.family) ? [400] : [];
      for (const weight of weights) {
        for (const subset of ['latin', 'latin-ext']) {
          const file = font.files.find((f) => f.weight === weight && f.subset === subset);
          expect(file, `${font.family} ${weight} ${subset}`).toMatchObject({ style: 'normal', specifier: `@fontsource/${font.id}/files/${font.id}-${subset}-${weight}-normal.woff2` });
          expect(file!.sha256).toMatch(/^[0-9a-f]{64}$/);
        }
      }
    }
  });

  it('reads only names and licence types when no files are asked for', () => {
    const light = loadFontCatalogue(Object.values(rules.fonts), false);
    expect(Object.keys(light)).toEqual(Object.keys(catalogue));
    for (const font of Object.values(light)) expect(font.files).toEqual([]);
  });

  it('leaves a family with no installed package out: it stays a system font', () => {
    const pairing = { id: 'x', heading: "'No Such Family', serif", body: 'Georgia, serif', mono: 'monospace', headingWeight: 700, bodyWeight: 400 };
    expect(loadFontCatalogue([pairing], false)).toEqual({});
  });
});
