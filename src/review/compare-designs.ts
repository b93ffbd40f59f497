// Compares two DESIGN.md texts of one site: which tokens changed, by how much, and what it did to contrast.
import { diffLines } from 'diff';
import { contrastOf, deltaE } from './colour-math.js';
import { readDesignFacts, type DeclaredPair, type DesignFacts } from './design-facts.js';

export type TokenKind = 'color' | 'typography' | 'layout' | 'shape' | 'component' | 'content' | 'other';

export interface TokenChange {
  path: string;
  kind: TokenKind;
  /** Absent when the token was added. */
  before?: string;
  /** Absent when the token was removed. */
  after?: string;
  /** OKLab ΔE ×100 when both sides are colours. */
  deltaE?: number;
}

export interface ContrastChange {
  text: string;
  background: string;
  scheme: 'light' | 'dark';
  target: number;
  use: string;
  before?: number;
  after?: number;
  /** The ratio after the change is below the target. */
  fails: boolean;
  /** It fails now and did not before. */
  newlyFails: boolean;
}

export interface SiteComparison {
  tokens: TokenChange[];
  contrast: ContrastChange[];
  /** Lines of the Markdown body added plus removed. */
  bodyLines: number;
  /** Largest ΔE of any colour token (0 when none changed). */
  maxDeltaE: number;
  /** Why a side could only be compared as text (a broken front matter). */
  problems: string[];
}

export function kindOf(path: string): TokenKind {
  if (path.startsWith('colors.') || path.startsWith('x-wdm.palette')) return 'color';
  if (path.startsWith('typography.') || path.startsWith('x-wdm.typeScale') || path.startsWith('x-wdm.fonts')) return 'typography';
  if (path === 'x-wdm.layout' || path === 'x-wdm.sections') return 'layout';
  if (path.startsWith('rounded.') || path.startsWith('spacing.') || path.startsWith('x-wdm.elevation')) return 'shape';
  if (path.startsWith('components.')) return 'component';
  if (path === 'name' || path === 'description' || path.startsWith('x-wdm.copy')) return 'content';
  return 'other';
}

const byText = (a: string, b: string): number => (a < b ? -1 : a > b ? 1 : 0);

/** `before` or `after` undefined means the site was added or removed; every token then counts as changed. */
export function compareDesignTexts(before: string | undefined, after: string | undefined): SiteComparison {
  const a = before === undefined ? undefined : readDesignFacts(before);
  const b = after === undefined ? undefined : readDesignFacts(after);
  const problems = [a?.problem, b?.problem].filter((p): p is string => p !== undefined);
  const tokens = tokenChanges(a?.tokens ?? new Map(), b?.tokens ?? new Map());
  const contrast = a && b ? contrastChanges(a, b) : [];
  const bodyLines = (a?.body ?? '') === (b?.body ?? '') ? 0 : countChangedLines(a?.body ?? '', b?.body ?? '');
  const maxDeltaE = tokens.reduce((m, t) => Math.max(m, t.deltaE ?? 0), 0);
  return { tokens, contrast, bodyLines, maxDeltaE, problems };
}

function tokenChanges(before: Map<string, string>, after: Map<string, string>): TokenChange[] {
  const paths = [...new Set([...before.keys(), ...after.keys()])].sort(byText);
  const out: TokenChange[] = [];
  for (const path of paths) {
    const was = before.get(path);
    const now = after.get(path);
    if (was === now) continue;
    const change: TokenChange = { path, kind: kindOf(path) };
    if (was !== undefined) change.before = was;
    if (now !== undefined) change.after = now;
    if (was !== undefined && now !== undefined) {
      const d = deltaE(was, now);
      if (d !== undefined) change.deltaE = d;
    }
    out.push(change);
  }
  return out;
}

function pairKey(p: DeclaredPair): string {
  return `${p.text}\u0000${p.background}`;
}

function contrastChanges(a: DesignFacts, b: DesignFacts): ContrastChange[] {
  // The pairs of the new design decide what is checked; a pair only the old one declared is no longer promised.
  const declared = new Map<string, DeclaredPair>();
  for (const p of b.pairs) declared.set(pairKey(p), p);
  const out: ContrastChange[] = [];
  for (const pair of [...declared.values()].sort((x, y) => byText(pairKey(x), pairKey(y)))) {
    for (const scheme of ['light', 'dark'] as const) {
      const suffix = scheme === 'dark' ? '-dark' : '';
      const ratioIn = (facts: DesignFacts) =>
        contrastOf(facts.tokens.get(`colors.${pair.text}${suffix}`), facts.tokens.get(`colors.${pair.background}${suffix}`));
      const was = ratioIn(a);
      const now = ratioIn(b);
      if (was === now) continue;
      const fails = now !== undefined && now < pair.target;
      const failed = was !== undefined && was < pair.target;
      const change: ContrastChange = { text: pair.text, background: pair.background, scheme, target: pair.target, use: pair.use, fails, newlyFails: fails && !failed };
      if (was !== undefined) change.before = was;
      if (now !== undefined) change.after = now;
      out.push(change);
    }
  }
  return out;
}

function countChangedLines(before: string, after: string): number {
  let n = 0;
  for (const part of diffLines(before, after)) if (part.added || part.removed) n += part.count ?? 0;
  return n;
}
