// Verification: pure checks of a site's DESIGN.md, HTML and CSS, returning findings; plus the contact-sheet renderer.
export { createCheckers, type Checkers, type CheckerOptions } from './checkers.js';
export { verifySite, siteFileFor, CHECK_NAMES, type SiteInput, type CheckName, type VerifyOptions } from './verify-site.js';
export { groupFindings, sortFindings, compareFindings, hasErrors } from './findings.js';
export { VERIFY_VERSION, VERIFY_RULES_VERSION } from './version.js';
export { contrastFindings } from './contrast.js';
export { designLintFindings } from './design-lint.js';
export { htmlValidityFindings, createHtmlValidator, HTML_VALIDATE_CONFIG } from './html-validity.js';
export { parseCssChecked } from './css-syntax.js';
export { structureFindings } from './structure.js';
export { tokenUsageFindings, usedCustomProperties } from './token-usage.js';
export { parseHtmlTree } from './html-tree.js';
export { cssRulesOf } from './css-model.js';
export { distinctness, hueFamily, lookOf, type DistinctnessReport } from './distinctness.js';
export { renderContactSheet, escapeHtml, type ContactSheetInput, type PreviewSite, type PreviewProblem } from './preview.js';
