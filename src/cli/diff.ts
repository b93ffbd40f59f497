// `wdm-design diff`: what changed in the designs since a git ref, for a reviewer (text, PR-comment Markdown or JSON).
import { resolve } from 'node:path';
import { WdmError } from '../shared/errors.js';
import { EXIT_FINDINGS, EXIT_OK, type Io } from './io.js';

export interface DiffArgs {
  base?: string;
  format?: string;
  exitCode?: boolean;
  out?: string;
  project?: string;
}

const FORMATS = ['text', 'markdown', 'json'] as const;

export async function runDiff(args: DiffArgs, io: Io): Promise<number> {
  // Loaded when the command runs, not at start-up: `--help` and a no-op hook stay fast.
  const { diffDesigns } = await import('../pipeline/diff.js');
  const { formatDiffJson, formatDiffMarkdown, formatDiffText, hasChanges } = await import('../pipeline/review-api.js');
  const { loadConfig } = await import('../pipeline/config.js');
  const format = args.format ?? 'text';
  if (!(FORMATS as readonly string[]).includes(format)) {
    throw new WdmError('E_USAGE', `Unexpected --format ${format}, expected one of ${FORMATS.join(', ')}`);
  }
  const dir = resolve(args.project ?? io.cwd);
  // Only the output folder is needed: no rules or templates are loaded to compare two sets of files.
  const outDir = resolve(dir, args.out ?? loadConfig(dir).outDir);
  const report = diffDesigns(dir, outDir, args.base ?? 'HEAD');
  io.stdout(format === 'json' ? formatDiffJson(report) : format === 'markdown' ? formatDiffMarkdown(report) : formatDiffText(report));
  return args.exitCode && hasChanges(report) ? EXIT_FINDINGS : EXIT_OK;
}
