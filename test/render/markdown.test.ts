import { describe, expect, it } from 'vitest';
import { codeSpan, escapeMarkdown } from '../../src/render/markdown.js';
import { tidyMarkdown } from '../../src/render/render.js';

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

describe('codeSpan', () => {
  it('wraps text and drops backticks and newlines', () => {
    expect(codeSpan('a`b\nc')).toBe('`ab c`');
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
