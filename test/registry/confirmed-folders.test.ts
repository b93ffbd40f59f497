import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { nodeFs, outputRoot, writeFileIfChanged, type FsPort } from '../../src/registry/index.js';
import { tempDir } from './helpers.js';

/** nodeFs counting lstat calls. */
function countingLstat(): { fs: FsPort; lstats: () => number } {
  let lstats = 0;
  return {
    lstats: () => lstats,
    fs: {
      ...nodeFs,
      lstatSync: (at) => {
        lstats++;
        return nodeFs.lstatSync(at);
      },
    },
  };
}

const siteFiles = (dir: string): string[] => [
  path.join(dir, 'sites', 'b', 'a.com', 'index.html'),
  path.join(dir, 'sites', 'b', 'a.com', 'styles.css'),
  path.join(dir, 'sites', 'b', 'a.com', 'assets', 'fonts', 'one.woff2'),
  path.join(dir, 'sites', 'b', 'a.com', 'assets', 'fonts', 'two.woff2'),
  path.join(dir, 'sites', 'b', 'a.com', 'assets', 'licence.txt'),
];

describe('writes with the folders confirmed by their group', () => {
  it('checks each folder of a group once, and writes the same files', () => {
    const each = tempDir('confirmed');
    const grouped = tempDir('confirmed');
    const plain = countingLstat();
    for (const file of siteFiles(each)) writeFileIfChanged(file, 'x', { root: outputRoot(each), durability: 'none', fs: plain.fs });
    const once = countingLstat();
    const confirmed = new Set<string>();
    for (const file of siteFiles(grouped)) writeFileIfChanged(file, 'x', { root: outputRoot(grouped), durability: 'none', fs: once.fs, confirmed });
    expect(once.lstats()).toBeLessThan(plain.lstats() / 2);
    const listing = (dir: string) => fs.readdirSync(dir, { recursive: true }).map(String).sort();
    expect(listing(grouped)).toEqual(listing(each));
  });

  it('still refuses a link below a confirmed folder, and a link planted before the next group', () => {
    const dir = tempDir('confirmed');
    const outside = fs.mkdtempSync(path.join(os.tmpdir(), 'wdm-outside-'));
    const root = outputRoot(dir);
    const confirmed = new Set<string>();
    writeFileIfChanged(path.join(dir, 'sites', 'b', 'a.com', 'index.html'), 'x', { root, durability: 'none', confirmed });
    // sites/b/a.com is confirmed; its assets folder is a link planted after: the write below it must be refused.
    fs.symlinkSync(outside, path.join(dir, 'sites', 'b', 'a.com', 'assets'));
    expect(() => writeFileIfChanged(path.join(dir, 'sites', 'b', 'a.com', 'assets', 'f.woff2'), 'x', { root, durability: 'none', confirmed })).toThrow(/symbolic link/);
    // The next group (a new set) checks every folder again.
    fs.rmSync(path.join(dir, 'sites', 'b', 'a.com', 'assets'));
    fs.renameSync(path.join(dir, 'sites', 'b', 'a.com'), path.join(outside, 'a.com'));
    fs.symlinkSync(path.join(outside, 'a.com'), path.join(dir, 'sites', 'b', 'a.com'));
    expect(() => writeFileIfChanged(path.join(dir, 'sites', 'b', 'a.com', 'styles.css'), 'x', { root, durability: 'none', confirmed: new Set() })).toThrow(/symbolic link/);
    expect(fs.readdirSync(outside).sort()).toEqual(['a.com']);
    expect(fs.readdirSync(path.join(outside, 'a.com'))).toEqual(['index.html']);
  });
});
