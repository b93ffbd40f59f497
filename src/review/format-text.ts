// The diff report for a terminal: one summary line, then per batch the changed sites with their token changes.
import { changeGroups } from './change-groups.js';
import { fixed } from '../shared/format.js';
import type { ContrastChange } from './compare-designs.js';
import { hasChanges, type DiffReport, type LargestDeltaE, type SiteDiff } from './diff-report.js';

function count(n: number, word: string): string {
  return `${n} ${n === 1 ? word : `${word}s`}`;
}

function largest(l: LargestDeltaE | null, withSite: boolean): string {
  if (l === null) return '';
  return `, largest ΔE ${fixed(l.value, 1)} (${withSite ? `${l.batch}/${l.domain} ` : ''}${l.token})`;
}

function value(v: string | undefined): string {
  return v === undefined ? '(none)' : v;
}

export function contrastLine(c: ContrastChange): string {
  const ratio = (r: number | undefined) => (r === undefined ? '-' : fixed(r, 2));
  const verdict = c.newlyFails ? '  FAILS (new)' : c.fails ? '  fails' : '';
  return `${c.text} on ${c.background} (${c.scheme}, target ${fixed(c.target, 1)}): ${ratio(c.before)} -> ${ratio(c.after)}${verdict}`;
}

function siteLines(site: SiteDiff): string[] {
  const head = site.status === 'changed' ? `${count(site.tokens.length, 'token')}` : site.status;
  const extra = [site.maxDeltaE > 0 ? `ΔE ${fixed(site.maxDeltaE, 1)}` : '', site.bodyLines > 0 ? `${count(site.bodyLines, 'prose line')}` : '']
    .filter(Boolean)
    .join(', ');
  const out = [`  ${site.domain}  ${head}${extra ? `, ${extra}` : ''}`];
  if (site.status !== 'changed') return out;
  for (const p of site.problems) out.push(`    note: ${p}`);
  for (const group of changeGroups(site)) {
    out.push(`    ${group.title}:`);
    for (const l of group.lines) {
      const where = l.where.length > 0 ? ` [${l.where.join(', ')}]` : '';
      const d = l.deltaE !== undefined ? `  ΔE ${fixed(l.deltaE, 1)}` : '';
      out.push(`      ${l.label}${where}: ${value(l.before)} -> ${value(l.after)}${d}`);
    }
  }
  if (site.contrast.length > 0) {
    out.push('    Contrast:');
    for (const c of site.contrast) out.push(`      ${contrastLine(c)}`);
  }
  return out;
}

export function formatDiffText(report: DiffReport): string {
  const t = report.totals;
  if (!hasChanges(report)) return `No design changes against ${report.base} (${count(t.sites, 'site')} compared).\n`;
  const out: string[] = [];
  const what = [`${t.changed} changed`, `${t.added} added`, `${t.removed} removed`].join(', ');
  out.push(`Design changes against ${report.base}: ${what} of ${count(t.sites, 'site')}, ${count(t.tokensChanged, 'token')}${largest(t.largestDeltaE, true)}`);
  if (t.newContrastFailures > 0) out.push(`${count(t.newContrastFailures, 'contrast pair')} newly below target`);
  for (const b of report.batches) {
    if (b.siteDiffs.length === 0) continue;
    out.push('');
    out.push(
      `${b.id}: ${b.changed} of ${count(b.sites, 'site')} changed, ${b.added} added, ${b.removed} removed, ${count(b.tokensChanged, 'token')}${largest(b.largestDeltaE, false)}`,
    );
    for (const site of b.siteDiffs) out.push(...siteLines(site));
  }
  return out.join('\n') + '\n';
}
