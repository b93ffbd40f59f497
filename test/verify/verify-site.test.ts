// verifySite on real demo sites (every check) and on seeded defects (each check finds its own, with a place).
import { describe, expect, it } from 'vitest';
import { CHECK_NAMES, createCheckers, groupFindings, verifySite, VERIFY_VERSION, type CheckName } from '../../src/verify/index.js';
import { SITE_CHECKS } from '../../src/verify/checks/index.js';
import { ShapeCache } from '../../src/verify/fast-verify.js';
import type { Finding } from '../../src/shared/types.js';
import { demoSites, onePerLayout, type BuiltSite } from './helpers.js';

const checkers = createCheckers();
/** The site checks (links, quality ...) have their own table test (checks.test.ts): skipped here. */
const UNITS = SITE_CHECKS.map((c) => c.meta.id as CheckName);
const ONLY = (check: CheckName): CheckName[] => ([...CHECK_NAMES, ...UNITS] as CheckName[]).filter((c) => c !== check);

function run(site: BuiltSite, change: Partial<Pick<BuiltSite, 'designText' | 'html' | 'css'>>, check: CheckName): Finding[] {
  return verifySite({ file: site.file, designText: site.designText, html: site.html, css: site.css, tokens: site.tokens, ...change }, checkers, { skip: ONLY(check) });
}

const rules = (fs: Finding[]) => [...new Set(fs.map((f) => f.rule))].sort();

describe('verifySite on the demo sites', () => {
  it('covers at least three layouts', () => {
    expect(onePerLayout().length).toBeGreaterThanOrEqual(3);
  });

  for (const check of ['designmd', 'html', 'css', 'structure'] as const) {
    it(`every demo site passes the ${check} check`, () => {
      const failing = new Map<string, Finding[]>();
      for (const site of demoSites()) {
        const fs = run(site, {}, check).filter((f) => f.severity !== 'info');
        if (fs.length > 0) failing.set(site.domain, fs);
      }
      expect(groupFindings(failing)).toBe('');
    });
  }

  // These two hold the templates to the contract; they fail while a generated page breaks it.
  for (const check of ['contrast', 'tokens'] as const) {
    it(`every demo site passes the ${check} check`, () => {
      const failing = new Map<string, Finding[]>();
      for (const site of demoSites()) {
        const fs = run(site, {}, check);
        if (fs.length > 0) failing.set(site.domain, fs);
      }
      expect(groupFindings(failing)).toBe('');
    });
  }
});

describe('seeded defects are found, with a rule id and a place', () => {
  const site = () => onePerLayout()[0] as BuiltSite;

  it('designmd: a broken token reference is a linter error at its line', () => {
    const s = site();
    const designText = s.designText.replace('backgroundColor: "{colors.primary}"', 'backgroundColor: "{colors.nope}"');
    expect(designText).not.toBe(s.designText);
    const fs = run(s, { designText }, 'designmd');
    expect(rules(fs)).toEqual(['designmd/broken-ref']);
    // The linter names the component; the finding sits on that key's line, just above the broken value.
    const lines = designText.split('\n');
    const valueLine = lines.findIndex((l) => l.includes('{colors.nope}'));
    const keyLine = lines.slice(0, valueLine).findLastIndex((l) => l === '  button-primary:') + 1;
    expect(fs[0]?.place).toEqual({ file: s.file, line: keyLine, path: 'components.button-primary' });
  });

  it('html: duplicate ids, missing alt, unescaped text and misnesting are html-validate errors with line and column', () => {
    const s = site();
    const html = s.html.replace('<main id="main">', '<main id="main"><p id="main">a < b & <b><i>c</b></i></p><img src="x.png">');
    const fs = run(s, { html }, 'html');
    expect(rules(fs)).toEqual(expect.arrayContaining(['html-validate/no-dup-id', 'html-validate/wcag/h37', 'html-validate/close-order']));
    const line = html.split('\n').findIndex((l) => l.includes('<p id="main">')) + 1;
    const at = (rule: string) => fs.filter((f) => f.rule === rule).map((f) => `${f.place.file}:${f.place.line}`);
    expect(at('html-validate/no-dup-id')).toEqual([`sites/demo/${s.domain}/index.html:${line}`]);
    expect(at('html-validate/no-raw-characters')).toEqual([`sites/demo/${s.domain}/index.html:${line}`, `sites/demo/${s.domain}/index.html:${line}`]);
    expect(fs.every((f) => typeof f.place.column === 'number')).toBe(true);
  });

  it('css: a syntax error is a css/parse-error at its line', () => {
    const s = site();
    const css = `${s.css}.broken { color: ; }\n.also { width: calc(1px + ; }\n`;
    const fs = run(s, { css }, 'css');
    expect(rules(fs)).toEqual(['css/parse-error']);
    const lines = css.split('\n');
    expect(fs.map((f) => f.place.line)).toContain(lines.findIndex((l) => l.startsWith('.also')) + 1);
  });

  it('structure: a missing section, a section out of order and a second h1 are found', () => {
    const s = site();
    const [first, second] = s.tokens.wdm.sections.slice(1);
    expect(first && second).toBeTruthy();
    const swapped = s.html.replace(`id="${first}"`, 'id="tmp-a"').replace(`id="${second}"`, `id="${first}"`).replace('id="tmp-a"', `id="${second}"`);
    expect(rules(run(s, { html: swapped }, 'structure'))).toEqual(['structure/section-order']);
    const missing = s.html.replace(`id="${first}"`, 'id="elsewhere"');
    expect(rules(run(s, { html: missing }, 'structure'))).toEqual(['structure/missing-section']);
    const twoH1 = s.html.replace('</main>', '<h1>Again</h1></main>');
    expect(rules(run(s, { html: twoH1 }, 'structure'))).toEqual(['structure/one-h1']);
  });

  it('tokens: a token whose property is defined but never read is unused', () => {
    const s = site();
    // Rename every read of --radius-md so only its definition is left.
    const css = s.css.replace(/var\(--radius-md\)/g, 'var(--radius-sm)');
    const fs = run(s, { css }, 'tokens').filter((f) => f.place.path === 'rounded.md');
    expect(fs).toHaveLength(1);
    expect(fs[0]?.message).toContain('--radius-md is defined');
  });

  it('contrast: a low-contrast colour seeded into a real stylesheet is found in both schemes', () => {
    const s = site();
    const css = `${s.css}.lead { color: var(--color-surface-container); }\n`;
    const fs = run(s, { css }, 'contrast').filter((f) => f.place.line === css.split('\n').length - 1);
    expect(fs.some((f) => f.message.includes('light scheme'))).toBe(true);
    expect(fs.some((f) => f.message.includes('dark scheme'))).toBe(true);
  });
});

describe('checkers and reports', () => {
  it('places the site checks\' findings at the page\'s lines on the fast path too (the page is parsed with lines only for a unit that reports)', () => {
    const site = onePerLayout()[0] as BuiltSite;
    const html = site.html.replace('<main', '<p><a href="#nowhere">Nowhere</a></p>\n<main');
    const line = html.split('\n').findIndex((l) => l.includes('href="#nowhere"')) + 1;
    expect(line).toBeGreaterThan(1);
    const input = { file: site.file, designText: site.designText, html, css: site.css, tokens: site.tokens };
    const placed = (fs: Finding[]) => fs.filter((f) => f.rule.startsWith('links/')).map((f) => `${f.rule}@${f.place.line}`);
    expect(placed(verifySite(input, checkers, { shapes: new ShapeCache() }))).toEqual([`links/missing-target@${line}`]);
    expect(placed(verifySite(input, checkers))).toEqual([`links/missing-target@${line}`]);
  });

  it('reuses one resolved html-validate configuration', () => {
    const a = checkers.html.getConfigForSync('a.html');
    expect(checkers.html.getConfigForSync('b.html')).toBe(a);
  });

  it('carries nothing from one page to the next', () => {
    const s = onePerLayout()[0] as BuiltSite;
    const bad = s.html.replace('<main id="main">', '<main id="main"><p id="main">x</p>');
    expect(run(s, { html: bad }, 'html').length).toBeGreaterThan(0);
    expect(run(s, {}, 'html')).toEqual([]);
  });

  it('names the validator versions in VERIFY_VERSION', () => {
    expect(VERIFY_VERSION).toMatch(/^html-validate@\d+\.\d+\.\d+\+design\.md@\d+\.\d+\.\d+\+wdm-verify@\d+$/);
  });

  it('groups findings by site, sorted, with file:line', () => {
    const f = (file: string, line: number, rule: string): Finding => ({ severity: 'error', rule, message: 'm', place: { file, line } });
    const text = groupFindings({ 'b.com': [f('x.css', 9, 'r2'), f('x.css', 2, 'r1')], 'a.com': [f('y.html', 1, 'r3')], 'c.com': [] });
    expect(text).toBe('a.com\n  y.html:1: error r3: m\nb.com\n  x.css:2: error r1: m\n  x.css:9: error r2: m\n3 errors and 0 warnings in 2 sites\n');
  });
});
