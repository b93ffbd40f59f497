// File-system helpers of the pipeline: sorted globbing, text reading with places, and write-if-changed.
import { readdirSync, readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { join, relative, sep } from 'node:path';
import type FastGlob from 'fast-glob';
import { WdmError, type ErrorCode } from '../shared/errors.js';
import { decodeUtf8 } from '../shared/encoding.js';
import { checkConfined, outputRoot, writeFileIfChanged, type OutputRoot } from '../registry/index.js';

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

/** The error code for a file that is not UTF-8, by what the file is (its project-relative path). */
function encodingErrorCode(display: string): ErrorCode {
  if (display.startsWith('batches/') || display.startsWith('content/')) return 'E_BATCH_PARSE';
  if (display.startsWith('rules/')) return 'E_RULES_PARSE';
  if (display.startsWith('templates/')) return 'E_TEMPLATE';
  if (display.endsWith('DESIGN.md')) return 'E_DESIGN_PARSE';
  if (display === 'wdm.config.yaml') return 'E_CONFIG';
  return 'E_IO';
}

/**
 * A text input (batch, rules, config, content, template, DESIGN.md): UTF-8 only, a byte order mark allowed and
 * dropped. Latin-1, UTF-16 and the like are refused naming the encoding and the line and byte (shared/encoding.ts),
 * never read with replacement characters.
 */
export function readText(path: string, display: string): string {
  let bytes: Buffer;
  try {
    bytes = readFileSync(path);
  } catch (error) {
    const code = (error as NodeJS.ErrnoException).code;
    throw new WdmError('E_IO', `Cannot read ${display} (${code ?? 'error'})`, { file: display }, code === 'EACCES' ? 'check the file permissions' : undefined);
  }
  return decodeUtf8(bytes, display, encodingErrorCode(display));
}

/**
 * Like `readText`, undefined when the file (or a folder on its path) does not exist. Without `display` the file is the
 * tool's own (a cache): read leniently, since its checks reject anything odd in it anyway.
 */
export function readTextIfExists(path: string, display?: string): string | undefined {
  let bytes: Buffer;
  try {
    bytes = readFileSync(path);
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code === 'ENOENT' || (error as NodeJS.ErrnoException).code === 'ENOTDIR') return undefined;
    throw error;
  }
  return display === undefined ? bytes.toString('utf8') : decodeUtf8(bytes, display, encodingErrorCode(display));
}

export type WriteOutcome = 'written' | 'unchanged';

/** Where a project's outputs may be written, and from where that is checked (see registry/confine.ts). */
export interface RootsOf {
  dir: string;
  outDir: string;
}

/**
 * The root designs/, sites/, previews/ and published/ are written under. When the output folder is inside the project
 * (the default, or `outDir: build`), the check starts at the project folder, so an output folder that is itself a
 * symbolic link out of the project is refused too; a folder the user chose outside the project is its own root.
 */
export function outputRootOf(project: RootsOf): OutputRoot {
  const rel = relative(project.dir, project.outDir);
  const inside = rel === '' || !(rel.startsWith('..') || rel.startsWith(sep) || /^[A-Za-z]:/.test(rel));
  return outputRoot(inside ? project.dir : project.outDir, project.dir);
}

/** The root of the tool's own state (`.wdm/`: registry and caches): always the project folder. */
export function stateRootOf(projectDir: string): OutputRoot {
  return outputRoot(projectDir);
}

/**
 * `.wdm/<sub>` of the project, checked before use: a `.wdm` (or `.wdm/<sub>`) that is a file or a symbolic link is
 * reported clearly instead of failing later with ENOTDIR, or writing through the link.
 */
export function stateDir(projectDir: string, sub: string): string {
  const dir = join(projectDir, '.wdm', sub);
  checkConfined(stateRootOf(projectDir), dir, 'use', undefined, true);
  return dir;
}

/**
 * Writes `text` (or its UTF-8 bytes, when the caller has them) to `path` unless the file already holds exactly these bytes, through the registry's atomic writer
 * (temporary file in the same folder, renamed into place: a reader or a crash never sees half a file; with
 * `durable`, fsynced first), confined to `root`. Errors name project-relative paths. `existing`: the bytes the caller
 * just read (null: no file), so the file is not read a second time.
 */
export function writeIfChanged(path: string, text: string | Uint8Array, options: { root: OutputRoot; durable?: boolean; existing?: Uint8Array | null }): WriteOutcome {
  return writeFileIfChanged(path, text, { root: options.root, durability: options.durable ? 'each' : 'none', ...(options.existing !== undefined ? { existing: options.existing } : {}) });
}
