// The contact sheet: every site's palettes, type and link, valid HTML, escaped text; the CLI writes it if changed.
import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { distinctness, lookOf } from '../../src/verify/distinctness.js';
import { renderContactSheet } from '../../src/verify/preview.js';
import { createCheckers, htmlValidityFindings } from '../../src/verify/index.js';
import { removeTempProjects, runCli, tempProject } from '../helpers/project.js';
import { onePerLayout } from './helpers.js';

afterAll(() => removeTempProjects());

const sheetOf = () =>
  renderContactSheet({ batch: '010', sites: onePerLayout().map((s) => ({ tokens: s.tokens, href: `../../sites/010/${s.domain}/index.html` })) });

describe('distinctness', () => {
  it('counts the sites of one family that share layout, composition and hue family', () => {
    const [a] = onePerLayout();
    const twin = { ...a!.tokens, wdm: { ...a!.tokens.wdm, unicode: 'twin.example' } };
    const other = { ...a!.tokens, wdm: { ...a!.tokens.wdm, unicode: 'other.example', composition: { ...a!.tokens.wdm.composition, cards: a!.tokens.wdm.composition.cards === 'plain' ? 'outline' : 'plain' } } };
    const report = distinctness([a!.tokens, twin, other]);
    expect(report.looks).toBe(2);
    expect(report.sitesSharing).toBe(2);
    expect(report.shared).toEqual([{ family: a!.tokens.wdm.category, look: lookOf(a!.tokens), domains: [a!.tokens.wdm.unicode, 'twin.example'] }]);
    expect(report.oneHero).toEqual([{ family: a!.tokens.wdm.category, hero: `${a!.tokens.wdm.composition.hero} with ${a!.tokens.wdm.composition.scene} art`, sites: 3 }]);
  });
});

describe('renderContactSheet', () => {
  it('lists every site with name, domain, category, layout and a relative link', () => {
    const html = sheetOf();
    for (const s of onePerLayout()) {
      expect(html).toContain(`<a href="../../sites/010/${s.domain}/index.html">`);
      expect(html).toContain(`${s.tokens.wdm.layout} · hero ${s.tokens.wdm.composition.hero}`);
      expect(html).toContain(`<iframe src="../../sites/010/${s.domain}/index.html" title="`);
      expect(html).toContain(s.tokens.wdm.categoryLabel.replace(/&/g, '&amp;'));
    }
  });

  it('shows both palettes with role and hex, the sample text in its on-colour', () => {
    const html = sheetOf();
    const s = onePerLayout()[0]!;
    const hex = (c: { r: number; g: number; b: number }) => `#${[c.r, c.g, c.b].map((n) => n.toString(16).padStart(2, '0')).join('')}`;
    expect(html).toContain(`.s1-light-primary { background: ${hex(s.tokens.colors.light.primary)}; color: ${hex(s.tokens.colors.light['on-primary'])}; }`);
    expect(html).toContain(`.s1-dark-primary { background: ${hex(s.tokens.colors.dark.primary)}; color: ${hex(s.tokens.colors.dark['on-primary'])}; }`);
    expect(html).toContain(`<b>primary-dark</b> ${hex(s.tokens.colors.dark.primary)}`);
  });

  it('sets the type specimen in the site font stack and size', () => {
    const s = onePerLayout()[0]!;
    const display = s.tokens.typography.display;
    const rule = new RegExp(`\\.s1-display \\{ font-family: [^;]+; font-size: ${display.fontSize.value}${display.fontSize.unit}; font-weight: ${display.fontWeight};`);
    expect(sheetOf()).toMatch(rule);
  });

  it('passes html-validate and loads nothing: no script, no external URL', () => {
    const html = sheetOf();
    expect(htmlValidityFindings(html, 'previews/010/index.html', createCheckers().html)).toEqual([]);
    expect(html).not.toMatch(/<script|<link|https?:\/\/|@import|url\(/i);
  });

  it('escapes hostile names and lists unreadable designs', () => {
    const s = onePerLayout()[0]!;
    const tokens = { ...s.tokens, name: '</style><script>alert(1)</script>', description: '"><img src=x onerror=alert(1)>' };
    const html = renderContactSheet({ batch: 'x', sites: [{ tokens, href: 'a"b.html' }], problems: [{ file: 'designs/x/bad/DESIGN.md', message: '<b>broken</b>' }] });
    expect(html).not.toContain('<script>');
    expect(html).not.toContain('<img src=x');
    expect(html).toContain('&lt;/style&gt;&lt;script&gt;');
    expect(html).toContain('href="a&quot;b.html"');
    expect(html).toContain('&lt;b&gt;broken&lt;/b&gt;');
  });
});

describe('wdm-design preview', () => {
  it('writes previews/<batch>/index.html from the designs, then leaves it unchanged', async () => {
    const dir = tempProject({ 'batches/mini.yaml': 'sites:\n  - domain: smithlaw.com\n    category: legal\n  - domain: morningdew.cafe\n  - domain: sunnyacres.farm\n' });
    expect((await runCli(['generate', '--batch', 'mini'], dir)).code).toBe(0);
    const first = await runCli(['preview', '--batch', 'mini'], dir);
    expect(first).toMatchObject({ code: 0, stderr: '' });
    expect(first.stdout).toMatch(/^mini: previews\/mini\/index\.html: 3 sites \(written\)\n  distinctness: 3 distinct looks; 0 sites share a look with another site of their family\n$/);
    const html = readFileSync(join(dir, 'previews/mini/index.html'), 'utf8');
    for (const d of ['morningdew.cafe', 'smithlaw.com', 'sunnyacres.farm']) expect(html).toContain(`href="../../sites/mini/${d}/index.html"`);
    expect(html.indexOf('morningdew.cafe')).toBeLessThan(html.indexOf('smithlaw.com'));
    expect((await runCli(['preview', '--batch', 'mini'], dir)).stdout.split('\n')[0]).toBe('mini: previews/mini/index.html: 3 sites (unchanged)');
  });

  it('lists a design it cannot read and exits 1, keeping the other sites', async () => {
    const dir = tempProject({ 'batches/mini.yaml': 'sites:\n  - domain: smithlaw.com\n  - domain: morningdew.cafe\n' });
    await runCli(['generate', '--batch', 'mini'], dir);
    writeFileSync(join(dir, 'designs/mini/smithlaw.com/DESIGN.md'), '---js\nmodule.exports = {}\n---\n');
    const r = await runCli(['preview', '--batch', 'mini'], dir);
    expect(r.code).toBe(1);
    expect(r.stderr).toContain('designs/mini/smithlaw.com/DESIGN.md');
    expect(r.stdout.split('\n')[0]).toBe('mini: previews/mini/index.html: 1 site, 1 unreadable design (written)');
    expect(readFileSync(join(dir, 'previews/mini/index.html'), 'utf8')).toContain('Designs that could not be read');
  });
});
