// DesignTokens + compiled templates (+ the self-hostable fonts) → index.html, styles.css and the assets they name.
import type { Finding, FontCatalogue, SiteAsset } from '../shared/types.js';
import { AssetList } from './fact-view.js';
import { tokensCss } from './css-tokens.js';
import type { DesignTokens } from './design-tokens.js';
import { codePointsOf, pageFonts, pageSetsItalic } from './fonts.js';
import type { CompiledSiteTemplates } from './site-templates.js';
import { siteViewFor } from './site-view.js';

/** LF only, no trailing spaces, exactly one trailing newline: the bytes must not depend on template editors. */
function normalise(text: string): string {
  return `${text.replace(/\r\n?/g, '\n').replace(/[ \t]+$/gm, '').replace(/\n{3,}/g, '\n\n').trimEnd()}\n`;
}

export interface SiteParts {
  /** The self-hosted fonts' `@font-face` rules, then the `:root` custom properties from the tokens: the part that
   *  differs by site within one composition. */
  tokens: string;
  /** The shared base stylesheet (the same bytes for every site). */
  base: string;
  /** The layout's stylesheet and the site's composition variants. */
  layout: string;
}

export interface ImplementedSite {
  html: string;
  css: string;
  /** Files the page references (the business's photos and logo, the icon set's licence ...), each once and sorted
   *  by path, for the pipeline to copy beside index.html and check by hash. */
  assets: SiteAsset[];
  findings: Finding[];
  parts: SiteParts;
}

/** The variant stylesheets of a composition, in a fixed order. */
function variantCss(tokens: DesignTokens, compiled: CompiledSiteTemplates): string[] {
  const c = tokens.wdm.composition;
  return (['hero', 'header', 'rhythm', 'cards'] as const)
    .map((dim) => compiled.variants[`${dim}-${c[dim]}`])
    .filter((css): css is string => css !== undefined);
}

/**
 * `fonts` is the pipeline's catalogue of self-hostable families (read once per process): the page loads the first
 * family of each type level's stack when the catalogue has it, only the unicode subsets its characters need.
 */
export function implementSite(tokens: DesignTokens, compiled: CompiledSiteTemplates, fonts: FontCatalogue = {}): ImplementedSite {
  const findings: Finding[] = [];
  const layout = compiled.layouts[tokens.wdm.layout];
  const assets = new AssetList();
  const view = siteViewFor(tokens, compiled.partials, findings, compiled.icons, assets);
  const html = normalise(layout.page(view, { allowProtoPropertiesByDefault: false, allowProtoMethodsByDefault: false }));
  // The licence asks that its notice travel with every copy: the file goes with the site, and the page says where.
  if (view.iconNotice !== '') assets.add(compiled.icons.license);
  const c = tokens.wdm.composition;
  const layoutCss = [layout.css, ...variantCss(tokens, compiled)].join('\n');
  const tokenCss = tokensCss(tokens);
  // Characters drawn by CSS (`content: "−"`) count too; comments are prose for the reader and are not drawn.
  const drawn = [tokenCss, compiled.baseCss, layoutCss].join('\n').replace(/\/\*[\s\S]*?\*\//g, '');
  const page = pageFonts(tokens, fonts, codePointsOf(html, drawn), pageSetsItalic(html, drawn));
  for (const asset of page.assets) assets.add(asset);
  const parts: SiteParts = {
    tokens: page.css === '' ? tokenCss : `${page.css}\n${tokenCss}`,
    base: compiled.baseCss,
    layout: layoutCss,
  };
  const css = normalise([
    `/* ${tokens.wdm.layout} layout (hero ${c.hero}, header ${c.header}, rhythm ${c.rhythm}, cards ${c.cards}): self-hosted fonts, design tokens, shared base, layout styles */`,
    parts.tokens,
    parts.base,
    parts.layout,
  ].join('\n'));
  return { html, css, assets: assets.list(), findings, parts };
}
