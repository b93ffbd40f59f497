// The bytes of a site's assets (photos from the project, files from installed packages, generated texts), read
// confined and checked against the hash `implement` named, and the clean-up of assets a site no longer uses.
import { closeSync, constants, fstatSync, openSync, readdirSync, readSync, realpathSync } from 'node:fs';
import { createRequire } from 'node:module';
import { join, relative, sep } from 'node:path';
import { WdmError } from '../shared/errors.js';
import { sha256 } from '../shared/hash.js';
import type { SiteAsset } from '../shared/types.js';
import { PACKAGE_DIR } from './sources.js';
import { checkConfined, removeConfined, type OutputRoot } from '../registry/index.js';

/** Larger than any photo (10 MB) or font file a page references. */
export const MAX_ASSET_BYTES = 10 * 1024 * 1024;

/** `assets/` then lower-case names, no `..`, no hidden files: the path is written inside the site folder. */
const ASSET_PATH = /^assets\/(?:[a-z0-9][a-z0-9_-]*\/)*[a-z0-9][a-z0-9._-]*\.[a-z0-9]+$/;

function isInside(root: string, path: string): boolean {
  const rel = relative(root, path);
  return rel !== '' && !rel.startsWith('..') && !rel.startsWith(sep) && !rel.split(sep).includes('..');
}

/**
 * A regular file's bytes, reached without symbolic links below `root` (its real path must be `root`/`rel`), opened
 * with O_NOFOLLOW and checked through the descriptor, at most `max` bytes.
 */
export function readConfined(root: string, rel: string, max: number, display: string): Buffer {
  const realRoot = realpathSync(root);
  const path = join(realRoot, rel);
  let real: string;
  try {
    real = realpathSync(path);
  } catch (error) {
    throw new WdmError('E_IO', `Cannot read ${display} (${(error as NodeJS.ErrnoException).code ?? 'error'})`, { file: display }, 'the file was there when the facts were read: rerun');
  }
  if (real !== path || !isInside(realRoot, real)) {
    throw new WdmError('E_IO', `Unexpected symbolic link at ${display}, expected a regular file`, { file: display }, 'copy the file in place of the link');
  }
  const fd = openSync(path, constants.O_RDONLY | constants.O_NOFOLLOW | constants.O_NONBLOCK);
  try {
    const stat = fstatSync(fd);
    if (!stat.isFile()) throw new WdmError('E_IO', `Unexpected special file at ${display}, expected a regular file`, { file: display });
    if (stat.size > max) throw new WdmError('E_IO', `Unexpected ${stat.size} bytes in ${display}, expected at most ${max}`, { file: display });
    const bytes = Buffer.alloc(stat.size);
    let read = 0;
    while (read < bytes.length) {
      const n = readSync(fd, bytes, read, bytes.length - read, read);
      if (n === 0) break;
      read += n;
    }
    return bytes.subarray(0, read);
  } finally {
    closeSync(fd);
  }
}

/** Where a package specifier's file is: resolved from wdm-design's own folder, and inside its node_modules. */
function packageFile(specifier: string): { root: string; rel: string } {
  const resolved = realpathSync(createRequire(join(PACKAGE_DIR, 'package.json')).resolve(specifier));
  const root = realpathSync(join(PACKAGE_DIR, 'node_modules'));
  if (!isInside(root, resolved)) throw new WdmError('E_IO', `Unexpected package file ${specifier} outside node_modules`, { file: specifier });
  return { root, rel: relative(root, resolved) };
}

/** The bytes of one asset, checked against its recorded SHA-256 (a file changed since it was measured is refused). */
export function assetBytes(projectDir: string, asset: SiteAsset): Buffer {
  if (!ASSET_PATH.test(asset.path)) {
    throw new WdmError('E_INTERNAL', `Unexpected asset path ${JSON.stringify(asset.path)}, expected assets/<lower-case name>.<ext>`, { file: asset.path });
  }
  let bytes: Buffer;
  let display: string;
  switch (asset.source.kind) {
    case 'text':
      bytes = Buffer.from(asset.source.text, 'utf8');
      display = asset.path;
      break;
    case 'project':
      display = asset.source.file;
      bytes = readConfined(projectDir, asset.source.file, MAX_ASSET_BYTES, display);
      break;
    case 'package': {
      display = asset.source.specifier;
      const { root, rel } = packageFile(asset.source.specifier);
      bytes = readConfined(root, rel, MAX_ASSET_BYTES, display);
      break;
    }
  }
  const hash = sha256(bytes);
  if (hash !== asset.sha256) {
    throw new WdmError('E_IO', `Unexpected change in ${display}: sha256 ${hash.slice(0, 12)}…, expected ${asset.sha256.slice(0, 12)}… as measured for this build`, { file: display }, 'the file changed during the build: rerun');
  }
  return bytes;
}

/** Removes files under `<siteDir>/assets/` that are not in `keep` (site-relative paths): a replaced photo goes. */
export function removeStaleAssets(root: OutputRoot, siteDir: string, keep: ReadonlySet<string>): string[] {
  const removed: string[] = [];
  const walk = (dir: string, prefix: string) => {
    let entries: import('node:fs').Dirent[];
    // A linked assets folder is refused (thrown) before it is listed: nothing outside the output root is removed.
    if (!checkConfined(root, dir, 'remove', undefined, true)) return;
    try {
      entries = readdirSync(dir, { withFileTypes: true });
    } catch {
      return;
    }
    for (const entry of entries.sort((a, b) => (a.name < b.name ? -1 : 1))) {
      const rel = `${prefix}/${entry.name}`;
      if (entry.isDirectory()) walk(join(dir, entry.name), rel);
      else if (!keep.has(rel)) {
        removeConfined(root, join(dir, entry.name));
        removed.push(rel);
      }
    }
  };
  walk(join(siteDir, 'assets'), 'assets');
  return removed;
}
