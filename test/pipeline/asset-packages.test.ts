// A font or icon package update must change every site's key: the installed versions are part of the fingerprint.
import { afterAll, describe, expect, it } from 'vitest';
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { assetPackageVersions } from '../../src/pipeline/asset-packages.js';

const root = mkdtempSync(join(tmpdir(), 'wdm-asset-packages-'));
afterAll(() => rmSync(root, { recursive: true, force: true }));

function install(folder: string, name: string, version: string): void {
  mkdirSync(join(folder, name), { recursive: true });
  writeFileSync(join(folder, name, 'package.json'), JSON.stringify({ name, version }));
}

describe('assetPackageVersions', () => {
  it('lists every @fontsource package and lucide-static, the first folder on the lookup path winning', () => {
    const near = join(root, 'a/node_modules');
    const far = join(root, 'node_modules');
    install(near, '@fontsource/inter', '5.3.0');
    install(far, '@fontsource/inter', '4.0.0');
    install(far, '@fontsource/bitter', '5.3.0');
    install(far, 'lucide-static', '1.62.0');
    install(far, 'left-pad', '1.0.0');
    expect(assetPackageVersions([near, far, join(root, 'missing')])).toBe('@fontsource/bitter@5.3.0\n@fontsource/inter@5.3.0\nlucide-static@1.62.0');
  });

  it('changes when a font package is updated', () => {
    const folder = join(root, 'b/node_modules');
    install(folder, '@fontsource/inter', '5.3.0');
    const before = assetPackageVersions([folder]);
    install(folder, '@fontsource/inter', '5.3.1');
    expect(assetPackageVersions([folder])).not.toBe(before);
  });

  it('reads the installed packages by default', () => {
    const own = assetPackageVersions();
    expect(own).toMatch(/^@fontsource\/inter@\d+\.\d+\.\d+$/m);
    expect(own).toMatch(/^lucide-static@\d+\.\d+\.\d+$/m);
  });
});
