// Output files written so that a reader, or a crash, sees the old bytes or the new, never half; optionally in groups.
import path from 'node:path';
import { spawnSync } from 'node:child_process';
import { threadId } from 'node:worker_threads';
import { WdmError } from '../shared/errors.js';
import { sha256 } from '../shared/hash.js';
import { currentFs, describeIoError, errnoOf, fsyncDir, hintForErrno, nodeFs, O_CREAT, O_EXCL, O_NOFOLLOW, O_RDONLY, O_WRONLY, writeAll, type FsPort } from './fs-port.js';
import { prepareConfinedWrite, removeConfined, showPath, type OutputRoot } from './confine.js';
import { isWriterAlive, parseWriterTag, WRITER_TAG, writerTag } from './writer-identity.js';

/**
 * each:  write temp, fsync, rename, fsync dir for every file (~400 µs a file here).
 * group: write temp and rename with no fsync, then make the whole group durable with one syncfs(2) (`sync -f`),
 *        falling back to fsyncing each file and directory (~100 µs a file here for a group of 300).
 * none:  no fsync (tests, scratch output): a crash of the machine may lose files whose state was recorded.
 */
export type Durability = 'each' | 'group' | 'none';

export interface WriteOptions {
  /** The folder every path written must stay inside, with no symbolic link on the way (see confine.ts). */
  root: OutputRoot;
  fs?: FsPort;
  /** Default each; `writeOutputGroup` defaults to group. */
  durability?: Durability;
  /**
   * The file's current bytes when the caller has just read them (null: it does not exist), so the write-if-changed
   * check need not read the file a second time.
   */
  existing?: Uint8Array | null;
  /**
   * Folders (absolute) already checked by this group of writes: each is checked (every component a real folder)
   * once, then trusted for the group's other files. Keep one set per group of writes that follow each other (one
   * site), never across a run: the check runs again for the next group.
   */
  confirmed?: Set<string>;
}

// Temp names are `<file>.tmp-<pid>-<n>`: a worker thread (generate's write thread) counts from its own offset, so
// no two threads of one process ever pick the same name.
let tempCounter = threadId * 2 ** 32;

function ioError(root: OutputRoot, file: string, action: string, error: unknown): WdmError {
  if (error instanceof WdmError) return error;
  const shown = showPath(root, file);
  const hint = `${hintForErrno(errnoOf(error), showPath(root, path.dirname(file)))}; nothing was recorded for this file, so the next run redoes it`;
  return new WdmError('E_IO', `Could not ${action} ${shown}: ${describeIoError(error)}; expected a writable output folder`, { file: shown }, hint);
}

/** Temp file, write, rename; the caller has run `prepareConfinedWrite` for `file` (folder made, no link on the way). */
function writeTempAndRename(fsp: FsPort, root: OutputRoot, file: string, bytes: Uint8Array, fsync: boolean): void {
  const temp = `${file}.tmp-${process.pid}-${tempCounter++}`;
  try {
    // O_EXCL | O_NOFOLLOW: the temp name is new, never a link planted there.
    const fd = fsp.openSync(temp, O_WRONLY | O_CREAT | O_EXCL | O_NOFOLLOW, 0o644);
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
    throw ioError(root, file, 'write', error);
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
export function atomicWriteFile(file: string, content: string | Uint8Array, options: WriteOptions): void {
  const fsp = options.fs ?? currentFs();
  const durability = options.durability ?? 'each';
  prepareConfinedWrite(options.root, file, fsp);
  writePrepared(fsp, file, toBytes(content), options.root, durability);
}

/** The write itself, once `prepareConfinedWrite` has checked the path and made the folder. */
function writePrepared(fsp: FsPort, file: string, bytes: Uint8Array, root: OutputRoot, durability: Durability): void {
  writeTempAndRename(fsp, root, file, bytes, durability === 'each');
  if (durability === 'each') syncDirOrThrow(fsp, root, path.dirname(file));
  else if (durability === 'group') syncGroup(fsp, [file]);
}

function syncDirOrThrow(fsp: FsPort, root: OutputRoot, dir: string): void {
  try {
    fsyncDir(fsp, dir);
  } catch (error) {
    throw ioError(root, dir, 'fsync the folder', error);
  }
}

/**
 * Whether `file` holds exactly `bytes`. Runs the confinement check first (a path through a link or outside the root
 * is refused before anything is read or written) and creates the file's folder, ready for `writeTempAndRename`.
 */
function sameBytes(fsp: FsPort, root: OutputRoot, file: string, bytes: Uint8Array, confirmed?: Set<string>): boolean {
  if (!prepareConfinedWrite(root, file, fsp, confirmed)) return false;
  try {
    return equalBytes(bytes, fsp.readFileSync(file));
  } catch (error) {
    if (errnoOf(error) === 'ENOENT') return false;
    throw ioError(root, file, 'read', error);
  }
}


/**
 * Skip the write when the file already holds these bytes (overwriting costs ~8× creating here). An unchanged file
 * is still fsynced under `each`: a killed earlier run may have left it only in the page cache.
 */
export function writeFileIfChanged(file: string, content: string | Uint8Array, options: WriteOptions): 'written' | 'unchanged' {
  const fsp = options.fs ?? currentFs();
  const bytes = toBytes(content);
  // With the caller's bytes in hand the file is not read again, but the path is still checked first: nothing is
  // compared, written or fsynced through a link or outside the root.
  const same =
    options.existing !== undefined
      ? prepareConfinedWrite(options.root, file, fsp, options.confirmed) && options.existing !== null && equalBytes(bytes, options.existing)
      : sameBytes(fsp, options.root, file, bytes, options.confirmed);
  if (same) {
    if ((options.durability ?? 'each') === 'each') fsyncFile(fsp, options.root, file);
    return 'unchanged';
  }
  writePrepared(fsp, file, bytes, options.root, options.durability ?? 'each');
  return 'written';
}

function fsyncFile(fsp: FsPort, root: OutputRoot | undefined, file: string): void {
  try {
    const fd = fsp.openSync(file, O_RDONLY);
    try {
      fsp.fsyncSync(fd);
    } finally {
      fsp.closeSync(fd);
    }
  } catch (error) {
    throw ioError(root ?? { dir: path.dirname(file), base: path.dirname(file) }, file, 'fsync', error);
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
export function writeOutputGroup(files: readonly OutputFile[], options: WriteOptions): GroupResult {
  const fsp = options.fs ?? currentFs();
  const durability = options.durability ?? 'group';
  const results: GroupResult['results'] = [];
  const hashes = new Map<string, string>();
  for (const file of files) {
    const bytes = toBytes(file.content);
    hashes.set(file.path, sha256(bytes));
    if (sameBytes(fsp, options.root, file.path, bytes)) results.push('unchanged');
    else {
      writeTempAndRename(fsp, options.root, file.path, bytes, durability === 'each');
      results.push('written');
    }
  }
  if (durability === 'each') {
    for (const file of files) fsyncFile(fsp, options.root, file.path);
    for (const dir of new Set(files.map((f) => path.dirname(f.path)))) syncDirOrThrow(fsp, options.root, dir);
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
  for (const file of files) fsyncFile(fsp, undefined, file);
  for (const dir of dirs) {
    try {
      fsyncDir(fsp, dir);
    } catch (error) {
      throw ioError({ dir, base: dir }, dir, 'fsync the folder', error);
    }
  }
}

/** A file written piece by piece into a temp file that replaces the target only on `commit` (see `openAtomicStream`). */
export interface AtomicStream {
  /** Appends text (buffered; flushed to the temp file in blocks). */
  write(text: string): void;
  /** Flushes, closes and renames the temp file over the target, durable as `options.durability` says. */
  commit(): void;
  /** Closes and removes the temp file; the target keeps its old bytes (or stays missing). Safe to call twice. */
  abort(): void;
}

/** Blocks written to the temp file at once: large enough that the syscalls cost nothing, small beside the heap. */
const STREAM_BLOCK = 1 << 16;

/**
 * Opens `<file>.tmp-<writer>` (new, never through a link) for a file too large to hold whole in memory: the caller
 * writes it as it goes and commits at the end. A run killed before `commit` leaves the old file intact; its temp file
 * is removed by the next stream opened on the same target once its writer is gone.
 */
export function openAtomicStream(file: string, options: Omit<WriteOptions, 'existing'>): AtomicStream {
  const fsp = options.fs ?? currentFs();
  const durability = options.durability ?? 'each';
  const root = options.root;
  prepareConfinedWrite(root, file, fsp);
  removeDeadStreams(fsp, root, file);
  const temp = `${file}.tmp-${writerTag()}`;
  let fd: number | undefined;
  try {
    fd = fsp.openSync(temp, O_WRONLY | O_CREAT | O_EXCL | O_NOFOLLOW, 0o644);
  } catch (error) {
    throw ioError(root, file, 'write', error);
  }
  let pending: string[] = [];
  let pendingLength = 0;
  const flush = (): void => {
    if (pendingLength === 0 || fd === undefined) return;
    const bytes = Buffer.from(pending.join(''), 'utf8');
    pending = [];
    pendingLength = 0;
    writeAll(fsp, fd, bytes);
  };
  const close = (): void => {
    if (fd === undefined) return;
    const open = fd;
    fd = undefined;
    fsp.closeSync(open);
  };
  const abort = (): void => {
    pending = [];
    pendingLength = 0;
    try {
      close();
    } catch {
      // Closing a descriptor being abandoned: nothing more to do with it.
    }
    try {
      fsp.unlinkSync(temp);
    } catch {
      // Already gone (committed, or never made).
    }
  };
  return {
    write(text: string): void {
      if (fd === undefined) throw ioError(root, file, 'write', new Error('the stream is closed'));
      pending.push(text);
      pendingLength += text.length;
      if (pendingLength >= STREAM_BLOCK) {
        try {
          flush();
        } catch (error) {
          abort();
          throw ioError(root, file, 'write', error);
        }
      }
    },
    commit(): void {
      if (fd === undefined) throw ioError(root, file, 'write', new Error('the stream is closed'));
      try {
        flush();
        if (durability === 'each') fsp.fsyncSync(fd);
        close();
        fsp.renameSync(temp, file);
      } catch (error) {
        abort();
        throw ioError(root, file, 'write', error);
      }
      if (durability === 'each') syncDirOrThrow(fsp, root, path.dirname(file));
      else if (durability === 'group') syncGroup(fsp, [file]);
    },
    abort,
  };
}

/** Temp files of streams on `file` whose writer is gone (a run killed before it committed). */
function removeDeadStreams(fsp: FsPort, root: OutputRoot, file: string): void {
  const base = `${path.basename(file)}.tmp-`;
  let names: string[];
  try {
    names = fsp.readdirSync(path.dirname(file));
  } catch {
    return;
  }
  for (const name of names.sort()) {
    const match = name.startsWith(base) ? new RegExp(`^${WRITER_TAG}$`).exec(name.slice(base.length)) : null;
    if (match === null || isWriterAlive(parseWriterTag(match[1] as string, match[2]))) continue;
    try {
      removeConfined(root, path.join(path.dirname(file), name), fsp);
    } catch {
      // A leftover that cannot be removed costs disk space, not correctness.
    }
  }
}
