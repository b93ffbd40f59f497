// `wdm-design generate`: write DESIGN.md for every site of the chosen batches; one summary line at the end.
import type { ChangedBatches } from '../pipeline/index.js';
import { WdmError } from '../shared/errors.js';
import { batchIdsFrom, parseConcurrency, parseShard, parseWorkers } from './options.js';
import { EXIT_FINDINGS, EXIT_OK, plural, printRows, rate, seconds, type Io } from './io.js';
import { progressLine, wantsProgress } from './progress.js';

export interface GenerateArgs {
  batch?: string[];
  all?: boolean;
  concurrency?: number;
  out?: string;
  project?: string;
  json?: boolean;
  shard?: string;
  workers?: string;
  staged?: boolean;
  changedSince?: string;
  cache?: boolean;
  add?: boolean;
  keepOrphans?: boolean;
  quiet?: boolean;
}

export async function runGenerate(args: GenerateArgs, io: Io): Promise<number> {
  // Loaded when the command runs, not at start-up: `--help` and a no-op hook stay fast.
  const { changedBatches } = await import('../pipeline/changes.js');
  const started = io.now();
  const dir = args.project ?? io.cwd;
  let changed: ChangedBatches | undefined;
  if (args.staged || args.changedSince !== undefined) {
    if (args.staged && args.changedSince !== undefined) throw new WdmError('E_USAGE', 'Unexpected --staged with --changed-since, expected one of them', {}, 'the hook uses --staged, CI --changed-since <ref>');
    if (args.batch !== undefined || args.all) throw new WdmError('E_USAGE', `Unexpected --batch/--all with ${args.staged ? '--staged' : '--changed-since'}, expected git to choose the batches`, {}, 'drop --batch/--all');
    // Git is asked before the rules are loaded, so a commit that touches no design input costs almost nothing.
    changed = changedBatches(dir, args.staged ? { staged: true } : { since: args.changedSince as string }, args.out);
    if (changed.batchIds.length === 0) {
      const what = args.staged ? 'staged' : `changed since ${args.changedSince}`;
      if (args.json) io.stdout(JSON.stringify({ batches: [], written: 0, unchanged: 0, rejected: 0, sites: [], changed: changed.because }, null, 2) + '\n');
      else io.stdout(`Nothing to regenerate: no batch, rule, template or config file is ${what}.\n`);
      return EXIT_OK;
    }
  }
  const { generateAt, placesOf } = await import('../pipeline/generate-at.js');
  const { stageFiles, stageRemovals } = await import('../pipeline/git.js');
  // The rules and templates are loaded only for a batch the cache cannot prove current (never on a no-op run).
  const project = placesOf(dir, args.out);
  const load = async () => (await import('../pipeline/project.js')).loadProject(dir, args.out !== undefined ? { outDir: args.out } : {});
  const batchIds = changed ? changed.batchIds : batchIdsFrom(args, project.dir);
  const shard = parseShard(args.shard);
  const workers = args.workers !== undefined ? parseWorkers(args.workers) : project.config.workers;
  const orphans = await import('../pipeline/orphans.js');
  // The cache is rewritten without the sites that left; its old records are the proof that the tool wrote their files.
  const snapshots = new Map(args.keepOrphans ? [] : batchIds.map((id) => [id, orphans.cacheSnapshot(project, id)] as const));
  const stage = args.staged === true && args.add !== false;
  // Paths to stage are kept; every site's outcome only for --json; the orphan pass needs each batch's domains only.
  const written: string[] = [];
  const progress = wantsProgress(io, args) ? progressLine(io, 'generate') : undefined;
  const report = await generateAt(project, {
    batchIds,
    concurrency: parseConcurrency(args.concurrency, project.config.concurrency),
    cache: args.cache !== false,
    workers,
    keepSites: args.json === true,
    keepDomains: args.keepOrphans !== true,
    ...(stage ? { onSite: (s) => void (s.outcome === 'written' && written.push(s.path)) } : {}),
    ...(shard ? { shard } : {}),
    ...(progress ? { onProgress: (done: number, total: number) => progress.update(done, total) } : {}),
  }, load).finally(() => progress?.end());
  const pruned = args.keepOrphans
    ? []
    : await orphans.pruneAfterRun(
        project,
        report.batches.map((b) => ({ batch: b.id, sites: (b.domains ?? []).map((domain) => ({ domain })), rejected: b.rejected })),
        shard !== undefined,
        snapshots,
      );
  // The commit being made must carry the regenerated files, or it would record inputs and outputs that disagree.
  if (stage && written.length > 0) stageFiles(project.dir, written);
  const removed = pruned.filter((o) => o.removed).map((o) => o.path);
  if (stage && removed.length > 0) stageRemovals(project.dir, removed);
  for (const b of report.batches) {
    if (b.cache === 'ignored') io.stderr(`wdm-design: ignored the cache of batch ${b.id} (${b.cacheReason ?? 'unreadable'}); it was rebuilt\n`);
  }
  const elapsed = io.now() - started;
  const designed = report.designed;
  if (args.json) {
    io.stdout(
      JSON.stringify(
        {
          batches: report.batches.map(({ domains: _domains, ...b }) => b),
          written: report.written,
          unchanged: report.unchanged,
          rejected: report.rejected,
          cached: report.cached,
          restored: report.restored,
          sites: report.sites,
          orphans: pruned,
          elapsedMs: Math.round(elapsed),
        },
        null,
        2,
      ) + '\n',
    );
  } else {
    for (const o of pruned) io.stderr(`${orphans.describeOrphan(o)}\n`);
    for (const batch of report.batches) {
      printRows(io, `Warnings in ${batch.file}`, batch.warnings, 'warned');
      printRows(io, `Rejected rows in ${batch.file}`, batch.rejected);
    }
    io.stdout(
      `${batchIds.join(', ')}: ${plural(designed, 'site')}: ${report.written} written, ${report.unchanged} unchanged, ${report.rejected} rejected in ${seconds(elapsed)} (${rate(designed, elapsed)})${cacheNote(report.cached, report.restored, written.length)}\n`,
    );
  }
  return report.rejected > 0 ? EXIT_FINDINGS : EXIT_OK;
}

function cacheNote(cached: number, restored: number, staged: number): string {
  const parts = [cached > 0 ? `${cached} skipped by the cache` : '', restored > 0 ? `${plural(restored, 'hand-edited file')} restored` : '', staged > 0 ? `${plural(staged, 'file')} staged` : ''];
  const text = parts.filter(Boolean).join(', ');
  return text ? `; ${text}` : '';
}
