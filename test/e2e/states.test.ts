// States that are true: implement and verify record their results with the hashes of the bytes they describe;
// status answers from those bytes; finalize re-hashes what it publishes and refuses a page broken by hand.
import { existsSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { removeTempProjects, runCli, tempProject } from '../helpers/project.js';

afterAll(removeTempProjects);

const BATCH = { 'batches/demo.yaml': 'sites:\n  - domain: smithlaw.com\n  - domain: sunrisecafe.com\n' };
const PAGE = 'sites/demo/smithlaw.com/index.html';

interface StatusJson {
  counts: Record<string, number>;
  changed: { domain: string; file: string; recordedAs: string; found: string }[];
}

async function status(dir: string): Promise<StatusJson> {
  const r = await runCli(['status', '--batch', 'demo', '--json'], dir);
  expect(r.code).toBe(0);
  return JSON.parse(r.stdout) as StatusJson;
}

describe('states that are true', () => {
  it('build after implement carries every implemented site on to verified: a state short of the goal is no reason to skip', async () => {
    const dir = tempProject(BATCH);
    expect((await runCli(['generate', '--batch', 'demo'], dir)).code).toBe(0);
    expect((await runCli(['implement', '--batch', 'demo'], dir)).code).toBe(0);
    expect((await status(dir)).counts).toMatchObject({ implemented: 2, verified: 0 });
    const built = await runCli(['build', '--batch', 'demo', '--json'], dir);
    expect(built.code, built.stderr).toBe(0);
    const report = JSON.parse(built.stdout) as { sites: Array<{ domain: string; status: string }> };
    expect(report.sites.map((s) => [s.domain, s.status])).toEqual([['smithlaw.com', 'verified'], ['sunrisecafe.com', 'verified']]);
    expect((await status(dir)).counts).toMatchObject({ implemented: 0, verified: 2 });
  });

  it('a page broken by hand after build: status shows it changed, finalize refuses naming site and file', async () => {
    const dir = tempProject(BATCH);
    expect((await runCli(['build', '--batch', 'demo'], dir)).code).toBe(0);
    expect((await status(dir)).counts).toMatchObject({ verified: 2, designed: 0 });
    const page = join(dir, PAGE);
    const html = readFileSync(page, 'utf8');
    expect(html).toMatch(/<h1[\s>]/);
    writeFileSync(page, html.replace(/<h1([^>]*)>([\s\S]*?)<\/h1>/, '<p$1>$2</p>'));

    const after = await status(dir);
    expect(after.counts).toMatchObject({ verified: 1, designed: 1 });
    expect(after.changed).toEqual([{ domain: 'smithlaw.com', file: PAGE, recordedAs: 'implemented', found: 'changed', message: expect.stringContaining(PAGE) as string }]);
    const text = await runCli(['status', '--batch', 'demo'], dir);
    expect(text.stdout).toContain('1 with files changed since recorded');
    expect(text.stderr).toContain(`smithlaw.com: ${PAGE}: sha256`);

    const fin = await runCli(['finalize', '--batch', 'demo'], dir);
    expect(fin.code).toBe(2);
    expect(fin.stderr).toContain('smithlaw.com');
    expect(fin.stderr).toContain(PAGE);
    expect(existsSync(join(dir, 'published'))).toBe(false);

    // Build redoes exactly that site; then finalize publishes.
    const rebuilt = await runCli(['build', '--batch', 'demo'], dir);
    expect(rebuilt.stdout).toContain('1 verified');
    expect(rebuilt.stdout).toContain('1 already verified');
    expect(readFileSync(page, 'utf8')).toBe(html);
    expect((await runCli(['finalize', '--batch', 'demo'], dir)).code).toBe(0);
    expect(readFileSync(join(dir, 'published/demo/sites/smithlaw.com/index.html'), 'utf8')).toBe(html);
  });

  it('finalize refuses a file added to a verified site after verification', async () => {
    const dir = tempProject(BATCH);
    expect((await runCli(['build', '--batch', 'demo'], dir)).code).toBe(0);
    writeFileSync(join(dir, 'sites/demo/sunrisecafe.com/tracker.js'), 'alert(1)\n');
    const fin = await runCli(['finalize', '--batch', 'demo'], dir);
    expect(fin.code).toBe(2);
    expect(fin.stderr).toContain('sunrisecafe.com: sites/demo/sunrisecafe.com/tracker.js: not among the files recorded');
    expect(existsSync(join(dir, 'published'))).toBe(false);
  });

  it('implement and verify record their results; verify records a hand-broken page as failed', async () => {
    const dir = tempProject(BATCH);
    expect((await runCli(['generate', '--batch', 'demo'], dir)).code).toBe(0);
    expect((await status(dir)).counts).toMatchObject({ pending: 2 });
    expect((await runCli(['implement', '--batch', 'demo'], dir)).code).toBe(0);
    expect((await status(dir)).counts).toMatchObject({ implemented: 2 });
    expect((await runCli(['verify', '--batch', 'demo'], dir)).code).toBe(0);
    expect((await status(dir)).counts).toMatchObject({ verified: 2 });

    const page = join(dir, PAGE);
    writeFileSync(page, readFileSync(page, 'utf8').replace(/<h1([^>]*)>([\s\S]*?)<\/h1>/, '<p$1>$2</p>'));
    const v = await runCli(['verify', '--batch', 'demo'], dir);
    expect(v.code).toBe(1);
    const s = await status(dir);
    expect(s.counts).toMatchObject({ failed: 1, verified: 1 });
    const listed = await runCli(['status', '--batch', 'demo', '--status', 'failed'], dir);
    expect(listed.stdout).toMatch(/^smithlaw\.com\t.*verification error/m);
    expect((await runCli(['finalize', '--batch', 'demo'], dir)).code).toBe(2);
  });

  it('implement records no state for a DESIGN.md that is not what generate writes, and says so', async () => {
    const dir = tempProject(BATCH);
    expect((await runCli(['generate', '--batch', 'demo'], dir)).code).toBe(0);
    const design = join(dir, 'designs/demo/smithlaw.com/DESIGN.md');
    writeFileSync(design, readFileSync(design, 'utf8').replace('## Overview', '## Overview\n\nEdited by hand.'));
    const r = await runCli(['implement', '--batch', 'demo'], dir);
    expect(r.stderr).toContain('designs/demo/smithlaw.com/DESIGN.md is not what `wdm-design generate` writes');
    expect((await status(dir)).counts).toMatchObject({ implemented: 1, pending: 1 });
  });
});
