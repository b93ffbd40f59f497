// Every write, rename, removal and copy lands inside its output root: no symbolic link on the way, nothing outside it.
import fs from 'node:fs';
import path from 'node:path';
import { WdmError } from '../shared/errors.js';
import { currentFs, describeIoError, errnoOf, hintForErrno, nodeFs, O_CREAT, O_EXCL, O_NOFOLLOW, O_NONBLOCK, O_RDONLY, O_WRONLY, writeAll, type FileStat, type FsPort } from './fs-port.js';

/**
 * A folder the tool may write under: the project (for `.wdm/`), or the output root (`--out` / `outDir`, which is the
 * project unless the user chose another). `dir` is absolute; paths in messages are shown relative to `base`.
 *
 * Why every symbolic link below the root is refused, even one pointing back inside: the tool never creates one, so a
 * link on an output path was put there by someone else (a cloned repository can carry links), and following it would
 * overwrite whatever it points at. A user who wants the outputs elsewhere says so with `--out`.
 */
export interface OutputRoot {
  dir: string;
  base: string;
}

export function outputRoot(dir: string, base: string = dir): OutputRoot {
  return { dir: path.resolve(dir), base: path.resolve(base) };
}

/** A path as shown in a message: relative to the root's base with forward slashes, or absolute when outside it. */
export function showPath(root: OutputRoot, file: string): string {
  const rel = path.relative(root.base, file);
  if (rel === '') return '.';
  if (rel.startsWith('..') || path.isAbsolute(rel)) return file;
  return rel.split(path.sep).join('/');
}

/**
 * What a confined path or read ran into, beside the message: a caller that reads on behalf of its own input (a photo
 * named in a batch row) words the problem for that input, and still reads through this module's one reader.
 */
export type ConfineProblem =
  | { kind: 'outside' }
  | { kind: 'root' }
  | { kind: 'link' }
  | { kind: 'not-a-folder' }
  | { kind: 'missing' }
  | { kind: 'not-a-file'; folder: boolean }
  | { kind: 'too-large'; size: number; max: number }
  | { kind: 'changed' }
  | { kind: 'io'; errno: string | undefined };

export class ConfineError extends WdmError {
  readonly problem: ConfineProblem;

  constructor(problem: ConfineProblem, code: 'E_CONFINE' | 'E_IO', message: string, place: { file: string }, hint: string) {
    super(code, message, place, hint);
    this.problem = problem;
  }
}

function refusal(root: OutputRoot, action: string, target: string, problem: string, at: string, hint: string, kind: 'link' | 'root'): ConfineError {
  return new ConfineError({ kind }, 'E_CONFINE', `Refused to ${action} ${showPath(root, target)}: ${problem}`, { file: showPath(root, at) }, hint);
}

/** Whether `at` is `.wdm` or inside it (the tool's own state), for the hint. */
function underState(root: OutputRoot, at: string): boolean {
  const rel = path.relative(root.dir, at).split(path.sep);
  return rel[0] === '.wdm';
}

function linkTarget(fsp: FsPort, link: string): string {
  try {
    return ` (to ${fsp.readlinkSync(link)})`;
  } catch {
    return '';
  }
}

/** The components from the root (exclusive) down to `target` (inclusive); throws when `target` is not under the root. */
function componentsBelow(root: OutputRoot, target: string, action: string): string[] {
  const abs = path.resolve(target);
  const rel = path.relative(root.dir, abs);
  if (rel === '') return [];
  if (rel.startsWith('..') || path.isAbsolute(rel)) {
    throw new ConfineError(
      { kind: 'outside' },
      'E_CONFINE',
      `Refused to ${action} ${abs}: it is outside ${showPath(root, root.dir) === '.' ? 'the project folder' : `the output folder ${showPath(root, root.dir)}`}`,
      { file: abs },
      'every output goes under the project folder or the folder given with --out',
    );
  }
  // `rel` is normalised (path.relative), so each prefix is the root and the parts joined by the separator: the same
  // strings path.join gives, without re-normalising every prefix.
  const parts = rel.split(path.sep);
  const out: string[] = [];
  let at = root.dir.endsWith(path.sep) ? root.dir.slice(0, -1) : root.dir;
  for (const part of parts) {
    at = `${at}${path.sep}${part}`;
    out.push(at);
  }
  return out;
}

/**
 * lstat that answers undefined for a missing path instead of throwing: most output paths are new, and an ENOENT
 * thrown and caught costs far more than the system call. An injected file system (tests) keeps its own lstatSync.
 */
function lstatIfExists(fsp: FsPort, at: string): FileStat | undefined {
  if (fsp === nodeFs) return fs.lstatSync(at, { throwIfNoEntry: false });
  try {
    return fsp.lstatSync(at);
  } catch (error) {
    if (errnoOf(error) === 'ENOENT') return undefined;
    throw error;
  }
}

/**
 * Checks the existing part of the path from the root to `target`: every component a real folder (the last may be
 * anything but a symbolic link). Stops at the first component that does not exist yet (the caller creates it).
 * Returns whether `target` itself exists.
 */
export function checkConfined(root: OutputRoot, target: string, action = 'write', fsp: FsPort = currentFs(), targetIsFolder = false): boolean {
  const components = componentsBelow(root, target, action);
  return existingBelow(root, target, components, action, fsp, targetIsFolder) === components.length;
}

/** How many of `components` (from the root down) exist, each checked as `checkConfined` says; stops at the first missing. */
function existingBelow(root: OutputRoot, target: string, components: readonly string[], action: string, fsp: FsPort, targetIsFolder: boolean): number {
  for (let i = 0; i < components.length; i++) {
    const at = components[i] as string;
    const last = i === components.length - 1;
    let stat;
    try {
      stat = lstatIfExists(fsp, at);
      if (stat === undefined) return i;
    } catch (error) {
      const code = errnoOf(error);
      throw new ConfineError({ kind: 'io', errno: code }, 'E_IO', `Could not ${action} ${showPath(root, target)}: ${describeIoError(error)} at ${showPath(root, at)}`, { file: showPath(root, at) }, hintForErrno(code, showPath(root, path.dirname(at))));
    }
    if (stat.isSymbolicLink()) {
      throw refusal(
        root,
        action,
        target,
        `${showPath(root, at)} is a symbolic link${linkTarget(fsp, at)}, expected a real ${last ? 'file or folder' : 'folder'} inside ${root.dir === root.base ? 'the project' : action === 'read' ? showPath(root, root.dir) : 'the output folder'}`,
        at,
        action === 'read'
          ? 'put the file itself in place of the link and rerun: nothing is read through a symbolic link'
          : underState(root, at)
            ? 'remove the link and rerun: nothing was written through it, and the tool keeps its registry and caches in a real .wdm folder'
            : 'remove the link and rerun: nothing was written through it. To write the outputs elsewhere, pass --out DIR',
        'link',
      );
    }
    if ((!last || targetIsFolder) && !stat.isDirectory()) {
      throw new ConfineError(
        { kind: 'not-a-folder' },
        'E_IO',
        `Could not ${action} ${showPath(root, target)}: ${showPath(root, at)} is a file, expected a folder`,
        { file: showPath(root, at) },
        underState(root, at)
          ? `move the file ${showPath(root, at)} away and rerun: the tool keeps its registry and caches in a folder of that name`
          : `move the file ${showPath(root, at)} away and rerun: outputs go in a folder of that name`,
      );
    }
  }
  return components.length;
}

/** Creates `dir` under the root, one level at a time, each checked: never through a symbolic link. */
export function ensureConfinedDir(root: OutputRoot, dir: string, fsp: FsPort = currentFs(), confirmed?: Set<string>): void {
  if (confirmed?.has(path.resolve(dir))) return;
  const components = componentsBelow(root, dir, 'create the folder');
  // Folders the same caller checked a moment ago (one site's group of writes) are not checked again; the rest are.
  let from = 0;
  if (confirmed) {
    for (let i = components.length - 1; i >= 0; i--) {
      if (confirmed.has(components[i] as string)) {
        from = i + 1;
        break;
      }
    }
  }
  const existing = from + existingBelow(root, dir, from === 0 ? components : components.slice(from), 'create the folder', fsp, false);
  ensureFrom(root, dir, components, existing, fsp);
  if (confirmed) for (const at of components) confirmed.add(at);
}

function ensureFrom(root: OutputRoot, dir: string, components: readonly string[], existing: number, fsp: FsPort): void {
  if (existing === components.length) {
    const stat = fsp.lstatSync(dir);
    if (!stat.isDirectory()) {
      throw new WdmError('E_IO', `Could not create the folder ${showPath(root, dir)}: a file has that name, expected a folder`, { file: showPath(root, dir) }, `move ${showPath(root, dir)} away and rerun`);
    }
    return;
  }
  // Only the missing ones are made: the folders above were just checked (a site's folder is new, its batch's is not).
  for (const at of components.slice(existing)) {
    try {
      fsp.mkdirSync(at);
    } catch (error) {
      const code = errnoOf(error);
      if (code !== 'EEXIST') {
        throw new WdmError('E_IO', `Could not create the folder ${showPath(root, at)}: ${describeIoError(error)}`, { file: showPath(root, at) }, hintForErrno(code, showPath(root, path.dirname(at))));
      }
      // It existed (or appeared meanwhile): it must still be a real folder.
      const stat = fsp.lstatSync(at);
      if (stat.isSymbolicLink() || !stat.isDirectory()) checkConfined(root, at, 'create the folder', fsp);
    }
  }
}

/**
 * Prepares writing `file` under the root: its folder exists (created confined), and the file itself is absent or a
 * regular file, never a link or a folder. Returns whether the file exists.
 */
export function prepareConfinedWrite(root: OutputRoot, file: string, fsp: FsPort = currentFs(), confirmed?: Set<string>): boolean {
  ensureConfinedDir(root, path.dirname(file), fsp, confirmed);
  let stat;
  try {
    stat = lstatIfExists(fsp, file);
    if (stat === undefined) return false;
  } catch (error) {
    throw new WdmError('E_IO', `Could not write ${showPath(root, file)}: ${describeIoError(error)}`, { file: showPath(root, file) }, hintForErrno(errnoOf(error), showPath(root, path.dirname(file))));
  }
  if (stat.isSymbolicLink()) checkConfined(root, file, 'write', fsp);
  if (!stat.isFile()) {
    throw new WdmError('E_IO', `Could not write ${showPath(root, file)}: a folder or special file has that name, expected a regular file`, { file: showPath(root, file) }, `move ${showPath(root, file)} away and rerun`);
  }
  return true;
}

/** Removes a file or a whole tree under the root (links inside the tree are removed, never followed). */
export function removeConfined(root: OutputRoot, target: string, fsp: FsPort = currentFs()): void {
  if (componentsBelow(root, target, 'remove').length === 0) throw refusal(root, 'remove', target, 'it is the output root itself', target, 'this is a bug: please report it', 'root');
  // The last component may be a link (removing a link is safe); the folders above it may not.
  checkConfined(root, path.dirname(target), 'remove', fsp);
  fsp.rmSync(target);
}

/** Renames within the root: both ends checked. */
export function renameConfined(root: OutputRoot, from: string, to: string, fsp: FsPort = currentFs()): void {
  checkConfined(root, path.dirname(from), 'rename', fsp);
  checkConfined(root, path.dirname(to), 'rename', fsp);
  fsp.renameSync(from, to);
}

/** Options of `readRegularFile`. */
export interface ReadOptions {
  /** Largest size read, in bytes (as fstat reports it on the opened file): a larger file is refused unread. */
  max?: number;
  fsp?: FsPort;
}

/**
 * The bytes of `file` if it is a regular file, opened without following a link in its last component and without
 * blocking (a FIFO cannot hang the open; a device is never read); `missing` or `not a regular file` otherwise. For
 * paths the tool recorded itself (a journal's outputs), where the folders above were checked when it wrote them.
 */
export function readLeafFile(file: string, fsp: FsPort = currentFs()): Buffer | 'missing' | 'not a regular file' {
  let fd: number;
  try {
    fd = fsp.openSync(file, O_RDONLY | O_NOFOLLOW | O_NONBLOCK);
  } catch (error) {
    const code = errnoOf(error);
    if (code === 'ENOENT' || code === 'ENOTDIR') return 'missing';
    if (code === 'ELOOP' || code === 'ENXIO' || code === 'EISDIR') return 'not a regular file';
    throw error;
  }
  try {
    const stat = fsp.fstatSync(fd);
    if (!stat.isFile()) return 'not a regular file';
    return readOpen(fsp, fd, stat.size);
  } finally {
    fsp.closeSync(fd);
  }
}

/** The bytes of an open file, up to `size` (fewer when it ends sooner: a file cut short while being read). */
function readOpen(fsp: FsPort, fd: number, size: number): Buffer {
  const bytes = Buffer.alloc(size);
  let offset = 0;
  while (offset < size) {
    const n = fsp.readSync(fd, bytes, offset, size - offset, offset);
    if (n <= 0) break;
    offset += n;
  }
  return bytes.subarray(0, offset);
}

/**
 * Reads a regular file under `root` (a photo in the project, a font in a package): refused when it, or a folder on
 * the way, is a symbolic link, or when it is not a regular file (a device, a FIFO, a socket), or is larger than
 * `max`. Opened with O_NOFOLLOW (and O_NONBLOCK, so a FIFO swapped in cannot hang the open) and checked with fstat,
 * so a link or special file swapped in after the check is neither followed nor read.
 */
export function readRegularFile(root: OutputRoot, file: string, options: ReadOptions = {}): Buffer {
  const fsp = options.fsp ?? currentFs();
  const max = options.max ?? Number.POSITIVE_INFINITY;
  if (!checkConfined(root, file, 'read', fsp)) {
    throw new ConfineError({ kind: 'missing' }, 'E_IO', `Could not read ${showPath(root, file)}: ENOENT (no such file or directory)`, { file: showPath(root, file) }, 'check the path');
  }
  let fd: number;
  try {
    fd = fsp.openSync(file, O_RDONLY | O_NOFOLLOW | O_NONBLOCK);
  } catch (error) {
    const code = errnoOf(error);
    if (code === 'ELOOP') checkConfined(root, file, 'read', fsp);
    throw new ConfineError({ kind: 'io', errno: code }, 'E_IO', `Could not read ${showPath(root, file)}: ${describeIoError(error)}`, { file: showPath(root, file) }, 'check the file and its permissions');
  }
  try {
    const stat = fsp.fstatSync(fd);
    if (!stat.isFile()) {
      throw new ConfineError({ kind: 'not-a-file', folder: stat.isDirectory() }, 'E_CONFINE', `Refused to read ${showPath(root, file)}: it is not a regular file (a device, pipe, socket or folder)`, { file: showPath(root, file) }, 'only regular files are read and copied; replace it with a regular file');
    }
    if (stat.size > max) {
      throw new ConfineError({ kind: 'too-large', size: stat.size, max }, 'E_CONFINE', `Refused to read ${showPath(root, file)}: it is ${stat.size} bytes, expected at most ${max}`, { file: showPath(root, file) }, 'replace it with a smaller file and rerun');
    }
    const bytes = readOpen(fsp, fd, stat.size);
    if (bytes.length !== stat.size) {
      throw new ConfineError({ kind: 'changed' }, 'E_IO', `Could not read ${showPath(root, file)}: it ended after ${bytes.length} of ${stat.size} bytes (it changed while being read)`, { file: showPath(root, file) }, 'rerun once the file is complete');
    }
    return bytes;
  } finally {
    fsp.closeSync(fd);
  }
}

/**
 * Creates `file` under the root with these bytes; the file must not exist yet (O_EXCL, O_NOFOLLOW). For trees built
 * fresh in a temporary folder (finalize); replacing an existing output goes through `atomicWriteFile`.
 */
export function createConfinedFile(root: OutputRoot, file: string, bytes: Uint8Array, fsp: FsPort = currentFs()): void {
  ensureConfinedDir(root, path.dirname(file), fsp);
  let fd: number;
  try {
    fd = fsp.openSync(file, O_WRONLY | O_CREAT | O_EXCL | O_NOFOLLOW, 0o644);
  } catch (error) {
    throw new WdmError('E_IO', `Could not write ${showPath(root, file)}: ${describeIoError(error)}`, { file: showPath(root, file) }, hintForErrno(errnoOf(error), showPath(root, path.dirname(file))));
  }
  try {
    writeAll(fsp, fd, bytes);
  } catch (error) {
    throw new WdmError('E_IO', `Could not write ${showPath(root, file)}: ${describeIoError(error)}`, { file: showPath(root, file) }, hintForErrno(errnoOf(error), showPath(root, path.dirname(file))));
  } finally {
    fsp.closeSync(fd);
  }
}

/** Copies one regular file (see `readRegularFile`) from under `fromRoot` to a new file under `toRoot`. */
export function copyRegularFile(fromRoot: OutputRoot, from: string, toRoot: OutputRoot, to: string, fsp: FsPort = currentFs()): number {
  const bytes = readRegularFile(fromRoot, from, { fsp });
  createConfinedFile(toRoot, to, bytes, fsp);
  return bytes.length;
}
