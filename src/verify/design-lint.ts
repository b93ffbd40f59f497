// Runs the @google/design.md linter on a DESIGN.md and places each of its findings at the key's line.
import { lint } from '@google/design.md/linter';
import { LineCounter, parseDocument } from 'yaml';
import type { Finding, Severity } from '../shared/types.js';
import { splitFrontMatter, type SplitDesign } from '../implement/front-matter.js';

export type DesignLinter = typeof lint;

/** The front matter as implement reads it, or undefined when it cannot be read (the linter reports why). */
function frontMatterOf(text: string): SplitDesign | undefined {
  try {
    return splitFrontMatter(text, 'DESIGN.md');
  } catch {
    return undefined;
  }
}

/** Line of each dotted key path of the front matter; built only when there is a finding to place. */
function keyLineFinder(text: string): (path: string) => number | undefined {
  let lines: Map<string, number> | undefined;
  return (path) => {
    if (!lines) {
      lines = new Map();
      const split = frontMatterOf(text);
      if (split) {
        const counter = new LineCounter();
        const doc = parseDocument(split.yaml, { lineCounter: counter, uniqueKeys: false });
        const visit = (node: unknown, prefix: string) => {
          const items = (node as { items?: { key?: { value?: unknown; range?: [number, number, number] }; value?: unknown }[] })?.items;
          if (!Array.isArray(items)) return;
          for (const item of items) {
            const key = item.key?.value;
            if (typeof key !== 'string' && typeof key !== 'number') continue;
            const full = prefix ? `${prefix}.${key}` : String(key);
            if (item.key?.range) lines?.set(full, counter.linePos(item.key.range[0]).line + split.yamlLine - 1);
            visit(item.value, full);
          }
        };
        visit(doc.contents, '');
      }
    }
    for (let p = path; p !== ''; p = p.includes('.') ? p.slice(0, p.lastIndexOf('.')) : '') {
      const line = lines.get(p);
      if (line !== undefined) return line;
    }
    return undefined;
  };
}

const SEVERITY: Record<string, Severity> = { error: 'error', warning: 'warning', info: 'info' };

/** Errors and warnings of the linter as findings (its `info` summary line is not a problem and is dropped). */
export function designLintFindings(text: string, file: string, linter: DesignLinter): Finding[] {
  let report: ReturnType<DesignLinter>;
  try {
    report = linter(text);
  } catch (error) {
    return [
      {
        severity: 'error',
        rule: 'designmd/parse',
        message: `The DESIGN.md linter could not read the file: ${error instanceof Error ? error.message : String(error)}; expected a DESIGN.md it can parse`,
        place: { file },
      },
    ];
  }
  const lineOf = keyLineFinder(text);
  const findings: Finding[] = [];
  for (const f of report.findings) {
    const severity = SEVERITY[f.severity] ?? 'error';
    if (severity === 'info') continue;
    const line = f.path ? lineOf(f.path) : undefined;
    findings.push({
      severity,
      rule: `designmd/${f.rule ?? 'model'}`,
      message: `${f.message}${/[.!?]$/.test(f.message) ? '' : '.'} Expected zero DESIGN.md linter ${severity}s`,
      place: { file, ...(line !== undefined ? { line } : {}), ...(f.path ? { path: f.path } : {}) },
    });
  }
  return findings;
}
