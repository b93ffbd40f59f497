// The browser suite: the pinned sites (every layout and composition variant) rendered by Debian's Chromium at 320, 390,
// 768 and 1280 px, one page load per size, many checks per load: navigation in one row, a compact first screen, text
// inside its boxes with words unbroken, decorations clear of text, grids without holes (also for 1-8 items), no page
// overflow, no failed or outside request, axe-core in light and dark, and reference screenshots at 390 and 1280 px.
import { mkdtempSync, readdirSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { PNG } from 'pngjs';
import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { renderContactSheet } from '../../src/verify/preview.js';
import type { BuiltSite } from '../verify/helpers.js';
import { CHROMIUM, HAVE_CHROMIUM, injectAxe, launch, serveFolder, seriousViolations, watchRequests } from './chromium.js';
import { BROWSER_SITES, browserSites, coverageGaps, GRID_COUNTS, gridPage, writeSite } from './fixture-sites.js';
import { allowedPixels, compareScreen, diffShots, REF_DIR, updatingScreens } from './screens.js';

if (!HAVE_CHROMIUM) console.warn(`browser suite skipped: ${CHROMIUM} is absent (apt-get install chromium; .ci/run installs it)`);

/** Phone (small and common), tablet, desktop; the heights are the devices' first screens. */
const VIEWPORTS = [
  { width: 320, height: 640 },
  { width: 390, height: 844 },
  { width: 768, height: 1024 },
  { width: 1280, height: 800 },
] as const;
/** Widths with reference shots and axe runs in both schemes. */
const SHOT_WIDTHS: readonly number[] = [390, 1280];
const SCHEMES = ['light', 'dark'] as const;
/** On the 390 × 844 first screen the header and hero must leave the heading starting within this share of it. */
const MASTHEAD_SHARE = 0.4;
/** A rendered page whose luminance varies less than this is blank or a flat fill. */
const MIN_SPREAD = 8;

const PROBE = readFileSync(new URL('./probe.js', import.meta.url), 'utf8');
const CHECKS = ['overflow', 'navigation', 'firstScreen', 'text', 'decorations', 'grids', 'images'] as const;
type Check = (typeof CHECKS)[number];
type Problems = Record<Check | 'requests' | 'axe' | 'screens', string[]>;

interface ProbeResult {
  problems: Record<Check, string[]>;
  facts: Record<string, number | boolean>;
}

/** Standard deviation of a PNG's luminance: 0 for a blank or single-colour shot. */
function luminanceSpread(png: Buffer): number {
  const { data } = PNG.sync.read(png);
  let sum = 0;
  let sq = 0;
  const n = data.length / 4;
  for (let i = 0; i < data.length; i += 4) {
    const y = 0.2126 * (data[i] ?? 0) + 0.7152 * (data[i + 1] ?? 0) + 0.0722 * (data[i + 2] ?? 0);
    sum += y;
    sq += y * y;
  }
  const mean = sum / n;
  return Math.sqrt(Math.max(0, sq / n - mean * mean));
}

/** A screenshot of the first screen once two frames have been drawn since the last change. */
async function shoot(page: Page): Promise<Buffer> {
  await page.evaluate('new Promise((done) => requestAnimationFrame(() => requestAnimationFrame(() => done(undefined))))');
  return page.screenshot({ animations: 'disabled', caret: 'hide', scale: 'css' });
}

/** Most shots taken to find two in a row with the same pixels. */
const MAX_STILL_SHOTS = 6;

/**
 * The first screen once it is still: shots until two in a row are the same bytes (as Playwright's toHaveScreenshot
 * waits for two matching shots), at most MAX_STILL_SHOTS. On a loaded machine the compositor can hand over a frame it
 * has not finished; a frame that is still the same two shots later is what the page shows.
 */
async function stillShot(page: Page): Promise<Buffer> {
  let last = await shoot(page);
  for (let i = 1; i < MAX_STILL_SHOTS; i++) {
    const next = await shoot(page);
    if (next.equals(last)) return next;
    last = next;
  }
  return last;
}

/**
 * Waits until what the first screen shows is final: web fonts loaded, every image decoded that is eager or (lazy)
 * inside the first screen, so a photo at the fold is drawn in every shot or in none.
 */
async function settle(page: Page): Promise<void> {
  await page.evaluate(`Promise.all([document.fonts.ready, ...[...document.images].filter((i) => {
    if (i.loading !== 'lazy') return true;
    const r = i.getBoundingClientRect();
    return r.width > 0 && r.bottom > 0 && r.top < innerHeight && r.right > 0 && r.left < innerWidth;
  }).map((i) => i.decode().catch(() => undefined))])`);
}

function noProblems(): Problems {
  return { overflow: [], navigation: [], firstScreen: [], text: [], decorations: [], grids: [], images: [], requests: [], axe: [], screens: [] };
}

/** What one page's renderings found; merged in job order, so messages come out in the same order on every run. */
interface JobResult {
  problems: Problems;
  firstScreen: string;
  shots: string[];
  /** Images on the page (photos from facts). */
  photos: number;
  /** For each reference shot in light: how a shot with one word moved compares (it must fail). */
  movedWord: MovedWord[];
  /** Shots that differed from their reference and were taken again on the page loaded afresh (printed, so a trend shows). */
  reloads: string[];
}

interface MovedWord {
  at: string;
  word: string;
  diff: number;
  allowed: number;
}

/**
 * Swaps the first two words of the first paragraph in view (a word moved, what a template change can do unnoticed),
 * shoots again, compares with the untouched shot by the same rule as the references, and undoes the swap.
 */
async function movedWordDiff(page: Page, png: Buffer, at: string): Promise<MovedWord> {
  const word = (await page.evaluate(`(() => {
    const walker = document.createTreeWalker(document.querySelector('main'), NodeFilter.SHOW_TEXT);
    for (let n = walker.nextNode(); n; n = walker.nextNode()) {
      const el = n.parentElement;
      if (!el || !el.closest('p')) continue;
      const r = el.getBoundingClientRect();
      if (r.top < 0 || r.bottom > innerHeight || r.width === 0) continue;
      const m = /^(\\s*)(\\S+)(\\s+)(\\S+)/.exec(n.data);
      if (!m || m[2] === m[4]) continue;
      window.wdmUndo = { node: n, data: n.data };
      n.data = m[1] + m[4] + m[3] + m[2] + n.data.slice(m[0].length);
      return m[2];
    }
    return '';
  })()`)) as string;
  if (word === '') return { at, word, diff: 0, allowed: 0 };
  const moved = await shoot(page);
  await page.evaluate('wdmUndo.node.data = wdmUndo.data');
  const { diff, allowed } = diffShots(PNG.sync.read(png), PNG.sync.read(moved));
  return { at, word, diff, allowed };
}

describe.skipIf(!HAVE_CHROMIUM)('rendered in Chromium', () => {
  let browser: Browser;
  let dir: string;
  let server: { origin: string; close: () => Promise<void> };
  let sites: BuiltSite[];
  const problems = noProblems();
  const firstScreens: string[] = [];
  const shots = new Set<string>();
  /** Pinned sites with at least one photo, so the photo checks cannot pass on pages without any. */
  const withPhotos: string[] = [];
  const movedWords: MovedWord[] = [];
  const reloads: string[] = [];
  let layoutCount = 0;
  /** The largest difference of a shot from its reference, as a share of what is allowed (reported, for the margin). */
  let largestShotDiff = 0;

  /**
   * Loads `path` once per viewport and runs every check of that size; axe at SHOT_WIDTHS in both schemes, and reference
   * shots there when `shotName` is not '' (the first pinned site of each layout: few references, one per layout).
   */
  async function renderEverySize(page: Page, path: string, label: string, shotName: string, withFacts: boolean): Promise<JobResult> {
    const out: JobResult = { problems: noProblems(), firstScreen: '', shots: [], photos: 0, movedWord: [], reloads: [] };
    for (const viewport of VIEWPORTS) {
      await page.setViewportSize(viewport);
      await page.emulateMedia({ colorScheme: 'light', reducedMotion: 'reduce' });
      await page.goto(`${server.origin}/${path}`, { waitUntil: 'load' });
      await page.addScriptTag({ content: PROBE });
      await settle(page);
      const where = `${label} at ${viewport.width} px`;
      const probe = (await page.evaluate(`wdmProbe(${JSON.stringify({ masthead: viewport.width === 390 ? MASTHEAD_SHARE : undefined })})`)) as ProbeResult;
      for (const check of CHECKS) for (const p of probe.problems[check]) out.problems[check].push(`${where}: ${p}`);
      if (viewport.width === 390) out.firstScreen = `${label}: header ${String(probe.facts['headerHeight'])} px, h1 ${String(probe.facts['h1Top'])}-${String(probe.facts['h1Bottom'])} px, first action ends at ${String(probe.facts['actionBottom'])} px`;
      // The self-hosted families: each face the page uses has loaded (a face never needed stays unloaded).
      const faces = (await page.evaluate('[...document.fonts].map((f) => `${f.family} ${f.weight} ${f.style}: ${f.status}`)')) as string[];
      if (!faces.some((f) => f.endsWith(': loaded'))) out.problems.requests.push(`${where}: no self-hosted font loaded (${faces.length} @font-face rules)`);
      for (const f of faces.filter((x) => x.endsWith(': error'))) out.problems.requests.push(`${where}: font ${f}`);
      if (!SHOT_WIDTHS.includes(viewport.width)) continue;
      await injectAxe(page);
      for (const scheme of SCHEMES) {
        await page.emulateMedia({ colorScheme: scheme, reducedMotion: 'reduce' });
        const at = `${where}, ${scheme}`;
        let png = await stillShot(page);
        const spread = luminanceSpread(png);
        if (spread < MIN_SPREAD) out.problems.screens.push(`${at}: blank screenshot (luminance spread ${spread.toFixed(1)}, expected at least ${MIN_SPREAD})`);
        if (shotName !== '') {
          const name = `${shotName}-${viewport.width}-${scheme}`;
          out.shots.push(name);
          let result = compareScreen(name, png);
          // A loaded machine has handed over a frame the compositor had not finished (the sticky header drawn at the
          // foot of the screen; once in CI a shot 13% off that a second shot did not mend). A real change is there
          // again after the page is loaded afresh; a bad load or a stale frame is not. Each reload is reported.
          if (result.problem !== '' && !result.written) {
            out.reloads.push(`${at}: ${result.diff} pixels differed; the page was loaded again`);
            await page.goto(`${server.origin}/${path}`, { waitUntil: 'load' });
            await page.addScriptTag({ content: PROBE });
            await settle(page);
            await injectAxe(page);
            png = await stillShot(page);
            result = compareScreen(name, png);
          }
          if (result.problem !== '') out.problems.screens.push(result.problem);
          if (!result.written) largestShotDiff = Math.max(largestShotDiff, result.diff / Math.max(1, allowedPixels(viewport.width * viewport.height)));
          if (scheme === 'light') out.movedWord.push(await movedWordDiff(page, png, `${where}, ${scheme}`));
        }
        if (scheme === 'dark') {
          const dark = (await page.evaluate(`wdmProbe({ checks: ['overflow'] })`)) as ProbeResult;
          for (const p of dark.problems.overflow) out.problems.overflow.push(`${at}: ${p}`);
        }
        for (const v of await seriousViolations(page)) out.problems.axe.push(`${at}: axe ${v.impact ?? ''} ${v.id} (${v.help}) at ${v.targets.slice(0, 3).join(', ')}`);
      }
    }
    // Still at the widest size: every photo (lazy ones made eager) decodes at the size the page declares for it.
    await page.evaluate("Promise.all([...document.images].map((img) => { img.loading = 'eager'; return img.decode().catch(() => undefined); }))");
    const images = (await page.evaluate("[...document.images].map((img) => ({ src: img.getAttribute('src'), natural: img.naturalWidth, declared: Number(img.getAttribute('width')) }))")) as { src: string | null; natural: number; declared: number }[];
    for (const img of images) if (img.natural !== img.declared) out.problems.images.push(`${label}: ${img.src ?? '?'} decoded to ${img.natural} px wide, expected ${img.declared}`);
    out.photos = images.length;
    const jsonLd = (await page.evaluate(`[...document.querySelectorAll('script[type="application/ld+json"]')].map((el) => el.textContent ?? '')`)) as string[];
    if (withFacts && jsonLd.length !== 1) out.problems.images.push(`${label}: ${jsonLd.length} JSON-LD blocks, expected 1 (the site has facts)`);
    else if (withFacts && (JSON.parse(jsonLd[0] as string) as { '@context'?: string })['@context'] !== 'https://schema.org') out.problems.images.push(`${label}: JSON-LD without the schema.org context`);
    return out;
  }

  /** Grid pages: every item section of a layout at each count of GRID_COUNTS; only the grid check. */
  async function renderGrids(page: Page, path: string, label: string): Promise<JobResult> {
    const out: JobResult = { problems: noProblems(), firstScreen: '', shots: [], photos: 0, movedWord: [], reloads: [] };
    // Below 576 px every item grid is one column: only the tablet and desktop sizes can leave a hole.
    for (const viewport of VIEWPORTS.filter((v) => v.width >= 768)) {
      await page.setViewportSize(viewport);
      await page.goto(`${server.origin}/${path}`, { waitUntil: 'load' });
      await page.addScriptTag({ content: PROBE });
      const probe = (await page.evaluate(`wdmProbe({ checks: ['grids', 'overflow'] })`)) as ProbeResult;
      for (const p of [...probe.problems.grids, ...probe.problems.overflow]) out.problems.grids.push(`${label} at ${viewport.width} px: ${p}`);
    }
    return out;
  }

  beforeAll(async () => {
    const started = performance.now();
    sites = browserSites();
    dir = mkdtempSync(join(tmpdir(), 'wdm-browser-'));
    for (const s of sites) writeSite(dir, `sites/${s.batch}/${s.domain}`, s);
    const layouts = new Map<string, BuiltSite>();
    for (const s of sites) if (!layouts.has(s.layout)) layouts.set(s.layout, s);
    for (const [layout, s] of layouts) writeSite(dir, `grids/${layout}`, gridPage(s));
    layoutCount = layouts.size;
    writeSite(dir, 'previews/demo', {
      html: renderContactSheet({ batch: 'demo', sites: sites.map((s) => ({ tokens: s.tokens, href: `../../sites/${s.batch}/${s.domain}/index.html` })) }),
      css: '',
      assets: [],
    });
    server = await serveFolder(dir);
    browser = await launch();
    const context = await browser.newContext({ deviceScaleFactor: 1 });
    const pages = [await context.newPage(), await context.newPage()];
    const requests = pages.map((page) => watchRequests(page, server.origin));
    type Job = (page: Page) => Promise<JobResult>;
    const jobs: Job[] = [
      ...sites.map((s): Job => (page) => renderEverySize(page, `sites/${s.batch}/${s.domain}/index.html`, `${s.layout} ${s.domain}`, layouts.get(s.layout) === s ? `${s.layout}-${s.domain}` : '', s.tokens.wdm.facts !== undefined)),
      ...[...layouts.keys()].map((layout): Job => (page) => renderGrids(page, `grids/${layout}/index.html`, `${layout} grid page (${GRID_COUNTS.join(', ')} items)`)),
    ];
    // Two pages at once: one renders while the other's shots are compared in Node.
    const results: JobResult[] = new Array<JobResult>(jobs.length);
    let next = 0;
    await Promise.all(
      pages.map(async (page) => {
        for (let i = next++; i < jobs.length; i = next++) results[i] = await (jobs[i] as Job)(page);
      }),
    );
    for (const r of results) {
      for (const key of Object.keys(problems) as (keyof Problems)[]) problems[key].push(...r.problems[key]);
      if (r.firstScreen !== '') firstScreens.push(r.firstScreen);
      for (const name of r.shots) shots.add(name);
      movedWords.push(...r.movedWord);
      reloads.push(...r.reloads);
      if (r.photos > 0 && r.firstScreen !== '') withPhotos.push(r.firstScreen.slice(0, r.firstScreen.indexOf(':')));
    }
    for (const url of requests.flatMap((r) => r.external).sort()) problems.requests.push(`request to ${url}, expected only the page's own files`);
    for (const f of requests.flatMap((r) => r.failed).sort()) problems.requests.push(`failed request ${f}`);
    await context.close();
    const margins = movedWords.filter((m) => m.allowed > 0).map((m) => m.diff / m.allowed);
    if (margins.length > 0) console.log(`browser suite: a moved word changes ${Math.min(...margins).toFixed(1)}-${Math.max(...margins).toFixed(1)}× the pixels a shot may differ by; the shots differ from their references by at most ${largestShotDiff.toFixed(2)}× of it`);
    if (reloads.length > 0) console.warn(`browser suite: ${reloads.length} shot(s) differed from their reference and were taken again after a reload (a failure after it is reported below):\n  ${reloads.join('\n  ')}`);
    // Reported, never asserted: the machine is shared.
    console.log(`browser suite: ${sites.length} sites × ${VIEWPORTS.length} sizes, ${layouts.size} grid pages, ${shots.size} shots in ${((performance.now() - started) / 1000).toFixed(1)} s`);
  }, 900_000);

  afterAll(async () => {
    await browser?.close();
    await server?.close();
    if (dir) rmSync(dir, { recursive: true, force: true });
  });

  it('renders a set of sites that covers every layout and composition variant', () => {
    const gaps = coverageGaps().map((g) => `${g.variant} is on none of the pinned sites; add one of: ${g.candidates.slice(0, 5).join(', ') || '(no demo or local24 site: add a row to a batch)'}`);
    expect(gaps).toEqual([]);
    expect(sites.map((s) => `${s.batch}/${s.domain}`)).toEqual([...BROWSER_SITES]);
  });

  it('keeps the navigation in one row (or a row that scrolls to its last item), and no link alone on a line', () => {
    expect(problems.navigation).toEqual([]);
  });

  it('starts the hero heading within 40% of a 390 × 844 screen, with the heading and first action in view', () => {
    expect(problems.firstScreen, firstScreens.join('\n')).toEqual([]);
  });

  it('keeps text inside its boxes and words whole (addresses break only at <wbr>)', () => {
    expect(problems.text).toEqual([]);
  });

  it('keeps decorations clear of text', () => {
    expect(problems.decorations).toEqual([]);
  });

  it(`fills every grid row, on the sites and for ${GRID_COUNTS[0]}-${GRID_COUNTS[GRID_COUNTS.length - 1]} items`, () => {
    expect(problems.grids).toEqual([]);
  });

  it('never overflows the page sideways, in light or dark', () => {
    expect(problems.overflow).toEqual([]);
  });

  it('renders photos with their size, alt text and loading hints, decoded at their declared width; one JSON-LD block with facts', () => {
    expect(withPhotos.length, withPhotos.join(', ')).toBeGreaterThanOrEqual(3);
    expect(problems.images).toEqual([]);
  });

  it('fetches only the site folder, every request succeeds and the self-hosted fonts load', () => {
    expect(problems.requests).toEqual([]);
  });

  it('has no serious or critical axe-core violation in light or dark', () => {
    expect(problems.axe).toEqual([]);
  });

  it('matches the reference screenshots (390 and 1280 px, light and dark)', () => {
    const stale = readdirSync(REF_DIR)
      .filter((f) => f.endsWith('.png') && !f.endsWith('.actual.png') && !f.endsWith('.diff.png'))
      .map((f) => f.slice(0, -'.png'.length))
      .filter((name) => !shots.has(name));
    if (updatingScreens()) for (const name of stale) rmSync(join(REF_DIR, `${name}.png`));
    else for (const name of stale) problems.screens.push(`${name}: a reference no page renders any more (fixtures/screens/ref/${name}.png); remove it with UPDATE_SCREENS=1 npx vitest run test/browser`);
    // One site per layout, at both widths, in both schemes.
    expect(shots.size).toBe(layoutCount * SHOT_WIDTHS.length * SCHEMES.length);
    expect(problems.screens).toEqual([]);
  });

  it('fails a shot in which one word moved (the threshold tolerates anti-aliasing, not a changed page)', () => {
    expect(movedWords.length).toBe(layoutCount * SHOT_WIDTHS.length);
    const passing = movedWords.filter((m) => m.word === '' || m.diff <= m.allowed).map((m) => `${m.at}: "${m.word}" moved, ${m.diff} pixels differ, at most ${m.allowed} allowed`);
    expect(passing).toEqual([]);
  });

  it('renders the contact sheet, whose links open the sites', async () => {
    const context = await browser.newContext({ viewport: { width: 1280, height: 800 } });
    const page = await context.newPage();
    const requests = watchRequests(page, server.origin);
    const found: string[] = [];
    await page.goto(`${server.origin}/previews/demo/index.html`, { waitUntil: 'load' });
    await injectAxe(page);
    for (const scheme of SCHEMES) {
      await page.emulateMedia({ colorScheme: scheme });
      for (const v of await seriousViolations(page)) found.push(`contact sheet, ${scheme}: axe ${v.impact ?? ''} ${v.id} at ${v.targets.slice(0, 3).join(', ')}`);
    }
    await page.setViewportSize({ width: 390, height: 844 });
    const width = (await page.evaluate('document.documentElement.scrollWidth')) as number;
    if (width > 390) found.push(`contact sheet at 390 px: the page is ${width} px wide`);
    const first = sites[0] as BuiltSite;
    await page.click(`a[href="../../sites/${first.batch}/${first.domain}/index.html"]`);
    await page.waitForLoadState('load');
    expect(page.url()).toBe(`${server.origin}/sites/${first.batch}/${first.domain}/index.html`);
    expect(await page.title()).toContain(first.tokens.name);
    found.push(...requests.external.map((u) => `contact sheet: request to ${u}`), ...requests.failed.map((f) => `contact sheet: failed request ${f}`));
    await context.close();
    expect(found).toEqual([]);
  }, 240_000);
});
