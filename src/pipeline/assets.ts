// The bytes of a site's assets (photos from the project, files from installed packages, generated texts), read
// confined and checked against the hash `implement` named, and the clean-up of assets a site no longer uses.
import { readdirSync, realpathSync } from 'node:fs';
import { createRequire } from 'node:module';
import { join, relative, sep } from 'node:path';
import { WdmError } from '../shared/errors.js';
import { sha256 } from '../shared/hash.js';
import type { SiteAsset } from '../shared/types.js';
import { PACKAGE_DIR } from './sources.js';
import { checkConfined, isWriterAlive, outputRoot, readRegularFile, removeConfined, type OutputRoot } from '../registry/index.js';

/** Larger than any photo (10 MB) or font file a page references. */
export const MAX_ASSET_BYTES = 10 * 1024 * 1024;

/** `assets/` then lower-case names, no `..`, no hidden files: the path is written inside the site folder. */
const ASSET_PATH = /^assets\/(?:[a-z0-9][a-z0-9_-]*\/)*[a-z0-9][a-z0-9._-]*\.[a-z0-9]+$/;

function isInside(root: string, path: string): boolean {
  const rel = relative(root, path);
  return rel !== '' && !rel.startsWith('..') && !rel.startsWith(sep) && !rel.split(sep).includes('..');
}

/** Where a package specifier's file is: resolved from wdm-design's own folder, and inside its node_modules. */
function packageFile(specifier: string): { root: OutputRoot; file: string } {
  const resolved = realpathSync(createRequire(join(PACKAGE_DIR, 'package.json')).resolve(specifier));
  const modules = realpathSync(join(PACKAGE_DIR, 'node_modules'));
  if (!isInside(modules, resolved)) throw new WdmError('E_IO', `Unexpected package file ${specifier} outside node_modules`, { file: specifier });
  // Shown from the tool's folder (`node_modules/@fontsource/...`); read without links below node_modules.
  return { root: outputRoot(modules, realpathSync(PACKAGE_DIR)), file: resolved };
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
      bytes = readRegularFile(outputRoot(projectDir), join(projectDir, asset.source.file), { max: MAX_ASSET_BYTES });
      break;
    case 'package': {
      // The tool's own files (fonts, licences) recur on most sites: read, resolved and hashed once per process.
      const known = packageBytes.get(asset.source.specifier);
      if (known !== undefined && known.sha256 === asset.sha256) return known.bytes;
      display = asset.source.specifier;
      const { root, file } = packageFile(asset.source.specifier);
      bytes = readRegularFile(root, file, { max: MAX_ASSET_BYTES });
      break;
    }
  }
  const hash = sha256(bytes);
  if (hash !== asset.sha256) {
    throw new WdmError('E_IO', `Unexpected change in ${display}: sha256 ${hash.slice(0, 12)}…, expected ${asset.sha256.slice(0, 12)}… as measured for this build`, { file: display }, 'the file changed during the build: rerun');
  }
  if (asset.source.kind === 'package' && packageBytesHeld + bytes.length <= PACKAGE_BYTES_LIMIT) {
    packageBytes.set(asset.source.specifier, { sha256: hash, bytes });
    packageBytesHeld += bytes.length;
  }
  return bytes;
}

/**
 * Package files read and checked this process, by specifier (the bytes written are the bytes measured, so a file
 * changed in node_modules during a run cannot reach some sites and not others). Held up to a bound: the fonts and
 * licences of the built-in catalogue are a few MB.
 */
const packageBytes = new Map<string, { sha256: string; bytes: Buffer }>();
const PACKAGE_BYTES_LIMIT = 32 << 20;
let packageBytesHeld = 0;

/** Removes files under `<siteDir>/assets/` that are not in `keep` (site-relative paths): a replaced photo goes. */
/** A temp file of `writeTempAndRename` (registry/atomic-write.ts): `<file>.tmp-<pid>-<n>`. */
const WRITER_TEMP = /\.tmp-(\d+)-\d+$/;

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
        // Another build of the same site at the same moment (two runs of a batch, or shards into one folder) writes
        // each file as a temp file renamed over its target: removed under it, its rename fails (ENOENT). A temp file
        // of a process that is gone is a leftover, and goes.
        const temp = WRITER_TEMP.exec(entry.name);
        if (temp !== null && Number(temp[1]) !== process.pid && isWriterAlive({ pid: Number(temp[1]), token: undefined })) continue;
        removeConfined(root, join(dir, entry.name));
        removed.push(rel);
      }
    }
  };
  walk(join(siteDir, 'assets'), 'assets');
  return removed;
}
