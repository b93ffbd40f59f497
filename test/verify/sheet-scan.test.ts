// The sheet shape put together from the scans of its shared pieces (SheetScans) is the shape of the whole sheet:
// for every demo site's sheet with its pieces, and for arbitrary texts and hints, right or wrong.
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { cssShape, SheetScans } from '../../src/verify/shapes.js';
import { demoSites } from './helpers.js';

describe('sheet scans of shared pieces', () => {
  it('give every demo site the shape of its whole sheet, from the kept scans', () => {
    const scans = new SheetScans();
    for (const site of demoSites()) {
      expect(site.cssTail.length, site.domain).toBeGreaterThan(1);
      expect(cssShape(site.css, site.cssTail, scans), site.domain).toEqual(cssShape(site.css));
    }
  });

  it('read the whole when a string, comment or custom property of the text before a piece runs into it', () => {
    const scans = new SheetScans();
    const cases: [string, string[]][] = [
      ['a { content: "--x: 1', [';" }\n', ':root { --y: 2; }\n']],
      ['a { b: c; }\n/* --x: 1;\n', ['*/ :root { --y: 2; }\n']],
      [':root { --x: 1\n', ['; --y: 2; }\n']],
      [':root { --x\n', [': 1; }\n']],
      [':root { --y: 2; }\n', ['a { content: "--x: 1\n', '; }" }\n']],
      ['a { content: "--x: 1; ', ['" }\n']],
    ];
    for (const [head, pieces] of cases) {
      const css = head + pieces.join('');
      expect(cssShape(css, pieces, scans), JSON.stringify(css)).toEqual(cssShape(css));
    }
  });

  it('give arbitrary texts the shape of the whole, whatever the hint', () => {
    const fragment = fc.constantFrom('\n', ' ', '/*', '*/', '"', "'", '\\', '--x', '--y', ': ', ':', ';', '{', '}', 'var(--z)', '(', ')', '#fff', 'a', '!', '@font-face {\n  a: b;\n}\n');
    // Most texts end in a newline, as the pieces do: else the scans are rarely used, and only the whole is tested.
    const text = fc.tuple(fc.array(fragment, { maxLength: 12 }), fc.integer({ min: 0, max: 9 })).map(([parts, n]) => parts.join('') + (n > 0 ? '\n' : ''));
    const scans = new SheetScans(8);
    fc.assert(
      fc.property(text, fc.array(text, { minLength: 1, maxLength: 4 }), fc.boolean(), (head, pieces, wrong) => {
        const css = head + pieces.join('');
        // A wrong hint: pieces the sheet does not end with.
        const hint = wrong ? [...pieces.slice(0, -1), `${pieces.at(-1) ?? ''}x`] : pieces;
        expect(cssShape(css, hint, scans)).toEqual(cssShape(css));
      }),
      { numRuns: 20000 },
    );
  });
});

describe('the page shape', () => {
  it('splits a text run by trim(), whose white space is exactly the regular expressions\' \\s', () => {
    // htmlShape took a run apart with /^(\s*)([\s\S]*?)(\s*)$/; it now trims: the same parts when the two sets agree.
    for (let unit = 0; unit <= 0xffff; unit++) {
      const c = String.fromCharCode(unit);
      if (/^\s$/.test(c) !== (c.trim() === '')) throw new Error(`U+${unit.toString(16)}: \\s and trim() disagree`);
    }
  });
});
