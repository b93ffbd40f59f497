// One demo site per layout, DESIGN.md → index.html + styles.css, against the reviewed copies under fixtures/sites/.
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

describe('fixture sites', () => {
  it.each(FIXTURE_SITES)('%s layout (%s) matches fixtures/sites/', async (layout, domain) => {
    const design = readFileSync(join(REPO_DIR, 'fixtures/designs/demo', domain, 'DESIGN.md'), 'utf8');
    expect(design).toContain(`  layout: ${layout}\n`);
    const { html, css, findings } = renderFixtureSite(design, `designs/demo/${domain}/DESIGN.md`);
    expect(findings.filter((f) => f.severity === 'error')).toEqual([]);
    await expect(html).toMatchFileSnapshot(join(REPO_DIR, 'fixtures/sites', domain, 'index.html'));
    await expect(css).toMatchFileSnapshot(join(REPO_DIR, 'fixtures/sites', domain, 'styles.css'));
  });
});
