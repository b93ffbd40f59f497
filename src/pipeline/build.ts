// `build` (and `implement`, `verify`): each site streams design → implement → verify with no barrier between stages
// or batches, its outputs written atomically before the registry records the state that claims them.
import { readdirSync, readFileSync, type Dirent } from 'node:fs';
import { loadIconSet } from './icon-set.js';
import { availableParallelism, freemem } from 'node:os';
import { join } from 'node:path';
import pMap from 'p-map';
import { sha256 } from '../shared/hash.js';
import { showText } from '../batch/index.js';
import { isWdmError } from '../shared/errors.js';
import type { Finding, FontCatalogue, Rejection, Site, SiteAsset } from '../shared/types.js';
import { readDesign, readDesignWith, compileSiteTemplates, implementSite, type CompiledSiteTemplates } from '../implement/index.js';
import { CHECK_NAMES, createCheckers, verifySite, type Checkers } from '../verify/index.js';
import { ShapeCache } from '../verify/fast-verify.js';
import { inVerifySample, type VerifyLevel } from './sample.js';
import { limitHeapGrowth } from './heap.js';
import { GroupSyncer, openJournal, rankOf, replay, resolveStates, writeFileIfChanged, type Journal, type SiteState } from '../registry/index.js';
import type { Project } from './project.js';
import { outputRootOf, readTextIfExists, relPath, stateDir } from './files.js';
import { designSite, siteError } from './site.js';
import { designPath, inShard, readBatch, type Shard } from './generate.js';
import { WorkerPool } from './workers.js';
import { buildKey } from './keys.js';
import { SiteList } from './site-list.js';
import { checkKeysOf, loadPassed, PassedKeys, passedChecks, savePassed, type InputHashes } from './verify-cache.js';
import { lookupSite, readCache, type BatchCache } from './cache.js';
import { assetBytes, removeStaleAssets } from './assets.js';
import { loadFontCatalogue } from './fonts.js';
import { readOutput } from './read-output.js';

export type Stage = 'design' | 'implement' | 'verify';

export interface BuildOptions {
  batchIds: string[];
  /** Which stages run: build = all three; implement = implement (+ verify when asked); verify = verify only. */
  stages: Stage[];
  concurrency?: number;
  shard?: Shard;
  /**
   * Worker threads for the CPU-bound stages; 0 runs them in this thread; `auto` (the default) starts a pool only when
   * enough sites need work to repay its start-up (see `resolveWorkers`).
   */
  workers?: Workers;
  /** Redo every site, even one the registry records as verified for its current inputs. */
  full?: boolean;
  /**
   * Record states in the registry journal (the default). `implement` and `verify`, which start from the DESIGN.md on
   * disk, record a site only when that file is what generate writes for the site's current inputs.
   */
  registry?: boolean;
  onSite?: (result: SiteResult) => void;
  /**
   * Keep every site's result in the report (the default; `--json` prints them). With false the report keeps only the
   * sites with findings to show (not info), so a long run holds counts, not a record per site.
   */
  keepSites?: boolean;
  /** Called after every site (skipped ones too) with the sites done and the sites of the run (for progress). */
  onProgress?: (done: number, total: number) => void;
}

/** A thread count, or `auto`: the pipeline decides from the work to do and the cores it has. */
export type Workers = number | 'auto';

/**
 * Below this many sites to (re)build, `auto` starts no pool: each worker thread loads the rules, templates and
 * validators again (~0.5-1 s of CPU), which only pays once there are a few hundred sites (docs/scaling.md).
 */
export const AUTO_WORKERS_MIN_SITES = 200;

/**
 * How many worker threads a run uses. `auto`: none below AUTO_WORKERS_MIN_SITES sites to do, on one core, or when
 * verification runs (measured on 2 cores: `build` of 100 sites ran 0.41× as fast with 2 workers as without, while
 * `implement` of 10,000 sites ran 1.40× faster; docs/scaling.md), else max(2, cores - 1) up to AUTO_MAX_WORKERS
 * and the memory budget. So `build` and `verify` never start a pool on `auto`.
 */
export function resolveWorkers(
  workers: Workers | undefined,
  sitesToBuild: number,
  stages: readonly Stage[] = [],
  cores: number = availableParallelism(),
  freeBytes: number = freemem(),
): number {
  if (workers === undefined || workers === 'auto') {
    if (sitesToBuild < AUTO_WORKERS_MIN_SITES || cores < 2 || stages.includes('verify')) return 0;
    return Math.min(AUTO_MAX_WORKERS, Math.max(2, cores - 1), memoryBudget(freeBytes));
  }
  // A number asked for is a ceiling, not an order: never more threads than sites to build, cores, or memory for them
  // (`--workers 64` for one site used to start 64 threads, 62 s and 3.2 GB for a 4 s job).
  return Math.max(0, Math.min(workers, sitesToBuild, cores, memoryBudget(freeBytes)));
}

/** What one worker thread costs: its own copy of the rules, templates, validators and heap (measured 150-200 MB). */
export const WORKER_MEMORY_BYTES = 256 * 1024 * 1024;

/** Threads that fit in half of the memory free now. */
function memoryBudget(freeBytes: number): number {
  return Math.floor(freeBytes / 2 / WORKER_MEMORY_BYTES);
}

/** `auto` never starts more threads than this: the main thread's writes and registry flushes become the limit. */
export const AUTO_MAX_WORKERS = 4;

export type SiteStatus = 'verified' | 'implemented' | 'designed' | 'failed' | 'skipped';

export interface SiteResult {
  batch: string;
  domain: string;
  status: SiteStatus;
  /** Files written (changed bytes) for this site, project-relative. */
  written: string[];
  findings: Finding[];
  /** Milliseconds spent in each stage, for the share of time verification takes (not written to any output). */
  timing: Partial<Record<Stage, number>>;
}

export interface BuildReport {
  /** Every site's result in batch order, or with `keepSites: false` only those with findings other than info. */
  sites: SiteResult[];
  /** The domains of each batch's sites in this run (shard), skipped ones too: what the orphan pass keeps. */
  domains: Map<string, string[]>;
  rejected: { batch: string; rows: Rejection[] }[];
  /** Rows accepted with a warning (look-alike domains), per batch. */
  warnings: { batch: string; rows: Rejection[] }[];
  counts: Record<SiteStatus, number>;
  written: number;
  timing: Record<Stage, number>;
  /** Verification checks not rerun because the same bytes passed them before under the same validator versions. */
  checksSkipped: number;
  /** Sites verified by shapes, by every validator as part of the sample, and by every validator (--full). */
  levels: Record<VerifyLevel, number>;
}

/** Where a site's pages go: `<out>/sites/<batch>/<domain>/`. */
export function siteDir(project: Project, batch: string, domain: string): string {
  return join(project.outDir, 'sites', batch, domain);
}

export { buildKey } from './keys.js';

/** What the CPU-bound part of one site returns; computed in this thread or in a worker. */
export interface SiteWork {
  /** Verification checks skipped as already passed, and the keys of those that ran and passed. */
  checks?: { skipped: number; passed: string[] };
  /** The sha256 of the DESIGN.md, page and sheet text verified (set when verification ran): the hashes recorded for them. */
  hashes?: InputHashes;
  /** The level the site's verification reached (set when it was verified). */
  level?: VerifyLevel;
  designText?: string;
  html?: string;
  css?: string;
  /** Files the page references beside index.html and styles.css; the main thread copies them. */
  assets?: SiteAsset[];
  findings: Finding[];
  failed?: { stage: Stage; message: string };
  timing: Partial<Record<Stage, number>>;
}

export interface SiteTask {
  batch: string;
  site: Site;
  stages: Stage[];
  /** How this site is verified: by shapes (fast), by every validator as one of the sample, or in full (--full). */
  level: VerifyLevel;
  /** Existing file texts for stages that start from disk (implement-only, verify-only). */
  designText?: string;
  html?: string;
  css?: string;
}

export interface StageContext {
  project: Project;
  siteTemplates: CompiledSiteTemplates;
  /** Self-hostable fonts with their files' hashes: read once per process (per worker thread) when pages are built. */
  fonts: FontCatalogue;
  checkers: Checkers | undefined;
  /** Validator results per distinct shape, shared by every site this thread verifies. */
  shapes: ShapeCache;
  clock: () => number;
  /** Keys of checks that passed before on the same bytes and validator versions (empty with --full). */
  passed: ReadonlySet<string>;
  /**
   * Read every DESIGN.md back from its text, even one this thread has just designed (whose front matter object it
   * holds): for the test that holds the two ways to the same outputs.
   */
  readBack?: boolean;
}

export function createStageContext(project: Project, stages: Stage[], clock: () => number, passed: readonly string[] = []): StageContext {
  return {
    project,
    siteTemplates: compileSiteTemplates(project.templates, { icons: loadIconSet() }),
    fonts: stages.includes('implement') ? loadFontCatalogue(Object.values(project.rules.fonts), true) : {},
    checkers: stages.includes('verify') ? createCheckers({}) : undefined,
    shapes: new ShapeCache(),
    clock,
    passed: new Set(passed),
  };
}

function problem(error: unknown, site: Site): string {
  return siteError(error, site).format();
}

/** The pure, CPU-bound work of one site: every stage asked for, stopping at the first that fails. */
export async function workSite(task: SiteTask, ctx: StageContext): Promise<SiteWork> {
  const { site, batch } = task;
  const work: SiteWork = { findings: [], timing: {} };
  const file = relPath(ctx.project.dir, designPath(ctx.project, batch, site.domain));
  let t = ctx.clock();
  const lap = (stage: Stage) => {
    const now = ctx.clock();
    work.timing[stage] = (work.timing[stage] ?? 0) + (now - t);
    t = now;
  };
  let designText = task.designText;
  /** The front matter object the design stage wrote, handed to implement instead of reading the text back. */
  let frontMatter: Record<string, unknown> | undefined;
  if (task.stages.includes('design')) {
    try {
      const designed = designSite(site, ctx.project);
      designText = designed.text;
      frontMatter = designed.frontMatter;
      work.designText = designText;
    } catch (error) {
      work.failed = { stage: 'design', message: problem(error, site) };
      return work;
    }
    lap('design');
  }
  if (designText === undefined) {
    work.failed = { stage: 'implement', message: `${file}: missing DESIGN.md (run \`wdm-design generate\` for this batch first)` };
    return work;
  }
  let html = task.html;
  let css = task.css;
  /** The stylesheet's shared pieces, when this thread has just implemented it (a hint for the sheet's shape). */
  let cssTail: string[] | undefined;
  let tokens: ReturnType<typeof readDesign>['tokens'] | undefined;
  if (task.stages.includes('implement') || task.stages.includes('verify')) {
    try {
      const read = ctx.readBack || frontMatter === undefined ? readDesign(designText, file) : readDesignWith(designText, file, frontMatter);
      tokens = read.tokens;
      work.findings.push(...read.findings);
      // The folder names the site; a DESIGN.md copied or edited to name another domain would build (and mail) that one.
      if (tokens.wdm.domain !== site.domain) {
        work.failed = {
          stage: task.stages.includes('implement') ? 'implement' : 'verify',
          message: `${file}: x-wdm.domain: Unexpected domain "${showText(tokens.wdm.domain)}" in the DESIGN.md of ${site.domain}, expected ${site.domain} (the domain of its folder) (regenerate it with \`wdm-design generate\`, or move it to the folder of its domain)`,
        };
        return work;
      }
    } catch (error) {
      work.failed = { stage: 'implement', message: isWdmError(error) ? error.format() : problem(error, site) };
      return work;
    }
  }
  if (task.stages.includes('implement') && tokens) {
    try {
      const out = implementSite(tokens, ctx.siteTemplates, ctx.fonts);
      html = out.html;
      css = out.css;
      cssTail = out.cssTail;
      work.html = html;
      work.css = css;
      work.assets = out.assets;
      work.findings.push(...out.findings);
    } catch (error) {
      work.failed = { stage: 'implement', message: problem(error, site) };
      return work;
    }
    lap('implement');
  }
  if (task.stages.includes('verify') && ctx.checkers) {
    if (html === undefined || css === undefined) {
      work.failed = { stage: 'verify', message: `${relPath(ctx.project.dir, siteDir(ctx.project, batch, site.domain))}: missing index.html or styles.css (run \`wdm-design implement\` first)` };
      return work;
    }
    const hashes: InputHashes = { design: sha256(designText), html: sha256(html), css: sha256(css) };
    work.hashes = hashes;
    const keys = checkKeysOf(hashes);
    const skip = CHECK_NAMES.filter((c) => ctx.passed.has(keys[c]));
    const ran = CHECK_NAMES.filter((c) => !skip.includes(c));
    const findings = verifySite({ file, designText, html, css, ...(tokens ? { tokens } : {}), ...(cssTail ? { cssTail } : {}) }, ctx.checkers, { skip, ...(task.level === 'fast' ? { shapes: ctx.shapes } : {}) });
    work.findings.push(...findings);
    work.checks = { skipped: skip.length, passed: passedChecks(ran, findings).map((c) => keys[c]) };
    work.level = task.level;
    lap('verify');
    const errors = work.findings.filter((f) => f.severity === 'error');
    if (errors.length > 0) {
      work.failed = { stage: 'verify', message: `${errors.length} verification error${errors.length === 1 ? '' : 's'}: ${errors[0]!.message}` };
    }
  }
  return work;
}

/**
 * A site of the run. Its registry key is computed when its turn comes (`buildKey`, a hash of the site's entry), not
 * held for the whole batch: at 100,000 sites the keys alone held ~10 MB through the run.
 */
interface Job {
  batch: string;
  site: Site;
  /** Done before and intact: the run only counts it. */
  skipped: boolean;
}

/**
 * Runs the chosen stages over every site of the batches. Sites flow independently: a site is implemented as soon as
 * it is designed and verified as soon as it is implemented, with `concurrency` sites in flight.
 */
export async function build(project: Project, options: BuildOptions, clock: () => number = () => 0): Promise<BuildReport> {
  limitHeapGrowth();
  const stages = options.stages;
  const useRegistry = options.registry ?? true;
  const registryDir = useRegistry ? stateDir(project.dir, 'registry') : join(project.dir, '.wdm', 'registry');
  const root = outputRootOf(project);
  // Each batch's sites, held compactly through the run, and which of them need no work.
  const lists: { batch: string; sites: SiteList; skip: Uint8Array }[] = [];
  const rejected: BuildReport['rejected'] = [];
  const warnings: BuildReport['warnings'] = [];
  const journals = new Map<string, Journal>();
  const known = new Map<string, Map<string, SiteState>>();
  const caches = new Map<string, BatchCache>();
  for (const id of options.batchIds) {
    const batch = readBatch(project, id);
    if (batch.rejected.length > 0) rejected.push({ batch: id, rows: [...batch.rejected] });
    if (batch.warnings !== undefined) warnings.push({ batch: id, rows: [...batch.warnings] });
    const sites = batch.sites.filter((s) => inShard(s.domain, options.shard));
    if (useRegistry) {
      const keys = new Map(sites.map((s) => [s.domain, buildKey(s, project)]));
      known.set(id, resolveStates(replay(registryDir, id, undefined, keys).contents, keys));
      journals.set(id, openJournal(registryDir, id, { flushEvery: project.config.registry.flushEvery, flushMs: project.config.registry.flushMs }));
    }
    // Stages that start from the DESIGN.md on disk must know it is current before they claim a state for it.
    if (useRegistry && !stages.includes('design')) caches.set(id, readCache(project, id));
    lists.push({ batch: id, sites: new SiteList(sites), skip: new Uint8Array(sites.length) });
  }
  const total = lists.reduce((sum, list) => sum + list.sites.length, 0);
  /** The run's sites in order, made one at a time as the pool takes them (not held: ~190 bytes a site). */
  function* eachJob(): Generator<Job> {
    for (const { batch, sites, skip } of lists) for (let i = 0; i < sites.length; i++) yield { batch, site: sites.at(i), skipped: skip[i] === 1 };
  }

  // Which sites need work is decided before any starts, so `auto` workers can size the pool by the work left.
  let skipped = 0;
  // Only build resumes: implement and verify are asked to redo their stage (verify still reuses checks that passed).
  if (!options.full && useRegistry && stages.includes('design')) {
    for (const { batch, sites, skip } of lists) {
      for (let i = 0; i < sites.length; i++) {
        const state = known.get(batch)?.get(sites.domainAt(i));
        if (state && isDone(state, stages) && outputsIntact(state, project)) {
          skip[i] = 1;
          skipped += 1;
        }
      }
    }
  }
  // Only the skip decision reads the states (their recorded outputs: ~4 KB a site); not held through the run.
  known.clear();
  const threads = resolveWorkers(options.workers ?? project.config.workers, total - skipped, stages);
  const earlierPasses = stages.includes('verify') && !options.full ? loadPassed(project.dir) : [];
  const newPasses = new PassedKeys();
  let checksSkipped = 0;
  const levels: Record<VerifyLevel, number> = { fast: 0, sampled: 0, full: 0 };
  let pool: WorkerPool | undefined;
  let ctx: StageContext | undefined;
  try {
    pool = threads > 0 ? new WorkerPool(threads, project, stages, earlierPasses) : undefined;
    ctx = pool ? undefined : createStageContext(project, stages, clock, earlierPasses);
  } catch (error) {
    await closeAll(journals);
    throw error;
  }
  // Journal acknowledgements in flight (each leaves the set when it settles; the first failure is kept).
  const pending = new Set<Promise<void>>();
  let ackFailure: { error: unknown } | undefined;
  let done = 0;
  const progressed = () => options.onProgress?.((done += 1), total);
  // Outputs are renamed into place without an fsync each; a group of sites is made durable by one syncfs before any
  // of their states is recorded (docs/registry.md: group durability), so no state claims a file a power cut could take.
  const gate = new DurabilityGate(useRegistry ? project.config.registry.flushEvery : 0, project.config.registry.flushMs);
  const record = (batch: string, update: Parameters<Journal['record']>[0]) => {
    const journal = journals.get(batch);
    // Acknowledgement is awaited once at the end: waiting per update would hold every site for a flush interval.
    if (!journal) return;
    gate.then(() => {
      const ack: Promise<void> = journal.record(update).then(
        () => void pending.delete(ack),
        (error: unknown) => {
          pending.delete(ack);
          ackFailure ??= { error };
        },
      );
      pending.add(ack);
    });
  };

  const keepAll = options.keepSites !== false;
  const kept: { at: number; result: SiteResult }[] = [];
  const counts: Record<SiteStatus, number> = { verified: 0, implemented: 0, designed: 0, failed: 0, skipped: 0 };
  const timing: Record<Stage, number> = { design: 0, implement: 0, verify: 0 };
  let filesWritten = 0;
  /** Counts a finished site; keeps its result only when the report is to show it. */
  const tally = (at: number, result: SiteResult): void => {
    counts[result.status] += 1;
    for (const stage of Object.keys(result.timing) as Stage[]) timing[stage] += result.timing[stage] ?? 0;
    filesWritten += result.written.length;
    if (keepAll || result.findings.some((f) => f.severity !== 'info')) kept.push({ at, result });
  };
  let fault: { error: unknown } | undefined;
  let stopped = false;
  try {
    await pMap(
      eachJob(),
      async (job, at): Promise<void> => {
        try {
          tally(at, await runJob(job));
        } catch (error) {
          // Sites already in flight finish their pure work but write and record nothing more.
          stopped = true;
          throw error;
        }
      },
      { concurrency: options.concurrency ?? project.config.concurrency },
    );
  } catch (error) {
    fault = { error };
  }

  /** One site through its stages: read what the stages start from, run them, write the outputs, record the states. */
  async function runJob(job: Job): Promise<SiteResult> {
      // Let timers run between sites: in-thread stages resolve through microtasks only, which would starve the
      // registry's flush timer (and the durability gate's) until the whole run ends, so a kill would lose it all.
      await new Promise<void>((resolve) => setImmediate(resolve));
      const { site, batch } = job;
      if (job.skipped) {
        progressed();
        return { batch, domain: site.domain, status: 'skipped', written: [], findings: [], timing: {} };
      }
      const key = buildKey(site, project);
      const dir = siteDir(project, batch, site.domain);
      const designFile = designPath(project, batch, site.domain);
      const paths = { design: designFile, html: join(dir, 'index.html'), css: join(dir, 'styles.css') };
      const rel = { design: relPath(project.dir, paths.design), html: relPath(project.dir, paths.html), css: relPath(project.dir, paths.css) };
      const level: VerifyLevel = options.full ? 'full' : inVerifySample(site.domain, project.config.verify.sample) ? 'sampled' : 'fast';
      const task: SiteTask = { batch, site, stages, level };
      if (!stages.includes('design')) {
        const text = readTextIfExists(paths.design, rel.design);
        if (text !== undefined) task.designText = text;
        if (!stages.includes('implement')) {
          const html = readTextIfExists(paths.html, rel.html);
          const css = readTextIfExists(paths.css, rel.css);
          if (html !== undefined) task.html = html;
          if (css !== undefined) task.css = css;
        }
      }
      const work = pool ? await pool.run(task) : await workSite(task, ctx!);
      if (stopped) return { batch, domain: site.domain, status: 'skipped', written: [], findings: [], timing: {} };
      if (work.checks) {
        checksSkipped += work.checks.skipped;
        newPasses.add(work.checks.passed);
      }
      const written: string[] = [];
      const outputs: Record<string, string> = {};
      // A state is claimed for the current inputs only when the DESIGN.md it starts from is current for them.
      const claim = stages.includes('design') || !useRegistry || designIsCurrent(project, site, paths.design, caches.get(batch));
      if (!claim) {
        work.findings.push({ severity: 'warning', rule: 'design-stale', message: `${rel.design} is not what \`wdm-design generate\` writes for the site's current inputs (stale or edited by hand): no state recorded for ${site.domain}; run generate (or build) first`, place: { file: rel.design, domain: site.domain } });
      }
      const recordSite = (update: Parameters<Journal['record']>[0]) => {
        if (claim) record(batch, update);
      };
      // The site's folders are checked for links once, by its first file in each, not again for every asset.
      const confirmed = new Set<string>();
      // `hash`: the bytes' sha256 when already known (verification hashed the texts; an asset's bytes were checked
      // against its hash when read), so nothing is hashed twice.
      const write = (path: string, display: string, text: string | Uint8Array, hash?: string) => {
        if (writeFileIfChanged(path, text, { root, durability: 'none', confirmed }) === 'written') {
          written.push(display);
          gate.wrote(path);
        }
        outputs[display] = hash ?? sha256(text);
      };
      const hashes = work.hashes;
      let status: SiteStatus = 'failed';
      if (work.designText !== undefined && stages.includes('design')) {
        write(paths.design, rel.design, work.designText, hashes?.design);
        recordSite({ domain: site.domain, key, state: 'designed', outputs: { ...outputs } });
        status = 'designed';
      }
      // Asset bytes are read and checked before any page is written: a page never points at a file that is missing.
      let assets: { asset: SiteAsset; bytes: Buffer }[] = [];
      if (work.html !== undefined && work.assets !== undefined) {
        try {
          assets = work.assets.map((asset) => ({ asset, bytes: assetBytes(project.dir, asset) }));
        } catch (error) {
          work.failed = { stage: 'implement', message: problem(error, site) };
          delete work.html;
        }
      }
      if (work.html !== undefined && work.css !== undefined) {
        for (const { asset, bytes } of assets) write(join(dir, asset.path), relPath(project.dir, join(dir, asset.path)), bytes, asset.sha256);
        removeStaleAssets(root, dir, new Set(assets.map((a) => a.asset.path)));
        write(paths.html, rel.html, work.html, hashes?.html);
        write(paths.css, rel.css, work.css, hashes?.css);
        if (work.designText === undefined && task.designText !== undefined) outputs[rel.design] = hashes?.design ?? sha256(task.designText);
        recordSite({ domain: site.domain, key, state: 'implemented', outputs: { ...outputs } });
        status = 'implemented';
      }
      if (stages.includes('verify') && !stages.includes('implement')) {
        // Verify alone: the state describes the files as read, every file of the site folder (assets too).
        if (task.designText !== undefined) outputs[rel.design] = hashes?.design ?? sha256(task.designText);
        Object.assign(outputs, folderHashes(project, dir));
      }
      if (work.failed) {
        recordSite({ domain: site.domain, key, state: 'failed', attempted: stateOf(work.failed.stage), message: work.failed.message, ...(Object.keys(outputs).length > 0 ? { outputs: { ...outputs } } : {}) });
        status = 'failed';
      } else if (stages.includes('verify')) {
        recordSite({ domain: site.domain, key, state: 'verified', outputs: { ...outputs }, ...(work.level ? { check: work.level } : {}) });
        status = 'verified';
        if (work.level) levels[work.level] += 1;
      }
      const result: SiteResult = { batch, domain: site.domain, status, written, findings: work.findings, timing: work.timing };
      if (work.failed && !work.findings.some((f) => f.severity === 'error')) {
        result.findings = [...work.findings, { severity: 'error', rule: `${work.failed.stage}-failed`, message: work.failed.message, place: { file: rel.design, domain: site.domain } }];
      }
      gate.siteDone();
      options.onSite?.(result);
      progressed();
      return result;
  }
  // Whatever happened, the pool and the journals are closed and every pending update settles before this returns:
  // a failure (a full disk, a refused path) is reported once by the caller, never again by a timer or a thread.
  try {
    await pool?.close();
  } catch (error) {
    fault ??= { error };
  }
  if (fault === undefined) {
    try {
      if (stages.includes('verify') && newPasses.length > 0) savePassed(project.dir, earlierPasses, newPasses);
      await gate.settle();
    } catch (error) {
      fault = { error };
    }
  } else await gate.abandon();
  const closed = await closeAll(journals, pending, () => ackFailure);
  if (fault === undefined && closed !== undefined) fault = closed;
  if (fault !== undefined) throw fault.error;

  kept.sort((a, b) => a.at - b.at);
  const domains = new Map<string, string[]>(options.batchIds.map((id) => [id, []]));
  for (const { batch, sites } of lists) {
    const list = domains.get(batch);
    if (list) for (let i = 0; i < sites.length; i++) list.push(sites.domainAt(i));
  }
  return { sites: kept.map((k) => k.result), domains, rejected, warnings, counts, written: filesWritten, timing, checksSkipped, levels };
}

/**
 * Settles every pending update, then closes each journal (flushing what is queued), collecting the first failure
 * instead of leaving it to surface later as an unhandled rejection.
 */
async function closeAll(journals: Map<string, Journal>, pending: ReadonlySet<Promise<void>> = new Set(), failure: () => { error: unknown } | undefined = () => undefined): Promise<{ error: unknown } | undefined> {
  // Acknowledgements never reject (each keeps its failure for `failure`): wait until every one has settled.
  while (pending.size > 0) await Promise.allSettled([...pending]);
  let first = failure();
  for (const journal of journals.values()) {
    try {
      await journal.close();
    } catch (error) {
      first ??= { error };
    }
  }
  return first;
}

function stateOf(stage: Stage): 'designed' | 'implemented' | 'verified' {
  return stage === 'design' ? 'designed' : stage === 'implement' ? 'implemented' : 'verified';
}

/** True when the DESIGN.md on disk is what generate writes for the site's current inputs (the cache proves it, or a render). */
function designIsCurrent(project: Project, site: Site, path: string, cache: BatchCache | undefined): boolean {
  try {
    const found = lookupSite(project, site, path, cache?.records.get(site.domain), cache !== undefined);
    return found.kind === 'proven' || found.state.state === 'current';
  } catch {
    // A site the design stage refuses has no current DESIGN.md.
    return false;
  }
}

/** sha256 of every regular file under a site folder, by project-relative path (sorted). */
function folderHashes(project: Project, dir: string): Record<string, string> {
  const out: Record<string, string> = {};
  const walk = (d: string) => {
    let entries: Dirent[];
    try {
      entries = readdirSync(d, { withFileTypes: true });
    } catch {
      return;
    }
    for (const e of entries.sort((a, b) => (a.name < b.name ? -1 : a.name > b.name ? 1 : 0))) {
      const p = join(d, e.name);
      if (e.isDirectory()) walk(p);
      else if (e.isFile()) out[relPath(project.dir, p)] = sha256(readFileSync(p));
    }
  };
  walk(dir);
  return out;
}

/** Whether the recorded state already covers what these stages would produce. */
function isDone(state: SiteState, stages: Stage[]): boolean {
  const target = stages.includes('verify') ? 'verified' : stages.includes('implement') ? 'implemented' : 'designed';
  return state.state !== 'failed' && rankOf(state.state) >= rankOf(target);
}

/** A recorded state counts only while every file it claims still holds the bytes it recorded. */
function outputsIntact(state: SiteState, project: Project): boolean {
  const merged: Record<string, string> = {};
  for (const claimed of Object.values(state.outputs)) Object.assign(merged, claimed);
  const entries = Object.entries(merged);
  if (entries.length === 0) return false;
  for (const [path, hash] of entries) {
    // Bytes, not text: photos and fonts are outputs too, and decoding them as UTF-8 would change their hash.
    const bytes = readOutput(join(project.dir, path));
    if (bytes === undefined || sha256(bytes) !== hash) return false;
  }
  return true;
}

/**
 * Holds the registry records of sites whose outputs were renamed into place without fsync, until one syncfs has made
 * the files durable: every `every` sites or `ms` milliseconds, and at the end. With `every` 0 (no registry) records
 * pass straight through and the files are made durable once, at the end. The sync runs beside the work (one group at
 * a time; groups flushed meanwhile wait as one), so sites go on being built while a group is made durable.
 */
class DurabilityGate {
  private files: string[] = [];
  private held: Array<() => void> = [];
  private sites = 0;
  private timer: ReturnType<typeof setTimeout> | undefined;
  private failure: { error: unknown } | undefined;
  private dropped = false;
  private readonly syncer = new GroupSyncer();
  /** The group waiting for the one being synced (flushes meanwhile join it). */
  private next: { files: string[]; held: Array<() => void> } | undefined;
  private chain: Promise<void> = Promise.resolve();

  constructor(
    private readonly every: number,
    private readonly ms: number,
  ) {}

  wrote(file: string): void {
    this.files.push(file);
  }

  then(action: () => void): void {
    if (this.every === 0) action();
    else this.held.push(action);
  }

  siteDone(): void {
    if (this.failure !== undefined) throw this.failure.error;
    if (this.every === 0) return;
    this.sites += 1;
    if (this.sites >= this.every) this.flush();
    else this.timer ??= setTimeout(() => this.flush(), this.ms);
  }

  /** After a failed run: drop the held records (their files may not be durable; the next run redoes the sites). */
  async abandon(): Promise<void> {
    if (this.timer) clearTimeout(this.timer);
    this.timer = undefined;
    this.dropped = true;
    this.files = [];
    this.held = [];
    await this.chain;
    this.syncer.close();
  }

  /** Makes everything written so far durable and records the held states; throws what a sync threw. */
  async settle(): Promise<void> {
    this.flush();
    await this.chain;
    this.syncer.close();
    if (this.failure !== undefined) throw this.failure.error;
  }

  /** Starts making the files written so far durable (or adds them to the group waiting to be). */
  private flush(): void {
    if (this.timer) clearTimeout(this.timer);
    this.timer = undefined;
    this.sites = 0;
    if (this.files.length === 0 && this.held.length === 0) return;
    const files = this.files;
    const held = this.held;
    this.files = [];
    this.held = [];
    if (this.next) {
      this.next.files.push(...files);
      this.next.held.push(...held);
      return;
    }
    const group = { files, held };
    this.next = group;
    this.chain = this.chain.then(async () => {
      this.next = undefined;
      if (this.failure !== undefined || this.dropped) return;
      try {
        await this.syncer.sync(group.files);
      } catch (error) {
        // A failed sync records none of these states: the files may not be durable, so the next run redoes them.
        this.failure = { error };
        return;
      }
      if (!this.dropped) for (const action of group.held) action();
    });
  }
}
