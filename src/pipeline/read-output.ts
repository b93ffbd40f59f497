// Reads an output file's bytes, or undefined when there is none: the one read that cache, check and diff share.
import { closeSync, openSync, readFileSync, readSync, statSync } from 'node:fs';
import { hash } from 'node:crypto';

export function readOutput(path: string): Buffer | undefined {
  try {
    // A cold run reads thousands of missing files: a stat that answers undefined costs far less than a thrown ENOENT.
    if (statSync(path, { throwIfNoEntry: false }) === undefined) return undefined;
    return readFileSync(path);
  } catch (error) {
    const code = (error as NodeJS.ErrnoException).code;
    if (code === 'ENOENT' || code === 'ENOTDIR' || code === 'EISDIR') return undefined;
    throw error;
  }
}

let scratch = Buffer.allocUnsafe(1 << 16);

/**
 * The sha256 of an output file's bytes, or undefined when there is none, read into one reused buffer: a no-op run
 * over 10,000 files then allocates (and collects) nothing per file.
 */
export function hashOutput(path: string): string | undefined {
  let fd: number;
  try {
    fd = openSync(path, 'r');
  } catch (error) {
    const code = (error as NodeJS.ErrnoException).code;
    if (code === 'ENOENT' || code === 'ENOTDIR') return undefined;
    throw error;
  }
  try {
    let size = 0;
    for (;;) {
      if (size === scratch.length) {
        const bigger = Buffer.allocUnsafe(scratch.length * 2);
        scratch.copy(bigger, 0, 0, size);
        scratch = bigger;
      }
      const n = readSync(fd, scratch, size, scratch.length - size, null);
      if (n === 0) break;
      size += n;
    }
    return hash('sha256', scratch.subarray(0, size), 'hex');
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code === 'EISDIR') return undefined;
    throw error;
  } finally {
    closeSync(fd);
  }
}
