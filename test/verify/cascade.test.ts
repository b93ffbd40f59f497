// The rule index against the cascade written out plainly: every selector of every rule matched against every element,
// candidates sorted by (importance, specificity, source order) with ties in the order the element's keys find them
// ('*', its tag, its classes, its id). Same lists and same winners, for every element of one page per layout, at
// rest and with each link or button hovered and focused, in each media context, with rules added that tie, hover,
// carry !important and sit in media queries.
import { describe, expect, it } from 'vitest';
import { MediaFilter, RuleIndex, winningDeclarations, type Candidate } from '../../src/verify/cascade.js';
import { computeStyle, readsProperty, type Computed } from '../../src/verify/computed-style.js';
import { compareSpecificity, cssRulesOf, type CssRule } from '../../src/verify/css-model.js';
import { parseCssChecked } from '../../src/verify/css-syntax.js';
import { allElements, parseHtmlTree, type HtmlElement } from '../../src/verify/html-tree.js';
import { matchesIn, RESTING, type InteractionState } from '../../src/verify/selector-match.js';
import { onePerLayout } from './helpers.js';

const keep = (p: string) => p.startsWith('--') || readsProperty(p);

function plainCandidates(rules: readonly CssRule[], e: HtmlElement, state: InteractionState): Candidate[] {
  const keys = ['*', e.tag, ...[...e.classes].map((c) => `.${c}`), ...(e.id !== undefined ? [`#${e.id}`] : [])];
  const found: { c: Candidate; specificity: readonly number[] }[] = [];
  const stateless: typeof found = [];
  const stateful: typeof found = [];
  for (const key of keys) {
    for (const rule of rules) {
      if (rule.unmodelled) continue;
      for (const s of rule.selectors) {
        if (s.pseudoElement || s.match === undefined || s.key !== key || !matchesIn(s.match, e, state)) continue;
        for (const decl of rule.declarations) if (keep(decl.property)) (s.stateful ? stateful : stateless).push({ c: { decl, selector: s.text, media: rule.media }, specificity: s.specificity });
      }
    }
  }
  found.push(...stateless, ...stateful);
  found.sort((x, y) => Number(x.c.decl.important) - Number(y.c.decl.important) || compareSpecificity(x.specificity, y.specificity) || x.c.decl.order - y.c.decl.order);
  return found.map((f) => f.c);
}

// The first rule ties on elements with both classes: the later-found key (.button--primary) must win.
const EXTRA = `
.button--primary, .button { color: #101010; }
.button, a.button, .button:not(.x) { color: #123456; }
a:hover, a:focus-visible, .site-nav a:hover { color: #654321 !important; background-color: #eeeeee; }
section :is(h2, h3), h2 { color: #222222; font-size: 2rem; }
@media (prefers-color-scheme: dark) { a:hover { color: #abcdef; } .button { border-color: #999999; } }
@media (max-width: 600px) { p, li { color: #333333; } }
p, p { color: #444444; padding: 1rem; }
`;

describe('the rule index', () => {
  it("gives the plain cascade's candidates and winners for every element, state and context", () => {
    let compared = 0;
    // The third sheet has a selector of 1,030 classes: too specific to pack, so its ranks are counted by a sort.
    for (const [i, site] of onePerLayout().slice(0, 3).entries()) {
      const css = site.css + EXTRA + (i === 2 ? `${'.button'.repeat(1030)} { color: #111111; }\n` : '');
      const rules = cssRulesOf(parseCssChecked(css, 'styles.css').ast, css);
      const root = parseHtmlTree(site.html);
      const index = new RuleIndex(rules, keep);
      const elements = allElements(root);
      const actors = elements.filter((e) => e.tag === 'a' || e.tag === 'button');
      const contexts = [{ scheme: 'light', width: 1280 }, { scheme: 'dark', width: 390 }] as const;
      for (const e of elements) {
        const states: InteractionState[] = [RESTING];
        // The element itself and a few others hovered and focused: ancestors see :hover, the element :focus.
        for (const a of [...actors.slice(0, 2), ...(actors.includes(e) ? [e] : [])]) states.push({ element: a, kind: 'hover' }, { element: a, kind: 'focus' });
        for (const state of states) {
          const plain = plainCandidates(rules, e, state);
          const list = index.candidates(e, state);
          expect(list.map((c) => [c.selector, c.decl.line, c.decl.property]), `${site.domain} ${e.tag} ${e.line}`).toEqual(plain.map((c) => [c.selector, c.decl.line, c.decl.property]));
          for (const ctx of contexts) {
            const media = new MediaFilter(ctx);
            expect([...index.winners(list, media)].map(([p, w]) => [p, w.selector, w.line, w.value, w.order])).toEqual([...winningDeclarations(plain, media)].map(([p, w]) => [p, w.selector, w.line, w.value, w.order]));
            compared++;
          }
        }
      }
    }
    expect(compared).toBeGreaterThan(1000);
  });
});

/** A computed style without its element and parent links, for comparing. */
function plainStyle(c: Computed): unknown {
  const { element: _e, parent: _p, customs, ...rest } = c;
  return { ...rest, customs: [...customs] };
}

describe('computeStyle over the index', () => {
  it('computes the same styles from the declarations it reads as from all of them', () => {
    let compared = 0;
    for (const site of onePerLayout().slice(0, 2)) {
      const css = site.css + EXTRA;
      const rules = cssRulesOf(parseCssChecked(css, 'styles.css').ast, css);
      const root = parseHtmlTree(site.html);
      const kept = new RuleIndex(rules, keep);
      const every = new RuleIndex(rules);
      for (const ctx of [{ scheme: 'light', width: 1280 }, { scheme: 'dark', width: 390 }] as const) {
        const media = new MediaFilter(ctx);
        const walk = (e: HtmlElement, a: Computed | undefined, b: Computed | undefined): void => {
          const ca = computeStyle(e, a, kept, RESTING, media);
          const cb = computeStyle(e, b, every, RESTING, media);
          expect(plainStyle(ca), `${site.domain} ${e.tag} ${e.line}`).toEqual(plainStyle(cb));
          compared++;
          for (const child of e.children) walk(child, ca, cb);
        };
        walk(root, undefined, undefined);
      }
    }
    expect(compared).toBeGreaterThan(200);
  });
});
