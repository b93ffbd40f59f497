// `wdm-design status`: counts per state for the sites' current inputs, and with --status the sites in one state.
import { resolve } from 'node:path';
import { parseStateName, STATE_NAMES } from '../registry/states.js';
import { relPath } from '../pipeline/files.js';
import { batchIdsFrom, parseShard } from './options.js';
import { EXIT_OK, type Io } from './io.js';

export interface StatusArgs {
  batch?: string[];
  all?: boolean;
  status?: string;
  project?: string;
  json?: boolean;
  shard?: string;
  repair?: boolean;
}

export async function runStatus(args: StatusArgs, io: Io): Promise<number> {
  // Loaded when the command runs, not at start-up: `--help` and a no-op hook stay fast.
  const { batchStatusAt, repairBatchAt } = await import('../pipeline/status-keys.js');
  const dir = resolve(args.project ?? io.cwd);
  // The project (rules, templates) is loaded only when the remembered keys are out of date.
  const load = async () => (await import('../pipeline/project.js')).loadProject(dir);
  const project = { dir };
  const ids = batchIdsFrom(args, project.dir);
  const wanted = args.status !== undefined ? parseStateName(args.status) : undefined;
  const shard = parseShard(args.shard);
  const out: unknown[] = [];
  const repairs: unknown[] = [];
  for (const id of ids) {
    if (args.repair) {
      const report = repairBatchAt(project.dir, id);
      const show = (p: string) => relPath(project.dir, p);
      for (const f of report.repaired) {
        if (args.json) {
          repairs.push({ batch: id, file: show(f.file), setAside: show(f.setAside), keptIn: show(f.keptIn), kept: f.kept, dropped: f.dropped.map((d) => ({ line: d.line, reason: d.reason, text: d.text })) });
          continue;
        }
        io.stderr(`${id}: repaired ${show(f.file)}: kept ${f.kept} records in ${show(f.keptIn)}, set the original aside as ${show(f.setAside)}, dropped ${f.dropped.length}:\n`);
        for (const d of f.dropped) io.stderr(`  line ${d.line}: ${d.reason}: ${d.text}\n`);
      }
      if (report.repaired.length === 0 && !args.json) io.stderr(`${id}: journal intact, nothing to repair\n`);
      else if (report.repaired.length > 0 && !args.json) io.stderr(`${id}: rerun \`wdm-design build --batch ${id}\` to redo the sites whose records were dropped\n`);
    }
    const status = await batchStatusAt(project.dir, id, shard, load);
    const sites = wanted ? [...status.sites.values()].filter((s) => s.state === wanted) : [];
    // Which checks the verified (and finalized) sites passed: by shapes, sampled full, full.
    const checks = { fast: 0, sampled: 0, full: 0 };
    for (const s of status.sites.values()) if (s.check && (s.state === 'verified' || s.state === 'finalized')) checks[s.check] += 1;
    if (args.json) {
      out.push({
        batch: id,
        ...(args.repair ? { repaired: repairs.filter((r) => (r as { batch: string }).batch === id) } : {}),
        counts: status.counts,
        changed: status.changed.map((c) => ({ domain: c.domain, file: c.file, recordedAs: c.claimedBy, found: c.found === 'missing' ? 'missing' : 'changed', message: c.message })),
        checks,
        ...(wanted ? { status: wanted, sites: sites.map((s) => ({ domain: s.domain, state: s.state, ...(s.check ? { check: s.check } : {}), ...(s.message ? { message: s.message } : {}) })) } : {}),
      });
      continue;
    }
    // A file whose bytes differ from what a state recorded: the site counts in the state below, and says why.
    for (const c of status.changed) io.stderr(`${id}: ${c.domain}: ${c.message}\n`);
    if (wanted) {
      for (const s of sites) io.stdout(`${s.domain}${s.message ? `\t${s.message}` : ''}\n`);
      if (ids.length > 1 || sites.length === 0) io.stderr(`${id}: ${sites.length} ${wanted}\n`);
    } else {
      const total = status.sites.size;
      const changedSites = new Set(status.changed.map((c) => c.domain)).size;
      const levels = checks.fast + checks.sampled + checks.full > 0 ? ` (checks passed: ${checks.full} full, ${checks.sampled} sampled full, ${checks.fast} fast path)` : '';
      io.stdout(`${id}: ${total} sites: ${STATE_NAMES.map((n) => `${status.counts[n]} ${n}`).join(', ')}${levels}${changedSites > 0 ? `; ${changedSites} with files changed since recorded (rerun build)` : ''}\n`);
    }
  }
  if (args.json) io.stdout(JSON.stringify(out.length === 1 ? out[0] : out, null, 2) + '\n');
  return EXIT_OK;
}
