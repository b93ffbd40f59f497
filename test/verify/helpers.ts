// Test helpers: demo sites built with the real stages (rules → design → DESIGN.md → implement), cached per process.
import { readFileSync, readdirSync, statSync } from 'node:fs';
import { join, relative, sep } from 'node:path';
import { fileURLToPath } from 'node:url';
import { designSite, loadProject, readBatch } from '../../src/pipeline/index.js';
import { loadIconSet } from '../../src/pipeline/icon-set.js';
import { compileSiteTemplates, implementSite, readDesign, type CompiledSiteTemplates, type DesignTokens } from '../../src/implement/index.js';
import type { SiteAsset } from '../../src/shared/types.js';

export const REPO = fileURLToPath(new URL('../../', import.meta.url));

export interface BuiltSite {
  batch: string;
  domain: string;
  layout: string;
  file: string;
  designText: string;
  html: string;
  css: string;
  tokens: DesignTokens;
  /** The stylesheet's shared pieces, as implement hands them to verification (ImplementedSite.cssTail). */
  cssTail: string[];
  /** Files the page references beside index.html (licences, fonts, photos), as implement names them. */
  assets: SiteAsset[];
}

function walk(dir: string): string[] {
  return readdirSync(dir)
    .sort()
    .flatMap((name) => (statSync(join(dir, name)).isDirectory() ? walk(join(dir, name)) : [join(dir, name)]));
}

function siteTemplateSources(): Record<string, string> {
  const root = join(REPO, 'templates');
  const out: Record<string, string> = {};
  for (const path of walk(join(root, 'site'))) out[relative(root, path).split(sep).join('/')] = readFileSync(path, 'utf8');
  return out;
}

let templates: CompiledSiteTemplates | undefined;

/** The site templates and icon set, compiled once per process as the pipeline does. */
export function compiledSiteTemplates(): CompiledSiteTemplates {
  templates ??= compileSiteTemplates(siteTemplateSources(), { icons: loadIconSet() });
  return templates;
}

let project: ReturnType<typeof loadProject> | undefined;
const rows = new Map<string, ReturnType<typeof readBatch>['sites']>();
const built = new Map<string, BuiltSite>();

function rowsOf(batch: string): ReturnType<typeof readBatch>['sites'] {
  project ??= loadProject(REPO);
  let sites = rows.get(batch);
  if (!sites) {
    sites = readBatch(project, batch).sites;
    rows.set(batch, sites);
  }
  return sites;
}

/** The domains of batches/<batch>.yaml, in batch order. */
export function batchDomains(batch: string): string[] {
  return rowsOf(batch).map((s) => s.domain);
}

/** One site of a batch, designed and implemented in memory with the real stages (cached). */
export function builtSite(batch: string, domain: string): BuiltSite {
  const key = `${batch}/${domain}`;
  const known = built.get(key);
  if (known) return known;
  const site = rowsOf(batch).find((s) => s.domain === domain);
  if (!site) throw new Error(`test helpers: ${domain} is not a site of batches/${batch}`);
  const file = `designs/${batch}/${domain}/DESIGN.md`;
  const designText = designSite(site, project ?? loadProject(REPO)).text;
  const { tokens } = readDesign(designText, file);
  const { html, css, assets, cssTail } = implementSite(tokens, compiledSiteTemplates());
  const result = { batch, domain, layout: tokens.wdm.layout, file, designText, html, css, tokens, cssTail, assets };
  built.set(key, result);
  return result;
}

/** Every site of batches/<batch>.yaml, designed and implemented in memory. */
export function batchSites(batch: string): BuiltSite[] {
  return batchDomains(batch).map((domain) => builtSite(batch, domain));
}

/** Every site of batches/demo.yaml, designed and implemented in memory. */
export function demoSites(): BuiltSite[] {
  return batchSites('demo');
}

/** One demo site of each layout (the fullest), sorted by layout. */
export function onePerLayout(): BuiltSite[] {
  // Per layout, the demo site with the most sections (the first in batch order among equals): a site without facts
  // may be only a hero and a contact form, which leaves a seeded defect nothing to land on.
  const seen = new Map<string, BuiltSite>();
  for (const s of demoSites()) {
    const best = seen.get(s.layout);
    if (!best || s.tokens.wdm.sections.length > best.tokens.wdm.sections.length) seen.set(s.layout, s);
  }
  return [...seen.keys()].sort().map((k) => seen.get(k) as BuiltSite);
}

/** The demo sites whose batch rows give facts (photos, hours, prices ...), sorted by domain. */
export function sitesWithFacts(): BuiltSite[] {
  return demoSites()
    .filter((s) => s.tokens.wdm.facts !== undefined)
    .sort((a, b) => (a.domain < b.domain ? -1 : 1));
}
