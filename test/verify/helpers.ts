// Test helpers: demo sites built with the real stages (rules → design → DESIGN.md → implement), cached per process.
import { readFileSync, readdirSync, statSync } from 'node:fs';
import { join, relative, sep } from 'node:path';
import { fileURLToPath } from 'node:url';
import { designSite, loadProject, readBatch } from '../../src/pipeline/index.js';
import { loadIconSet } from '../../src/pipeline/icon-set.js';
import { compileSiteTemplates, implementSite, readDesign, type DesignTokens } from '../../src/implement/index.js';
import type { SiteAsset } from '../../src/shared/types.js';

export const REPO = fileURLToPath(new URL('../../', import.meta.url));

export interface BuiltSite {
  domain: string;
  layout: string;
  file: string;
  designText: string;
  html: string;
  css: string;
  tokens: DesignTokens;
  /** Files the page references beside index.html (the business's photos), as implement names them. */
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

let cache: BuiltSite[] | undefined;

/** Every site of batches/demo.yaml, designed and implemented in memory. */
export function demoSites(): BuiltSite[] {
  if (cache) return cache;
  const project = loadProject(REPO);
  const compiled = compileSiteTemplates(siteTemplateSources(), { icons: loadIconSet() });
  cache = readBatch(project, 'demo').sites.map((site) => {
    const file = `designs/demo/${site.domain}/DESIGN.md`;
    const designText = designSite(site, project).text;
    const { tokens } = readDesign(designText, file);
    const { html, css, assets } = implementSite(tokens, compiled);
    return { domain: site.domain, layout: tokens.wdm.layout, file, designText, html, css, tokens, assets };
  });
  return cache;
}

/** The first demo site of each layout, sorted by layout. */
export function onePerLayout(): BuiltSite[] {
  const seen = new Map<string, BuiltSite>();
  for (const s of demoSites()) if (!seen.has(s.layout)) seen.set(s.layout, s);
  return [...seen.keys()].sort().map((k) => seen.get(k) as BuiltSite);
}

/** The demo sites whose batch rows give facts (photos, hours, prices ...), sorted by domain. */
export function sitesWithFacts(): BuiltSite[] {
  return demoSites()
    .filter((s) => s.tokens.wdm.facts !== undefined)
    .sort((a, b) => (a.domain < b.domain ? -1 : 1));
}
