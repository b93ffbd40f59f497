// Orphans: the folders of sites that left their batch are removed by generate, implement and build when they hold
// only files the tool wrote, kept and reported otherwise; --keep-orphans opts out; check names the command.
import { execFileSync } from 'node:child_process';
import { existsSync, mkdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { removeTempProjects, runCli, tempProject } from '../helpers/project.js';

afterAll(removeTempProjects);

const THREE = 'sites:\n  - domain: smithlaw.com\n  - domain: sunrisecafe.com\n  - domain: oakbarrelbakery.com\n';
const TWO = 'sites:\n  - domain: smithlaw.com\n  - domain: sunrisecafe.com\n';
const d = (domain: string) => `designs/demo/${domain}`;
const s = (domain: string) => `sites/demo/${domain}`;

describe('orphaned site folders', () => {
  it('generate removes the design folder of a site that left the batch, and check first says so', async () => {
    const dir = tempProject({ 'batches/demo.yaml': THREE });
    expect((await runCli(['generate', '--batch', 'demo'], dir)).code).toBe(0);
    writeFileSync(join(dir, 'batches/demo.yaml'), TWO);
    const check = await runCli(['check', '--batch', 'demo'], dir);
    expect(check.code).toBe(1);
    expect(check.stdout).toContain(`${d('oakbarrelbakery.com')}: orphaned: oakbarrelbakery.com is no longer in batch demo (\`wdm-design generate --batch demo\`, implement or build removes it`);
    const r = await runCli(['generate', '--batch', 'demo'], dir);
    expect(r.code).toBe(0);
    expect(r.stderr).toContain(`removed ${d('oakbarrelbakery.com')}: oakbarrelbakery.com is no longer in batch demo`);
    expect(existsSync(join(dir, d('oakbarrelbakery.com')))).toBe(false);
    expect(existsSync(join(dir, d('smithlaw.com'), 'DESIGN.md'))).toBe(true);
    expect((await runCli(['check', '--batch', 'demo'], dir)).code).toBe(0);
  });

  it('keeps and reports a folder holding a file the tool did not write, and a hand-edited one', async () => {
    const dir = tempProject({ 'batches/demo.yaml': THREE });
    expect((await runCli(['generate', '--batch', 'demo'], dir)).code).toBe(0);
    writeFileSync(join(dir, d('oakbarrelbakery.com'), 'notes.md'), 'my notes\n');
    writeFileSync(join(dir, d('sunrisecafe.com'), 'DESIGN.md'), 'edited by hand\n');
    writeFileSync(join(dir, 'batches/demo.yaml'), 'sites:\n  - domain: smithlaw.com\n');
    const r = await runCli(['generate', '--batch', 'demo', '--json'], dir);
    expect(r.code).toBe(0);
    const orphans = (JSON.parse(r.stdout) as { orphans: { path: string; removed: boolean; foreign: string[] }[] }).orphans;
    expect(orphans).toEqual([
      expect.objectContaining({ path: d('oakbarrelbakery.com'), removed: false, foreign: [`${d('oakbarrelbakery.com')}/notes.md`] }),
      expect.objectContaining({ path: d('sunrisecafe.com'), removed: false, foreign: [`${d('sunrisecafe.com')}/DESIGN.md`] }),
    ]);
    expect(existsSync(join(dir, d('oakbarrelbakery.com'), 'DESIGN.md'))).toBe(true);
    const text = await runCli(['generate', '--batch', 'demo'], dir);
    expect(text.stderr).toMatch(new RegExp(`kept ${d('oakbarrelbakery.com')}: oakbarrelbakery.com is no longer in batch demo, but the tool has no record of writing .*${d('oakbarrelbakery.com')}/notes.md`));
  });

  it('--keep-orphans keeps them; a row refused for a typo keeps its folders', async () => {
    const dir = tempProject({ 'batches/demo.yaml': THREE });
    expect((await runCli(['generate', '--batch', 'demo'], dir)).code).toBe(0);
    writeFileSync(join(dir, 'batches/demo.yaml'), TWO);
    const kept = await runCli(['generate', '--batch', 'demo', '--keep-orphans'], dir);
    expect(kept.stderr).toBe('');
    expect(existsSync(join(dir, d('oakbarrelbakery.com')))).toBe(true);
    writeFileSync(join(dir, 'batches/demo.yaml'), `${THREE}    category: bakeryy\n`);
    const typo = await runCli(['generate', '--batch', 'demo'], dir);
    expect(typo.code).toBe(1);
    expect(existsSync(join(dir, d('oakbarrelbakery.com'), 'DESIGN.md'))).toBe(true);
  });

  it('build removes both folders of a site that left; check reports an orphaned sites/ folder', async () => {
    const dir = tempProject({ 'batches/demo.yaml': THREE });
    expect((await runCli(['build', '--batch', 'demo'], dir)).code).toBe(0);
    writeFileSync(join(dir, 'batches/demo.yaml'), TWO);
    // generate removes the design folder and the site folder (both hold only files the tool recorded).
    mkdirSync(join(dir, s('gone.com')), { recursive: true });
    writeFileSync(join(dir, s('gone.com'), 'index.html'), '<p>not ours</p>\n');
    const check = await runCli(['check', '--batch', 'demo'], dir);
    expect(check.stdout).toContain(`${s('gone.com')}: orphaned: gone.com is no longer in batch demo`);
    expect(check.stdout).toContain(`${s('oakbarrelbakery.com')}: orphaned`);
    const r = await runCli(['build', '--batch', 'demo'], dir);
    expect(r.code).toBe(0);
    expect(r.stderr).toContain(`removed ${d('oakbarrelbakery.com')}`);
    expect(r.stderr).toContain(`removed ${s('oakbarrelbakery.com')}`);
    expect(r.stderr).toContain(`kept ${s('gone.com')}`);
    expect(existsSync(join(dir, s('oakbarrelbakery.com')))).toBe(false);
    expect(existsSync(join(dir, s('gone.com'), 'index.html'))).toBe(true);
    expect(existsSync(join(dir, s('smithlaw.com'), 'index.html'))).toBe(true);
  });

  it('generate --staged stages the removal of an orphaned design', async () => {
    const dir = tempProject({ 'batches/demo.yaml': THREE });
    const git = (...args: string[]) => execFileSync('git', args, { cwd: dir, encoding: 'utf8' });
    git('init', '-q');
    git('config', 'user.email', 't@example.com');
    git('config', 'user.name', 'T');
    expect((await runCli(['generate', '--batch', 'demo'], dir)).code).toBe(0);
    git('add', '-A');
    git('commit', '-qm', 'start');
    writeFileSync(join(dir, 'batches/demo.yaml'), TWO);
    git('add', 'batches/demo.yaml');
    expect((await runCli(['generate', '--staged'], dir)).code).toBe(0);
    expect(git('diff', '--cached', '--name-status')).toContain(`D\t${d('oakbarrelbakery.com')}/DESIGN.md`);
  });
});
