// The implementation stage: DESIGN.md text → validated tokens → index.html and styles.css text.
export { readDesign, readDesignWith } from './read-design.js';
export { compileSiteTemplates, type CompiledSiteTemplates } from './site-templates.js';
export { implementSite, type ImplementedSite, type SiteParts } from './implement-site.js';
export { iconSetFromNodes, iconSvg, NO_ICONS, type IconSet } from './icon-set.js';
export { pageFonts, pageSetsItalic, codePointsOf, subsetsFor, fontAssetPath, licenceAssetPath, licenceName, type PageFonts } from './fonts.js';
export { DesignSchemaError } from './schema-problems.js';
export { scanCssLiterals, type CssLiteral } from './template-css-scan.js';
export { MAX_FILE_BYTES, MAX_FRONT_MATTER_BYTES } from './front-matter.js';
export type { DesignTokens } from './design-tokens.js';
