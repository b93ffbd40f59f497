// Test helpers: read templates/site from disk once and render a DESIGN.md text to a site, for tests and snapshots.
import { readFileSync, readdirSync, statSync } from 'node:fs';
import { join, relative, sep } from 'node:path';
import { fileURLToPath } from 'node:url';
import { parse, stringify } from 'yaml';
import { loadIconSet } from '../../src/pipeline/icon-set.js';
import { compileSiteTemplates, implementSite, readDesign, type CompiledSiteTemplates, type SiteParts } from '../../src/implement/index.js';
import type { Finding, FontCatalogue, SiteAsset } from '../../src/shared/types.js';
import { loadFontCatalogue } from '../../src/pipeline/fonts.js';
import { builtinRules } from '../rules/builtinRules.js';

export const ROOT = fileURLToPath(new URL('../../', import.meta.url));
export const TEMPLATES = join(ROOT, 'templates');
export const SAMPLE_PATH = join(ROOT, 'test/implement/fixtures/sample.DESIGN.md');

function walk(dir: string): string[] {
  return readdirSync(dir)
    .sort()
    .flatMap((name) => {
      const path = join(dir, name);
      return statSync(path).isDirectory() ? walk(path) : [path];
    });
}

/** Every file under templates/site keyed by its path relative to templates/ with `/` separators. */
export function readSiteTemplateSources(): Record<string, string> {
  const sources: Record<string, string> = {};
  for (const path of walk(join(TEMPLATES, 'site'))) sources[relative(TEMPLATES, path).split(sep).join('/')] = readFileSync(path, 'utf8');
  return sources;
}

let compiled: CompiledSiteTemplates | undefined;
export function siteTemplates(): CompiledSiteTemplates {
  compiled ??= compileSiteTemplates(readSiteTemplateSources(), { icons: loadIconSet() });
  return compiled;
}

export function sampleText(): string {
  return readFileSync(SAMPLE_PATH, 'utf8');
}

let fonts: FontCatalogue | undefined;
/** The built-in pairings' self-hostable families with their files, as the pipeline reads them once per process. */
export function fontCatalogue(): FontCatalogue {
  fonts ??= loadFontCatalogue(Object.values(builtinRules().fonts), true);
  return fonts;
}

/** DESIGN.md text → the site files a snapshot test compares (fixtures/sites/<domain>/index.html, styles.css). */
export function renderFixtureSite(designText: string, file = 'DESIGN.md'): { html: string; css: string; findings: Finding[]; parts: SiteParts; assets: SiteAsset[] } {
  const read = readDesign(designText, file);
  const site = implementSite(read.tokens, siteTemplates(), fontCatalogue());
  return { html: site.html, css: site.css, findings: [...read.findings, ...site.findings], parts: site.parts, assets: site.assets };
}

/** Rewrites the sample's front matter through `edit` (the body is kept), for variant and hostile cases. */
export function editSample(edit: (front: Record<string, unknown>) => void, text = sampleText()): string {
  const end = text.indexOf('\n---\n', 4);
  const front = parse(text.slice(4, end + 1)) as Record<string, unknown>;
  edit(front);
  return `---\n${stringify(front, { lineWidth: 0 })}---\n${text.slice(end + 5)}`;
}
