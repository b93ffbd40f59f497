// The browser suite: fixture sites of every layout and the contact sheet, rendered by Chromium at 390 and 1280 px in
// light and dark: non-blank, no horizontal overflow, no failed or network requests, no serious axe violations.
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import type { Browser } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { renderContactSheet } from '../../src/verify/preview.js';
import { onePerLayout, REPO, type BuiltSite } from '../verify/helpers.js';
import { CHROMIUM, HAVE_CHROMIUM, launch, pixelSpread, seriousViolations, watchRequests } from './chromium.js';

if (!HAVE_CHROMIUM) console.warn(`browser suite skipped: ${CHROMIUM} is absent (apt-get install chromium; .ci/run installs it)`);

const WIDTHS = [390, 1280] as const;
const SCHEMES = ['light', 'dark'] as const;
/** Screenshots kept in the repository for review: three layouts at both widths (light) and the contact sheet. */
const KEPT_LAYOUTS = ['landing', 'menu', 'services'];
/** A rendered page whose luminance varies less than this is blank or a flat fill. */
const MIN_SPREAD = 8;
const SAVE_SCREENS = process.env['WDM_SAVE_SCREENS'] === '1';

describe.skipIf(!HAVE_CHROMIUM)('rendered in Chromium', () => {
  let browser: Browser;
  let dir: string;
  let sites: BuiltSite[];

  beforeAll(async () => {
    sites = onePerLayout();
    dir = mkdtempSync(join(tmpdir(), 'wdm-browser-'));
    for (const s of sites) {
      const siteDir = join(dir, 'sites', 'demo', s.domain);
      mkdirSync(siteDir, { recursive: true });
      writeFileSync(join(siteDir, 'index.html'), s.html);
      writeFileSync(join(siteDir, 'styles.css'), s.css);
    }
    mkdirSync(join(dir, 'previews', 'demo'), { recursive: true });
    const sheet = renderContactSheet({ batch: 'demo', sites: sites.map((s) => ({ tokens: s.tokens, href: `../../sites/demo/${s.domain}/index.html` })) });
    writeFileSync(join(dir, 'previews', 'demo', 'index.html'), sheet);
    browser = await launch();
  });

  afterAll(async () => {
    await browser?.close();
    if (dir) rmSync(dir, { recursive: true, force: true });
  });

  async function open(path: string, width: number, scheme: 'light' | 'dark', keepAs?: string) {
    const context = await browser.newContext({ viewport: { width, height: 900 }, colorScheme: scheme, deviceScaleFactor: 1 });
    const page = await context.newPage();
    const requests = watchRequests(page);
    try {
      await page.goto(pathToFileURL(join(dir, path)).href, { waitUntil: 'load' });
      const overflow = await page.evaluate(() => ({ scroll: document.documentElement.scrollWidth, inner: window.innerWidth }));
      const png = await page.screenshot({ fullPage: false });
      if (keepAs && SAVE_SCREENS) writeFileSync(join(REPO, 'fixtures', 'screens', keepAs), png);
      const spread = await pixelSpread(browser, png);
      const violations = await seriousViolations(page);
      return { overflow, spread, violations, requests };
    } finally {
      await context.close();
    }
  }

  it('builds fixture sites of at least three layouts', () => {
    expect(new Set(sites.map((s) => s.layout)).size).toBeGreaterThanOrEqual(3);
  });

  for (const width of WIDTHS) {
    for (const scheme of SCHEMES) {
      it(`every layout renders at ${width} px in the ${scheme} scheme`, async () => {
        const problems: string[] = [];
        for (const s of sites) {
          const keep = scheme === 'light' && KEPT_LAYOUTS.includes(s.layout) ? `${s.layout}-${width}.png` : undefined;
          const r = await open(`sites/demo/${s.domain}/index.html`, width, scheme, keep);
          const where = `${s.layout} (${s.domain}) at ${width} px, ${scheme}`;
          if (r.spread < MIN_SPREAD) problems.push(`${where}: screenshot is blank (luminance spread ${r.spread.toFixed(1)}, expected at least ${MIN_SPREAD})`);
          if (r.overflow.scroll > r.overflow.inner) problems.push(`${where}: horizontal overflow, scrollWidth ${r.overflow.scroll} > innerWidth ${r.overflow.inner}`);
          for (const url of r.requests.external) problems.push(`${where}: network request to ${url}, expected only local files`);
          for (const f of r.requests.failed) problems.push(`${where}: failed request ${f}`);
          for (const v of r.violations) problems.push(`${where}: axe ${v.impact} ${v.id} (${v.help}) at ${v.targets.slice(0, 3).join(', ')}`);
        }
        expect(problems).toEqual([]);
      });
    }
  }

  it('opens the contact sheet in both schemes, and its links point at the sites', async () => {
    const problems: string[] = [];
    for (const scheme of SCHEMES) {
      for (const width of WIDTHS) {
        const keep = scheme === 'light' && width === 1280 ? 'contact-sheet-1280.png' : undefined;
        const r = await open('previews/demo/index.html', width, scheme, keep);
        const where = `contact sheet at ${width} px, ${scheme}`;
        if (r.spread < MIN_SPREAD) problems.push(`${where}: blank screenshot`);
        if (r.overflow.scroll > r.overflow.inner) problems.push(`${where}: horizontal overflow ${r.overflow.scroll} > ${r.overflow.inner}`);
        for (const url of [...r.requests.external, ...r.requests.failed]) problems.push(`${where}: request ${url}`);
        for (const v of r.violations) problems.push(`${where}: axe ${v.impact} ${v.id} at ${v.targets.slice(0, 3).join(', ')}`);
      }
    }
    expect(problems).toEqual([]);
    // Follow the first link: it must land on a real page of the batch.
    const context = await browser.newContext();
    const page = await context.newPage();
    await page.goto(pathToFileURL(join(dir, 'previews/demo/index.html')).href);
    const first = sites[0] as BuiltSite;
    await page.click(`a[href="../../sites/demo/${first.domain}/index.html"]`);
    await page.waitForLoadState('load');
    expect(await page.title()).not.toBe('');
    expect(page.url()).toBe(pathToFileURL(join(dir, 'sites', 'demo', first.domain, 'index.html')).href);
    await context.close();
  });
});
