// The sites the browser suite renders: a small pinned set from the demo and local24 batches that together cover every
// layout and every composition variant (hero, header, rhythm, cards), written to a folder as the pipeline writes them.
import { copyFileSync, mkdirSync, writeFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { dirname, join } from 'node:path';
import { implementSite } from '../../src/implement/index.js';
import { loadFontCatalogue } from '../../src/pipeline/fonts.js';
import { CARD_STYLES, HEADER_STYLES, HERO_ARRANGEMENTS, LAYOUT_TEMPLATES, SECTION_RHYTHMS } from '../../src/shared/vocabulary.js';
import { loadProject } from '../../src/pipeline/index.js';
import { batchDomains, batchSites, builtSite, compiledSiteTemplates, REPO, type BuiltSite } from '../verify/helpers.js';

/**
 * `batch/domain`, chosen so that every layout and every variant of each composition dimension appears at least once
 * (a greedy cover over demo and local24). The test "covers every layout and variant" says what to add when a
 * rules change moves a site to other variants.
 */
export const BROWSER_SITES = [
  'demo/alpineescapes.travel',
  'demo/bestlawfirm.com',
  'demo/oakbarrelbakery.com',
  'demo/shiftly.app',
  'local24/hartandcolearchitects.com',
  'demo/cornerstonerealty.com',
  'local24/littleacornsdaycare.org',
  'demo/bluefinsushi.ie',
  // Photos from facts (a gallery of four), beside the listings and hero photos above.
  'demo/goldenhourphoto.studio',
] as const;

export const BATCHES = ['demo', 'local24'] as const;

/** What a site's rendering covers: its layout and composition variants, as `dimension:id`. */
export function variantsOf(site: BuiltSite): string[] {
  const c = site.tokens.wdm.composition;
  return [`layout:${site.layout}`, `hero:${c.hero}`, `header:${c.header}`, `rhythm:${c.rhythm}`, `cards:${c.cards}`];
}

/** Every `dimension:id` the templates offer. */
export function everyVariant(): string[] {
  return [
    ...LAYOUT_TEMPLATES.map((v) => `layout:${v}`),
    ...HERO_ARRANGEMENTS.map((v) => `hero:${v}`),
    ...HEADER_STYLES.map((v) => `header:${v}`),
    ...SECTION_RHYTHMS.map((v) => `rhythm:${v}`),
    ...CARD_STYLES.map((v) => `cards:${v}`),
  ];
}

export function allSites(): BuiltSite[] {
  return BATCHES.flatMap((b) => batchSites(b));
}

/** The pinned sites, built alone (the coverage message builds the rest only when a variant is missing). */
export function browserSites(): BuiltSite[] {
  return BROWSER_SITES.map((key) => {
    const [batch = '', domain = ''] = key.split('/');
    if (!(BATCHES as readonly string[]).includes(batch) || !batchDomains(batch).includes(domain)) {
      throw new Error(`test/browser/fixture-sites.ts: ${key} is in no batch of ${BATCHES.join(', ')}; pick another site`);
    }
    return withFonts(builtSite(batch, domain));
  });
}

let catalogue: ReturnType<typeof loadFontCatalogue> | undefined;

/**
 * The site as the pipeline builds it, with its self-hosted fonts (@font-face rules and woff2 files): the shared test
 * helpers implement without them, and the screenshots must show the typography visitors get.
 */
function withFonts(site: BuiltSite): BuiltSite {
  catalogue ??= loadFontCatalogue(Object.values(loadProject(REPO).rules.fonts), true);
  const { html, css, assets } = implementSite(site.tokens, compiledSiteTemplates(), catalogue);
  return { ...site, html, css, assets };
}

/** The variants no pinned site covers, each with the batch sites that would (for the failure message). */
export function coverageGaps(): { variant: string; candidates: string[] }[] {
  const covered = new Set(browserSites().flatMap(variantsOf));
  const missing = everyVariant().filter((v) => !covered.has(v));
  return missing.map((variant) => ({ variant, candidates: allSites().filter((s) => variantsOf(s).includes(variant)).map((s) => `${s.batch}/${s.domain}`) }));
}

const require = createRequire(import.meta.url);

/** Writes a site folder as the pipeline does: the page, the stylesheet and every asset it names. */
export function writeSite(root: string, folder: string, site: Pick<BuiltSite, 'html' | 'css' | 'assets'>): void {
  const dir = join(root, folder);
  mkdirSync(dir, { recursive: true });
  writeFileSync(join(dir, 'index.html'), site.html);
  writeFileSync(join(dir, 'styles.css'), site.css);
  for (const asset of site.assets) {
    const to = join(dir, asset.path);
    mkdirSync(dirname(to), { recursive: true });
    if (asset.source.kind === 'text') writeFileSync(to, asset.source.text);
    else if (asset.source.kind === 'package') copyFileSync(require.resolve(asset.source.specifier), to);
    else copyFileSync(join(REPO, asset.source.file), to);
  }
}

/** The item counts the grid page renders. */
export const GRID_COUNTS = [1, 2, 3, 4, 5, 6, 7, 8] as const;

/**
 * One page per layout holding every one of its item sections once per count of GRID_COUNTS (items cycled from the
 * site's own copy), so the grids are checked for every count with the real templates and stylesheet. Only for
 * geometry: ids repeat across the copies.
 */
export function gridPage(site: BuiltSite): { html: string; css: string; assets: BuiltSite['assets'] } {
  const compiled = compiledSiteTemplates();
  const mains: string[] = [];
  let shell: { html: string; css: string; assets: BuiltSite['assets'] } | undefined;
  for (const n of GRID_COUNTS) {
    const tokens = structuredClone(site.tokens);
    // Only the sections with items (and the hero the page needs, removed below): a shorter page to lay out.
    tokens.wdm.sections = tokens.wdm.sections.filter((id) => id === 'hero' || (tokens.wdm.copy[id]?.items.length ?? 0) > 0);
    for (const block of Object.values(tokens.wdm.copy)) {
      if (!block || block.items.length === 0) continue;
      const items = block.items;
      block.items = Array.from({ length: n }, (_, i) => ({ ...(items[i % items.length] as (typeof items)[number]), title: `${(items[i % items.length] as (typeof items)[number]).title} ${i + 1}` }));
    }
    const built = implementSite(tokens, compiled, catalogue);
    shell ??= built;
    const m = /<main id="main">([\s\S]*)<\/main>/.exec(built.html);
    if (!m) throw new Error(`gridPage: no <main id="main"> in the page of ${site.domain}`);
    const sections = (m[1] ?? '').replace(/<section id="hero"[\s\S]*?<\/section>/, '');
    mains.push(`<!-- ${n} items -->\n<div class="grid-count" data-count="${n}">${sections}</div>`);
  }
  if (!shell) throw new Error('gridPage: no counts');
  const html = shell.html.replace(/<main id="main">[\s\S]*<\/main>/, () => `<main id="main">\n${mains.join('\n')}\n</main>`);
  return { html, css: shell.css, assets: shell.assets };
}
