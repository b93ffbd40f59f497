// DesignTokens + compiled templates (+ the self-hostable fonts) → index.html, styles.css and the assets they name.
import type { Finding, FontCatalogue, SiteAsset } from '../shared/types.js';
import { AssetList } from './fact-view.js';
import { tokensCss } from './css-tokens.js';
import type { DesignTokens } from './design-tokens.js';
import { codePointsOf, pageFonts, pageSetsItalic } from './fonts.js';
import type { CompiledSiteTemplates } from './site-templates.js';
import { siteViewFor } from './site-view.js';
import { assembleSheet, drawnSheet, normalise, withoutComments } from './sheet-pieces.js';

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
  /**
   * The stylesheet's shared end (the base, layout and variant sheets, normalised), in order: `css` ends with their
   * concatenation, and they are the same strings for every site of the composition, so verification can keep what
   * it reads of each. Empty when the sheet was normalised whole.
   */
  cssTail: string[];
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
  const pieces = [compiled.baseCss, layout.css, ...variantCss(tokens, compiled)];
  const layoutCss = pieces.slice(1).join('\n');
  const tokenCss = tokensCss(tokens);
  // Characters drawn by CSS (`content: "−"`) count too; comments are prose for the reader and are not drawn. The
  // shared pieces' forms are kept per piece (sheet-pieces.ts): the same text and characters as the whole's.
  const fromPieces = drawnSheet(tokenCss, pieces);
  let page: ReturnType<typeof pageFonts>;
  if (fromPieces) {
    const points = codePointsOf(html, fromPieces.head);
    for (const list of fromPieces.piecePoints) for (const p of list) points.add(p);
    page = pageFonts(tokens, fonts, points, pageSetsItalic(html, fromPieces.drawn));
  } else {
    const drawn = withoutComments([tokenCss, compiled.baseCss, layoutCss].join('\n'));
    page = pageFonts(tokens, fonts, codePointsOf(html, drawn), pageSetsItalic(html, drawn));
  }
  for (const asset of page.assets) assets.add(asset);
  const parts: SiteParts = {
    tokens: page.css === '' ? tokenCss : `${page.css}\n${tokenCss}`,
    base: compiled.baseCss,
    layout: layoutCss,
  };
  const header = `/* ${tokens.wdm.layout} layout (hero ${c.hero}, header ${c.header}, rhythm ${c.rhythm}, cards ${c.cards}): self-hosted fonts, design tokens, shared base, layout styles */`;
  const sheet = assembleSheet(`${header}\n${parts.tokens}`, pieces);
  const css = sheet ? sheet.css : normalise([header, parts.tokens, parts.base, parts.layout].join('\n'));
  return { html, css, assets: assets.list(), findings, parts, cssTail: sheet ? sheet.tail : [] };
}
