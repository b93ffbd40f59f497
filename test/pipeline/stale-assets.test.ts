import { spawnSync } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { removeStaleAssets } from '../../src/pipeline/assets.js';
import { outputRoot } from '../../src/registry/index.js';

describe('removeStaleAssets', () => {
  it('removes what the site no longer uses and leftovers of dead writers, never a live writer\'s temp file', () => {
    const site = fs.mkdtempSync(path.join(os.tmpdir(), 'wdm-stale-'));
    const fonts = path.join(site, 'assets', 'fonts');
    fs.mkdirSync(fonts, { recursive: true });
    // A pid that has certainly exited: a child process we waited for.
    const dead = spawnSync(process.execPath, ['-e', '0']).pid;
    const live = process.ppid;
    const files = {
      kept: 'assets/fonts/a.woff2',
      stale: 'assets/fonts/old.woff2',
      liveTemp: `assets/fonts/a.woff2.tmp-${live}-3`,
      deadTemp: `assets/fonts/a.woff2.tmp-${dead}-7`,
      ownTemp: `assets/fonts/a.woff2.tmp-${process.pid}-1`,
    };
    for (const rel of Object.values(files)) fs.writeFileSync(path.join(site, rel), 'x');
    const removed = removeStaleAssets(outputRoot(site), site, new Set([files.kept]));
    expect(removed.sort()).toEqual([files.deadTemp, files.stale, files.ownTemp].sort());
    expect(fs.readdirSync(fonts).sort()).toEqual(['a.woff2', path.basename(files.liveTemp)].sort());
  });
});
