// The `wdm-design` command (bin/wdm-design, what npm links) runs the CLI in its own process with the memory settings
// of a long batch run, wherever the link to it lives.
import { afterAll, describe, expect, it } from 'vitest';
import { chmodSync, mkdirSync, readFileSync, symlinkSync, writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { spawnSync } from 'node:child_process';
import { REPO_DIR, removeTempProjects, tempProject } from '../helpers/project.js';

afterAll(removeTempProjects);

const LAUNCHER = join(REPO_DIR, 'bin', 'wdm-design');
const version = (JSON.parse(readFileSync(join(REPO_DIR, 'package.json'), 'utf8')) as { version: string }).version;

/** A folder with links to the launcher as npm makes them: absolute, relative, and a link to a link. */
function linked(): { abs: string; rel: string; chain: string } {
  const dir = tempProject();
  mkdirSync(join(dir, 'node_modules', '.bin'), { recursive: true });
  mkdirSync(join(dir, 'node_modules', 'wdm-design'), { recursive: true });
  // The package folder is itself a link (npm link, a global install), and the command links into it relatively.
  symlinkSync(join(REPO_DIR, 'bin'), join(dir, 'node_modules', 'wdm-design', 'bin'));
  const rel = join(dir, 'node_modules', '.bin', 'wdm-design');
  symlinkSync('../wdm-design/bin/wdm-design', rel);
  const abs = join(dir, 'abs-link');
  symlinkSync(LAUNCHER, abs);
  const chain = join(dir, 'chain-link');
  symlinkSync(rel, chain);
  return { abs, rel, chain };
}

describe('bin/wdm-design', () => {
  it('is what package.json names as the command', () => {
    const pkg = JSON.parse(readFileSync(join(REPO_DIR, 'package.json'), 'utf8')) as { bin: Record<string, string> };
    expect(pkg.bin['wdm-design']).toBe('bin/wdm-design');
  });

  it('runs the CLI through any link to it', () => {
    const links = linked();
    for (const command of [LAUNCHER, links.abs, links.rel, links.chain]) {
      const r = spawnSync(command, ['--version'], { encoding: 'utf8' });
      expect(r.stderr).toBe('');
      expect(r.status).toBe(0);
      expect(r.stdout.trim()).toBe(version);
    }
  });

  it('hands Node the young-generation flag and the malloc arena bound, keeps a bound the user set, and passes the arguments through', () => {
    // A stand-in `node` first on the PATH reports what it was given.
    const bin = tempProject();
    const fake = join(bin, 'node');
    writeFileSync(fake, '#!/bin/sh\necho "pid=$$"\necho "arenas=$MALLOC_ARENA_MAX"\nfor a in "$@"; do echo "arg=$a"; done\n');
    chmodSync(fake, 0o755);
    const env: NodeJS.ProcessEnv = { ...process.env, PATH: `${bin}:${process.env.PATH ?? ''}` };
    delete env.MALLOC_ARENA_MAX;
    const links = linked();
    const r = spawnSync(links.rel, ['build', '--batch', 'a b', '--json'], { encoding: 'utf8', env });
    expect(r.status).toBe(0);
    expect(r.stdout.split('\n').filter(Boolean)).toEqual([
      // exec: Node runs as the process that was started, so a signal or a kill reaches the run itself.
      `pid=${r.pid}`,
      'arenas=2',
      'arg=--max-semi-space-size=8',
      // The relative link's target, followed as written (the folder it names is itself a link).
      `arg=${dirname(links.rel)}/../wdm-design/bin/wdm-design.js`,
      'arg=build',
      'arg=--batch',
      'arg=a b',
      'arg=--json',
    ]);
    const own = spawnSync(LAUNCHER, ['--help'], { encoding: 'utf8', env: { ...env, MALLOC_ARENA_MAX: '4' } });
    expect(own.stdout.split('\n')[1]).toBe('arenas=4');
  });
});
