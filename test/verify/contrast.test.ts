// The CSS contrast check recomputes colours from the cascade: table of seeded pages, each with the exact outcome.
import { describe, expect, it } from 'vitest';
import { contrastFindings, cssRulesOf, parseCssChecked, parseHtmlTree } from '../../src/verify/index.js';
import type { Finding } from '../../src/shared/types.js';

const ROOT = `:root {
  --color-surface: #ffffff;
  --color-on-surface: #1a1a1a;
  --color-muted: #767676;
  --color-faint: #999999;
  --color-primary: #1a4d8f;
  --color-on-primary: #ffffff;
  --color-outline: #8a8a8a;
}
@media (prefers-color-scheme: dark) {
  :root {
    --color-surface: #121212;
    --color-on-surface: #eeeeee;
    --color-primary: #8db4f0;
    --color-on-primary: #0b1a30;
    --color-outline: #8792a3;
  }
}
body { background: var(--color-surface); color: var(--color-on-surface); font-size: 16px; }
`;

function check(body: string, css: string): Finding[] {
  const sheet = ROOT + css;
  const { ast, findings } = parseCssChecked(sheet, 'styles.css');
  expect(findings).toEqual([]);
  return contrastFindings({
    root: parseHtmlTree(`<!DOCTYPE html><html lang="en"><head><title>t</title></head><body>${body}</body></html>`),
    rules: cssRulesOf(ast, sheet),
    htmlFile: 'index.html',
    cssFile: 'styles.css',
  });
}

const summary = (fs: Finding[]) => fs.map((f) => `${f.rule} ${/in the (light|dark) scheme/.exec(f.message)?.[1] ?? '-'}`).sort();

describe('contrast recomputed from the CSS', () => {
  it('passes body text on the page background in both schemes', () => {
    expect(check('<main><p>Hello</p></main>', '')).toEqual([]);
  });

  it('fails muted text that passes on white but reaches only 4.12:1 on the dark page, with the declaration line and the ratio', () => {
    const fs = check('<p class="muted">Quiet words</p>', '.muted { color: var(--color-muted); }');
    // #767676 on #fff is 4.54:1 and passes; the dark scheme keeps #767676, on #121212 only 4.12:1.
    expect(summary(fs)).toEqual(['contrast/text dark']);
    expect(fs[0]?.message).toContain('4.12:1');
    expect(fs[0]?.message).toContain('"Quiet words"');
    expect(fs[0]?.message).toContain('expected at least 4.5:1 (normal text)');
    expect(fs[0]?.place).toEqual({ file: 'styles.css', line: 20 });
  });

  it('applies 3:1 to large text only (24 px, or 18.66 px bold), using the clamp() minimum', () => {
    const css = '.big { color: var(--color-faint); font-size: clamp(1.5rem, 1rem + 2vw, 3rem); }\n.small { color: var(--color-faint); font-size: clamp(1rem, 1rem + 2vw, 3rem); }\n.bold { color: var(--color-faint); font-size: 19px; font-weight: 700; }';
    const fs = check('<h2 class="big">Big</h2><p class="small">Small</p><p class="bold">Bold</p>', css);
    // #999 on #fff is 2.85:1 (fails even 3:1); on #121212 it is 6.6:1. So: light fails for all three.
    expect(summary(fs)).toEqual(['contrast/text light', 'contrast/text light', 'contrast/text light']);
    expect(fs.filter((f) => f.message.includes('(large text)'))).toHaveLength(2);
    const ok = check('<h2 class="big">Big</h2>', '.big { color: #808080; font-size: 24px; }');
    expect(ok.filter((f) => f.message.includes('light'))).toEqual([]); // 3.95:1 is enough for large text
    const notLarge = check('<p class="small">Small</p>', '.small { color: #808080; font-size: 23px; }');
    expect(summary(notLarge)).toEqual(['contrast/text light']);
  });

  it('finds the background a text sits on through its ancestors, and scoped custom properties', () => {
    const css = '.band { background: var(--color-primary); --fg: var(--color-on-primary); } .band p { color: var(--fg, red); } .bad { background: var(--color-primary); } ';
    expect(check('<section class="band"><div><p>On brand</p></div></section>', css)).toEqual([]);
    // Body text inherited into a primary band: #1a1a1a on #1a4d8f in light, #eee on #8db4f0 in dark.
    expect(summary(check('<section class="bad"><p>Inherited</p></section>', css))).toEqual(['contrast/text dark', 'contrast/text light']);
  });

  it('uses the cascade: specificity, source order and !important decide the colour', () => {
    const css = 'p.x { color: var(--color-on-surface); } .x { color: var(--color-surface) !important; } p { color: var(--color-on-surface); }';
    expect(summary(check('<p class="x">Important wins</p>', css))).toEqual(['contrast/text dark', 'contrast/text light']);
    const css2 = '.y.z { color: var(--color-on-surface); } .y { color: var(--color-surface); }';
    expect(check('<p class="y z">Specific wins</p>', css2)).toEqual([]);
  });

  it('evaluates :nth-of-type and :not as the browser does', () => {
    const css = 'section:nth-of-type(even):not(.keep) { background: #000000; }';
    const fs = check('<section><p>one</p></section><section><p>two</p></section><section class="keep"><p>three</p></section><section class="keep"><p>four</p></section>', css);
    // Only the second section turns black under dark body text... in light: #1a1a1a on #000 fails; dark: #eee on #000 passes.
    expect(summary(fs)).toEqual(['contrast/text light']);
    expect(fs[0]?.message).toContain('"two"');
  });

  it('checks links in the hover state', () => {
    const css = 'a { color: var(--color-primary); } a:hover { color: var(--color-faint); }';
    const fs = check('<p><a href="#x">Go</a></p>', css);
    expect(fs.map((f) => f.message.includes('on hover'))).toEqual([true]);
  });

  it('checks focus outlines and form-control borders at 3:1', () => {
    const css = ':focus-visible { outline: 3px solid #dddddd; } .f input { border: 1px solid #cccccc; }';
    const fs = check('<form class="f"><label for="a">A</label><input id="a" name="a"></form>', css);
    expect(fs.map((f) => `${f.rule} ${f.message.includes('dark') ? 'dark' : 'light'}`).sort()).toEqual(['contrast/focus light', 'contrast/ui-border light']);
  });

  it('composites translucent colours and opacity', () => {
    const css = '.ghost { color: rgb(26 26 26 / 0.3); } .fade { opacity: 0.3; }';
    expect(summary(check('<p class="ghost">Ghost</p>', css))).toContain('contrast/text light');
    expect(summary(check('<div class="fade"><p>Faded</p></div>', css))).toEqual(['contrast/text dark', 'contrast/text light']);
  });

  it('refuses to pass text over a background image or an unmodelled selector', () => {
    const fs = check('<div class="hero"><p>Over a picture</p></div>', '.hero { background: linear-gradient(#fff, #000); }');
    expect(summary(fs)).toEqual(['contrast/unprovable-background dark', 'contrast/unprovable-background light']);
    // A pseudo-class no browser knows (jQuery's :contains) or one the matcher does not model is never guessed.
    for (const selector of ['p:contains(Q)', 'p:lang(en)', '.a { & .q { color: red } }']) {
      const css = selector.includes('{') ? selector : `${selector} { color: #000; }`;
      const { ast, findings } = parseCssChecked(ROOT + css, 'styles.css');
      const fs2 = findings.length > 0 ? findings : contrastFindings({ root: parseHtmlTree('<p class="q">Q</p>'), rules: cssRulesOf(ast, ROOT + css), htmlFile: 'index.html', cssFile: 'styles.css' });
      expect(fs2.map((f) => f.rule), selector).toContain('contrast/unprovable-selector');
    }
  });

  it('evaluates :is() and :where() with their specificity (css-select and the specificity rules of Selectors 4)', () => {
    // :is(.q) weighs one class and beats p; black text then fails on the dark page only.
    expect(summary(check('<p class="q">Q</p>', ':is(.q, #none) { color: #000; } p { color: var(--color-on-surface); }'))).toEqual(['contrast/text dark']);
    // :where(.q) weighs nothing: p wins, whatever the order.
    expect(check('<p class="q">Q</p>', 'p { color: var(--color-on-surface); } :where(.q) { color: #000; }')).toEqual(['contrast/text dark'].slice(1));
    expect(summary(check('<p class="q">Q</p>', 'p { color: var(--color-on-surface); } :is(.q) { color: #000; }'))).toEqual(['contrast/text dark']);
  });

  it('builds the tree a browser builds: implied end tags and block elements that close a paragraph', () => {
    // The second <li> closes the first: it is a child of the list, so `.list > li.dark` matches it.
    const li = check('<ul class="list"><li>one<li class="dark">two</ul>', '.list > li.dark { color: var(--color-faint); }');
    expect(summary(li)).toEqual(['contrast/text light']);
    expect(li[0]?.message).toContain('"two"');
    // A <div> closes the open <p>: the div is not inside the paragraph, so `p > .inside` matches nothing.
    expect(check('<p>intro<div class="inside">Block</div>', 'p > .inside { color: var(--color-faint); }')).toEqual([]);
  });

  it('ignores hidden elements and SVG internals', () => {
    const css = '.gone { display: none; } .gone p, svg text { color: var(--color-surface); }';
    expect(check('<div class="gone"><p>Hidden</p></div><p hidden>Also hidden</p><svg><text>Art</text></svg>', css)).toEqual([]);
  });

  it('checks inside an element with the hidden attribute that the CSS shows, and inside one hidden only at 390 px at 1280 px', () => {
    const shown = check('<div hidden class="shown"><p>Shown</p></div>', '.shown { display: block; } .shown p { color: var(--color-surface); }');
    expect(summary(shown)).toEqual(['contrast/text dark', 'contrast/text light']);
    const narrow = check('<div class="narrow"><p>Wide only</p></div>', '@media (max-width: 600px) { .narrow { display: none; } } .narrow p { color: var(--color-surface); }');
    expect(narrow.map((f) => /in the (light|dark) scheme at (\d+) px/.exec(f.message)?.slice(1).join(' '))).toEqual(['light 1280', 'dark 1280']);
  });

  it('evaluates width media queries at 390 and 1280 px when they change colours', () => {
    const fs = check('<p class="w">Wide</p>', '@media (min-width: 60em) { .w { color: var(--color-surface); } }');
    expect(fs.map((f) => /at (\d+) px/.exec(f.message)?.[1])).toEqual(['1280', '1280']);
  });
});
