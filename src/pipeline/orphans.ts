// Folders of sites that left their batch: found, and removed only when every file in them is one the tool wrote
// (its bytes match a hash the generate cache or the registry recorded for that path); otherwise reported and kept.
import { lstatSync, readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { sha256 } from '../shared/hash.js';
import { normaliseDomain } from '../batch/domain.js';
import { replay } from '../registry/index.js';
import type { Project } from './project.js';

/** The project folder and the output root: all orphan handling needs of a project. */
type Places = Pick<Project, 'dir' | 'outDir'>;
import { outputRootOf, relPath } from './files.js';
import { checkConfined, removeConfined } from '../registry/index.js';
import { cacheFile, cacheHeader, parseCache } from './cache-file.js';

export type OutputTree = 'designs' | 'sites';

/** Project-relative path → the hashes the tool is on record as having written there. */
export type Evidence = Map<string, Set<string>>;

export interface Orphan {
  batch: string;
  tree: OutputTree;
  domain: string;
  /** Project-relative folder. */
  path: string;
}

export interface OrphanOutcome extends Orphan {
  removed: boolean;
  /** When kept: the files the tool has no record of writing (project-relative, at most a few). */
  foreign: string[];
}

function byText(a: string, b: string): number {
  return a < b ? -1 : a > b ? 1 : 0;
}

function subfolders(dir: string): string[] {
  try {
    return readdirSync(dir, { withFileTypes: true })
      .filter((d) => d.isDirectory())
      .map((d) => d.name)
      .sort(byText);
  } catch {
    return [];
  }
}

/** The site folders under `<out>/<tree>/<batch>/` whose domain is not in `known`. */
export function findOrphans(project: Places, batch: string, known: ReadonlySet<string>, trees: readonly OutputTree[] = ['designs', 'sites']): Orphan[] {
  const out: Orphan[] = [];
  for (const tree of trees) {
    const dir = join(project.outDir, tree, batch);
    for (const domain of subfolders(dir)) {
      if (!known.has(domain)) out.push({ batch, tree, domain, path: relPath(project.dir, join(dir, domain)) });
    }
  }
  return out;
}

function add(evidence: Evidence, path: string, hash: string): void {
  let set = evidence.get(path);
  if (!set) evidence.set(path, (set = new Set()));
  set.add(hash);
}

/** The generate cache file's bytes, kept before `generate` rewrites it without the sites that left the batch. */
export function cacheSnapshot(project: Places, batch: string): string | undefined {
  try {
    return readFileSync(cacheFile(project, batch), 'utf8');
  } catch {
    return undefined;
  }
}

/**
 * What the tool recorded writing for a batch: the generate cache (DESIGN.md hashes; `cacheText` is a snapshot taken
 * before generate ran, else the cache as it is) and every output hash of every record in the registry journal.
 */
export function orphanEvidence(project: Places, batch: string, cacheText?: string): Evidence {
  const evidence: Evidence = new Map();
  const text = cacheText ?? cacheSnapshot(project, batch);
  const parsed = text === undefined ? undefined : parseCache(text, cacheHeader(project, batch));
  if (parsed && 'records' in parsed) {
    for (const [domain, record] of parsed.records) add(evidence, relPath(project.dir, join(project.outDir, 'designs', batch, domain, 'DESIGN.md')), record.output);
  }
  try {
    for (const site of replay(join(project.dir, '.wdm', 'registry'), batch).contents.values()) {
      for (const history of site.byKey.values()) {
        for (const outputs of history.outputs.values()) for (const [path, hash] of Object.entries(outputs)) add(evidence, path, hash);
        for (const [path, hash] of Object.entries(history.failOutputs ?? {})) add(evidence, path, hash);
      }
    }
  } catch {
    // A damaged journal proves nothing: the folders it would have vouched for are kept and reported.
  }
  return evidence;
}

/**
 * After a run over a batch: every site folder under designs/ and sites/ whose domain is not `known` is removed when
 * the evidence vouches for every file in it, else kept. `known` holds the batch's sites and its rejected rows (a row
 * refused for a typo must not cost the site its files).
 */
export function pruneOrphans(project: Places, batch: string, known: ReadonlySet<string>, evidence: () => Evidence): OrphanOutcome[] {
  const orphans = findOrphans(project, batch, known);
  return orphans.length === 0 ? [] : removeOrphans(project, orphans, evidence());
}

/** The domains a batch names: accepted sites, and rejected rows as written (lower case) in case they match a folder. */
export function knownDomains(sites: readonly { domain: string }[], rejected: readonly { input: string }[]): Set<string> {
  const known = new Set(sites.map((s) => s.domain));
  for (const r of rejected) {
    const norm = normaliseDomain(r.input);
    known.add(norm.ok ? norm.ascii : r.input.trim().toLowerCase());
  }
  return known;
}

/** Files under `dir` the evidence does not vouch for (a symlink or other non-regular entry never counts as written). */
function foreignFiles(project: Places, dir: string, evidence: Evidence): string[] {
  const foreign: string[] = [];
  const walk = (d: string) => {
    for (const name of readdirSync(d).sort(byText)) {
      const p = join(d, name);
      const stat = lstatSync(p);
      const rel = relPath(project.dir, p);
      if (stat.isDirectory()) walk(p);
      else if (!stat.isFile() || !evidence.get(rel)?.has(sha256(readFileSync(p)))) foreign.push(rel);
    }
  };
  walk(dir);
  return foreign;
}

/** Removes each orphan folder that holds only files the tool wrote; keeps and reports the others. */
export function removeOrphans(project: Places, orphans: readonly Orphan[], evidence: Evidence): OrphanOutcome[] {
  const root = outputRootOf(project);
  return orphans.map((orphan) => {
    const dir = join(project.dir, orphan.path);
    // A link on the way (or the folder itself a link) is refused before anything is read or removed through it.
    if (!checkConfined(root, dir, 'remove', undefined, true)) return { ...orphan, removed: true, foreign: [] };
    const foreign = foreignFiles(project, dir, evidence);
    if (foreign.length > 0) return { ...orphan, removed: false, foreign: foreign.slice(0, 5) };
    removeConfined(root, dir);
    return { ...orphan, removed: true, foreign: [] };
  });
}

/** One line per orphan for the CLI: what was removed, and what was kept and why. */
export function describeOrphan(o: OrphanOutcome): string {
  if (o.removed) return `removed ${o.path}: ${o.domain} is no longer in batch ${o.batch}`;
  return `kept ${o.path}: ${o.domain} is no longer in batch ${o.batch}, but the tool has no record of writing ${o.foreign.join(', ')} (move what you want to keep, then delete the folder)`;
}

/**
 * Prunes each batch of a finished run. `seen` is what the run saw of the batch (all its sites unless sharded: then
 * the batch file is read again for the rest); `cacheTexts` are generate-cache snapshots taken before the run.
 */
export async function pruneAfterRun(
  project: Places,
  runs: ReadonlyArray<{ batch: string; sites: readonly { domain: string }[]; rejected: readonly { input: string }[] }>,
  sharded: boolean,
  cacheTexts: ReadonlyMap<string, string | undefined> = new Map(),
): Promise<OrphanOutcome[]> {
  const outcomes: OrphanOutcome[] = [];
  for (const run of runs) {
    let known = knownDomains(run.sites, run.rejected);
    if (sharded) {
      const { readBatch } = await import('./generate.js');
      const whole = readBatch(project, run.batch);
      known = knownDomains(whole.sites, whole.rejected);
    }
    outcomes.push(...pruneOrphans(project, run.batch, known, () => orphanEvidence(project, run.batch, cacheTexts.get(run.batch))));
  }
  return outcomes;
}
