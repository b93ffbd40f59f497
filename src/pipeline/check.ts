// `check`: regenerates every design in memory and compares it with the files on disk; writes nothing.
import { readdirSync } from 'node:fs';
import { join } from 'node:path';
import type { Rejection } from '../shared/types.js';
import type { StaleCause } from '../review/staleness.js';
import { lookupSite, readCache, type SiteLookup } from './cache.js';
import { readBatch, inShard, designPath, type Shard } from './generate.js';
import { findOrphans, knownDomains } from './orphans.js';
import { relPath } from './files.js';
import { siteError } from './site.js';
import type { Project } from './project.js';

export type CheckKind = 'stale' | 'missing' | 'orphaned' | 'stray';

export interface CheckFinding {
  kind: CheckKind;
  batch: string;
  /** The site's domain (absent for a stray file directly under the batch folder or an orphaned batch folder). */
  domain?: string;
  /** Project-relative path of the file or folder. */
  path: string;
  /** For stale files: why, as far as the cache can tell. */
  cause?: StaleCause;
  /** With `texts`: what is on disk and what generate would write (for `--diff`). */
  actual?: string;
  expected?: string;
}

export interface CheckBatch {
  id: string;
  file: string;
  sites: number;
  current: number;
  /** Sites proven current by the cache without rendering. */
  cached: number;
  rejected: Rejection[];
}

export interface CheckReport {
  batches: CheckBatch[];
  findings: CheckFinding[];
  checked: number;
  current: number;
}

export interface CheckOptions {
  batchIds: string[];
  /** Every batch of the project was asked for: a designs/<id>/ folder without a batch file is then orphaned. */
  allBatches?: boolean;
  /**
   * Let the cache prove a file current without rendering it (same input key, same bytes as the tool wrote). Off
   * means every site is rendered (what CI does anyway, having no cache); the records still tell why a file differs.
   */
  cache?: boolean;
  /** Keep the texts of stale and missing files in the findings, for a diff. */
  texts?: boolean;
  shard?: Shard;
}

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

export function checkDesigns(project: Project, options: CheckOptions): CheckReport {
  const findings: CheckFinding[] = [];
  const batches: CheckBatch[] = [];
  const designsDir = join(project.outDir, 'designs');
  for (const id of options.batchIds) {
    const batch = readBatch(project, id);
    // The records always explain a difference (stale inputs or a hand edit); they only skip rendering with `cache`.
    const cache = readCache(project, id);
    const report: CheckBatch = { id, file: batch.file, sites: 0, current: 0, cached: 0, rejected: [...batch.rejected] };
    const known = new Set<string>();
    for (const site of batch.sites) {
      known.add(site.domain);
      if (!inShard(site.domain, options.shard)) continue;
      report.sites += 1;
      const path = designPath(project, id, site.domain);
      const display = relPath(project.dir, path);
      let found: SiteLookup;
      try {
        found = lookupSite(project, site, path, cache.records.get(site.domain), options.cache === true);
      } catch (error) {
        const e = siteError(error, site);
        report.rejected.push({ file: site.source.file, line: site.source.line, input: site.domain, message: e.message, ...(e.hint ? { hint: e.hint } : {}) });
        continue;
      }
      if (found.kind === 'proven') {
        report.current += 1;
        report.cached += 1;
        continue;
      }
      const { state, designed, bytes } = found;
      if (state.state === 'current') {
        report.current += 1;
        continue;
      }
      const text = designed.text;
      const finding: CheckFinding = { kind: state.state, batch: id, domain: site.domain, path: display };
      if (state.state === 'stale') finding.cause = state.cause;
      if (options.texts) {
        finding.expected = text;
        if (bytes !== undefined) finding.actual = bytes.toString('utf8');
      }
      findings.push(finding);
    }
    report.rejected.sort((a, b) => a.line - b.line);
    if (options.shard === undefined) {
      // A row refused for a typo still names its site: its folders are not orphans.
      for (const d of knownDomains([], batch.rejected)) known.add(d);
      findings.push(...extraneous(project, id, known));
      // Site folders are only checked for orphans: what else a site folder holds is the implement stage's business.
      for (const o of findOrphans(project, id, known, ['sites'])) findings.push({ kind: 'orphaned', batch: id, domain: o.domain, path: o.path });
    }
    batches.push(report);
  }
  if (options.allBatches) {
    const ids = new Set(options.batchIds);
    for (const e of entriesOf(designsDir)) {
      if (ids.has(e.name)) continue;
      findings.push({ kind: e.isDir ? 'orphaned' : 'stray', batch: e.name, path: relPath(project.dir, join(designsDir, e.name)) });
    }
    const sitesDir = join(project.outDir, 'sites');
    for (const e of entriesOf(sitesDir)) {
      if (ids.has(e.name) || !e.isDir) continue;
      findings.push({ kind: 'orphaned', batch: e.name, path: relPath(project.dir, join(sitesDir, e.name)) });
    }
  }
  findings.sort((a, b) => byText(a.path, b.path));
  const checked = batches.reduce((n, b) => n + b.sites, 0);
  return { batches, findings, checked, current: batches.reduce((n, b) => n + b.current, 0) };
}

/** Site folders whose domain left the batch, and files in the batch's folders that generate never writes. */
function extraneous(project: Project, id: string, known: Set<string>): CheckFinding[] {
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
