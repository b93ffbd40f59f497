// Loads the icon set (Lucide, from the installed lucide-static package) once per process for the implementation stage.
import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { sha256 } from '../shared/hash.js';
import { iconSetFromNodes, type IconSet } from '../implement/icon-set.js';

const require = createRequire(import.meta.url);
/** Where the licence goes in a site folder; named for the package so a reader knows whose it is, lower-case like
 *  every asset path (src/pipeline/assets.ts), since names that differ only by case collide on some disks. */
export const ICON_LICENSE_PATH = 'assets/lucide-static-license.txt';
let cached: IconSet | undefined;

export function loadIconSet(): IconSet {
  if (cached) return cached;
  const nodes: unknown = JSON.parse(readFileSync(require.resolve('lucide-static/icon-nodes.json'), 'utf8'));
  const licenseBytes = readFileSync(require.resolve('lucide-static/LICENSE'));
  cached = iconSetFromNodes('lucide', nodes, {
    path: ICON_LICENSE_PATH,
    source: { kind: 'package', specifier: 'lucide-static/LICENSE' },
    sha256: sha256(licenseBytes),
  });
  return cached;
}
