// `wdm-design finalize`: publish a fully verified batch atomically into published/<batch>, then record finalized.
import type { Argv } from 'yargs';
import { relPath } from '../pipeline/files.js';
import { batchIdsFrom, withBatchOptions } from './options.js';
import { EXIT_OK, plural, type Io } from './io.js';

export interface FinalizeArgs {
  batch?: string[];
  all?: boolean;
  project?: string;
  out?: string;
}

export function finalizeBuilder<T>(y: Argv<T>) {
  return withBatchOptions(y)
    .option('project', { alias: 'C', type: 'string', description: 'Project folder (default: the current folder)' })
    .option('out', { alias: 'o', type: 'string', description: 'Root folder holding designs/ and sites/ (default: the project folder)' })
    .example('$0 finalize --batch 010', 'Refuses unless every site is verified; then publishes published/010 in one swap');
}

export async function runFinalize(args: FinalizeArgs, io: Io): Promise<number> {
  // Loaded when the command runs, not at start-up: `--help` and a no-op hook stay fast.
  const { finalize } = await import('../pipeline/status.js');
  const { loadProject } = await import('../pipeline/project.js');
  const project = loadProject(args.project ?? io.cwd, args.out !== undefined ? { outDir: args.out } : {});
  for (const id of batchIdsFrom(args, project.dir)) {
    const result = await finalize(project, id);
    io.stdout(`${id}: finalized: ${plural(result.files, 'file')} published to ${relPath(project.dir, result.target)}\n`);
  }
  return EXIT_OK;
}
