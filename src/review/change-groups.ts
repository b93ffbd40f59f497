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

/** The section of a copy token (`x-wdm.copy.stats`), whose values come and go together with the section. */
function copySection(path: string): string | undefined {
  return /^x-wdm\.copy\.[^.[]+/.exec(path)?.[0];
}

/** A section's copy that was wholly added or removed becomes one token that counts its values. */
function collapseCopy(tokens: TokenChange[]): TokenChange[] {
  const out: TokenChange[] = [];
  for (let i = 0; i < tokens.length; ) {
    const t = tokens[i] as TokenChange;
    const section = copySection(t.path);
    const side = t.before === undefined ? 'added' : t.after === undefined ? 'removed' : undefined;
    let j = i + 1;
    while (section && side && j < tokens.length) {
      const u = tokens[j] as TokenChange;
      const uSide = u.before === undefined ? 'added' : u.after === undefined ? 'removed' : undefined;
      if (copySection(u.path) !== section || uSide !== side) break;
      j += 1;
    }
    if (section && side && j - i > 1) {
      const values = `${j - i} values`;
      out.push({ path: section, kind: t.kind, ...(side === 'added' ? { after: values } : { before: values }) });
    } else {
      for (let k = i; k < j; k++) out.push(tokens[k] as TokenChange);
    }
    i = j;
  }
  return out;
}

export function changeGroups(site: SiteDiff): ChangeGroup[] {
  const groups: ChangeGroup[] = [];
  for (const kind of ORDER) {
    const tokens = collapseCopy(site.tokens.filter((t) => t.kind === kind));
    if (tokens.length === 0) continue;
    const lines: ChangeLine[] = [];
    const merged = new Map<string, ChangeLine>();
    for (const t of tokens) {
      const m = /^typography\.([^.]+)\.([^.]+)$/.exec(t.path);
      if (kind !== 'typography' || !m) {
        lines.push(lineOf(t, t.path, []));
        continue;
      }
      const level = m[1] ?? '';
      const property = m[2] ?? '';
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

