// The few synchronous file-system calls the registry makes, behind an interface so tests can inject failures.
import fs from 'node:fs';

export interface FsPort {
  openSync(path: string, flags: number, mode?: number): number;
  writeSync(fd: number, buffer: Uint8Array, offset: number, length: number): number;
  fsyncSync(fd: number): void;
  closeSync(fd: number): void;
  ftruncateSync(fd: number, length: number): void;
  readFileSync(path: string): Buffer;
  readdirSync(path: string): string[];
  renameSync(from: string, to: string): void;
  unlinkSync(path: string): void;
  mkdirSync(path: string): void;
  statSync(path: string): { size: number; dev: number; isDirectory(): boolean };
  copyFileSync(from: string, to: string): void;
  rmSync(path: string): void;
}

export const nodeFs: FsPort = {
  openSync: (path, flags, mode) => fs.openSync(path, flags, mode),
  writeSync: (fd, buffer, offset, length) => fs.writeSync(fd, buffer, offset, length),
  fsyncSync: (fd) => fs.fsyncSync(fd),
  closeSync: (fd) => fs.closeSync(fd),
  ftruncateSync: (fd, length) => fs.ftruncateSync(fd, length),
  readFileSync: (path) => fs.readFileSync(path),
  readdirSync: (path) => fs.readdirSync(path),
  renameSync: (from, to) => fs.renameSync(from, to),
  unlinkSync: (path) => fs.unlinkSync(path),
  mkdirSync: (path) => {
    fs.mkdirSync(path, { recursive: true });
  },
  statSync: (path) => fs.statSync(path),
  copyFileSync: (from, to) => fs.copyFileSync(from, to),
  rmSync: (path) => fs.rmSync(path, { recursive: true, force: true }),
};

export const { O_WRONLY, O_RDONLY, O_CREAT, O_EXCL, O_APPEND, O_TRUNC } = fs.constants;

/** The errno code of a thrown value (`ENOENT`, `ENOSPC`...), or undefined. */
export function errnoOf(error: unknown): string | undefined {
  if (error !== null && typeof error === 'object' && 'code' in error) {
    const code = (error as { code: unknown }).code;
    return typeof code === 'string' ? code : undefined;
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
};

/** `ENOSPC (no space left on device)` for a thrown errno error; the error's message otherwise. */
export function describeIoError(error: unknown): string {
  const code = errnoOf(error);
  if (code !== undefined) return EXPLAINED[code] ? `${code} (${EXPLAINED[code]})` : code;
  return error instanceof Error ? error.message : String(error);
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

/** True when a process with this id exists (EPERM means it exists but is not ours). */
export function isProcessAlive(pid: number): boolean {
  if (pid === process.pid) return true;
  try {
    process.kill(pid, 0);
    return true;
  } catch (error) {
    return errnoOf(error) === 'EPERM';
  }
}
