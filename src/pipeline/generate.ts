// `generate`: every site of the chosen batches through the design stages, written only where the bytes changed.
import { join } from 'node:path';
import { shardOf } from '../shared/hash.js';
import { isWdmError } from '../shared/errors.js';
import type { Batch, Rejection, Site } from '../shared/types.js';
import { parseBatch, rowsIn } from '../batch/index.js';
import { batchFileOf, type Project } from './project.js';
import { outputRootOf, readText, relPath, writeIfChanged, type WriteOutcome } from './files.js';
import { designSite, siteError, type DesignedSite } from './site.js';
import { attachFacts } from './content.js';
import type { CacheRecord, StaleCause } from '../review/staleness.js';
import { lookupSite, openCacheWriter, readCache, type BatchCache, type CacheWriter } from './cache.js';
import { inputsFingerprint } from './fingerprint.js';
import { countOutcome, emptyReport } from './generate-report.js';
import { heapBound, limitHeapGrowth } from './heap.js';

export { countOutcome, emptyReport };

export interface Shard {
  /** 1-based, as written on the command line (`--shard 2/3`). */
  index: number;
  count: number;
}

export function inShard(domain: string, shard: Shard | undefined): boolean {
  return shard === undefined || shardOf(domain, shard.count) === shard.index - 1;
}

/** A batch's sites with their facts attached (inline or from content/<batch>/, photos read and measured); `config` decides whether look-alike domains are warned about or rejected (default: warned). */
export function readBatch(project: Pick<Project, 'dir'> & { config?: Pick<Project['config'], 'confusables'> }, id: string): Batch {
  const file = batchFileOf(project.dir, id);
  const text = readText(join(project.dir, file), file);
  return attachFacts(project.dir, parseBatch(text, file, { confusables: project.config?.confusables ?? 'warn' }));
}

/** Where a site's DESIGN.md goes: `<out>/designs/<batch>/<domain>/DESIGN.md`. */
export function designPath(project: Pick<Project, 'outDir'>, batch: string, domain: string): string {
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
  /** Grouped (see `rowsIn` for the number of rows). */
  rejected: Rejection[];
  /** Rows accepted with a warning (look-alike domains). */
  warnings: Rejection[];
  /**
   * The domains designed or proven current, in batch order, when the run was asked for them (`keepDomains`): what the
   * orphan pass needs, without a record a site.
   */
  domains?: string[];
}

export interface GenerateReport {
  batches: BatchReport[];
  /** Every site's outcome in batch order; empty when the run was asked not to keep them (`keepSites: false`). */
  sites: SiteOutcome[];
  written: number;
  unchanged: number;
  cached: number;
  restored: number;
  rejected: number;
  /** Sites designed (or proven current), whether or not their outcomes were kept. */
  designed: number;
}

export interface GenerateOptions {
  batchIds: string[];
  /** Kept for the command line's sake: designing is synchronous CPU work, so sites are taken one at a time. */
  concurrency?: number;
  shard?: Shard;
  /**
   * Use and update the incremental cache under .wdm/cache/: a site whose input key and output bytes match the
   * record is skipped without rendering (and `onSite` is not called for it).
   */
  cache?: boolean;
  /**
   * Keep every site's outcome in the report (default true). The command line keeps them only for `--json`: a run
   * of 100,000 sites then holds counts, not 100,000 records, and `onSite` sees each outcome as it happens.
   */
  keepSites?: boolean;
  /** Keep each batch's domains (`BatchReport.domains`), for the orphan pass when the outcomes are not kept. */
  keepDomains?: boolean;
  /** Called after each site is written (for the registry and --staged). */
  onSite?: (outcome: SiteOutcome, designed: DesignedSite | undefined) => void | Promise<void>;
  /** Called after every site, proven or designed, with the sites done and the sites known so far (for progress). */
  onProgress?: (done: number, total: number) => void;
}

/**
 * Designs every site of the batches and writes each DESIGN.md where its bytes changed, one site at a time: nothing
 * per site outlives its turn except its cache record (three hashes), so memory stays flat however long the batch.
 */
export async function generate(project: Project, options: GenerateOptions): Promise<GenerateReport> {
  const report = emptyReport();
  const progress = { done: 0, total: 0 };
  for (const id of options.batchIds) await generateBatch(project, id, options, report, progress);
  return report;
}

/** One batch through the design stages, its outcomes added to `report`. */
export async function generateBatch(project: Project, id: string, options: GenerateOptions, report: GenerateReport, progress: { done: number; total: number }): Promise<void> {
  const keep = options.keepSites !== false;
  const batch = readBatch(project, id);
  const b: BatchReport = { id: batch.id, file: batch.file, designed: 0, written: 0, unchanged: 0, cached: 0, restored: 0, cache: 'off', rejected: [...batch.rejected], warnings: [...(batch.warnings ?? [])], ...(options.keepDomains ? { domains: [] } : {}) };
  report.batches.push(b);
  let cache: BatchCache | undefined;
  let writer: CacheWriter | undefined;
  if (options.cache) {
    cache = readCache(project, batch.id);
    b.cache = cache.status;
    if (cache.reason !== undefined) b.cacheReason = cache.reason;
    // The new cache is streamed to a temp file in batch order as sites are done: no record is held for the run.
    writer = openCacheWriter(project, batch.id);
  }
  const fingerprint = options.cache ? inputsFingerprint(project.dir, batch.id) : undefined;
  // The recall: every site accounted for by a record or a rejection (rejections are few: they are kept by domain).
  const earlier = cache?.recall?.inputs === fingerprint ? cache?.recall?.sites : undefined;
  const rejectedSites = new Map<string, Rejection>();
  let complete = true;
  progress.total += options.shard ? batch.sites.filter((s) => inShard(s.domain, options.shard)).length : batch.sites.length;
  limitHeapGrowth();
  const heap = heapBound();
  try {
    for (const site of batch.sites) {
      if (!inShard(site.domain, options.shard)) {
        // Records of sites outside this run's shard stay true, and so do their rejections while the inputs are the same.
        const kept = cache?.records.get(site.domain);
        const rejected = kept ? undefined : earlier?.get(site.domain);
        if (kept) writer?.add(site.domain, kept);
        else if (rejected) rejectedSites.set(site.domain, rejected);
        else complete = false;
        continue;
      }
      const outcome = designOne(project, batch.id, site, b, cache);
      progress.done += 1;
      if (outcome === undefined) {
        const r = b.rejected[b.rejected.length - 1];
        if (r) rejectedSites.set(site.domain, r);
        else complete = false;
      } else {
        if (outcome.record) writer?.add(site.domain, outcome.record);
        countOutcome(report, b, outcome.result, keep);
        if (options.onSite && !outcome.result.cached) await options.onSite(outcome.result, outcome.designed);
      }
      options.onProgress?.(progress.done, progress.total);
      heap.tick();
    }
  } catch (error) {
    writer?.abort();
    throw error;
  }
  if (writer && fingerprint !== undefined) {
    const rows = [...batch.rejected].sort((x, y) => x.line - y.line);
    writer.finish(complete ? { inputs: fingerprint, rows, sites: rejectedSites, warnings: [...(batch.warnings ?? [])] } : undefined);
  }
  b.rejected.sort((x, y) => x.line - y.line);
  report.restored += b.restored;
  report.rejected += rowsIn(b.rejected);
}

/** One site: proven current by the cache, or designed and written where its bytes changed; undefined if rejected. */
function designOne(
  project: Project,
  batchId: string,
  site: Site,
  b: BatchReport,
  cache: BatchCache | undefined,
): { result: SiteOutcome; designed: DesignedSite | undefined; record?: CacheRecord } | undefined {
  const path = designPath(project, batchId, site.domain);
  const display = relPath(project.dir, path);
  const root = outputRootOf(project);
  const result: SiteOutcome = { batch: batchId, domain: site.domain, path: display, outcome: 'unchanged', cached: false };
  try {
    if (cache) {
      const found = lookupSite(project, site, path, cache.records.get(site.domain), true);
      if (found.kind === 'proven') return { result: { ...result, cached: true }, designed: undefined, record: found.record };
      if (found.state.state !== 'current') {
        result.outcome = writeIfChanged(path, found.designed.text, { root, existing: found.bytes ?? null });
        result.cause = found.state.state === 'missing' ? 'missing' : found.state.cause;
        if (result.cause === 'hand-edit' || result.cause === 'inputs-and-hand-edit') b.restored += 1;
      }
      return { result, designed: found.designed, record: found.record };
    }
    const designed = designSite(site, project);
    result.outcome = writeIfChanged(path, designed.text, { root });
    return { result, designed };
  } catch (error) {
    if (isWdmError(error) && (error.code === 'E_IO' || error.code === 'E_CONFINE')) throw error;
    const e = siteError(error, site);
    b.rejected.push({ file: site.source.file, line: site.source.line, input: site.domain, message: e.message, ...(e.hint ? { hint: e.hint } : {}) });
    return undefined;
  }
}
