// The project's batch files: which ids exist and which file an id names. Light: the CLI loads it at start-up.
import { showText } from '../batch/characters.js';
import { existsSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import { WdmError } from '../shared/errors.js';
import { BATCH_ID } from '../shared/batch-id.js';
import { BATCH_EXTENSIONS } from '../batch/batch-id.js';

export { BATCH_EXTENSIONS };

/** Batch ids found in the project's batches/ folder, sorted. */
export function listBatchIds(projectDir: string): string[] {
  const dir = join(projectDir, 'batches');
  if (!existsSync(dir)) return [];
  const ids = new Set<string>();
  for (const entry of readdirSync(dir, { withFileTypes: true })) {
    if (!entry.isFile() || entry.name.startsWith('.')) continue;
    const dot = entry.name.lastIndexOf('.');
    if (dot > 0 && BATCH_EXTENSIONS.includes(entry.name.slice(dot + 1))) ids.add(entry.name.slice(0, dot));
  }
  return [...ids].sort((a, b) => (a < b ? -1 : a > b ? 1 : 0));
}

/** The batch file of an id: `batches/<id>.<ext>`; exactly one must exist. Returns the project-relative path. */
export function batchFileOf(projectDir: string, id: string): string {
  if (!BATCH_ID.test(id)) {
    throw new WdmError('E_USAGE', `Unexpected batch id "${showText(id)}", expected letters, digits, dots, hyphens or underscores (like 010)`, {}, 'batch ids are file stems under batches/');
  }
  const found = BATCH_EXTENSIONS.map((ext) => `batches/${id}.${ext}`).filter((p) => existsSync(join(projectDir, p)));
  if (found.length === 0) {
    const known = listBatchIds(projectDir);
    throw new WdmError(
      'E_BATCH_MISSING',
      `No batch file for batch "${id}": expected batches/${id}.yaml (or .json, .csv, .txt)`,
      { file: `batches/${id}.yaml` },
      known.length > 0 ? `known batches: ${known.join(', ')}` : 'create the batches/ folder with a batch file, or run `wdm-design init`',
    );
  }
  if (found.length > 1) {
    throw new WdmError('E_BATCH_FORMAT', `Batch "${id}" is ambiguous: ${found.join(' and ')} both exist`, { file: found[0]! }, 'keep one of them');
  }
  return found[0]!;
}

