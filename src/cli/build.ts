// `wdm-design build | implement | verify`: sites through the stages, findings grouped per site, one summary line.
import { formatProblem } from '../shared/errors.js';
import { rowsIn } from '../batch/parse.js';
import type { BuildReport, Stage } from '../pipeline/index.js';
import { batchIdsFrom, parseConcurrency, parseShard, parseWorkers } from './options.js';
import { EXIT_FINDINGS, EXIT_OK, plural, printRows, rate, seconds, type Io } from './io.js';
import { progressLine, wantsProgress } from './progress.js';

export { parseWorkers };

export interface BuildArgs {
  batch?: string[];
  all?: boolean;
  concurrency?: number;
  out?: string;
  project?: string;
  json?: boolean;
  shard?: string;
  workers?: string;
  full?: boolean;
  verify?: boolean;
  keepOrphans?: boolean;
  quiet?: boolean;
}

function stagesFor(command: 'build' | 'implement' | 'verify', args: BuildArgs): Stage[] {
  if (command === 'build') return ['design', 'implement', 'verify'];
  if (command === 'implement') return args.verify ? ['implement', 'verify'] : ['implement'];
  return ['verify'];
}

function percent(part: number, whole: number): string {
  return whole > 0 ? `${Math.round((part * 100) / whole)}%` : '0%';
}

export function runStages(command: 'build' | 'implement' | 'verify') {
  return async (args: BuildArgs, io: Io): Promise<number> => {
    // Loaded when the command runs, not at start-up: `--help` and a no-op hook stay fast.
      const { build } = await import('../pipeline/build.js');
    const { loadProject } = await import('../pipeline/project.js');
    const started = io.now();
    const project = loadProject(args.project ?? io.cwd, args.out !== undefined ? { outDir: args.out } : {});
    const batchIds = batchIdsFrom(args, project.dir);
    const shard = parseShard(args.shard);
    const workers = args.workers !== undefined ? parseWorkers(args.workers) : project.config.workers;
    const progress = wantsProgress(io, args) ? progressLine(io, command) : undefined;
    const report: BuildReport = await build(
      project,
      {
        batchIds,
        stages: stagesFor(command, args),
        concurrency: parseConcurrency(args.concurrency, project.config.concurrency),
        workers,
        full: args.full === true,
        // Per-site results only for --json; otherwise the sites with findings to print, so memory stays flat.
        keepSites: args.json === true,
        ...(shard ? { shard } : {}),
        ...(progress ? { onProgress: (done: number, total: number) => progress.update(done, total) } : {}),
      },
      io.now,
    ).finally(() => progress?.end());
    // Sites that left the batch: their folders go once the run is over (verify only reads, so it never prunes).
    const { pruneAfterRun, describeOrphan } = await import('../pipeline/orphans.js');
    const pruned =
      command === 'verify' || args.keepOrphans
        ? []
        : await pruneAfterRun(
            project,
            batchIds.map((id) => ({ batch: id, sites: (report.domains.get(id) ?? []).map((domain) => ({ domain })), rejected: report.rejected.filter((r) => r.batch === id).flatMap((r) => r.rows) })),
            shard !== undefined,
          );
    const elapsed = io.now() - started;
    const rejected = report.rejected.reduce((n, r) => n + rowsIn(r.rows), 0);
    if (args.json) {
      io.stdout(JSON.stringify({ counts: report.counts, levels: report.levels, written: report.written, checksSkipped: report.checksSkipped, rejected: report.rejected, timingMs: report.timing, elapsedMs: Math.round(elapsed), sites: report.sites.map(({ timing: _t, ...s }) => s), orphans: pruned }, null, 2) + '\n');
    } else {
      for (const o of pruned) io.stderr(`${describeOrphan(o)}\n`);
      for (const w of report.warnings) printRows(io, `Warnings in batches of ${w.batch}`, w.rows, 'warned');
      for (const r of report.rejected) printRows(io, `Rejected rows in batches of ${r.batch}`, r.rows);
      for (const site of report.sites) {
        const shown = site.findings.filter((f) => f.severity !== 'info');
        if (shown.length === 0) continue;
        io.stderr(`${site.batch}/${site.domain} (${site.status}):\n`);
        for (const f of shown) io.stderr(`  ${f.severity} ${f.rule}: ${formatProblem(f.message, f.place)}\n`);
      }
      const c = report.counts;
      const done = Object.values(c).reduce((n, k) => n + k, 0);
      const stageMs = report.timing.design + report.timing.implement + report.timing.verify;
      const parts = [
        `${c.verified} verified`,
        ...(command !== 'verify' ? [`${c.implemented} implemented`] : []),
        `${c.failed} failed`,
        ...(command === 'build' ? [`${c.skipped} already verified`] : []),
        `${rejected} rejected`,
      ];
      const share = command === 'build' && stageMs > 0 ? `; verification ${percent(report.timing.verify, stageMs)} of stage time` : '';
      const lv = report.levels;
      const levels = lv.fast + lv.sampled + lv.full > 0 ? `; checks: ${lv.fast} fast path, ${lv.sampled} sampled full, ${lv.full} full` : '';
      const reused = report.checksSkipped > 0 ? `; ${plural(report.checksSkipped, 'check')} reused (same bytes passed before)` : '';
      io.stdout(`${batchIds.join(', ')}: ${plural(done, 'site')}: ${parts.join(', ')}; ${plural(report.written, 'file')} written in ${seconds(elapsed)} (${rate(done, elapsed)})${share}${levels}${reused}\n`);
    }
    return report.counts.failed > 0 || rejected > 0 ? EXIT_FINDINGS : EXIT_OK;
  };
}
