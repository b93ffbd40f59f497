// Builds the reviewer's summary of design changes: per site, per batch and in total, sites sorted by size of change.
import { compareDesignTexts, type ContrastChange, type TokenChange } from './compare-designs.js';

/** One site's DESIGN.md at the base and in the working tree; undefined where the file does not exist. */
export interface DesignPair {
  batch: string;
  domain: string;
  before: string | undefined;
  after: string | undefined;
  /** Set when the caller already knows both sides hold the same bytes (then the texts need not be read). */
  same?: boolean;
}

export interface SiteDiff {
  batch: string;
  domain: string;
  status: 'changed' | 'added' | 'removed';
  tokens: TokenChange[];
  contrast: ContrastChange[];
  bodyLines: number;
  maxDeltaE: number;
  problems: string[];
}

export interface LargestDeltaE {
  value: number;
  batch: string;
  domain: string;
  token: string;
}

export interface BatchDiff {
  id: string;
  /** Sites with a DESIGN.md in the working tree. */
  sites: number;
  changed: number;
  added: number;
  removed: number;
  tokensChanged: number;
  newContrastFailures: number;
  largestDeltaE: LargestDeltaE | null;
  /** Changed, added and removed sites, largest change first. */
  siteDiffs: SiteDiff[];
}

export interface DiffReport {
  base: string;
  batches: BatchDiff[];
  totals: {
    sites: number;
    changed: number;
    added: number;
    removed: number;
    tokensChanged: number;
    newContrastFailures: number;
    largestDeltaE: LargestDeltaE | null;
  };
}

const byText = (a: string, b: string): number => (a < b ? -1 : a > b ? 1 : 0);

/**
 * Size of change, for ordering: a site with a new contrast failure first (it needs a decision), then tokens (how
 * much a reviewer has to read), then the largest ΔE (how visible it is), then the domain for a stable order. Added
 * and removed sites come after the changed ones.
 */
export function bySizeOfChange(a: SiteDiff, b: SiteDiff): number {
  const rank = (s: SiteDiff) => (s.status !== 'changed' ? 2 : s.contrast.some((c) => c.newlyFails) ? 0 : 1);
  return (
    rank(a) - rank(b) ||
    b.tokens.length + b.bodyLines - (a.tokens.length + a.bodyLines) ||
    b.maxDeltaE - a.maxDeltaE ||
    byText(a.status, b.status) ||
    byText(a.domain, b.domain)
  );
}

function largestOf(site: SiteDiff): LargestDeltaE | null {
  let best: LargestDeltaE | null = null;
  for (const t of site.tokens) {
    if (t.deltaE !== undefined && t.deltaE > 0 && (best === null || t.deltaE > best.value)) {
      best = { value: t.deltaE, batch: site.batch, domain: site.domain, token: t.path };
    }
  }
  return best;
}

function larger(a: LargestDeltaE | null, b: LargestDeltaE | null): LargestDeltaE | null {
  if (a === null) return b;
  if (b === null) return a;
  return b.value > a.value ? b : a;
}

/** `pairs` may be a generator: each pair's texts are dropped once compared, so memory holds only the results. */
export function diffReport(base: string, pairs: Iterable<DesignPair>): DiffReport {
  const batches = new Map<string, BatchDiff>();
  const batchOf = (id: string): BatchDiff => {
    let b = batches.get(id);
    if (!b) {
      b = { id, sites: 0, changed: 0, added: 0, removed: 0, tokensChanged: 0, newContrastFailures: 0, largestDeltaE: null, siteDiffs: [] };
      batches.set(id, b);
    }
    return b;
  };
  for (const pair of pairs) {
    const batch = batchOf(pair.batch);
    if (pair.after !== undefined || pair.same) batch.sites += 1;
    if (pair.same || pair.before === pair.after) continue;
    const status = pair.before === undefined ? 'added' : pair.after === undefined ? 'removed' : 'changed';
    // An added or removed site is named, not itemised: its every token would bury the real changes.
    const c = status === 'changed' ? compareDesignTexts(pair.before, pair.after) : { tokens: [], contrast: [], bodyLines: 0, maxDeltaE: 0, problems: [] };
    const site: SiteDiff = { batch: pair.batch, domain: pair.domain, status, ...c };
    batch[status] += 1;
    batch.tokensChanged += site.tokens.length;
    batch.newContrastFailures += site.contrast.filter((x) => x.newlyFails).length;
    batch.largestDeltaE = larger(batch.largestDeltaE, largestOf(site));
    batch.siteDiffs.push(site);
  }
  const list = [...batches.values()].sort((a, b) => byText(a.id, b.id));
  for (const b of list) b.siteDiffs.sort(bySizeOfChange);
  const sum = (f: (b: BatchDiff) => number) => list.reduce((n, b) => n + f(b), 0);
  return {
    base,
    batches: list,
    totals: {
      sites: sum((b) => b.sites),
      changed: sum((b) => b.changed),
      added: sum((b) => b.added),
      removed: sum((b) => b.removed),
      tokensChanged: sum((b) => b.tokensChanged),
      newContrastFailures: sum((b) => b.newContrastFailures),
      largestDeltaE: list.reduce<LargestDeltaE | null>((m, b) => larger(m, b.largestDeltaE), null),
    },
  };
}

/** True when the report has anything for a reviewer. */
export function hasChanges(report: DiffReport): boolean {
  return report.totals.changed + report.totals.added + report.totals.removed > 0;
}
