// The diff report as a pull-request comment: a summary table, then one collapsible section per changed site.
import { changeGroups, type ChangeGroup } from './change-groups.js';
import { fixed } from '../shared/format.js';
import type { ContrastChange } from './compare-designs.js';
import { hasChanges, type DiffReport, type LargestDeltaE, type SiteDiff } from './diff-report.js';

/** First line of every comment, so a workflow can find and update its earlier comment instead of adding one. */
export const COMMENT_MARKER = '<!-- wdm-design-diff -->';

export interface MarkdownOptions {
  /** Sites shown in detail; the rest are named in one line (a forge caps a comment's size: GitHub at 65,536). */
  maxSites?: number;
  /** Characters of site details after which the rest are only named. */
  maxChars?: number;
}

/** A code span that survives any content: hex values in code spans render as colour swatches on the forges. */
export function code(text: string): string {
  const flat = text.replace(/\r?\n/g, ' ').replace(/\|/g, '\\|');
  const ticks = /`+/g.exec(flat) ? '``' : '`';
  const pad = ticks === '``' ? ' ' : '';
  return `${ticks}${pad}${flat}${pad}${ticks}`;
}

/** Plain text in a table cell or summary: no HTML, no table breaks, no emphasis surprises. */
export function plain(text: string): string {
  return text.replace(/[\\`*_[\]<>|&#]/g, (c) => (c === '<' ? '&lt;' : c === '>' ? '&gt;' : c === '&' ? '&amp;' : `\\${c}`));
}

function count(n: number, word: string): string {
  return `${n} ${n === 1 ? word : `${word}s`}`;
}

function largest(l: LargestDeltaE | null): string {
  return l === null ? '–' : fixed(l.value, 1);
}

function cell(v: string | undefined): string {
  return v === undefined ? '–' : code(v);
}

function groupTable(group: ChangeGroup): string[] {
  const colour = group.kind === 'color';
  const levels = group.lines.some((l) => l.where.length > 0);
  const head = [group.title, ...(levels ? ['Levels'] : []), 'Before', 'After', ...(colour ? ['ΔE'] : [])];
  const out = [`| ${head.join(' | ')} |`, `|${head.map((_, i) => (colour && i === head.length - 1 ? '--:' : '---')).join('|')}|`];
  for (const l of group.lines) {
    const row = [
      code(l.label),
      ...(levels ? [l.where.join(', ')] : []),
      cell(l.before),
      cell(l.after),
      ...(colour ? [l.deltaE === undefined ? '' : fixed(l.deltaE, 1)] : []),
    ];
    out.push(`| ${row.join(' | ')} |`);
  }
  return out;
}

function contrastTable(list: ContrastChange[]): string[] {
  const ratio = (r: number | undefined) => (r === undefined ? '–' : fixed(r, 2));
  const out = ['| Contrast | Scheme | Target | Before | After | |', '|---|---|--:|--:|--:|---|'];
  for (const c of list) {
    const verdict = c.newlyFails ? '**fails (new)**' : c.fails ? 'fails' : 'ok';
    out.push(`| ${code(c.text)} on ${code(c.background)} | ${c.scheme} | ${fixed(c.target, 1)} | ${ratio(c.before)} | ${ratio(c.after)} | ${verdict} |`);
  }
  return out;
}

function summaryOf(site: SiteDiff): string {
  const parts: string[] = [site.status === 'changed' ? count(site.tokens.length, 'token') : site.status];
  if (site.maxDeltaE > 0) parts.push(`ΔE ${fixed(site.maxDeltaE, 1)}`);
  const failing = site.contrast.filter((c) => c.newlyFails).length;
  if (failing > 0) parts.push(`**${count(failing, 'new contrast failure')}**`);
  if (site.bodyLines > 0) parts.push(count(site.bodyLines, 'prose line'));
  return `<b>${plain(site.domain)}</b> (${plain(site.batch)}): ${parts.join(', ')}`;
}

function siteSection(site: SiteDiff): string[] {
  const out = ['<details>', `<summary>${summaryOf(site)}</summary>`, ''];
  if (site.status !== 'changed') {
    out.push(site.status === 'added' ? 'New site.' : 'Site removed.', '');
  } else {
    for (const p of site.problems) out.push(`> ${plain(p)}`, '');
    for (const group of changeGroups(site)) out.push(...groupTable(group), '');
    if (site.contrast.length > 0) out.push(...contrastTable(site.contrast), '');
    if (site.tokens.length === 0 && site.bodyLines > 0) out.push(`Only the prose changed (${count(site.bodyLines, 'line')}).`, '');
  }
  out.push('</details>', '');
  return out;
}

export function formatDiffMarkdown(report: DiffReport, options: MarkdownOptions = {}): string {
  const maxSites = options.maxSites ?? 50;
  const maxChars = options.maxChars ?? 50_000;
  const t = report.totals;
  if (!hasChanges(report)) {
    return `${COMMENT_MARKER}\n**wdm-design**: no design changes against ${code(report.base)} (${count(t.sites, 'site')} compared).\n`;
  }
  const out: string[] = [COMMENT_MARKER, `### wdm-design: ${count(t.changed + t.added + t.removed, 'site')} changed against ${code(report.base)}`, ''];
  const facts = [`${t.changed} changed, ${t.added} added, ${t.removed} removed of ${count(t.sites, 'site')}`, count(t.tokensChanged, 'token')];
  if (t.largestDeltaE) facts.push(`largest ΔE ${fixed(t.largestDeltaE.value, 1)} (${code(`${t.largestDeltaE.batch}/${t.largestDeltaE.domain}`)} ${code(t.largestDeltaE.token)})`);
  if (t.newContrastFailures > 0) facts.push(`**${count(t.newContrastFailures, 'contrast pair')} newly below target**`);
  out.push(facts.join(' · '), '');
  out.push('| Batch | Changed | Added | Removed | Tokens | Largest ΔE |', '|---|--:|--:|--:|--:|--:|');
  for (const b of report.batches) {
    out.push(`| ${code(b.id)} | ${b.changed} of ${b.sites} | ${b.added} | ${b.removed} | ${b.tokensChanged} | ${largest(b.largestDeltaE)} |`);
  }
  out.push('');
  const sites = report.batches.flatMap((b) => b.siteDiffs);
  let shown = 0;
  let chars = 0;
  for (const site of sites) {
    if (shown >= maxSites || chars >= maxChars) break;
    const section = siteSection(site);
    chars += section.reduce((n, l) => n + l.length + 1, 0);
    out.push(...section);
    shown += 1;
  }
  const rest = sites.slice(shown);
  if (rest.length > 0) {
    const names = rest.map((s) => code(s.domain));
    out.push(`And ${count(rest.length, 'more site')}: ${names.slice(0, 100).join(', ')}${names.length > 100 ? ', …' : ''}. Run \`wdm-design diff\` for all of them.`, '');
  }
  return out.join('\n').replace(/\n+$/, '\n');
}
