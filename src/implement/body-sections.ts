// Checks the Markdown body for the canonical `##` sections of the DESIGN.md format, in order.
import type { Finding } from '../shared/types.js';

/** Canonical section names and the aliases the DESIGN.md spec accepts for them. */
export const CANONICAL_SECTIONS: readonly { name: string; aliases: readonly string[] }[] = [
  { name: 'Overview', aliases: ['Brand & Style'] },
  { name: 'Colors', aliases: [] },
  { name: 'Typography', aliases: [] },
  { name: 'Layout', aliases: ['Layout & Spacing'] },
  { name: 'Elevation & Depth', aliases: ['Elevation'] },
  { name: 'Shapes', aliases: [] },
  { name: 'Components', aliases: [] },
  { name: "Do's and Don'ts", aliases: [] },
];

/** Headings inside fenced code blocks are not headings; the fence tracking keeps them out. */
function headingsOf(body: string, firstLine: number): { text: string; line: number }[] {
  const out: { text: string; line: number }[] = [];
  let fence: string | undefined;
  body.split('\n').forEach((raw, i) => {
    const line = raw.replace(/\r$/, '');
    const f = /^ {0,3}(`{3,}|~{3,})/.exec(line);
    if (f?.[1]) {
      if (fence === undefined) fence = f[1][0];
      else if (f[1][0] === fence) fence = undefined;
      return;
    }
    if (fence !== undefined) return;
    const h = /^ {0,3}##[ \t]+(.+?)[ \t#]*$/.exec(line);
    if (h?.[1]) out.push({ text: h[1].trim(), line: firstLine + i });
  });
  return out;
}

export function bodySectionFindings(body: string, file: string, firstLine: number): Finding[] {
  const findings: Finding[] = [];
  const headings = headingsOf(body, firstLine);
  let lastIndex = -1;
  CANONICAL_SECTIONS.forEach((section, index) => {
    const names = [section.name, ...section.aliases].map((n) => n.toLowerCase());
    const found = headings.find((h) => names.includes(h.text.toLowerCase()));
    if (!found) {
      findings.push({
        severity: 'warning',
        rule: 'design/missing-section',
        message: `found no "## ${section.name}" section, expected the eight canonical sections of the DESIGN.md format`,
        place: { file, path: `## ${section.name}` },
      });
      return;
    }
    const at = headings.indexOf(found);
    if (at < lastIndex) {
      findings.push({
        severity: 'warning',
        rule: 'design/section-order',
        message: `found "## ${found.text}" after a later section, expected the canonical order ${CANONICAL_SECTIONS.map((s) => s.name).join(', ')}`,
        place: { file, line: found.line, path: `## ${section.name}` },
      });
    }
    lastIndex = Math.max(lastIndex, at);
  });
  return findings;
}
