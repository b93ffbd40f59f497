// `wdm-design registry merge <dir>...`: bring the journals of other shards or machines into this project's registry.
import { resolve } from 'node:path';
import { WdmError } from '../shared/errors.js';
import { relPath } from '../pipeline/files.js';
import { EXIT_OK, plural, type Io } from './io.js';

export interface RegistryArgs {
  action?: string;
  dirs?: string[];
  batch?: string[];
  project?: string;
  json?: boolean;
}

export async function runRegistry(args: RegistryArgs, io: Io): Promise<number> {
  // Loaded when the command runs, not at start-up: `--help` and a no-op hook stay fast.
  const { loadProject } = await import('../pipeline/project.js');
  const { mergeRegistries } = await import('../pipeline/status.js');
  if (args.action !== 'merge') throw new WdmError('E_USAGE', `Unexpected registry action ${String(args.action)}, expected merge`);
  const dirs = (args.dirs ?? []).map((d) => resolve(io.cwd, String(d)));
  if (dirs.length === 0) throw new WdmError('E_USAGE', 'No folder given: expected `registry merge <dir>...`', {}, 'name the shard folders to merge');
  const project = loadProject(args.project ?? io.cwd);
  const batches = args.batch?.flatMap((b) => String(b).split(',')).map((b) => b.trim()).filter((b) => b.length > 0);
  const report = mergeRegistries(project, dirs, batches && batches.length > 0 ? batches : undefined);
  const show = (p: string) => relPath(io.cwd, p);
  if (args.json) {
    io.stdout(JSON.stringify(report.files.map((f) => ({ ...f, from: show(f.from), ...(f.to ? { to: show(f.to) } : {}) })), null, 2) + '\n');
    return EXIT_OK;
  }
  for (const f of report.files) {
    const torn = f.tornLine !== undefined ? ` (torn last line ${f.tornLine} left out: never acknowledged)` : '';
    io.stdout(`${show(f.from)} → ${f.to ? show(f.to) : 'already present'}: ${plural(f.records, 'record')}${torn}\n`);
  }
  const merged = report.files.filter((f) => f.to !== undefined);
  const batchIds = [...new Set(report.files.map((f) => f.batch))].sort();
  io.stdout(`Merged ${plural(merged.length, 'journal file')} (${plural(merged.reduce((n, f) => n + f.records, 0), 'record')}) of ${batchIds.length > 0 ? batchIds.join(', ') : 'no batch'}; check with \`wdm-design status --batch <id>\`\n`);
  return EXIT_OK;
}
