// The browser suite: fixture sites of every layout and the contact sheet, rendered by Chromium at 390 and 1280 px in
// light and dark: non-blank, no horizontal overflow, no failed or outside requests, no serious axe violations.
import { copyFileSync, mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { renderContactSheet } from '../../src/verify/preview.js';
import { onePerLayout, REPO, sitesWithFacts, type BuiltSite } from '../verify/helpers.js';
import { CHROMIUM, HAVE_CHROMIUM, injectAxe, launch, overflowOf, pixelSpread, serveFolder, seriousViolations, watchRequests } from './chromium.js';

if (!HAVE_CHROMIUM) console.warn(`browser suite skipped: ${CHROMIUM} is absent (apt-get install chromium; .ci/run installs it)`);

const WIDTHS = [390, 1280] as const;
const SCHEMES = ['light', 'dark'] as const;
/** Screenshots kept in the repository for review (WDM_SAVE_SCREENS=1): three layouts at both widths, light, and the sheet. */
const KEPT_LAYOUTS = ['landing', 'menu', 'services'];
/** A rendered page whose luminance varies less than this is blank or a flat fill. */
const MIN_SPREAD = 8;
const SAVE_SCREENS = process.env['WDM_SAVE_SCREENS'] === '1';

describe.skipIf(!HAVE_CHROMIUM)('rendered in Chromium', () => {
  let browser: Browser;
  let decoder: Page;
  let dir: string;
  let server: { origin: string; close: () => Promise<void> };
  let sites: BuiltSite[];
  let withFacts: BuiltSite[];

  beforeAll(async () => {
    sites = onePerLayout();
    withFacts = sitesWithFacts();
    dir = mkdtempSync(join(tmpdir(), 'wdm-browser-'));
    for (const s of [...sites, ...withFacts]) {
      const siteDir = join(dir, 'sites', 'demo', s.domain);
      mkdirSync(join(siteDir, 'assets'), { recursive: true });
      writeFileSync(join(siteDir, 'index.html'), s.html);
      writeFileSync(join(siteDir, 'styles.css'), s.css);
      // The photos as the pipeline copies them (project files under content/).
      for (const a of s.assets) if (a.source.kind === 'project') copyFileSync(join(REPO, a.source.file), join(siteDir, a.path));
    }
    mkdirSync(join(dir, 'previews', 'demo'), { recursive: true });
    const sheet = renderContactSheet({ batch: 'demo', sites: sites.map((s) => ({ tokens: s.tokens, href: `../../sites/demo/${s.domain}/index.html` })) });
    writeFileSync(join(dir, 'previews', 'demo', 'index.html'), sheet);
    server = await serveFolder(dir);
    browser = await launch();
    decoder = await browser.newPage();
    await decoder.setContent('<!DOCTYPE html><title>decode</title>');
  });

  afterAll(async () => {
    await browser?.close();
    await server?.close();
    if (dir) rmSync(dir, { recursive: true, force: true });
  });

  /**
   * Loads the page once, injects axe once, then walks the four width × scheme combinations by changing the viewport
   * and the emulated colour scheme (what a reader's browser does when the system switches), checking each.
   */
  async function checkPage(path: string, label: string, keep: (width: number, scheme: string) => string | undefined): Promise<string[]> {
    const problems: string[] = [];
    const context = await browser.newContext({ viewport: { width: WIDTHS[0], height: 900 }, deviceScaleFactor: 1 });
    const page = await context.newPage();
    const requests = watchRequests(page, server.origin);
    try {
      await page.goto(`${server.origin}/${path}`, { waitUntil: 'load' });
      await injectAxe(page);
      for (const width of WIDTHS) {
        await page.setViewportSize({ width, height: 900 });
        for (const scheme of SCHEMES) {
          await page.emulateMedia({ colorScheme: scheme });
          const where = `${label} at ${width} px, ${scheme}`;
          const png = await page.screenshot({ fullPage: false });
          const name = keep(width, scheme);
          if (name && SAVE_SCREENS) writeFileSync(join(REPO, 'fixtures', 'screens', name), png);
          const spread = await pixelSpread(decoder, png);
          if (spread < MIN_SPREAD) problems.push(`${where}: blank screenshot (luminance spread ${spread.toFixed(1)}, expected at least ${MIN_SPREAD})`);
          const overflow = await overflowOf(page);
          if (overflow.scroll > overflow.inner) problems.push(`${where}: horizontal overflow, scrollWidth ${overflow.scroll} > innerWidth ${overflow.inner}`);
          for (const v of await seriousViolations(page)) problems.push(`${where}: axe ${v.impact} ${v.id} (${v.help}) at ${v.targets.slice(0, 3).join(', ')}`);
        }
      }
    } finally {
      await context.close();
    }
    for (const url of requests.external) problems.push(`${label}: request to ${url}, expected only the page's own files`);
    for (const f of requests.failed) problems.push(`${label}: failed request ${f}`);
    return problems;
  }

  it('builds fixture sites of at least three layouts', () => {
    expect(new Set(sites.map((s) => s.layout)).size).toBeGreaterThanOrEqual(3);
  });

  // Chromium on a loaded 2-core machine: the suite's own budget, not the default per-test one.
  it('renders every layout at 390 and 1280 px in light and dark', { timeout: 240_000 }, async () => {
    const problems: string[] = [];
    for (const s of sites) {
      const keep = (width: number, scheme: string) => (scheme === 'light' && KEPT_LAYOUTS.includes(s.layout) ? `${s.layout}-${width}.png` : undefined);
      problems.push(...(await checkPage(`sites/demo/${s.domain}/index.html`, `${s.layout} (${s.domain})`, keep)));
    }
    expect(problems).toEqual([]);
  });

  it('renders the sites with facts: photos load, the hours table and JSON-LD are there, nothing else is fetched', { timeout: 240_000 }, async () => {
    expect(withFacts.length).toBeGreaterThanOrEqual(3);
    const problems: string[] = [];
    for (const s of withFacts) {
      problems.push(...(await checkPage(`sites/demo/${s.domain}/index.html`, `${s.layout} with facts (${s.domain})`, () => undefined)));
      const context = await browser.newContext({ viewport: { width: 1280, height: 900 } });
      const page = await context.newPage();
      await page.goto(`${server.origin}/sites/demo/${s.domain}/index.html`, { waitUntil: 'load' });
      // Lazy images load once scrolled to; then every image must have decoded to its declared size.
      await page.evaluate("Promise.all([...document.images].map((img) => { img.loading = 'eager'; return img.decode().catch(() => undefined); }))");
      const images = (await page.evaluate("[...document.images].map((img) => ({ src: img.getAttribute('src'), natural: img.naturalWidth, declared: Number(img.getAttribute('width')), alt: img.alt }))")) as { src: string | null; natural: number; declared: number; alt: string }[];
      for (const img of images) {
        if (img.natural !== img.declared) problems.push(`${s.domain}: ${img.src} decoded to ${img.natural} px wide, expected ${img.declared}`);
        if (img.alt.trim() === '' && !img.src?.includes('logo')) problems.push(`${s.domain}: ${img.src} has no alt text`);
      }
      if (images.length === 0) problems.push(`${s.domain}: no photo on the page`);
      const jsonLd = (await page.evaluate(`[...document.querySelectorAll('script[type="application/ld+json"]')].map((el) => el.textContent ?? '')`)) as string[];
      if (jsonLd.length !== 1) problems.push(`${s.domain}: ${jsonLd.length} JSON-LD blocks, expected 1`);
      else if ((JSON.parse(jsonLd[0] as string) as { '@context'?: string })['@context'] !== 'https://schema.org') problems.push(`${s.domain}: JSON-LD without the schema.org context`);
      await context.close();
    }
    expect(problems).toEqual([]);
  });

  it('renders the contact sheet, whose links open the sites', { timeout: 240_000 }, async () => {
    const keep = (width: number, scheme: string) => (scheme === 'light' && width === 1280 ? 'contact-sheet-1280.png' : undefined);
    expect(await checkPage('previews/demo/index.html', 'contact sheet', keep)).toEqual([]);
    const context = await browser.newContext();
    const page = await context.newPage();
    await page.goto(`${server.origin}/previews/demo/index.html`);
    const first = sites[0] as BuiltSite;
    await page.click(`a[href="../../sites/demo/${first.domain}/index.html"]`);
    await page.waitForLoadState('load');
    expect(page.url()).toBe(`${server.origin}/sites/demo/${first.domain}/index.html`);
    expect(await page.title()).toContain(first.tokens.name);
    await context.close();
  });
});
