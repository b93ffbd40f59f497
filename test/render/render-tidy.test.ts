// designText tidies only the body after a front matter the emitter wrote itself: the same text as tidying the whole
// DESIGN.md, for any body (blank, leading and trailing blank lines, carriage returns, trailing blanks on lines).
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { designText, tidyMarkdown } from '../../src/render/render.js';
import { emittedDirectly } from '../../src/render/yaml-block.js';

const piece = fc.constantFrom('', ' ', '\t', '\n', '\r', '\r\n', '\n\n\n', '  \n', '\t\n', 'x', '# Title', '- item', '---', 'a  b');
const body = fc.array(piece, { maxLength: 24 }).map((parts) => parts.join(''));

/** Front matters as the emitter writes them: nested maps and lists of ordinary scalars. */
const scalar = fc.oneof(fc.stringMatching(/^[A-Za-z][A-Za-z0-9 #:.-]{0,12}$/), fc.integer(), fc.boolean(), fc.constant(null));
const { value } = fc.letrec((tie) => ({
  value: fc.oneof({ depthSize: 'small' }, scalar, tie('list'), tie('map')),
  list: fc.array(tie('value'), { maxLength: 3 }),
  map: fc.dictionary(fc.stringMatching(/^[a-z][a-z-]{0,8}$/), tie('value'), { maxKeys: 4 }),
}));
const frontMatter = fc.dictionary(fc.stringMatching(/^[a-z][a-z-]{0,8}$/), value, { maxKeys: 5 });

describe('designText', () => {
  it('tidies the body after an emitted front matter as tidyMarkdown tidies the whole text', () => {
    let bodyOnly = 0;
    fc.assert(
      fc.property(frontMatter, body, (doc, b) => {
        const yaml = emittedDirectly(doc);
        if (yaml === undefined) return;
        const whole = tidyMarkdown(`---\n${yaml}---\n\n${b}`);
        expect(designText(yaml, true, b)).toBe(whole);
        if (tidyMarkdown(b) !== '\n') bodyOnly++;
      }),
      { numRuns: 5000 },
    );
    expect(bodyOnly).toBeGreaterThan(1000);
  });

  it('tidies the whole text when the front matter is not known to be tidy', () => {
    const yamls = fc.array(piece, { maxLength: 10 }).map((parts) => parts.join(''));
    fc.assert(
      fc.property(yamls, body, (yaml, b) => {
        expect(designText(yaml, false, b)).toBe(tidyMarkdown(`---\n${yaml}---\n\n${b}`));
      }),
      { numRuns: 3000 },
    );
  });
});
