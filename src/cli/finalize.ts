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
  /** Publish pages that still show labelled sample sections (they are listed either way). */
  allowPlaceholders?: boolean;
  /** Refuse unless every validator checked every site (not the fast path alone). */
  requireFull?: boolean;
}

export async function runFinalize(args: FinalizeArgs, io: Io): Promise<number> {
  // Loaded when the command runs, not at start-up: `--help` and a no-op hook stay fast.
  const { finalize } = await import('../pipeline/status.js');
  const { loadProject } = await import('../pipeline/project.js');
  const project = loadProject(args.project ?? io.cwd, args.out !== undefined ? { outDir: args.out } : {});
  const published: { batch: string; files: number; target: string; placeholders?: { domain: string; sections: string[] }[] }[] = [];
  for (const id of batchIdsFrom(args, project.dir)) {
    const result = await finalize(project, id, { allowPlaceholders: args.allowPlaceholders === true, requireFull: args.requireFull === true });
    published.push({ batch: id, files: result.files, target: relPath(project.dir, result.target), ...(result.placeholders.length > 0 ? { placeholders: result.placeholders } : {}) });
    if (!args.json) {
      for (const p of result.placeholders) io.stderr(`${id}: ${p.domain}: published with placeholder sections: ${p.sections.join(', ')}\n`);
      io.stdout(`${id}: finalized: ${plural(result.files, 'file')} published to ${relPath(project.dir, result.target)}\n`);
    }
  }
  if (args.json) io.stdout(`${JSON.stringify({ finalized: published }, null, 2)}\n`);
  return EXIT_OK;
}
