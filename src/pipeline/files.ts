// File-system helpers of the pipeline: sorted globbing, text reading with places, and write-if-changed.
import { closeSync, fsyncSync, mkdirSync, openSync, readFileSync, renameSync, unlinkSync, writeSync } from 'node:fs';
import { dirname, join, relative, sep } from 'node:path';
import fg from 'fast-glob';
import { WdmError } from '../shared/errors.js';

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

let tempCounter = 0;

/**
 * Writes `text` to `path` unless the file already holds exactly these bytes. A write goes to a temporary file in
 * the same folder and is renamed into place, so a reader (or a crash) never sees half a file. With `durable`, the
 * temporary file is fsynced before the rename.
 */
export function writeIfChanged(path: string, text: string, options: { durable?: boolean; display?: string } = {}): WriteOutcome {
  const bytes = Buffer.from(text, 'utf8');
  let existing: Buffer | undefined;
  try {
    existing = readFileSync(path);
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code !== 'ENOENT') throw ioError(error, options.display ?? path);
  }
  if (existing && existing.equals(bytes)) return 'unchanged';
  const dir = dirname(path);
  const temp = join(dir, `.${process.pid}.${++tempCounter}.tmp`);
  try {
    mkdirSync(dir, { recursive: true });
    const fd = openSync(temp, 'w', 0o644);
    try {
      writeSync(fd, bytes, 0, bytes.length, 0);
      if (options.durable) fsyncSync(fd);
    } finally {
      closeSync(fd);
    }
    renameSync(temp, path);
  } catch (error) {
    try {
      unlinkSync(temp);
    } catch {
      // The temporary file may not exist; nothing to clean.
    }
    throw ioError(error, options.display ?? path);
  }
  return 'written';
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
