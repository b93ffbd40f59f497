// Shared test helpers: a fresh temporary folder and an fs whose chosen call fails with an errno.
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { nodeFs, type FsPort } from '../../src/registry/index.js';

export function tempDir(label: string): string {
  return fs.mkdtempSync(path.join(os.tmpdir(), `wdm-${label}-`));
}

export function errno(code: string): Error {
  return Object.assign(new Error(`${code}: simulated`), { code });
}

/** nodeFs with `writeSync` throwing `code` while `failing()` is true (a full disk, a read-only folder). */
export function failingWrites(code: string, failing: () => boolean): FsPort {
  return {
    ...nodeFs,
    writeSync: (fd, buffer, offset, length) => {
      if (failing()) throw errno(code);
      return nodeFs.writeSync(fd, buffer, offset, length);
    },
  };
}
