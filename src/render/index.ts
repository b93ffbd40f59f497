// The render stage: Design → DESIGN.md text.
export { compileDesignTemplates, renderDesign, renderDesignWithData, viewModelFor, tidyMarkdown } from './render.js';
export type { TemplateSources, CompiledDesignTemplates } from './render.js';
export { frontMatterFor, frontMatterYaml, frontMatterYamlWhole, X_WDM_SCHEMA, px, em } from './frontmatter.js';
export { formatNumber } from '../shared/format.js';
export { escapeMarkdown, codeSpan } from './markdown.js';
