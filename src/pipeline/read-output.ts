// Reads an output file's bytes, or undefined when there is none: the one read that cache, check and diff share.
import { readFileSync } from 'node:fs';

export function readOutput(path: string): Buffer | undefined {
  try {
    return readFileSync(path);
  } catch (error) {
    const code = (error as NodeJS.ErrnoException).code;
    if (code === 'ENOENT' || code === 'ENOTDIR' || code === 'EISDIR') return undefined;
    throw error;
  }
}
