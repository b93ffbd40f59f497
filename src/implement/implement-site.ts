// DesignTokens + compiled templates → index.html and styles.css text, with findings.
import type { Finding, SiteAsset } from '../shared/types.js';
import { AssetList } from './fact-view.js';
import { tokensCss } from './css-tokens.js';
import type { DesignTokens } from './design-tokens.js';
import type { CompiledSiteTemplates } from './site-templates.js';
import { siteViewFor } from './site-view.js';

/** LF only, no trailing spaces, exactly one trailing newline: the bytes must not depend on template editors. */
function normalise(text: string): string {
  return `${text.replace(/\r\n?/g, '\n').replace(/[ \t]+$/gm, '').replace(/\n{3,}/g, '\n\n').trimEnd()}\n`;
}

/**
 * `assets` are the files the page references beside index.html and styles.css (the business's photos); the pipeline
 * copies them into the site folder and checks their hashes.
 */
export function implementSite(tokens: DesignTokens, compiled: CompiledSiteTemplates): { html: string; css: string; findings: Finding[]; assets: SiteAsset[] } {
  const findings: Finding[] = [];
  const layout = compiled.layouts[tokens.wdm.layout];
  const assets = new AssetList();
  const view = siteViewFor(tokens, compiled.partials, findings, assets);
  const html = normalise(layout.page(view, { allowProtoPropertiesByDefault: false, allowProtoMethodsByDefault: false }));
  const css = normalise([
    `/* ${tokens.wdm.layout} layout: design tokens, shared base, layout styles */`,
    tokensCss(tokens),
    compiled.baseCss,
    layout.css,
  ].join('\n'));
  return { html, css, findings, assets: assets.list() };
}
