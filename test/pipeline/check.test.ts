import { afterAll, describe, expect, it } from 'vitest';
import { mkdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { removeTempProjects, runCli, tempProject } from '../helpers/project.js';
import { SMALL_BATCH } from '../helpers/review.js';

afterAll(removeTempProjects);

async function generated(): Promise<string> {
  const dir = tempProject({ 'batches/b.yaml': SMALL_BATCH });
  const r = await runCli(['generate', '--batch', 'b'], dir);
  expect(r.code).toBe(0);
  return dir;
}

const file = (domain: string) => `designs/b/${domain}/DESIGN.md`;

describe('wdm-design check', () => {
  it('exits 0 and writes nothing when every design is current', async () => {
    const dir = await generated();
    rmSync(join(dir, '.wdm'), { recursive: true });
    const r = await runCli(['check', '--batch', 'b'], dir);
    expect(r).toEqual({ code: 0, stdout: 'All designs of batch b are current (6 sites).\n', stderr: '' });
    expect(() => readFileSync(join(dir, '.wdm/cache/b.json'))).toThrow();
  });

  it('reports stale, missing, orphaned, unexpected and hand-edited files with exit 1', async () => {
    const dir = await generated();
    // Inputs changed: the batch row of smithlaw.com gets a new name (its file is as generate left it).
    writeFileSync(join(dir, 'batches/b.yaml'), SMALL_BATCH.replace('name: Smith Law', 'name: Smith Partners').replace('  - domain: acme-plumbing.com\n', ''));
    // Edited by hand: harborview.law's file, inputs unchanged.
    writeFileSync(join(dir, file('harborview.law')), readFileSync(join(dir, file('harborview.law')), 'utf8').replace('version: alpha', 'version: beta'));
    rmSync(join(dir, file('northstarwealth.com')));
    writeFileSync(join(dir, 'designs/b/sunnyside-bakery.com/notes.txt'), 'mine\n');
    const r = await runCli(['check', '--batch', 'b'], dir);
    expect(r.code).toBe(1);
    expect(r.stdout).toBe(
      [
        'designs/b/acme-plumbing.com: orphaned: acme-plumbing.com is no longer in batch b (`wdm-design generate --batch b`, implement or build removes it when it holds only files the tool wrote)',
        'designs/b/harborview.law/DESIGN.md: edited by hand: its bytes are not the ones generate wrote, and its inputs did not change',
        'designs/b/northstarwealth.com/DESIGN.md: missing: not generated yet',
        'designs/b/smithlaw.com/DESIGN.md: stale: the rules, templates or batch row changed since it was generated',
        'designs/b/sunnyside-bakery.com/notes.txt: unexpected file: generate never writes it here (move or delete it)',
        'Checked 5 sites of batch b: 2 current, 2 stale (1 edited by hand), 1 missing, 1 orphaned, 1 unexpected file. Run `wdm-design generate --batch b` to update them.',
        '',
      ].join('\n'),
    );
    // Rendering every site finds the same files, and the records still tell the causes apart.
    const cold = await runCli(['check', '--batch', 'b', '--no-cache', '--json'], dir);
    expect(cold.code).toBe(1);
    const j = JSON.parse(cold.stdout) as { ok: boolean; findings: { kind: string; path: string; cause?: string }[] };
    expect(j.ok).toBe(false);
    expect(j.findings.map((f) => [f.kind, f.path, f.cause ?? ''])).toEqual([
      ['orphaned', 'designs/b/acme-plumbing.com', ''],
      ['stale', file('harborview.law'), 'hand-edit'],
      ['missing', file('northstarwealth.com'), ''],
      ['stale', file('smithlaw.com'), 'inputs'],
      ['stray', 'designs/b/sunnyside-bakery.com/notes.txt', ''],
    ]);
  });

  it('tells "stale" from "edited by hand" only when there is a cache, and says "differs" otherwise', async () => {
    const dir = await generated();
    rmSync(join(dir, '.wdm'), { recursive: true });
    writeFileSync(join(dir, file('harborview.law')), 'hand\n');
    const r = await runCli(['check', '--batch', 'b'], dir);
    expect(r.code).toBe(1);
    expect(r.stdout).toContain('designs/b/harborview.law/DESIGN.md: stale: differs from what generate writes\n');
  });

  it('prints a unified diff of each stale and missing file with --diff', async () => {
    const dir = await generated();
    const path = join(dir, file('harborview.law'));
    const original = readFileSync(path, 'utf8');
    writeFileSync(path, original.replace('version: alpha', 'version: beta'));
    rmSync(join(dir, file('smithlaw.com')));
    const r = await runCli(['check', '--batch', 'b', '--diff'], dir);
    expect(r.code).toBe(1);
    expect(r.stdout).toContain(`--- a/${file('harborview.law')}\n+++ b/${file('harborview.law')}\n@@ -1,5 +1,5 @@\n ---\n-version: beta\n+version: alpha\n`);
    expect(r.stdout).toContain(`--- /dev/null\n+++ b/${file('smithlaw.com')}\n`);
    const j = JSON.parse((await runCli(['check', '--batch', 'b', '--diff', '--json'], dir)).stdout) as { findings: { diff?: string }[] };
    expect(j.findings.every((f) => typeof f.diff === 'string' && f.diff.startsWith('--- '))).toBe(true);
  });

  it('with --all, reports a designs folder whose batch file is gone', async () => {
    const dir = await generated();
    mkdirSync(join(dir, 'designs/old/x.com'), { recursive: true });
    writeFileSync(join(dir, 'designs/old/x.com/DESIGN.md'), 'old\n');
    const r = await runCli(['check', '--all'], dir);
    expect(r.code).toBe(1);
    expect(r.stdout).toContain('designs/old: orphaned: no batch file batches/old.* (no command removes a whole batch: delete the folder)\n');
    expect(r.stdout).toContain('Run `wdm-design generate --all` to update them.');
  });

  it('exits 2 with a usage message for a batch that does not exist', async () => {
    const dir = await generated();
    const r = await runCli(['check', '--batch', 'nope'], dir);
    expect(r.code).toBe(2);
    expect(r.stderr).toContain('No batch file for batch "nope"');
  });

  it('after generate restores everything, check is clean again', async () => {
    const dir = await generated();
    writeFileSync(join(dir, file('harborview.law')), 'hand\n');
    expect((await runCli(['check', '--batch', 'b'], dir)).code).toBe(1);
    const g = await runCli(['generate', '--batch', 'b'], dir);
    expect(g.stdout).toContain('1 written, 5 unchanged');
    expect(g.stdout).toContain('1 hand-edited file restored');
    expect((await runCli(['check', '--batch', 'b'], dir)).code).toBe(0);
  });
});
