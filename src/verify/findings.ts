// Deterministic order and grouped, readable report text for findings collected per site.
import { formatPlace } from '../shared/errors.js';
import type { Finding } from '../shared/types.js';

const SEVERITY_RANK = { error: 0, warning: 1, info: 2 } as const;

function cmp(a: string | number | undefined, b: string | number | undefined): number {
  if (a === b) return 0;
  if (a === undefined) return -1;
  if (b === undefined) return 1;
  return a < b ? -1 : 1;
}

/** By file, line, column, rule, message: code-unit order, never locale order. */
export function compareFindings(a: Finding, b: Finding): number {
  return (
    cmp(a.place.file, b.place.file) ||
    cmp(a.place.line, b.place.line) ||
    cmp(a.place.column, b.place.column) ||
    cmp(a.place.path, b.place.path) ||
    SEVERITY_RANK[a.severity] - SEVERITY_RANK[b.severity] ||
    cmp(a.rule, b.rule) ||
    cmp(a.message, b.message)
  );
}

export function sortFindings(findings: readonly Finding[]): Finding[] {
  return [...findings].sort(compareFindings);
}

export function hasErrors(findings: readonly Finding[]): boolean {
  return findings.some((f) => f.severity === 'error');
}

/**
 * Report text grouped by site (sorted), one line per finding: `  file:line:col: severity rule: message`,
 * then a count line. Sites with no findings are left out; an empty map gives an empty string.
 */
export function groupFindings(findingsBySite: ReadonlyMap<string, readonly Finding[]> | Readonly<Record<string, readonly Finding[]>>): string {
  const entries = findingsBySite instanceof Map ? [...findingsBySite.entries()] : Object.entries(findingsBySite);
  const lines: string[] = [];
  let errors = 0;
  let warnings = 0;
  let sites = 0;
  for (const [site, list] of entries.sort((a, b) => cmp(a[0], b[0]))) {
    if (list.length === 0) continue;
    sites++;
    lines.push(`${site}`);
    for (const f of sortFindings(list)) {
      if (f.severity === 'error') errors++;
      else if (f.severity === 'warning') warnings++;
      const where = formatPlace({ ...f.place, domain: undefined });
      lines.push(`  ${where ? `${where}: ` : ''}${f.severity} ${f.rule}: ${f.message}`);
    }
  }
  if (sites === 0) return '';
  lines.push(`${errors} error${errors === 1 ? '' : 's'} and ${warnings} warning${warnings === 1 ? '' : 's'} in ${sites} site${sites === 1 ? '' : 's'}`);
  return `${lines.join('\n')}\n`;
}
