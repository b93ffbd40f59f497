// `check`: regenerates every design in memory and compares it with the files on disk; writes nothing.
import type { Rejection } from '../shared/types.js';
import type { StaleCause } from '../review/staleness.js';
import { lookupSite, readCache, type SiteLookup } from './cache.js';
import { finish, leftovers } from './check-at.js';
import { readBatch, inShard, designPath, type Shard } from './generate.js';
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
  /** Called after every site with the sites done and the sites known so far (for progress). */
  onProgress?: (done: number, total: number) => void;
}

export function checkDesigns(project: Project, options: CheckOptions): CheckReport {
  const findings: CheckFinding[] = [];
  const batches: CheckBatch[] = [];
  const progress = { done: 0, total: 0 };
  for (const id of options.batchIds) batches.push(checkBatch(project, id, options, findings, progress));
  return finish(project, options, batches, findings);
}

export function checkBatch(project: Project, id: string, options: CheckOptions, findings: CheckFinding[], progress = { done: 0, total: 0 }): CheckBatch {
  const batch = readBatch(project, id);
  progress.total += options.shard ? batch.sites.filter((s) => inShard(s.domain, options.shard)).length : batch.sites.length;
  // The records always explain a difference (stale inputs or a hand edit); they only skip rendering with `cache`.
  const cache = readCache(project, id);
  const report: CheckBatch = { id, file: batch.file, sites: 0, current: 0, cached: 0, rejected: [...batch.rejected] };
  const known = new Set<string>();
  for (const site of batch.sites) {
    known.add(site.domain);
    if (!inShard(site.domain, options.shard)) continue;
    report.sites += 1;
    options.onProgress?.((progress.done += 1), progress.total);
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
  if (options.shard === undefined) findings.push(...leftovers(project, id, known, batch.rejected));
  return report;
}

