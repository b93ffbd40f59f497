// `generate`: every site of the chosen batches through the design stages, written only where the bytes changed.
import { join } from 'node:path';
import { shardOf } from '../shared/hash.js';
import { isWdmError } from '../shared/errors.js';
import type { Batch, Rejection, Site } from '../shared/types.js';
import { parseBatch, rowsIn } from '../batch/index.js';
import { batchFileOf, type Project } from './project.js';
import { outputRootOf, readText, relPath, writeIfChanged, type WriteOutcome } from './files.js';
import type { OutputRoot } from '../registry/index.js';
import { siteError } from './site.js';
import { attachFacts } from './content.js';
import { provenCurrent, type CacheRecord, type StaleCause } from '../review/staleness.js';
import { openCacheWriter, readCache, readForLookup, siteCacheKey, type BatchCache, type CacheWriter, type FileRead } from './cache.js';
import { designWork, thrownFrom, type DesignReply, type DesignTask, type DesignWork } from './generate-site.js';
import { generateThreads, GENERATE_AUTO_MIN_SITES, type Workers } from './threads.js';
import type { WorkerPool } from './workers.js';
import { inputsFingerprint } from './fingerprint.js';
import { countOutcome, emptyReport } from './generate-report.js';
import { heapBound, limitHeapGrowth } from './heap.js';
import { useWriteThread, WriteThread } from './write-thread.js';

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
  /** Kept for the command line's sake: sites are taken in batch order (see `workers` for designing several at once). */
  concurrency?: number;
  shard?: Shard;
  /**
   * Worker threads that design the sites (select, design, render); the main thread keeps every read, the cache file
   * and the report, in batch order (the DESIGN.md writes may go to the write thread: `writeThread`), so the outputs
   * are the same bytes whatever the count. 0 designs in this thread; `auto` (the default: the config's `workers`)
   * starts a pool only where it pays (threads.ts).
   */
  workers?: Workers;
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
  /** Called after each site is written (for the registry and --staged), in batch order. */
  onSite?: (outcome: SiteOutcome) => void | Promise<void>;
  /** Called after every site, proven or designed, with the sites done and the sites known so far (for progress). */
  onProgress?: (done: number, total: number) => void;
  /**
   * Where the DESIGN.md files are written: `auto` (the default) on a thread of their own for a batch with
   * WRITE_THREAD_MIN_SITES sites or more to design (write-thread.ts), else here; `on` and `off` for tests.
   */
  writeThread?: 'auto' | 'on' | 'off';
}

/** Sites designed ahead of the oldest one whose write has not landed, with the write thread and no pool. */
const WRITES_AHEAD = 32;

/** A design thread's young generation, in MB (see WorkerPool). */
const THREAD_YOUNG_MB = 8;

/** Sites in flight a design thread: enough to keep it busy while the main thread writes, few enough to hold little. */
const IN_FLIGHT_PER_THREAD = 8;

/**
 * The design threads of one run: started on the first batch with enough sites to design to repay them (or as many
 * as `--workers N` asks), kept for the later batches, closed by `close`.
 */
export class Designers {
  private pool: WorkerPool | undefined;
  private started = false;

  constructor(private readonly workers: Workers | undefined) {}

  /** The pool for a batch with (about) `sitesToDesign` sites to design, or undefined: design in this thread. */
  async poolFor(project: Project, sitesToDesign: () => number): Promise<WorkerPool | undefined> {
    if (this.pool || this.workers === 0) return this.pool;
    const threads = generateThreads(this.workers, sitesToDesign());
    if (threads === 0) return undefined;
    // Loaded only when a pool starts: piscina costs a run that designs in this thread nothing.
    const { WorkerPool } = await import('./workers.js');
    this.pool = new WorkerPool(threads, project, [], [], IN_FLIGHT_PER_THREAD, THREAD_YOUNG_MB);
    this.started = true;
    return this.pool;
  }

  /** Whether a pool was started (for tests and the bench). */
  get used(): boolean {
    return this.started;
  }

  async close(): Promise<void> {
    const pool = this.pool;
    this.pool = undefined;
    await pool?.close();
  }
}

/**
 * Designs every site of the batches and writes each DESIGN.md where its bytes changed, in batch order: nothing per
 * site outlives its turn except its cache record (three hashes), so memory stays flat however long the batch.
 */
export async function generate(project: Project, options: GenerateOptions): Promise<GenerateReport> {
  const report = emptyReport();
  const progress = { done: 0, total: 0 };
  const designers = new Designers(options.workers ?? project.config.workers);
  try {
    for (const id of options.batchIds) await generateBatch(project, id, options, report, progress, designers);
  } finally {
    await designers.close();
  }
  return report;
}

/** A worker's reply, or how the pool failed (a thread that died: the run stops). */
type Answer = DesignReply | { kind: 'crashed'; error: unknown };

/** Whether the step's design was handed to a worker (it counts against the window until its turn is taken). */
function waiting(step: Step): step is Step & { inShard: true; work: Promise<Answer> } {
  return step.inShard && step.work instanceof Promise;
}

/** A site of the batch on its way: out of this run's shard, or read and handed to be designed. */
type Step =
  | { site: Site; inShard: false }
  | {
      site: Site;
      inShard: true;
      path: string;
      /** What the cache read of the output file (with the cache on). */
      read?: FileRead;
      /** The design work, done (this thread, or proven by the cache) or coming from a worker. */
      work?: DesignWork | Promise<Answer>;
      /** A worker's answer is in (the step can be taken without waiting). */
      ready?: boolean;
      /** What reading the file or designing in this thread threw: handled when the step's turn comes, in batch order. */
      thrown?: { error: unknown };
      /** Its DESIGN.md handed to the write thread: the outcome or the error, once the write has landed or failed. */
      write?: Promise<Written>;
      /** That write has settled (the step can be taken without waiting). */
      written?: boolean;
    };

/** How a write on the write thread ended. */
type Written = { outcome: WriteOutcome } | { error: unknown };

/** The write a site's design work needs (undefined: none), as `writeIfChanged` takes it. */
function writeOf(step: Step & { inShard: true }, work: DesignWork | DesignReply | undefined): { content: string | Uint8Array; existing?: Uint8Array | null } | undefined {
  if (step.thrown || work === undefined) return undefined;
  if (work.kind === 'designed') return { content: work.text };
  if (work.kind === 'rendered' && work.state.state !== 'current') return { content: work.bytes, existing: step.read?.bytes ?? null };
  return undefined;
}

/** Whether the step's DESIGN.md is on the write thread and has not landed yet. */
function writing(step: Step): boolean {
  return step.inShard && step.write !== undefined && step.written !== true;
}

/** One batch through the design stages, its outcomes added to `report`. */
export async function generateBatch(
  project: Project,
  id: string,
  options: GenerateOptions,
  report: GenerateReport,
  progress: { done: number; total: number },
  designers?: Designers,
): Promise<void> {
  if (designers === undefined) {
    const own = new Designers(options.workers ?? project.config.workers);
    try {
      return await generateBatch(project, id, options, report, progress, own);
    } finally {
      await own.close();
    }
  }
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
  }
  const fingerprint = options.cache ? inputsFingerprint(project.dir, batch.id) : undefined;
  // The recall: every site accounted for by a record or a rejection (rejections are few: they are kept by domain).
  const earlier = cache?.recall?.inputs === fingerprint ? cache?.recall?.sites : undefined;
  const rejectedSites = new Map<string, Rejection>();
  let complete = true;
  const inRun = options.shard ? batch.sites.filter((s) => inShard(s.domain, options.shard)).length : batch.sites.length;
  progress.total += inRun;
  limitHeapGrowth();
  const heap = heapBound();
  const root = outputRootOf(project);
  // Counted once, and only as far as the rules below need (a cold batch needs no count).
  let toDesign: number | undefined;
  const countToDesign = (): number => (toDesign ??= sitesToDesign(project, batch.sites, options.shard, cache, inRun));
  const pool = await designers.poolFor(project, countToDesign);
  const window = pool ? pool.threads * IN_FLIGHT_PER_THREAD : 0;
  const writes = useWriteThread(options.writeThread, countToDesign) ? new WriteThread() : undefined;
  let inFlight = 0;
  /**
   * Hands the site to a thread (done when its answer is in) while fewer than `window` are there; else designs it
   * here: the main thread, waiting on the threads, designs too, with the warm memos and compiled code it has.
   */
  const design = (step: Step & { inShard: true }, task: DesignTask): DesignWork | Promise<Answer> => {
    if (!pool || inFlight >= window) return designWork(project, task);
    return pool.design(task).then(
      (reply): Answer => {
        step.ready = true;
        begin(step, reply);
        return reply;
      },
      (error: unknown): Answer => {
        step.ready = true;
        return { kind: 'crashed', error };
      },
    );
  };

  /** Hands the step's DESIGN.md to the write thread, if there is one and the design needs a write. */
  const begin = (step: Step & { inShard: true }, work: DesignWork | DesignReply | undefined): void => {
    const write = writes ? writeOf(step, work) : undefined;
    if (!writes || !write) return;
    step.write = writes.write(step.path, write.content, root, write.existing).then(
      (outcome): Written => {
        step.written = true;
        return { outcome };
      },
      (error: unknown): Written => {
        step.written = true;
        return { error };
      },
    );
  };

  /** Reads what the site's design needs from the file system and starts it (here, or in a worker). */
  const start = (site: Site): Step => {
    if (!inShard(site.domain, options.shard)) return { site, inShard: false };
    const step: Step = { site, inShard: true, path: designPath(project, batch.id, site.domain) };
    try {
      if (cache) {
        step.read = readForLookup(project, site, step.path);
        const record = cache.records.get(site.domain);
        step.work = provenCurrent(step.read.key, step.read.actual, record)
          ? { kind: 'proven', record: record as CacheRecord }
          : design(step, { site, cache: { key: step.read.key, actual: step.read.actual, record } });
      } else step.work = design(step, { site });
    } catch (error) {
      step.thrown = { error };
    }
    if (!(step.work instanceof Promise)) begin(step, step.work);
    return step;
  };

  /** Takes the step's turn: writes, records and counts in batch order, as a run without workers does. */
  const finish = async (step: Step): Promise<void> => {
    const { site } = step;
    if (!step.inShard) {
      // Records of sites outside this run's shard stay true, and so do their rejections while the inputs are the same.
      const kept = cache?.records.get(site.domain);
      const rejected = kept ? undefined : earlier?.get(site.domain);
      if (kept) writer?.add(site.domain, kept);
      else if (rejected) rejectedSites.set(site.domain, rejected);
      else complete = false;
      return;
    }
    const work = step.work instanceof Promise ? await step.work : step.work;
    // A thread that died, or a pool that failed, stops the run: it says nothing about this site.
    if (work?.kind === 'crashed') throw work.error;
    const written = step.write ? await step.write : undefined;
    const outcome = settle(project, batch.id, step, work, b, root, written);
    progress.done += 1;
    if (outcome === undefined) {
      const r = b.rejected[b.rejected.length - 1];
      if (r) rejectedSites.set(site.domain, r);
      else complete = false;
    } else {
      if (outcome.record) writer?.add(site.domain, outcome.record);
      countOutcome(report, b, outcome.result, keep);
      if (options.onSite && !outcome.result.cached) await options.onSite(outcome.result);
    }
    options.onProgress?.(progress.done, progress.total);
    heap.tick();
  };

  const queue: Step[] = [];
  /**
   * Steps held at most: the main thread designs ahead of an unanswered head, or of one whose write has not landed,
   * only this far (memory stays flat).
   */
  const held = Math.max(window * 2, writes ? WRITES_AHEAD : 0);
  try {
    // The new cache is streamed to a temp file in batch order as sites are done: no record is held for the run.
    if (options.cache) writer = openCacheWriter(project, batch.id);
    for (const site of batch.sites) {
      const step = start(site);
      if (waiting(step)) inFlight += 1;
      queue.push(step);
      // Without workers each site is done before the next is read. With them, every head done (answered, designed
      // here, proven) is taken at once; the main thread waits for the oldest only when it is `held` steps ahead.
      while (queue.length > 0) {
        const head = queue[0]!;
        const pending = waiting(head);
        if (((pending && !head.ready) || writing(head)) && queue.length < held) break;
        queue.shift();
        if (pending) inFlight -= 1;
        await finish(head);
      }
      // The threads' answers (designs, landed writes) come in as events: let them in between sites.
      if (pool || writes) await new Promise<void>((resolve) => setImmediate(resolve));
    }
    while (queue.length > 0) await finish(queue.shift()!);
  } catch (error) {
    writer?.abort();
    throw error;
  } finally {
    // Every write the run took its turn for was awaited; after a failure the others are abandoned (nothing recorded).
    await writes?.close();
  }
  if (writer && fingerprint !== undefined) {
    const rows = [...batch.rejected].sort((x, y) => x.line - y.line);
    writer.finish(complete ? { inputs: fingerprint, rows, sites: rejectedSites, warnings: [...(batch.warnings ?? [])] } : undefined);
  }
  b.rejected.sort((x, y) => x.line - y.line);
  report.restored += b.restored;
  report.rejected += rowsIn(b.rejected);
}

/**
 * About how many of the run's sites the cache cannot prove current (those with no record for their current inputs),
 * counted only as far as the `auto` rule needs: a cold batch, or one whose cache is off or empty, needs no count.
 */
function sitesToDesign(project: Project, sites: readonly Site[], shard: Shard | undefined, cache: BatchCache | undefined, inRun: number): number {
  if (cache === undefined || cache.records.size === 0 || inRun < GENERATE_AUTO_MIN_SITES) return inRun;
  let n = 0;
  for (const site of sites) {
    if (!inShard(site.domain, shard)) continue;
    if (cache.records.get(site.domain)?.key !== siteCacheKey(project, site)) n += 1;
    if (n >= GENERATE_AUTO_MIN_SITES) break;
  }
  return n;
}

/**
 * One site's turn, once its design is done: proven current by the cache, or written where its bytes changed;
 * undefined if rejected. What the stages threw (here or in a worker) is a rejection, except a file-system error or a
 * refused path, which stops the run as it always did.
 */
function settle(
  project: Project,
  batchId: string,
  step: Step & { inShard: true },
  work: DesignWork | DesignReply | undefined,
  b: BatchReport,
  root: OutputRoot,
  /** How its write on the write thread ended, when it was handed there (else it is written here). */
  written?: Written,
): { result: SiteOutcome; record?: CacheRecord } | undefined {
  const { site, path } = step;
  const result: SiteOutcome = { batch: batchId, domain: site.domain, path: relPath(project.dir, path), outcome: 'unchanged', cached: false };
  try {
    if (step.thrown) throw step.thrown.error;
    if (work === undefined) throw new Error('no design work');
    if (work.kind === 'failed') throw thrownFrom(work.error);
    if (work.kind === 'proven') return { result: { ...result, cached: true }, record: work.record };
    const write = (content: string | Uint8Array, existing?: Uint8Array | null): WriteOutcome => {
      if (written === undefined) return writeIfChanged(path, content, { root, ...(existing !== undefined ? { existing } : {}) });
      if ('error' in written) throw written.error;
      return written.outcome;
    };
    if (work.kind === 'designed') {
      result.outcome = write(work.text);
      return { result };
    }
    if (work.state.state !== 'current') {
      result.outcome = write(work.bytes, step.read?.bytes ?? null);
      result.cause = work.state.state === 'missing' ? 'missing' : work.state.cause;
      if (result.cause === 'hand-edit' || result.cause === 'inputs-and-hand-edit') b.restored += 1;
    }
    return { result, record: work.record };
  } catch (error) {
    if (isWdmError(error) && (error.code === 'E_IO' || error.code === 'E_CONFINE')) throw error;
    const e = siteError(error, site);
    b.rejected.push({ file: site.source.file, line: site.source.line, input: site.domain, message: e.message, ...(e.hint ? { hint: e.hint } : {}) });
    return undefined;
  }
}
