// One demo site per layout, DESIGN.md → index.html + styles.css, against reviewed copies under fixtures/sites/: the
// page, and of the stylesheet only what is the site's own (its tokens, its layout and composition variants); the
// shared base stylesheet is kept once.
import { describe, expect, it } from 'vitest';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { REPO_DIR } from '../helpers/project.js';
import { renderFixtureSite } from '../implement/helpers.js';

const FIXTURE_SITES: [layout: string, domain: string][] = [
  ['services', 'bestlawfirm.com'],
  ['menu', 'bluefinsushi.ie'],
  ['portfolio', 'goldenhourphoto.studio'],
  ['editorial', 'alpineescapes.travel'],
  ['landing', 'everafterevents.com'],
  ['storefront', 'cornerstonerealty.com'],
];

function render(domain: string) {
  const design = readFileSync(join(REPO_DIR, 'fixtures/designs/demo', domain, 'DESIGN.md'), 'utf8');
  return { design, ...renderFixtureSite(design, `designs/demo/${domain}/DESIGN.md`) };
}

describe('fixture sites', () => {
  it.each(FIXTURE_SITES)('%s layout (%s) matches fixtures/sites/', async (layout, domain) => {
    const { design, html, css, findings, parts } = render(domain);
    expect(design).toContain(`  layout: ${layout}\n`);
    expect(findings.filter((f) => f.severity === 'error')).toEqual([]);
    // The stylesheet is its parts in order (tokens, base, layout), so the parts below are all a reviewer needs to see.
    const firstLine = (text: string) => text.split('\n')[0] ?? '';
    const at = [parts.tokens, parts.base, parts.layout].map((part) => css.indexOf(firstLine(part)));
    expect(at.every((i) => i >= 0) && at[0]! < at[1]! && at[1]! < at[2]!).toBe(true);
    await expect(html).toMatchFileSnapshot(join(REPO_DIR, 'fixtures/sites', domain, 'index.html'));
    await expect(parts.tokens).toMatchFileSnapshot(join(REPO_DIR, 'fixtures/sites', domain, 'tokens.css'));
    await expect(parts.layout).toMatchFileSnapshot(join(REPO_DIR, 'fixtures/sites', domain, 'layout.css'));
  });

  it('share one base stylesheet, kept once in fixtures/sites/base.css', async () => {
    const bases = new Set(FIXTURE_SITES.map(([, domain]) => render(domain).parts.base));
    expect(bases.size).toBe(1);
    await expect([...bases][0]).toMatchFileSnapshot(join(REPO_DIR, 'fixtures/sites/base.css'));
  });
});
