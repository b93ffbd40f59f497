// `wdm-design status`: counts per state for the sites' current inputs, and with --status the sites in one state.
import type { Argv } from 'yargs';
import { batchStatus, loadProject, parseStateName, STATE_NAMES } from '../pipeline/index.js';
import { batchIdsFrom, parseShard, withBatchOptions } from './options.js';
import { EXIT_OK, type Io } from './io.js';

export interface StatusArgs {
  batch?: string[];
  all?: boolean;
  status?: string;
  project?: string;
  json?: boolean;
  shard?: string;
}

export function statusBuilder<T>(y: Argv<T>) {
  return withBatchOptions(y)
    .option('status', { alias: 's', type: 'string', description: 'List the sites in this state: pending|designed|implemented|verified|finalized|failed, or P D I V F X' })
    .option('shard', { type: 'string', description: 'Only the sites of shard i of n' })
    .option('project', { alias: 'C', type: 'string', description: 'Project folder (default: the current folder)' })
    .option('json', { type: 'boolean', description: 'Print as JSON' })
    .example('$0 status --batch 010', 'Counts per state')
    .example('$0 status --batch 010 --status I', 'The sites implemented but not yet verified');
}

export async function runStatus(args: StatusArgs, io: Io): Promise<number> {
  const project = loadProject(args.project ?? io.cwd);
  const ids = batchIdsFrom(args, project.dir);
  const wanted = args.status !== undefined ? parseStateName(args.status) : undefined;
  const shard = parseShard(args.shard);
  const out: unknown[] = [];
  for (const id of ids) {
    const status = batchStatus(project, id, shard);
    const sites = wanted ? [...status.sites.values()].filter((s) => s.state === wanted) : [];
    if (args.json) {
      out.push({
        batch: id,
        counts: status.counts,
        ...(wanted ? { status: wanted, sites: sites.map((s) => ({ domain: s.domain, state: s.state, ...(s.message ? { message: s.message } : {}) })) } : {}),
      });
      continue;
    }
    if (wanted) {
      for (const s of sites) io.stdout(`${s.domain}${s.message ? `\t${s.message}` : ''}\n`);
      if (ids.length > 1 || sites.length === 0) io.stderr(`${id}: ${sites.length} ${wanted}\n`);
    } else {
      const total = status.sites.size;
      io.stdout(`${id}: ${total} sites: ${STATE_NAMES.map((n) => `${status.counts[n]} ${n}`).join(', ')}\n`);
    }
  }
  if (args.json) io.stdout(JSON.stringify(out.length === 1 ? out[0] : out, null, 2) + '\n');
  return EXIT_OK;
}
