// DesignTokens + compiled templates → index.html and styles.css text, with findings.
import type { Finding } from '../shared/types.js';
import { tokensCss } from './css-tokens.js';
import type { DesignTokens } from './design-tokens.js';
import type { CompiledSiteTemplates } from './site-templates.js';
import { siteViewFor } from './site-view.js';

/** LF only, no trailing spaces, exactly one trailing newline: the bytes must not depend on template editors. */
function normalise(text: string): string {
  return `${text.replace(/\r\n?/g, '\n').replace(/[ \t]+$/gm, '').replace(/\n{3,}/g, '\n\n').trimEnd()}\n`;
}

export function implementSite(tokens: DesignTokens, compiled: CompiledSiteTemplates): { html: string; css: string; findings: Finding[] } {
  const findings: Finding[] = [];
  const layout = compiled.layouts[tokens.wdm.layout];
  const view = siteViewFor(tokens, compiled.partials, findings);
  const html = normalise(layout.page(view, { allowProtoPropertiesByDefault: false, allowProtoMethodsByDefault: false }));
  const css = normalise([
    `/* ${tokens.wdm.layout} layout: design tokens, shared base, layout styles */`,
    tokensCss(tokens),
    compiled.baseCss,
    layout.css,
  ].join('\n'));
  return { html, css, findings };
}
