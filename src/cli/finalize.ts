// `wdm-design finalize`: publish a fully verified batch atomically into published/<batch>, then record finalized.
import { relPath } from '../pipeline/files.js';
import { batchIdsFrom } from './options.js';
import { EXIT_OK, plural, type Io } from './io.js';

export interface FinalizeArgs {
  batch?: string[];
  all?: boolean;
  project?: string;
  out?: string;
  json?: boolean;
  requireFull?: boolean;
}

export async function runFinalize(args: FinalizeArgs, io: Io): Promise<number> {
  // Loaded when the command runs, not at start-up: `--help` and a no-op hook stay fast.
  const { finalize } = await import('../pipeline/status.js');
  const { loadProject } = await import('../pipeline/project.js');
  const project = loadProject(args.project ?? io.cwd, args.out !== undefined ? { outDir: args.out } : {});
  const published: { batch: string; files: number; target: string }[] = [];
  for (const id of batchIdsFrom(args, project.dir)) {
    const result = await finalize(project, id, { requireFull: args.requireFull === true });
    published.push({ batch: id, files: result.files, target: relPath(project.dir, result.target) });
    if (!args.json) io.stdout(`${id}: finalized: ${plural(result.files, 'file')} published to ${relPath(project.dir, result.target)}\n`);
  }
  if (args.json) io.stdout(`${JSON.stringify({ finalized: published }, null, 2)}\n`);
  return EXIT_OK;
}
