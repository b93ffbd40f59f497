// The few synchronous file-system calls the registry and pipeline make, behind an interface so tests can inject failures.
import fs from 'node:fs';
import path from 'node:path';

export interface FileStat {
  size: number;
  dev: number;
  ino: number;
  isDirectory(): boolean;
  isFile(): boolean;
  isSymbolicLink(): boolean;
}

export interface FsPort {
  openSync(path: string, flags: number, mode?: number): number;
  writeSync(fd: number, buffer: Uint8Array, offset: number, length: number): number;
  readSync(fd: number, buffer: Uint8Array, offset: number, length: number, position: number | null): number;
  fsyncSync(fd: number): void;
  fstatSync(fd: number): FileStat;
  closeSync(fd: number): void;
  ftruncateSync(fd: number, length: number): void;
  readFileSync(path: string): Buffer;
  readdirSync(path: string): string[];
  renameSync(from: string, to: string): void;
  unlinkSync(path: string): void;
  /** One folder, not recursive: the caller creates each missing level (see `makeDirs`), so errors keep their errno. */
  mkdirSync(path: string): void;
  statSync(path: string): FileStat;
  lstatSync(path: string): FileStat;
  readlinkSync(path: string): string;
  copyFileSync(from: string, to: string): void;
  /** Recursive removal; never follows a symbolic link inside the tree (it removes the link). */
  rmSync(path: string): void;
}

export const nodeFs: FsPort = {
  openSync: (path, flags, mode) => fs.openSync(path, flags, mode),
  writeSync: (fd, buffer, offset, length) => fs.writeSync(fd, buffer, offset, length),
  readSync: (fd, buffer, offset, length, position) => fs.readSync(fd, buffer, offset, length, position),
  fsyncSync: (fd) => fs.fsyncSync(fd),
  fstatSync: (fd) => fs.fstatSync(fd),
  closeSync: (fd) => fs.closeSync(fd),
  ftruncateSync: (fd, length) => fs.ftruncateSync(fd, length),
  readFileSync: (path) => fs.readFileSync(path),
  readdirSync: (path) => fs.readdirSync(path),
  renameSync: (from, to) => fs.renameSync(from, to),
  unlinkSync: (path) => fs.unlinkSync(path),
  mkdirSync: (path) => {
    fs.mkdirSync(path);
  },
  statSync: (path) => fs.statSync(path),
  lstatSync: (path) => fs.lstatSync(path),
  readlinkSync: (path) => fs.readlinkSync(path),
  copyFileSync: (from, to) => fs.copyFileSync(from, to),
  rmSync: (path) => fs.rmSync(path, { recursive: true, force: true }),
};

let active: FsPort = nodeFs;

/**
 * The file system every writer uses when none is passed: the real one, except while a test has swapped in a faulty
 * one with `useFs` (a full disk, a read-only folder) to run the whole CLI in-process against it.
 */
export function currentFs(): FsPort {
  return active;
}

/** Test seam: route the writers through `port` until the returned function is called. */
export function useFs(port: FsPort): () => void {
  const previous = active;
  active = port;
  return () => {
    active = previous;
  };
}

export const { O_WRONLY, O_RDONLY, O_CREAT, O_EXCL, O_APPEND, O_TRUNC } = fs.constants;
/** Refuse to open a symbolic link as the last component (Linux, macOS; 0 where the platform has no such flag). */
export const O_NOFOLLOW: number = fs.constants.O_NOFOLLOW ?? 0;
/** Open without waiting (a FIFO's open would block for a writer); no effect on a regular file. 0 where absent. */
export const O_NONBLOCK: number = fs.constants.O_NONBLOCK ?? 0;

/** The errno code of a thrown value (`ENOENT`, `ENOSPC`...), or undefined. */
export function errnoOf(error: unknown): string | undefined {
  if (error !== null && typeof error === 'object' && 'code' in error) {
    const code = (error as { code: unknown }).code;
    return typeof code === 'string' && /^E[A-Z0-9]+$/.test(code) ? code : undefined;
  }
  return undefined;
}

const EXPLAINED: Readonly<Record<string, string>> = {
  ENOSPC: 'no space left on device',
  EDQUOT: 'disk quota exceeded',
  EACCES: 'permission denied',
  EPERM: 'operation not permitted',
  EROFS: 'read-only file system',
  EIO: 'input/output error',
  ENOENT: 'no such file or directory',
  ENOTDIR: 'not a directory: a file stands where a folder is expected',
  EISDIR: 'is a directory: a folder stands where a file is expected',
  ELOOP: 'too many levels of symbolic links',
  EEXIST: 'file already exists',
  ENAMETOOLONG: 'file name too long',
  EMFILE: 'too many open files',
  ENFILE: 'too many open files in the system',
  EBUSY: 'resource busy',
  EXDEV: 'cross-device link',
  ENOTEMPTY: 'directory not empty',
  EFBIG: 'file too large',
  ENXIO: 'no such device or address',
};

/** `ENOSPC (no space left on device)` for a thrown errno error; the error's message otherwise. */
export function describeIoError(error: unknown): string {
  const code = errnoOf(error);
  if (code !== undefined) return EXPLAINED[code] ? `${code} (${EXPLAINED[code]})` : code;
  return error instanceof Error ? error.message : String(error);
}

/** What to do about an errno, in a few words, for a message's hint. */
export function hintForErrno(code: string | undefined, folder: string): string {
  switch (code) {
    case 'ENOSPC':
    case 'EDQUOT':
      return 'free disk space and rerun; finished work is kept and the run resumes';
    case 'EACCES':
    case 'EPERM':
      return `make ${folder} writable (or choose another output folder with --out) and rerun`;
    case 'EROFS':
      return `${folder} is on a read-only file system: choose another output folder with --out, or remount it writable`;
    case 'ENOTDIR':
    case 'EISDIR':
      return 'move away the file or folder standing in the way and rerun';
    case 'ELOOP':
      return 'remove the symbolic link loop and rerun';
    case 'EMFILE':
    case 'ENFILE':
      return 'lower --concurrency or raise the open-file limit (ulimit -n) and rerun';
    default:
      return 'check the output folder and rerun';
  }
}

/** Write all of `bytes` at the fd's position, looping over short writes. */
export function writeAll(fsp: FsPort, fd: number, bytes: Uint8Array): void {
  let offset = 0;
  while (offset < bytes.length) {
    const n = fsp.writeSync(fd, bytes, offset, bytes.length - offset);
    if (n <= 0) throw Object.assign(new Error('write returned 0 bytes'), { code: 'EIO' });
    offset += n;
  }
}

/** fsync a directory so a create, rename or unlink inside it survives power loss. */
export function fsyncDir(fsp: FsPort, dir: string): void {
  const fd = fsp.openSync(dir, O_RDONLY);
  try {
    fsp.fsyncSync(fd);
  } finally {
    fsp.closeSync(fd);
  }
}

/**
 * Create `dir` and any missing parents one level at a time. Node's recursive mkdir can report ENOENT where the call
 * that failed said EROFS or EACCES; creating each level ourselves keeps the errno the kernel gave.
 */
export function makeDirs(fsp: FsPort, dir: string): void {
  const missing: string[] = [];
  let at = path.resolve(dir);
  for (;;) {
    try {
      const stat = fsp.statSync(at);
      if (!stat.isDirectory()) throw Object.assign(new Error(`ENOTDIR: not a directory, mkdir '${at}'`), { code: 'ENOTDIR', path: at });
      break;
    } catch (error) {
      if (errnoOf(error) !== 'ENOENT') throw error;
      missing.push(at);
      const parent = path.dirname(at);
      if (parent === at) break;
      at = parent;
    }
  }
  for (const folder of missing.reverse()) {
    try {
      fsp.mkdirSync(folder);
    } catch (error) {
      if (errnoOf(error) !== 'EEXIST') throw error;
    }
  }
}
