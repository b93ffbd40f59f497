// Groups a site's token changes the way a reviewer reads them: colours, fonts and scale, layout, shape, the rest.
import type { TokenChange, TokenKind } from './compare-designs.js';
import type { SiteDiff } from './diff-report.js';

/** Token changes that say the same thing on several paths (a font family on ten type levels) shown once. */
export interface ChangeLine {
  /** `colors.primary`, or `typography fontFamily` with the levels it applies to. */
  label: string;
  where: string[];
  before?: string;
  after?: string;
  deltaE?: number;
}

export interface ChangeGroup {
  kind: TokenKind;
  title: string;
  lines: ChangeLine[];
}

const TITLES: Record<TokenKind, string> = {
  color: 'Colours',
  typography: 'Typography',
  layout: 'Layout',
  shape: 'Shape and spacing',
  component: 'Components',
  content: 'Content',
  other: 'Other',
};

const ORDER: TokenKind[] = ['color', 'typography', 'layout', 'shape', 'component', 'content', 'other'];

function lineOf(t: TokenChange, label: string, where: string[]): ChangeLine {
  const line: ChangeLine = { label, where };
  if (t.before !== undefined) line.before = t.before;
  if (t.after !== undefined) line.after = t.after;
  if (t.deltaE !== undefined) line.deltaE = t.deltaE;
  return line;
}

export function changeGroups(site: SiteDiff): ChangeGroup[] {
  const groups: ChangeGroup[] = [];
  for (const kind of ORDER) {
    const tokens = site.tokens.filter((t) => t.kind === kind);
    if (tokens.length === 0) continue;
    const lines: ChangeLine[] = [];
    const merged = new Map<string, ChangeLine>();
    for (const t of tokens) {
      const m = /^typography\.([^.]+)\.([^.]+)$/.exec(t.path);
      if (kind !== 'typography' || !m) {
        lines.push(lineOf(t, t.path, []));
        continue;
      }
      const [, level, property] = m as unknown as [string, string, string];
      const key = `${property}\u0000${t.before ?? ''}\u0000${t.after ?? ''}`;
      const seen = merged.get(key);
      if (seen) seen.where.push(level);
      else {
        const line = lineOf(t, `typography ${property}`, [level]);
        merged.set(key, line);
        lines.push(line);
      }
    }
    groups.push({ kind, title: TITLES[kind], lines });
  }
  return groups;
}

/** `1.5`, `12.0`: fixed decimals, never locale-formatted. */
export function fixed(value: number, digits: number): string {
  return value.toFixed(digits);
}
