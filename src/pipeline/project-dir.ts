// Which folder is the project: the nearest one, from the working folder up, holding batches/ or wdm.config.yaml.
import { statSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';

function isDir(path: string): boolean {
  try {
    return statSync(path).isDirectory();
  } catch {
    return false;
  }
}

function isFile(path: string): boolean {
  try {
    return statSync(path).isFile();
  } catch {
    return false;
  }
}

/** The nearest folder at or above `start` that holds `batches/` or `wdm.config.yaml`, or undefined (as git finds .git). */
export function findProjectDir(start: string): string | undefined {
  let dir = resolve(start);
  for (;;) {
    if (isDir(join(dir, 'batches')) || isFile(join(dir, 'wdm.config.yaml'))) return dir;
    const parent = dirname(dir);
    if (parent === dir) return undefined;
    dir = parent;
  }
}

export { isDir };
