// The page's structure against its DESIGN.md: every section of x-wdm.sections present by id, in order; one h1.
import type { Finding } from '../shared/types.js';
import { allElements, describeElement, type HtmlElement } from './html-tree.js';

const LANDMARK_TAGS = new Set(['section', 'header', 'footer', 'main', 'aside', 'nav', 'article']);

export function structureFindings(root: HtmlElement, sections: readonly string[], htmlFile: string, designFile: string): Finding[] {
  const findings: Finding[] = [];
  const elements = allElements(root);
  const byId = new Map<string, HtmlElement[]>();
  for (const e of elements) {
    if (e.id === undefined) continue;
    const list = byId.get(e.id);
    if (list) list.push(e);
    else byId.set(e.id, [e]);
  }
  let previous: { id: string; at: number } | undefined;
  for (const id of sections) {
    const found = byId.get(id);
    if (!found || found.length === 0) {
      findings.push({
        severity: 'error',
        rule: 'structure/missing-section',
        message: `Missing section "${id}": found no element with id="${id}" in ${htmlFile}, expected one for every entry of x-wdm.sections (${sections.join(', ')})`,
        place: { file: designFile, path: 'x-wdm.sections' },
      });
      continue;
    }
    const e = found[0] as HtmlElement;
    if (!LANDMARK_TAGS.has(e.tag)) {
      findings.push({
        severity: 'error',
        rule: 'structure/section-element',
        message: `Unexpected <${e.tag}> for section "${id}" (${describeElement(e)}), expected a <section> or another landmark element`,
        place: { file: htmlFile, line: e.line },
      });
    }
    const at = elements.indexOf(e);
    if (previous && at < previous.at) {
      findings.push({
        severity: 'error',
        rule: 'structure/section-order',
        message: `Unexpected order: section "${id}" comes before "${previous.id}" in the page, expected the order of x-wdm.sections (${sections.join(', ')})`,
        place: { file: htmlFile, line: e.line },
      });
    }
    previous = { id, at };
  }
  const h1s = elements.filter((e) => e.tag === 'h1');
  if (h1s.length !== 1) {
    findings.push({
      severity: 'error',
      rule: 'structure/one-h1',
      message: `Found ${h1s.length} <h1> elements${h1s.length > 1 ? ` (lines ${h1s.map((h) => h.line).join(', ')})` : ''}, expected exactly one`,
      place: { file: htmlFile, ...(h1s[1] ? { line: h1s[1].line } : {}) },
    });
  }
  return findings;
}
