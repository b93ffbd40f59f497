import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { codeSpan, escapeMarkdown, escapeOnce, needsNoEscape } from '../../src/render/markdown.js';
import { tidyMarkdown, tidyMarkdownByLines } from '../../src/render/render.js';

describe('escapeMarkdown', () => {
  const cases: [string, string][] = [
    ['Smith Law', 'Smith Law'],
    ['Trusted counsel, since 1998.', 'Trusted counsel, since 1998.'],
    ['*bold* _em_', '\\*bold\\* \\_em\\_'],
    ['[link](javascript:alert(1))', '\\[link\\](javascript:alert(1))'],
    ['![img](x)', '\\!\\[img\\](x)'],
    ['<script>alert(1)</script>', '\\<script\\>alert(1)\\</script\\>'],
    ['# not a heading', '\\# not a heading'],
    ['- not a list', '\\- not a list'],
    ['1. not a list', '1\\. not a list'],
    ['> not a quote', '\\> not a quote'],
    ['a | b', 'a \\| b'],
    ['`code`', '\\`code\\`'],
    ['line one\nline two', 'line one line two'],
    ['&amp; &copy; & co', '\\&amp; \\&copy; & co'],
    ['back\\slash', 'back\\\\slash'],
    ['{{handlebars}}', '\\{\\{handlebars\\}\\}'],
    ['  padded  ', 'padded'],
  ];
  it.each(cases)('%j → %j', (input, expected) => {
    expect(escapeMarkdown(input)).toBe(expected);
  });
});

describe('needsNoEscape', () => {
  /** Prose-like text with every character escapeOnce treats specially mixed in, and every kind of whitespace. */
  const special = ['\\', '`', '*', '_', '{', '}', '[', ']', '<', '>', '|', '~', '$', '&', '!', '#', '+', '=', '-', '.', ')', '1', '&amp;', ' ', '  ', '\t', '\n', '\r', '\u000b', '\u000c', '\u0085', '\u00a0', '\u1680', '\u2000', '\u200a', '\u2028', '\u2029', '\u202f', '\u205f', '\u3000', '\ufeff', '\u200b', 'é', '’', '“'];
  const text = fc.array(fc.oneof({ weight: 3, arbitrary: fc.constantFrom('Smith', 'law', 'a', 'Café', 'co', 'x') }, { weight: 2, arbitrary: fc.constantFrom(...special) }), { maxLength: 12 }).map((parts) => parts.join(''));

  it('says a text needs no escape only when escapeOnce gives it back unchanged', () => {
    let quick = 0;
    fc.assert(
      fc.property(fc.oneof(text, fc.string({ maxLength: 20 }), fc.string({ unit: 'binary', maxLength: 10 })), (t) => {
        if (!needsNoEscape(t)) return;
        quick++;
        expect(escapeOnce(t)).toBe(t);
        expect(escapeMarkdown(t)).toBe(t);
      }),
      { numRuns: 20_000 },
    );
    expect(quick).toBeGreaterThan(1000);
  });

  it('answers for ordinary prose', () => {
    for (const t of ['Smith Law', 'Trusted counsel, since 1998.', 'Built right, built to last by Best Build House.', 'Café Nord’s “menu”']) expect(needsNoEscape(t)).toBe(true);
    for (const t of ['', ' a', 'a ', 'a  b', '1. a', '- a', '# a', 'a*b', 'a&b', 'a\u00a0b']) expect(needsNoEscape(t)).toBe(false);
  });
});

describe('codeSpan', () => {
  it('wraps text and drops backticks and newlines', () => {
    expect(codeSpan('a`b\nc')).toBe('`ab c`');
    expect(codeSpan('a\r\nb')).toBe('`a b`');
    expect(codeSpan('#1a2b3c')).toBe('`#1a2b3c`');
  });
});

describe('tidyMarkdown', () => {
  it.each([
    ['a  \n\n\n\nb\t\n', 'a\n\nb\n'],
    ['\n\n# T\r\n\r\ntext', '# T\n\ntext\n'],
    ['x\n \n \ny\n\n\n', 'x\n\ny\n'],
  ])('%j → %j', (input, expected) => {
    expect(tidyMarkdown(input)).toBe(expected);
  });
});

describe('memo and regular-expression forms', () => {
  // Characters that matter to either function: line breaks of every kind, blanks, Markdown punctuation, letters.
  const piece = fc.constantFrom('\n', '\r', '\r\n', ' ', '\t', '  \n', '\n\n\n', '\u2028', '\u00a0', '#', '-', '1.', '*', '&amp;', '!', '[', '`', 'a', 'Word', 'é');
  const text = fc.array(piece, { maxLength: 40 }).map((parts) => parts.join(''));

  it('tidyMarkdown equals the line-by-line reference on arbitrary text', () => {
    fc.assert(fc.property(text, (t) => tidyMarkdown(t) === tidyMarkdownByLines(t)), { numRuns: 3000 });
  });

  it('escapeMarkdown (memoised) equals escaping afresh, asked once or many times', () => {
    fc.assert(
      fc.property(fc.array(text, { maxLength: 20 }), (texts) => {
        for (const t of [...texts, ...texts]) if (escapeMarkdown(t) !== escapeOnce(t)) return false;
        return true;
      }),
      { numRuns: 500 },
    );
  });
});
