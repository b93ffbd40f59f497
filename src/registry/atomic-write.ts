// Output files written so that a reader, or a crash, sees the old bytes or the new, never half; optionally in groups.
import path from 'node:path';
import { spawnSync } from 'node:child_process';
import { WdmError } from '../shared/errors.js';
import { sha256 } from '../shared/hash.js';
import { describeIoError, errnoOf, fsyncDir, nodeFs, O_CREAT, O_EXCL, O_RDONLY, O_WRONLY, writeAll, type FsPort } from './fs-port.js';

/**
 * each:  write temp, fsync, rename, fsync dir for every file (~400 µs a file here).
 * group: write temp and rename with no fsync, then make the whole group durable with one syncfs(2) (`sync -f`),
 *        falling back to fsyncing each file and directory (~100 µs a file here for a group of 300).
 * none:  no fsync (tests, scratch output): a crash of the machine may lose files whose state was recorded.
 */
export type Durability = 'each' | 'group' | 'none';

export interface WriteOptions {
  fs?: FsPort;
  /** Default each; `writeOutputGroup` defaults to group. */
  durability?: Durability;
  /**
   * The file's current bytes when the caller has just read them (null: it does not exist), so the write-if-changed
   * check need not read the file a second time.
   */
  existing?: Uint8Array | null;
}

let tempCounter = 0;

function ioError(file: string, action: string, error: unknown): WdmError {
  const code = errnoOf(error);
  const hint =
    code === 'ENOSPC' || code === 'EDQUOT'
      ? 'free disk space and rerun; nothing was recorded for this file, so the run redoes it'
      : code === 'EACCES' || code === 'EPERM' || code === 'EROFS'
        ? `make ${path.dirname(file)} writable (or choose another output folder) and rerun; nothing was recorded for this file`
        : 'check the output folder and rerun; nothing was recorded for this file';
  return new WdmError('E_IO', `Could not ${action} ${file}: ${describeIoError(error)}; expected a writable output folder`, { file }, hint);
}

function openTemp(fsp: FsPort, file: string): { fd: number; temp: string } {
  const temp = `${file}.tmp-${process.pid}-${tempCounter++}`;
  try {
    return { fd: fsp.openSync(temp, O_WRONLY | O_CREAT | O_EXCL, 0o644), temp };
  } catch (error) {
    if (errnoOf(error) !== 'ENOENT') throw ioError(file, 'write', error);
  }
  // The folder is missing (a new site): create it then. Trying the open first spares the mkdir on every rewrite.
  const dir = path.dirname(file);
  try {
    fsp.mkdirSync(dir);
  } catch (error) {
    throw ioError(dir, 'create the folder', error);
  }
  try {
    return { fd: fsp.openSync(temp, O_WRONLY | O_CREAT | O_EXCL, 0o644), temp };
  } catch (error) {
    throw ioError(file, 'write', error);
  }
}

function writeTempAndRename(fsp: FsPort, file: string, bytes: Uint8Array, fsync: boolean): void {
  const { fd, temp } = openTemp(fsp, file);
  try {
    try {
      writeAll(fsp, fd, bytes);
      if (fsync) fsp.fsyncSync(fd);
    } finally {
      fsp.closeSync(fd);
    }
    fsp.renameSync(temp, file);
  } catch (error) {
    try {
      fsp.unlinkSync(temp);
    } catch {
      // The temp file may not exist; the target was never touched.
    }
    throw ioError(file, 'write', error);
  }
}

/** Byte equality without copying either side. */
function equalBytes(a: Uint8Array, b: Uint8Array): boolean {
  return a.byteLength === b.byteLength && Buffer.from(a.buffer, a.byteOffset, a.byteLength).equals(b);
}

function toBytes(content: string | Uint8Array): Uint8Array {
  return typeof content === 'string' ? Buffer.from(content, 'utf8') : content;
}

/** Write a file atomically and durably: temp file in the same folder, write, fsync, rename, fsync the folder. */
export function atomicWriteFile(file: string, content: string | Uint8Array, options: WriteOptions = {}): void {
  const fsp = options.fs ?? nodeFs;
  const durability = options.durability ?? 'each';
  writeTempAndRename(fsp, file, toBytes(content), durability === 'each');
  if (durability === 'each') syncDirOrThrow(fsp, path.dirname(file));
  else if (durability === 'group') syncGroup(fsp, [file]);
}

function syncDirOrThrow(fsp: FsPort, dir: string): void {
  try {
    fsyncDir(fsp, dir);
  } catch (error) {
    throw ioError(dir, 'fsync the folder', error);
  }
}

function sameBytes(fsp: FsPort, file: string, bytes: Uint8Array): boolean {
  try {
    return equalBytes(bytes, fsp.readFileSync(file));
  } catch (error) {
    if (errnoOf(error) === 'ENOENT' || errnoOf(error) === 'ENOTDIR') return false;
    throw ioError(file, 'read', error);
  }
}

/**
 * Skip the write when the file already holds these bytes (overwriting costs ~8× creating here). An unchanged file
 * is still fsynced under `each`: a killed earlier run may have left it only in the page cache.
 */
export function writeFileIfChanged(file: string, content: string | Uint8Array, options: WriteOptions = {}): 'written' | 'unchanged' {
  const fsp = options.fs ?? nodeFs;
  const bytes = toBytes(content);
  const same = options.existing !== undefined ? options.existing !== null && equalBytes(bytes, options.existing) : sameBytes(fsp, file, bytes);
  if (same) {
    if ((options.durability ?? 'each') === 'each') fsyncFile(fsp, file);
    return 'unchanged';
  }
  atomicWriteFile(file, bytes, options);
  return 'written';
}

function fsyncFile(fsp: FsPort, file: string): void {
  try {
    const fd = fsp.openSync(file, O_RDONLY);
    try {
      fsp.fsyncSync(fd);
    } finally {
      fsp.closeSync(fd);
    }
  } catch (error) {
    throw ioError(file, 'fsync', error);
  }
}

export interface OutputFile {
  /** Absolute (or cwd-relative) path to write. */
  path: string;
  content: string | Uint8Array;
}

export interface GroupResult {
  /** Per file, in the order given. */
  results: Array<'written' | 'unchanged'>;
  /** sha256 of each file's bytes, by path: what the state that claims them records. */
  hashes: Map<string, string>;
}

/**
 * Write a group of outputs, then make them all durable, and only then return: record the states that claim them
 * after this. Durability argument: every file is renamed into place before the single syncfs, and syncfs returns
 * only once all dirty data and metadata of the file system (our files and renames included) are on disk, so no
 * state can be recorded for a file that a power cut could still take away. A process crash loses nothing either
 * way: the page cache survives it.
 */
export function writeOutputGroup(files: readonly OutputFile[], options: WriteOptions = {}): GroupResult {
  const fsp = options.fs ?? nodeFs;
  const durability = options.durability ?? 'group';
  const results: GroupResult['results'] = [];
  const hashes = new Map<string, string>();
  for (const file of files) {
    const bytes = toBytes(file.content);
    hashes.set(file.path, sha256(bytes));
    if (sameBytes(fsp, file.path, bytes)) results.push('unchanged');
    else {
      writeTempAndRename(fsp, file.path, bytes, durability === 'each');
      results.push('written');
    }
  }
  if (durability === 'each') {
    for (const file of files) fsyncFile(fsp, file.path);
    for (const dir of new Set(files.map((f) => path.dirname(f.path)))) syncDirOrThrow(fsp, dir);
  } else if (durability === 'group') syncGroup(fsp, files.map((f) => f.path));
  return { results, hashes };
}

let syncfsWorks: boolean | undefined;

/** Make these files (and their folders' entries) durable: one syncfs per file system, else fsync each. */
export function syncGroup(fsp: FsPort, files: readonly string[]): void {
  if (files.length === 0) return;
  const dirs = [...new Set(files.map((f) => path.dirname(f)))];
  // syncfs is only safe to use through the real file system; an injected one gets the plain fsync path.
  if (fsp === nodeFs && syncfsWorks !== false) {
    const byDevice = new Map<number, string>();
    for (const dir of dirs) {
      const dev = fsp.statSync(dir).dev;
      if (!byDevice.has(dev)) byDevice.set(dev, dir);
    }
    const run = spawnSync('sync', ['-f', ...byDevice.values()], { stdio: 'ignore' });
    syncfsWorks = run.status === 0;
    if (syncfsWorks) return;
  }
  for (const file of files) fsyncFile(fsp, file);
  for (const dir of dirs) syncDirOrThrow(fsp, dir);
}
