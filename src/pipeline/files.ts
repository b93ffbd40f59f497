// File-system helpers of the pipeline: sorted globbing, text reading with places, and write-if-changed.
import { readdirSync, readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { dirname, join, relative, sep } from 'node:path';
import type FastGlob from 'fast-glob';
import { isWdmError, WdmError } from '../shared/errors.js';
import { writeFileIfChanged } from '../registry/index.js';

/** Project-relative path with forward slashes, for messages and output (never absolute). */
export function relPath(root: string, path: string): string {
  const rel = relative(root, path);
  return (rel === '' ? '.' : rel).split(sep).join('/');
}

const byCodeUnit = (a: string, b: string): number => (a < b ? -1 : a > b ? 1 : 0);

/**
 * Files under `dir` matching `patterns`, sorted by their relative path (fast-glob's order is not stable). fast-glob
 * is loaded on first use only: the commands that never list with a pattern do not pay for its import.
 */
export function listFiles(dir: string, patterns: string[]): string[] {
  const fg = createRequire(import.meta.url)('fast-glob') as typeof FastGlob;
  const found = fg.sync(patterns, { cwd: dir, onlyFiles: true, dot: false, followSymbolicLinks: false });
  return found.sort(byCodeUnit);
}

/**
 * Regular files under `dir` (recursively, not through symbolic links, skipping dot-names) whose name ends with one
 * of `extensions`, as sorted relative paths with forward slashes: the same list as `listFiles(dir, ['**\/*.ext'])`.
 */
export function filesWithExtensions(dir: string, extensions: readonly string[]): string[] {
  const out: string[] = [];
  const walk = (abs: string, rel: string) => {
    for (const entry of readdirSync(abs, { withFileTypes: true })) {
      if (entry.name.startsWith('.')) continue;
      const child = rel === '' ? entry.name : `${rel}/${entry.name}`;
      if (entry.isDirectory()) walk(join(abs, entry.name), child);
      else if (entry.isFile() && extensions.some((ext) => entry.name.endsWith(ext))) out.push(child);
    }
  };
  walk(dir, '');
  return out.sort(byCodeUnit);
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
 * `durable`, fsynced first). `existing`: the bytes the caller just read (null: no file), to skip reading again. Errors name the project-relative `display` path, never an absolute one.
 */
export function writeIfChanged(path: string, text: string, options: { durable?: boolean; display?: string; existing?: Uint8Array | null } = {}): WriteOutcome {
  try {
    return writeFileIfChanged(path, text, { durability: options.durable ? 'each' : 'none', ...(options.existing !== undefined ? { existing: options.existing } : {}) });
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
