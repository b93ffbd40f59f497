// Hostile file systems: links out of the project, special files, read-only and full disks, a `.wdm` that is a file,
// damaged journals whose writer's pid now belongs to someone else. Each case: exit code, message, sentinel untouched.
import { execFileSync, spawnSync } from 'node:child_process';
import { chmodSync, closeSync, existsSync, mkdirSync, openSync, readdirSync, readFileSync, rmSync, symlinkSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { encodeLine } from '../../src/registry/index.js';
import { nodeFs, useFs, type FsPort } from '../../src/registry/fs-port.js';
import { BIN, readTree, runCli } from '../helpers/project.js';
import { cleanScratch, copyProject, expectNoStack, fingerprint, makeSentinel, runCase, scratch, writeFiles, type HostileCase } from './harness.js';

const mounted: string[] = [];
afterAll(() => {
  for (const dir of mounted.splice(0).reverse()) spawnSync('umount', ['-l', dir], { stdio: 'ignore' });
  cleanScratch();
});

const ONE = { 'batches/b.txt': 'smithlaw.com\n' };
const link = (target: string, at: string): void => {
  mkdirSync(join(at, '..'), { recursive: true });
  symlinkSync(target, at);
};

/** A tmpfs mounted at `dir` (root only); false where mounting is not possible, and the case injects faults instead. */
function mountTmpfs(dir: string, options: string): boolean {
  if (process.getuid?.() !== 0) return false;
  mkdirSync(dir, { recursive: true });
  const ok = spawnSync('mount', ['-t', 'tmpfs', '-o', options, 'tmpfs', dir], { stdio: 'ignore' }).status === 0;
  if (ok) mounted.push(dir);
  return ok;
}

function errnoError(code: string): Error {
  return Object.assign(new Error(`${code}: injected`), { code });
}

/** The real file system, with every write-side call failing with `code` once `armed()` says so. */
function faultyFs(code: string, armed: () => boolean): FsPort {
  const fail = <A extends unknown[], R>(call: (...args: A) => R) => (...args: A): R => {
    if (armed()) throw errnoError(code);
    return call(...args);
  };
  return { ...nodeFs, writeSync: fail(nodeFs.writeSync), mkdirSync: fail(nodeFs.mkdirSync), renameSync: fail(nodeFs.renameSync), copyFileSync: fail(nodeFs.copyFileSync) };
}

let verified: string;

beforeAll(async () => {
  // One verified project, copied for every case that needs one (finalize, repair): a build costs seconds.
  verified = scratch('verified');
  writeFiles(verified, ONE);
  const r = await runCli(['build', '--batch', 'b', '--workers', '0'], verified);
  expect(r.code).toBe(0);
}, 120_000);

const confinement: HostileCase[] = [
  {
    name: 'designs/<batch> is a link out of the project',
    files: ONE,
    setup: ({ project, sentinel }) => link(sentinel, join(project, 'designs/b')),
    args: ['generate', '--batch', 'b'],
    code: 2,
    stderr: /Refused to create the folder designs\/b\/smithlaw\.com: designs\/b is a symbolic link \(to .*\), expected a real folder inside the project/,
  },
  {
    name: 'designs/<batch>/<domain> is a link out of the project',
    files: ONE,
    setup: ({ project, sentinel }) => link(join(sentinel, 'smithlaw.com'), join(project, 'designs/b/smithlaw.com')),
    args: ['generate', '--batch', 'b'],
    code: 2,
    stderr: /designs\/b\/smithlaw\.com is a symbolic link/,
  },
  {
    name: 'designs/ itself is a link',
    files: ONE,
    setup: ({ project, sentinel }) => link(sentinel, join(project, 'designs')),
    args: ['generate', '--batch', 'b'],
    code: 2,
    stderr: /designs is a symbolic link/,
  },
  {
    name: 'the DESIGN.md itself is a link to a file outside',
    files: ONE,
    setup: ({ project, sentinel }) => link(join(sentinel, 'DESIGN.md'), join(project, 'designs/b/smithlaw.com/DESIGN.md')),
    args: ['generate', '--batch', 'b'],
    code: 2,
    stderr: /Refused to write designs\/b\/smithlaw\.com\/DESIGN\.md: designs\/b\/smithlaw\.com\/DESIGN\.md is a symbolic link/,
  },
  {
    name: 'sites/<batch> is a link (build)',
    files: ONE,
    setup: ({ project, sentinel }) => link(sentinel, join(project, 'sites/b')),
    args: ['build', '--batch', 'b', '--workers', '0'],
    code: 2,
    stderr: /sites\/b is a symbolic link/,
  },
  {
    name: 'sites/<batch>/<domain> is a link (implement)',
    setup: ({ project, sentinel }) => {
      const copy = copyProject(verified, 'impl');
      rmSync(join(copy, 'sites/b/smithlaw.com'), { recursive: true });
      link(sentinel, join(copy, 'sites/b/smithlaw.com'));
      return copy;
    },
    args: ['implement', '--batch', 'b', '--workers', '0'],
    code: 2,
    stderr: /sites\/b\/smithlaw\.com is a symbolic link/,
  },
  {
    name: '.wdm is a link out of the project (build)',
    files: ONE,
    setup: ({ project, sentinel }) => link(sentinel, join(project, '.wdm')),
    args: ['build', '--batch', 'b', '--workers', '0'],
    code: 2,
    stderr: /Refused to use \.wdm\/registry: \.wdm is a symbolic link/,
  },
  {
    name: '.wdm/registry is a link (build)',
    files: ONE,
    setup: ({ project, sentinel }) => link(sentinel, join(project, '.wdm/registry')),
    args: ['build', '--batch', 'b', '--workers', '0'],
    code: 2,
    stderr: /\.wdm\/registry is a symbolic link/,
  },
  {
    name: '.wdm/cache is a link (generate)',
    files: ONE,
    setup: ({ project, sentinel }) => link(sentinel, join(project, '.wdm/cache')),
    args: ['generate', '--batch', 'b'],
    code: 2,
    stderr: /\.wdm\/cache is a symbolic link/,
    after: ({ project }) => expect(existsSync(join(project, 'designs'))).toBe(false),
  },
  {
    name: 'outDir from the config is a link out of the project',
    files: { ...ONE, 'wdm.config.yaml': 'outDir: build\n' },
    setup: ({ project, sentinel }) => link(sentinel, join(project, 'build')),
    args: ['generate', '--batch', 'b'],
    code: 2,
    stderr: /build is a symbolic link/,
  },
  {
    name: '--out folder holding a link',
    files: ONE,
    setup: ({ project, sentinel }) => link(sentinel, join(project, 'elsewhere/designs')),
    args: ['generate', '--batch', 'b', '--out', 'elsewhere'],
    code: 2,
    stderr: /elsewhere\/designs is a symbolic link/,
  },
  {
    name: 'previews/<batch> is a link',
    setup: ({ sentinel }) => {
      const copy = copyProject(verified, 'preview');
      link(sentinel, join(copy, 'previews/b'));
      return copy;
    },
    args: ['preview', '--batch', 'b'],
    code: 2,
    stderr: /previews\/b is a symbolic link/,
  },
  {
    name: 'published/ is a link (finalize)',
    setup: ({ sentinel }) => {
      const copy = copyProject(verified, 'pub');
      link(sentinel, join(copy, 'published'));
      return copy;
    },
    args: ['finalize', '--batch', 'b'],
    code: 2,
    stderr: /published is a symbolic link/,
  },
  {
    name: 'a link to a system-like folder inside a site folder (finalize)',
    setup: ({ sentinel }) => {
      const copy = copyProject(verified, 'fin');
      link(sentinel, join(copy, 'sites/b/smithlaw.com/media'));
      return copy;
    },
    args: ['finalize', '--batch', 'b'],
    code: 2,
    stderr: /Refused to finalize batch b: 1 entry is neither a folder nor a regular file: sites\/b\/smithlaw\.com\/media is a symbolic link to .*nothing was published/,
    after: ({ project }) => expect(readdirSync(project).filter((n) => n.startsWith('published'))).toEqual([]),
  },
  {
    name: 'a symbolic link loop inside a site folder (finalize)',
    setup: () => {
      const copy = copyProject(verified, 'loop');
      symlinkSync('loop-b', join(copy, 'sites/b/smithlaw.com/loop-a'));
      symlinkSync('loop-a', join(copy, 'sites/b/smithlaw.com/loop-b'));
      return copy;
    },
    args: ['finalize', '--batch', 'b'],
    code: 2,
    stderr: /2 entries are neither a folder nor a regular file: sites\/b\/smithlaw\.com\/loop-a is a symbolic link to loop-b; sites\/b\/smithlaw\.com\/loop-b is a symbolic link to loop-a/,
    after: ({ project }) => expect(readdirSync(project).filter((n) => n.startsWith('published'))).toEqual([]),
  },
  {
    name: 'a named pipe inside a site folder (finalize)',
    setup: () => {
      const copy = copyProject(verified, 'fifo');
      execFileSync('mkfifo', [join(copy, 'sites/b/smithlaw.com/pipe')]);
      return copy;
    },
    args: ['finalize', '--batch', 'b'],
    code: 2,
    stderr: /sites\/b\/smithlaw\.com\/pipe is a special file/,
    after: ({ project }) => expect(existsSync(join(project, 'published'))).toBe(false),
  },
  {
    name: 'a site folder that is itself a link (finalize)',
    setup: ({ sentinel }) => {
      const copy = copyProject(verified, 'sitelink');
      rmSync(join(copy, 'designs/b/smithlaw.com'), { recursive: true });
      link(join(sentinel, 'smithlaw.com'), join(copy, 'designs/b/smithlaw.com'));
      return copy;
    },
    args: ['finalize', '--batch', 'b'],
    code: 2,
    // Caught first by the re-hash of what was verified (read through the link, never written or published).
    stderr: /Batch b: 1 file\(s\) differ from what was verified:\n {2}smithlaw\.com: designs\/b\/smithlaw\.com\/DESIGN\.md: sha256/,
    after: ({ project }) => expect(readdirSync(project).filter((n) => n.startsWith('published'))).toEqual([]),
  },
  {
    name: 'init into a folder whose .github is a link',
    setup: ({ project, sentinel }) => link(sentinel, join(project, '.github')),
    args: ['init', '.', '--force'],
    code: 2,
    stderr: /\.github is a symbolic link/,
  },
];

const faults: HostileCase[] = [
  {
    name: '.wdm is a file (build)',
    files: { ...ONE, '.wdm': 'not a folder\n' },
    args: ['build', '--batch', 'b', '--workers', '0'],
    code: 2,
    stderr: /^wdm-design: \.wdm: Could not use \.wdm\/registry: \.wdm is a file, expected a folder \(move the file \.wdm away and rerun/,
  },
  {
    name: '.wdm is a file (status)',
    files: { ...ONE, '.wdm': '' },
    args: ['status', '--batch', 'b'],
    code: 2,
    stderr: /\.wdm is a file, expected a folder/,
  },
  {
    name: '.wdm is a file (generate)',
    files: { ...ONE, '.wdm': '' },
    args: ['generate', '--batch', 'b'],
    code: 2,
    stderr: /\.wdm is a file, expected a folder/,
  },
  {
    name: '.wdm/registry is a file (build)',
    files: { ...ONE, '.wdm/registry': '' },
    args: ['build', '--batch', 'b', '--workers', '0'],
    code: 2,
    stderr: /\.wdm\/registry is a file/,
  },
  {
    name: 'designs/<batch> is a file',
    files: { ...ONE, 'designs/b': 'a file\n' },
    args: ['generate', '--batch', 'b'],
    code: 2,
    stderr: /Could not create the folder designs\/b\/smithlaw\.com: designs\/b is a file, expected a folder/,
  },
  {
    name: 'a folder where the DESIGN.md goes',
    files: { ...ONE, 'designs/b/smithlaw.com/DESIGN.md/x': '' },
    args: ['generate', '--batch', 'b'],
    code: 2,
    stderr: /Could not write designs\/b\/smithlaw\.com\/DESIGN\.md: a folder or special file has that name/,
  },
  {
    name: 'a read-only sites/ folder (EROFS, not ENOENT)',
    files: ONE,
    setup: ({ project }) => {
      if (mountTmpfs(join(project, 'sites'), 'ro,size=64k')) return;
      restore = useFs(faultyFs('EROFS', () => true));
    },
    args: ['build', '--batch', 'b', '--workers', '0'],
    code: 2,
    stderr: /EROFS \(read-only file system\)/,
  },
  {
    name: 'a folder that refuses writes (EACCES)',
    files: ONE,
    setup: () => {
      restore = useFs(faultyFs('EACCES', () => true));
    },
    args: ['generate', '--batch', 'b'],
    code: 2,
    stderr: /EACCES \(permission denied\).*make [^ ]+ writable/,
  },
  {
    name: 'a config with a YAML alias',
    files: { ...ONE, 'wdm.config.yaml': 'concurrency: &n 4\nworkers: *n\n' },
    args: ['generate', '--batch', 'b'],
    code: 2,
    stderr: /^wdm-design: wdm\.config\.yaml:2:\d+: Unexpected YAML alias "\*n", expected plain values/,
  },
];

let restore: (() => void) | undefined;

describe('hostile file systems', () => {
  it.each(confinement.map((c) => [c.name, c] as const))('confinement: %s', async (_name, c) => {
    await runCase(c);
  });

  it.each(faults.map((c) => [c.name, c] as const))('faults: %s', async (_name, c) => {
    try {
      await runCase(c);
    } finally {
      restore?.();
      restore = undefined;
    }
  });

  it('a full disk mid-build ends with one clear ENOSPC message and exit 2; the next run resumes to the clean bytes', async () => {
    const domains = ['smithlaw.com', 'brightsmiledental.com', 'oakbarrelbakery.com', 'northpeakfitness.com', 'bluewavetravel.com', 'greenleafgarden.com'];
    const files = { 'batches/b.txt': `${domains.join('\n')}\n` };
    const clean = scratch('clean');
    writeFiles(clean, files);
    expect((await runCli(['build', '--batch', 'b', '--workers', '0'], clean)).code).toBe(0);

    const sentinel = makeSentinel();
    const before = fingerprint(sentinel);
    const project = scratch('full');
    const onTmpfs = mountTmpfs(project, 'size=96k');
    writeFiles(project, files);
    let budget = 60_000;
    const undo = onTmpfs
      ? undefined
      : useFs({ ...nodeFs, writeSync: (fd, buffer, offset, length) => {
          if ((budget -= length) < 0) throw errnoError('ENOSPC');
          return nodeFs.writeSync(fd, buffer, offset, length);
        } });
    const full = await runCli(['build', '--batch', 'b', '--workers', '0'], project).finally(() => undo?.());
    expect(full.code).toBe(2);
    expect(full.stderr).toMatch(/^wdm-design: .*ENOSPC \(no space left on device\).*free disk space and rerun/);
    expect(full.stderr.trim().split('\n')).toHaveLength(1);
    expectNoStack(full.stderr);
    // Nothing half-written: no temp file is left anywhere.
    expect([...readTree(project).keys()].filter((p) => p.includes('.tmp'))).toEqual([]);

    if (onTmpfs) execFileSync('mount', ['-o', 'remount,size=16m', project]);
    const resumed = await runCli(['build', '--batch', 'b', '--workers', '0'], project);
    expect(resumed.code).toBe(0);
    const strip = (tree: Map<string, string>) => new Map([...tree].filter(([p]) => !p.startsWith('.wdm/')));
    expect(strip(readTree(project))).toEqual(strip(readTree(clean)));
    expect(fingerprint(sentinel)).toEqual(before);
  }, 120_000);

  it('a damaged journal whose writer pid now belongs to another process is repaired (the start time differs)', async () => {
    const project = copyProject(verified, 'journal');
    const registry = join(project, '.wdm/registry');
    const line = encodeLine({ domain: 'smithlaw.com', key: 'k-old', state: 'designed', outputs: {} });
    // pid 1 is alive (init) but did not start at tick 1 of this boot: the recorded writer is gone.
    const boot = readFileSync('/proc/sys/kernel/random/boot_id', 'utf8').trim().replace(/-/g, '').slice(0, 8);
    writeFileSync(join(registry, `b.seg-1-0-${boot}_1.jsonl`), `${line}{"damaged\n${line}`);
    const sentinel = makeSentinel();
    const before = fingerprint(sentinel);
    const blocked = await runCli(['status', '--batch', 'b'], project);
    expect(blocked.code).toBe(2);
    expect(blocked.stderr).toMatch(/Unexpected journal line 2/);
    const repaired = await runCli(['status', '--batch', 'b', '--repair'], project);
    expectNoStack(repaired.stderr);
    expect(repaired.stderr).toMatch(/b: repaired \.wdm\/registry\/b\.seg-1-0-[0-9a-f]{8}_1\.jsonl: kept 2 records/);
    expect(repaired.code).toBe(0);
    expect((await runCli(['status', '--batch', 'b'], project)).stdout).toMatch(/1 verified/);
    expect(fingerprint(sentinel)).toEqual(before);
  });

  it('a damaged journal whose writer is really running is not repaired under it', async () => {
    const project = copyProject(verified, 'live');
    const registry = join(project, '.wdm/registry');
    const line = encodeLine({ domain: 'smithlaw.com', key: 'k-old', state: 'designed', outputs: {} });
    const sleeper = spawnSync('sh', ['-c', 'sleep 30 >/dev/null 2>&1 & echo $!'], { encoding: 'utf8' });
    const pid = Number(sleeper.stdout.trim());
    try {
      const stat = readFileSync(`/proc/${pid}/stat`, 'utf8');
      const start = stat.slice(stat.lastIndexOf(')') + 2).split(' ')[19];
      const boot = readFileSync('/proc/sys/kernel/random/boot_id', 'utf8').trim().replace(/-/g, '').slice(0, 8);
      writeFileSync(join(registry, `b.seg-${pid}-0-${boot}_${start}.jsonl`), `${line}{"damaged\n${line}`);
      const r = await runCli(['status', '--batch', 'b', '--repair'], project);
      expect(r.code).toBe(2);
      expect(r.stderr).toMatch(new RegExp(`damaged but its writer \\(pid ${pid}\\) is still running`));
      expectNoStack(r.stderr);
    } finally {
      process.kill(pid);
    }
  });

  it('a full disk while finalize copies: exit 2, nothing published, no temporary tree left', async () => {
    const project = copyProject(verified, 'finfull');
    const sentinel = makeSentinel();
    const before = fingerprint(sentinel);
    let writes = 0;
    const undo = useFs({ ...nodeFs, writeSync: (fd, buffer, offset, length) => {
      if (++writes > 2) throw errnoError('ENOSPC');
      return nodeFs.writeSync(fd, buffer, offset, length);
    } });
    const r = await runCli(['finalize', '--batch', 'b'], project).finally(undo);
    expect(r.code).toBe(2);
    expect(r.stderr).toMatch(/^wdm-design: .*ENOSPC \(no space left on device\); nothing was published and the temporary folder was removed \(free disk space and rerun/);
    expectNoStack(r.stderr);
    expect(readdirSync(project).filter((n) => n.startsWith('published'))).toEqual(['published']);
    expect(readdirSync(join(project, 'published'))).toEqual([]);
    expect(fingerprint(sentinel)).toEqual(before);
    // Space is back: the next finalize publishes.
    expect((await runCli(['finalize', '--batch', 'b'], project)).code).toBe(0);
    expect(readdirSync(join(project, 'published/b')).sort()).toEqual(['designs', 'sites']);
  });

  it('a terminal stream that fails (stdout on a full device) ends with code 2 and one line, no stack', () => {
    if (!existsSync('/dev/full')) return;
    const project = copyProject(verified, 'devfull');
    const out = openSync('/dev/full', 'w');
    try {
      const r = spawnSync(process.execPath, [BIN, 'status', '--batch', 'b'], { cwd: project, stdio: ['ignore', out, 'pipe'], encoding: 'utf8' });
      expect(r.status).toBe(2);
      expect(r.stderr).toMatch(/^wdm-design: Could not write: ENOSPC \(no space left on device\)/);
      expect(r.stderr.trim().split('\n')).toHaveLength(1);
      expectNoStack(r.stderr);
    } finally {
      closeSync(out);
    }
  });

  it('a read-only project folder still answers status (nothing to write)', async () => {
    const project = copyProject(verified, 'rostatus');
    rmSync(join(project, '.wdm/cache'), { recursive: true, force: true });
    chmodSync(project, 0o555);
    try {
      const r = await runCli(['status', '--batch', 'b'], project);
      expect(r.code).toBe(0);
      expect(r.stdout).toMatch(/1 verified/);
    } finally {
      chmodSync(project, 0o755);
    }
  });
});
