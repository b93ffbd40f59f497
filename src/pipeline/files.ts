// File-system helpers of the pipeline: sorted globbing, text reading with places, and write-if-changed.
import { readFileSync } from 'node:fs';
import { dirname, relative, sep } from 'node:path';
import fg from 'fast-glob';
import { isWdmError, WdmError } from '../shared/errors.js';
import { writeFileIfChanged } from '../registry/index.js';

/** Project-relative path with forward slashes, for messages and output (never absolute). */
export function relPath(root: string, path: string): string {
  const rel = relative(root, path);
  return (rel === '' ? '.' : rel).split(sep).join('/');
}

/** Files under `dir` matching `patterns`, sorted by their relative path (fast-glob's order is not stable). */
export function listFiles(dir: string, patterns: string[]): string[] {
  const found = fg.sync(patterns, { cwd: dir, onlyFiles: true, dot: false, followSymbolicLinks: false });
  return found.sort((a, b) => (a < b ? -1 : a > b ? 1 : 0));
}

export function readText(path: string, display: string): string {
  try {
    return readFileSync(path, 'utf8');
  } catch (error) {
    const code = (error as NodeJS.ErrnoException).code;
    throw new WdmError('E_IO', `Cannot read ${display} (${code ?? 'error'})`, { file: display }, code === 'EACCES' ? 'check the file permissions' : undefined);
  }
}

export function readTextIfExists(path: string): string | undefined {
  try {
    return readFileSync(path, 'utf8');
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code === 'ENOENT' || (error as NodeJS.ErrnoException).code === 'ENOTDIR') return undefined;
    throw error;
  }
}

export type WriteOutcome = 'written' | 'unchanged';

/**
 * Writes `text` to `path` unless the file already holds exactly these bytes, through the registry's atomic writer
 * (temporary file in the same folder, renamed into place: a reader or a crash never sees half a file; with
 * `durable`, fsynced first). Errors name the project-relative `display` path, never an absolute one.
 */
export function writeIfChanged(path: string, text: string, options: { durable?: boolean; display?: string } = {}): WriteOutcome {
  try {
    return writeFileIfChanged(path, text, { durability: options.durable ? 'each' : 'none' });
  } catch (error) {
    if (isWdmError(error) && error.code === 'E_IO' && options.display !== undefined) {
      const display = options.display;
      const shown = (text: string) => text.split(path).join(display).split(dirname(path)).join(dirname(display));
      throw new WdmError('E_IO', shown(error.message), { file: display }, error.hint === undefined ? undefined : shown(error.hint));
    }
    throw error;
  }
}

export function ioError(error: unknown, display: string): WdmError {
  const code = (error as NodeJS.ErrnoException).code ?? 'error';
  const hints: Record<string, string> = {
    EACCES: 'the output folder is not writable: fix its permissions or choose another with --out',
    EROFS: 'the output folder is on a read-only file system: choose another with --out',
    ENOSPC: 'the disk is full: free some space and rerun; finished sites are kept',
    EDQUOT: 'the disk quota is exhausted: free some space and rerun',
  };
  return new WdmError('E_IO', `Cannot write ${display} (${code})`, { file: display }, hints[code] ?? 'check the path and rerun');
}
