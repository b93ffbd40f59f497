// `check` from a project folder: answered from the cache alone where it can prove every file current (see
// generate-at.ts), so a clean CI run reads and hashes the designs without loading the rules or the templates.
import { readdirSync } from 'node:fs';
import { join } from 'node:path';
import { shardOf } from '../shared/hash.js';
import { recallBatch, type Places } from './generate-at.js';
import { batchFileOf } from './batches.js';
import { relPath } from './files.js';
import { findOrphans, knownDomains } from './orphans.js';
import type { CheckBatch, CheckFinding, CheckOptions, CheckReport } from './check.js';
import type { Project } from './project.js';

const byText = (a: string, b: string): number => (a < b ? -1 : a > b ? 1 : 0);

function entriesOf(dir: string): { name: string; isDir: boolean }[] {
  try {
    return readdirSync(dir, { withFileTypes: true })
      .map((d) => ({ name: d.name, isDir: d.isDirectory() }))
      .sort((a, b) => byText(a.name, b.name));
  } catch {
    return [];
  }
}

/**
 * `checkDesigns` from a project folder: a batch whose raw inputs are those its cache was written under, and whose
 * every file still holds the recorded bytes, is answered from the cache alone (read and hash each file); only
 * other batches load the rules and render. Texts for `--diff` always come from rendering.
 */
export async function checkDesignsAt(places: Places, options: CheckOptions, load: () => Project | Promise<Project>): Promise<CheckReport> {
  const findings: CheckFinding[] = [];
  const batches: CheckBatch[] = [];
  let project: Project | undefined;
  const progress = { done: 0, total: 0 };
  for (const id of options.batchIds) {
    const recalled = options.cache ? recallBatch(places, id, options.shard) : undefined;
    if (recalled === undefined || recalled.unproven > 0) {
      project ??= await load();
      const { checkBatch } = await import('./check.js');
      batches.push(checkBatch(project, id, options, findings, progress));
      continue;
    }
    const recall = recalled.cache.recall!;
    const inShard = (domain: string) => options.shard === undefined || shardOf(domain, options.shard.count) === options.shard.index - 1;
    const rejected = [...recall.rows, ...[...recall.sites].filter(([domain]) => inShard(domain)).map(([, r]) => r)].sort((a, b) => a.line - b.line);
    const n = recalled.proven.length;
    batches.push({ id, file: batchFileOf(places.dir, id), sites: n + rejected.length - recall.rows.length, current: n, cached: n, rejected });
    const known = new Set([...recalled.cache.records.keys(), ...recall.sites.keys()]);
    if (options.shard === undefined) findings.push(...leftovers(places, id, known, recall.rows));
  }
  return finish(places, options, batches, findings);
}

/**
 * Folders and files a batch's run would not have written: stray files and orphaned site folders under designs/, and
 * orphaned site folders under sites/ (what else a site folder holds is the implement stage's business). A row
 * refused for a typo still names its site: its folders are not orphans.
 */
export function leftovers(places: Pick<Project, 'dir' | 'outDir'>, id: string, known: Set<string>, rejected: readonly { input: string }[]): CheckFinding[] {
  const all = new Set(known);
  for (const d of knownDomains([], rejected)) all.add(d);
  const out = extraneous(places, id, all);
  for (const o of findOrphans(places, id, all, ['sites'])) out.push({ kind: 'orphaned', batch: id, domain: o.domain, path: o.path });
  return out;
}

export function finish(places: Pick<Project, 'dir' | 'outDir'>, options: CheckOptions, batches: CheckBatch[], findings: CheckFinding[]): CheckReport {
  const designsDir = join(places.outDir, 'designs');
  if (options.allBatches) {
    const ids = new Set(options.batchIds);
    for (const e of entriesOf(designsDir)) {
      if (ids.has(e.name)) continue;
      findings.push({ kind: e.isDir ? 'orphaned' : 'stray', batch: e.name, path: relPath(places.dir, join(designsDir, e.name)) });
    }
    const sitesDir = join(places.outDir, 'sites');
    for (const e of entriesOf(sitesDir)) {
      if (ids.has(e.name) || !e.isDir) continue;
      findings.push({ kind: 'orphaned', batch: e.name, path: relPath(places.dir, join(sitesDir, e.name)) });
    }
  }
  findings.sort((a, b) => byText(a.path, b.path));
  const checked = batches.reduce((n, b) => n + b.sites, 0);
  return { batches, findings, checked, current: batches.reduce((n, b) => n + b.current, 0) };
}

/** Site folders whose domain left the batch, and files in the batch's folders that generate never writes. */
export function extraneous(project: Pick<Project, 'dir' | 'outDir'>, id: string, known: Set<string>): CheckFinding[] {
  const out: CheckFinding[] = [];
  const batchDir = join(project.outDir, 'designs', id);
  for (const e of entriesOf(batchDir)) {
    const path = join(batchDir, e.name);
    if (!e.isDir) {
      out.push({ kind: 'stray', batch: id, path: relPath(project.dir, path) });
    } else if (!known.has(e.name)) {
      out.push({ kind: 'orphaned', batch: id, domain: e.name, path: relPath(project.dir, path) });
    } else {
      for (const f of entriesOf(path)) {
        if (f.name === 'DESIGN.md' && !f.isDir) continue;
        out.push({ kind: 'stray', batch: id, domain: e.name, path: relPath(project.dir, join(path, f.name)) });
      }
    }
  }
  return out;
}
