import { afterAll, describe, expect, it } from 'vitest';
import { readFileSync, writeFileSync, mkdirSync } from 'node:fs';
import { join } from 'node:path';
import { parse } from 'yaml';
import { REPO_DIR, readTree, removeTempProjects, runCli, tempProject } from '../helpers/project.js';
import { bytesOf, commitAll, gitIn, GREEN_LAW_RULE, initRepo, mtimeOf, SMALL_BATCH } from '../helpers/review.js';

afterAll(removeTempProjects);

/** The command the pre-commit framework runs, read from the hook definition this repository publishes. */
function hookArgs(): string[] {
  const hooks = parse(readFileSync(join(REPO_DIR, '.pre-commit-hooks.yaml'), 'utf8')) as { id: string; entry: string }[];
  const hook = hooks.find((h) => h.id === 'wdm-design');
  const [bin, ...args] = (hook?.entry ?? '').split(' ');
  expect(bin).toBe('wdm-design');
  return args;
}

describe('reviewing a rule change end to end', () => {
  it('the hook regenerates and stages only the affected designs, and diff names exactly those sites', async () => {
    const dir = tempProject({ 'batches/b.yaml': SMALL_BATCH, '.gitignore': '.wdm/\n' });
    initRepo(dir);
    expect((await runCli(['generate', '--all'], dir)).code).toBe(0);
    commitAll(dir, 'designs');
    const before = readTree(dir, 'designs');
    const mtimes = new Map([...before.keys()].map((p) => [p, mtimeOf(dir, p)]));

    // A user rule that changes the legal category only.
    mkdirSync(join(dir, 'rules'));
    writeFileSync(join(dir, 'rules/user.yaml'), GREEN_LAW_RULE);
    gitIn(dir, ['add', 'rules/user.yaml']);

    const hook = await runCli(hookArgs(), dir);
    expect(hook.stderr).toBe('');
    expect(hook.code).toBe(0);
    const affected = ['designs/b/harborview.law/DESIGN.md', 'designs/b/smithlaw.com/DESIGN.md'];
    expect(hook.stdout).toMatch(/^b: 6 sites: 2 written, 4 unchanged, 0 rejected in .*; 4 skipped by the cache, 2 files staged\n$/);

    const after = readTree(dir, 'designs');
    for (const [path, text] of before) {
      if (affected.includes(path)) {
        expect(after.get(path)).not.toBe(text);
      } else {
        expect(after.get(path)).toBe(text);
        expect(mtimeOf(dir, path)).toBe(mtimes.get(path));
      }
    }
    expect(gitIn(dir, ['diff', '--cached', '--name-only']).split('\n').filter(Boolean)).toEqual([...affected, 'rules/user.yaml']);
    expect(gitIn(dir, ['diff', '--name-only'])).toBe('');

    const json = JSON.parse((await runCli(['diff', '--base', 'HEAD', '--format', 'json'], dir)).stdout) as {
      batches: { siteDiffs: { domain: string; status: string; maxDeltaE: number }[] }[];
    };
    const sites = json.batches.flatMap((b) => b.siteDiffs);
    expect(sites.map((s) => `${s.status} ${s.domain}`).sort()).toEqual(['changed harborview.law', 'changed smithlaw.com']);
    expect(sites.every((s) => s.maxDeltaE > 5)).toBe(true);
    const md = (await runCli(['diff', '--base', 'HEAD', '--format', 'markdown'], dir)).stdout;
    expect(md).toContain('### wdm-design: 2 sites changed against `HEAD`');
    expect(md.match(/<summary>/g)).toHaveLength(2);

    expect((await runCli(['check', '--all'], dir)).code).toBe(0);
    commitAll(dir, 'green law');
    // The next commit that touches no input is a no-op.
    writeFileSync(join(dir, 'notes.txt'), 'x\n');
    gitIn(dir, ['add', 'notes.txt']);
    expect((await runCli(hookArgs(), dir)).stdout).toBe('Nothing to regenerate: no batch, rule, template or config file is staged.\n');
    expect(bytesOf(dir, affected[0] as string)).toBe(after.get(affected[0] as string));
  });

  it('a hand edit that was staged is put back by the hook before it is committed', async () => {
    const dir = tempProject({ 'batches/b.yaml': SMALL_BATCH, '.gitignore': '.wdm/\n' });
    initRepo(dir);
    await runCli(['generate', '--all'], dir);
    commitAll(dir, 'designs');
    const path = 'designs/b/sunnyside-bakery.com/DESIGN.md';
    const original = bytesOf(dir, path);
    writeFileSync(join(dir, path), original.replace('version: alpha', 'version: mine'));
    expect((await runCli(['check', '--all'], dir)).stdout).toContain(`${path}: edited by hand`);
    gitIn(dir, ['add', path]);
    const hook = await runCli(hookArgs(), dir);
    expect(hook.stdout).toContain('1 hand-edited file restored, 1 file staged');
    expect(bytesOf(dir, path)).toBe(original);
    expect(gitIn(dir, ['diff', '--cached', '--name-only'])).toBe('');
  });
});
