// The installed versions of the npm packages whose files become part of a site (the @fontsource font families, the
// Lucide icon set): an update of one must change every key and fingerprint that stands for a site's inputs.
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { join } from 'node:path';
import { PACKAGE_DIR } from './sources.js';

/** Packages read by name; every package of these scopes is read too. */
const PACKAGES = ['lucide-static'];
const SCOPES = ['@fontsource'];

const requireFromTool = createRequire(join(PACKAGE_DIR, 'package.json'));

function versionIn(dir: string): string | undefined {
  try {
    const version = (JSON.parse(readFileSync(join(dir, 'package.json'), 'utf8')) as { version?: unknown }).version;
    return typeof version === 'string' ? version : undefined;
  } catch {
    return undefined;
  }
}

/**
 * `name@version` lines of the installed asset packages, sorted, found as Node resolves them from the tool's folder
 * (the first node_modules folder on the lookup path that holds a package wins). Light: one small read per package,
 * no font file is opened, so `status` and the no-op `generate` can afford it. `folders`: node_modules folders to
 * look in, in order (tests give their own).
 */
export function assetPackageVersions(folders: readonly string[] = requireFromTool.resolve.paths('lucide-static') ?? []): string {
  const found = new Map<string, string>();
  for (const folder of folders) {
    for (const name of PACKAGES) {
      if (found.has(name)) continue;
      const version = versionIn(join(folder, name));
      if (version !== undefined) found.set(name, version);
    }
    for (const scope of SCOPES) {
      const dir = join(folder, scope);
      if (!existsSync(dir)) continue;
      for (const pkg of readdirSync(dir).sort()) {
        const name = `${scope}/${pkg}`;
        if (found.has(name)) continue;
        const version = versionIn(join(dir, pkg));
        if (version !== undefined) found.set(name, version);
      }
    }
  }
  return [...found].map(([name, version]) => `${name}@${version}`).sort().join('\n');
}
