// `generate`: every site of the chosen batches through the design stages, written only where the bytes changed.
import { join } from 'node:path';
import pMap from 'p-map';
import { shardOf } from '../shared/hash.js';
import { isWdmError } from '../shared/errors.js';
import type { Batch, Rejection, Site } from '../shared/types.js';
import { parseBatch } from '../batch/index.js';
import { batchFileOf, type Project } from './project.js';
import { readText, relPath, writeIfChanged, type WriteOutcome } from './files.js';
import { designSite, siteError, type DesignedSite } from './site.js';
import { attachFacts } from './content.js';
import type { CacheRecord, StaleCause } from '../review/staleness.js';
import { lookupSite, readCache, writeCache, type BatchCache } from './cache.js';

export interface Shard {
  /** 1-based, as written on the command line (`--shard 2/3`). */
  index: number;
  count: number;
}

export function inShard(domain: string, shard: Shard | undefined): boolean {
  return shard === undefined || shardOf(domain, shard.count) === shard.index - 1;
}

/** A batch with each site's facts attached (inline or from content/<batch>/, photos read and measured). */
export function readBatch(project: Project, id: string): Batch {
  const file = batchFileOf(project.dir, id);
  const text = readText(join(project.dir, file), file);
  return attachFacts(project.dir, parseBatch(text, file));
}

/** Where a site's DESIGN.md goes: `<out>/designs/<batch>/<domain>/DESIGN.md`. */
export function designPath(project: Project, batch: string, domain: string): string {
  return join(project.outDir, 'designs', batch, domain, 'DESIGN.md');
}

export interface SiteOutcome {
  batch: string;
  domain: string;
  /** Project-relative path of the DESIGN.md. */
  path: string;
  outcome: WriteOutcome;
  /** Skipped without rendering: the cache proved the file current. */
  cached: boolean;
  /** Why a written file had to be written (`missing`, or the stale cause the cache tells: `hand-edit` ...). */
  cause?: StaleCause | 'missing';
}

export interface BatchReport {
  id: string;
  file: string;
  /** Sites in this run (after sharding) that were designed. */
  designed: number;
  written: number;
  unchanged: number;
  /** Unchanged sites skipped by the cache without rendering. */
  cached: number;
  /** Hand-edited files put back. */
  restored: number;
  /** How the batch's cache was found (`off` without `cache: true`), and why it was ignored if it was. */
  cache: BatchCache['status'] | 'off';
  cacheReason?: string;
  rejected: Rejection[];
}

export interface GenerateReport {
  batches: BatchReport[];
  sites: SiteOutcome[];
  written: number;
  unchanged: number;
  cached: number;
  restored: number;
  rejected: number;
}

export interface GenerateOptions {
  batchIds: string[];
  concurrency?: number;
  shard?: Shard;
  /**
   * Use and update the incremental cache under .wdm/cache/: a site whose input key and output bytes match the
   * record is skipped without rendering (and `onSite` is not called for it).
   */
  cache?: boolean;
  /** Called after each site is written (for progress and the registry). */
  onSite?: (outcome: SiteOutcome, designed: DesignedSite) => void | Promise<void>;
}

interface Job {
  batch: Batch;
  site: Site;
}

export async function generate(project: Project, options: GenerateOptions): Promise<GenerateReport> {
  const batches = options.batchIds.map((id) => readBatch(project, id));
  const reports = new Map<string, BatchReport>();
  const caches = new Map<string, BatchCache>();
  const records = new Map<string, Map<string, CacheRecord>>();
  const jobs: Job[] = [];
  for (const batch of batches) {
    const report: BatchReport = { id: batch.id, file: batch.file, designed: 0, written: 0, unchanged: 0, cached: 0, restored: 0, cache: 'off', rejected: [...batch.rejected] };
    if (options.cache) {
      const cache = readCache(project, batch.id);
      caches.set(batch.id, cache);
      report.cache = cache.status;
      if (cache.reason !== undefined) report.cacheReason = cache.reason;
      // Records of sites outside this run's shard stay true; records of domains that left the batch go.
      const kept = new Map<string, CacheRecord>();
      for (const site of batch.sites) {
        const r = cache.records.get(site.domain);
        if (r && !inShard(site.domain, options.shard)) kept.set(site.domain, r);
      }
      records.set(batch.id, kept);
    }
    reports.set(batch.id, report);
    for (const site of batch.sites) if (inShard(site.domain, options.shard)) jobs.push({ batch, site });
  }
  const ctx = project;
  const outcomes = await pMap(
    jobs,
    async ({ batch, site }): Promise<SiteOutcome | undefined> => {
      const report = reports.get(batch.id)!;
      const path = designPath(project, batch.id, site.domain);
      const display = relPath(project.dir, path);
      const cache = caches.get(batch.id);
      const result: SiteOutcome = { batch: batch.id, domain: site.domain, path: display, outcome: 'unchanged', cached: false };
      let designed: DesignedSite;
      try {
        if (cache) {
          const found = lookupSite(project, site, path, cache.records.get(site.domain), true);
          records.get(batch.id)!.set(site.domain, found.record);
          if (found.kind === 'proven') {
            report.designed += 1;
            report.unchanged += 1;
            report.cached += 1;
            return { ...result, cached: true };
          }
          designed = found.designed;
          if (found.state.state !== 'current') {
            result.outcome = writeIfChanged(path, designed.text, { display });
            result.cause = found.state.state === 'missing' ? 'missing' : found.state.cause;
            if (result.cause === 'hand-edit' || result.cause === 'inputs-and-hand-edit') report.restored += 1;
          }
        } else {
          designed = designSite(site, ctx);
          result.outcome = writeIfChanged(path, designed.text, { display });
        }
      } catch (error) {
        if (isWdmError(error) && error.code === 'E_IO') throw error;
        records.get(batch.id)?.delete(site.domain);
        const e = siteError(error, site);
        report.rejected.push({ file: site.source.file, line: site.source.line, input: site.domain, message: e.message, ...(e.hint ? { hint: e.hint } : {}) });
        return undefined;
      }
      report.designed += 1;
      if (result.outcome === 'written') report.written += 1;
      else report.unchanged += 1;
      await options.onSite?.(result, designed);
      return result;
    },
    { concurrency: options.concurrency ?? project.config.concurrency },
  );
  for (const [id, kept] of records) writeCache(project, id, kept);
  const sites = outcomes.filter((o): o is SiteOutcome => o !== undefined);
  const batchReports = [...reports.values()];
  for (const r of batchReports) r.rejected.sort((a, b) => a.line - b.line);
  return {
    batches: batchReports,
    sites,
    written: sites.filter((s) => s.outcome === 'written').length,
    unchanged: sites.filter((s) => s.outcome === 'unchanged').length,
    cached: sites.filter((s) => s.cached).length,
    restored: batchReports.reduce((n, r) => n + r.restored, 0),
    rejected: batchReports.reduce((n, r) => n + r.rejected.length, 0),
  };
}
