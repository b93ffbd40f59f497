import { afterAll, describe, expect, it } from 'vitest';
import { mkdirSync, rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { changedBatches, changedSince, filesAtRef, resolveCommit, scopeOfChanges, stagedPaths } from '../../src/pipeline/index.js';
import { removeTempProjects, runCli, tempProject } from '../helpers/project.js';
import { commitAll, gitIn, initRepo, SMALL_BATCH } from '../helpers/review.js';

afterAll(removeTempProjects);

function put(dir: string, path: string, text: string): void {
  mkdirSync(join(dir, path, '..'), { recursive: true });
  writeFileSync(join(dir, path), text);
}

describe('scope of a set of changed paths', () => {
  const table: [string[], { all: boolean; batches: string[] }][] = [
    [[], { all: false, batches: [] }],
    [['README.md', 'src/x.ts', 'batchesX/1.yaml'], { all: false, batches: [] }],
    [['batches/010.yaml'], { all: false, batches: ['010'] }],
    [['batches/010.csv', 'batches/a.b.txt', 'batches/notes.md'], { all: false, batches: ['010', 'a.b'] }],
    [['designs/020/x.com/DESIGN.md'], { all: false, batches: ['020'] }],
    [['batches/010.yaml', 'rules/categories.yaml'], { all: true, batches: [] }],
    [['templates/design/partials/overview.hbs'], { all: true, batches: [] }],
    [['wdm.config.yaml'], { all: true, batches: [] }],
    [['sub/wdm.config.yaml', 'myrules/x.yaml'], { all: false, batches: [] }],
  ];
  for (const [paths, expected] of table) {
    it(`${JSON.stringify(paths)} → ${expected.all ? 'all' : JSON.stringify(expected.batches)}`, () => {
      expect(scopeOfChanges(paths)).toMatchObject(expected);
    });
  }
  it('follows an output folder', () => {
    expect(scopeOfChanges(['out/designs/7/x.com/DESIGN.md', 'designs/8/y.com/DESIGN.md'], 'out/designs/').batches).toEqual(['7']);
  });
});

describe('git helpers', () => {
  it('lists staged paths, and changes since a ref including untracked files, relative to a project in a subfolder', () => {
    const repo = tempProject();
    initRepo(repo);
    put(repo, 'proj/batches/a.yaml', SMALL_BATCH);
    put(repo, 'proj/batches/b.yaml', SMALL_BATCH);
    put(repo, 'other/file.txt', 'x\n');
    commitAll(repo, 'one');
    const dir = join(repo, 'proj');
    expect(stagedPaths(dir)).toEqual([]);
    expect(changedSince(dir, 'HEAD')).toEqual([]);
    put(repo, 'proj/batches/a.yaml', `${SMALL_BATCH}  - domain: new-site.com\n`);
    put(repo, 'proj/rules/user.yaml', 'cascade: []\n');
    put(repo, 'other/file.txt', 'y\n');
    gitIn(repo, ['add', 'proj/batches/a.yaml', 'other/file.txt']);
    expect(stagedPaths(dir)).toEqual(['batches/a.yaml']);
    expect(changedSince(dir, 'HEAD')).toEqual(['batches/a.yaml', 'rules/user.yaml']);
    expect(changedBatches(dir, { staged: true })).toMatchObject({ all: false, batchIds: ['a'] });
    expect(changedBatches(dir, { since: 'HEAD' })).toMatchObject({ all: true, batchIds: ['a', 'b'] });
  });

  it('counts changes since the merge base, not what the base branch did after', () => {
    const dir = tempProject();
    initRepo(dir);
    put(dir, 'batches/a.yaml', SMALL_BATCH);
    put(dir, 'batches/b.yaml', SMALL_BATCH);
    commitAll(dir, 'base');
    gitIn(dir, ['checkout', '-q', '-b', 'feature']);
    put(dir, 'batches/a.yaml', `${SMALL_BATCH}  - domain: feature.com\n`);
    commitAll(dir, 'feature');
    gitIn(dir, ['checkout', '-q', 'main']);
    put(dir, 'rules/user.yaml', 'cascade: []\n');
    commitAll(dir, 'main moves on');
    gitIn(dir, ['checkout', '-q', 'feature']);
    expect(changedSince(dir, 'main')).toEqual(['batches/a.yaml']);
  });

  it('reads every file under a folder at a ref with one cat-file, bytes intact', () => {
    const dir = tempProject();
    initRepo(dir);
    const texts: Record<string, string> = {
      'designs/b/a.com/DESIGN.md': 'a\n',
      'designs/b/ü.com/DESIGN.md': 'Ünïcode ✓\n\n',
      'designs/c/x.com/DESIGN.md': '',
      'batches/b.yaml': SMALL_BATCH,
    };
    for (const [p, t] of Object.entries(texts)) put(dir, p, t);
    commitAll(dir, 'one');
    rmSync(join(dir, 'designs'), { recursive: true });
    const files = filesAtRef(dir, 'HEAD', 'designs');
    expect([...files.keys()]).toEqual(['designs/b/a.com/DESIGN.md', 'designs/b/ü.com/DESIGN.md', 'designs/c/x.com/DESIGN.md']);
    for (const [p, t] of files) expect(t).toBe(texts[p]);
    expect(filesAtRef(dir, 'HEAD', 'nothing-here').size).toBe(0);
  });

  it('says what is wrong when there is no repository, no commit or no such ref', () => {
    const plain = tempProject();
    expect(() => stagedPaths(plain)).toThrow(/is not inside a git repository, expected a git work tree/);
    const empty = tempProject();
    initRepo(empty);
    expect(() => resolveCommit(empty, 'HEAD')).toThrow('Unknown git reference "HEAD"');
    expect(() => resolveCommit(empty, '--output=x')).toThrow('Unexpected git reference "--output=x"');
    expect(stagedPaths(empty)).toEqual([]);
  });
});

describe('generate --staged and --changed-since', () => {
  it('is a quick no-op when nothing relevant is staged, and regenerates only the named batch', async () => {
    const dir = tempProject({ 'batches/a.yaml': SMALL_BATCH, 'batches/b.yaml': SMALL_BATCH, 'README.md': 'x\n' });
    initRepo(dir);
    expect((await runCli(['generate', '--all'], dir)).code).toBe(0);
    commitAll(dir, 'one');
    writeFileSync(join(dir, 'README.md'), 'y\n');
    gitIn(dir, ['add', 'README.md']);
    const none = await runCli(['generate', '--staged'], dir);
    expect(none).toEqual({ code: 0, stdout: 'Nothing to regenerate: no batch, rule, template or config file is staged.\n', stderr: '' });
    writeFileSync(join(dir, 'batches/b.yaml'), SMALL_BATCH.replace('name: Smith Law', 'name: Smith & Co'));
    gitIn(dir, ['add', 'batches/b.yaml']);
    const one = await runCli(['generate', '--staged'], dir);
    expect(one.stdout).toMatch(/^b: 6 sites: 1 written, 5 unchanged, 0 rejected in .*; 5 skipped by the cache, 1 file staged\n$/);
    expect(stagedPaths(dir)).toEqual(['README.md', 'batches/b.yaml', 'designs/b/smithlaw.com/DESIGN.md']);
    const since = await runCli(['generate', '--changed-since', 'HEAD', '--json'], dir);
    expect((JSON.parse(since.stdout) as { batches: { id: string }[] }).batches.map((b) => b.id)).toEqual(['b']);
  });

  it('refuses --staged with --batch, and --changed-since an unknown ref', async () => {
    const dir = tempProject({ 'batches/a.yaml': SMALL_BATCH });
    initRepo(dir);
    const a = await runCli(['generate', '--staged', '--batch', 'a'], dir);
    expect(a.code).toBe(2);
    expect(a.stderr).toContain('Unexpected --batch/--all with --staged');
    const b = await runCli(['generate', '--changed-since', 'origin/main'], dir);
    expect(b.code).toBe(2);
    expect(b.stderr).toContain('Unknown git reference "origin/main"');
  });
});
