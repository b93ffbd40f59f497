// The site checks scan the stylesheet once instead of line by line: the same matches on the same lines as the
// per-line scans they replace (kept here as the reference), on drawn texts full of near-misses.
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { ACCENT_ROLES } from '../../src/design/framework-accents.js';
import { cssVar } from '../../src/implement/css-names.js';
import { firstLineMatching, matchesWithLines } from '../../src/verify/checks/css-lines.js';
import { DECLARATION } from '../../src/verify/checks/quality-accents.js';
import { FAMILY_DECLARATION } from '../../src/verify/checks/quality-fonts.js';

/** The per-line scan the checks used before: split on \n, matchAll each line. */
function byLines(text: string, perLine: RegExp): [string[], number][] {
  const out: [string[], number][] = [];
  text.split('\n').forEach((line, i) => {
    for (const m of line.matchAll(perLine)) out.push([[...m].map((g) => g ?? ''), i + 1]);
  });
  return out;
}

const PIECES = ['\n', '\r', ' ', '\t', ';', ':', '{', '}', '#', 'a', 'F', '0', '9', '(', 'var(', '#0e6ffd', '#6366F1', '--color-primary:', '--color-link: ', 'font-family:', '--font-x :', '--text-display-size:', 'Inter', "'Barlow'", ', '];
const texts = fc.array(fc.constantFrom(...PIECES), { maxLength: 40 }).map((parts) => parts.join(''));

describe('matchesWithLines', () => {
  // The per-line patterns the checks had (reference) and the one-pass patterns they have now.
  const cases: [string, RegExp, RegExp][] = [
    ['accent declarations', new RegExp(`(${ACCENT_ROLES.map((role) => cssVar.color(role)).join('|')}):\\s*(#[0-9a-f]{6})\\s*;`, 'gi'), DECLARATION],
    ['font stacks', /(?:font-family|--font-[a-z0-9-]+)\s*:\s*([^;{}]+);/g, FAMILY_DECLARATION],
  ];
  it.each(cases)('finds the per-line matches of %s, with their lines', (_name, perLine, whole) => {
    fc.assert(
      fc.property(texts, (text) => {
        const got = matchesWithLines(text, whole).map(({ match, line }): [string[], number] => [[...match].map((g) => g ?? ''), line]);
        expect(got).toEqual(byLines(text, perLine));
      }),
      { numRuns: 400 },
    );
  });

  it('finds matches on later lines (a hand-made case with a match on lines 2 and 4)', () => {
    const text = ':root {\n  --color-link: #0e6ffd;\n\n  --color-primary: #6366F1 ;\n}';
    const whole = /(--color-primary|--color-link):[^\S\n]*(#[0-9a-f]{6})[^\S\n]*;/gi;
    expect(matchesWithLines(text, whole).map((m) => m.line)).toEqual([2, 4]);
  });
});

describe('firstLineMatching', () => {
  it('finds the first line the per-line test matches', () => {
    const property = '--text-display-size';
    const test = new RegExp(`^\\s*${property}:\\s*([^;]+);`);
    fc.assert(
      fc.property(texts, (text) => {
        const lines = text.split('\n');
        const at = lines.findIndex((l) => test.test(l));
        const expected = at === -1 ? undefined : { value: test.exec(lines[at] as string)?.[1], line: at + 1 };
        const got = firstLineMatching(text, `${property}:`, test);
        expect(got && { value: got.match[1], line: got.line }).toEqual(expected);
      }),
      { numRuns: 400 },
    );
  });
});
