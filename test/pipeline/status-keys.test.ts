import { afterAll, describe, expect, it } from 'vitest';
import { existsSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { removeTempProjects, runCli, tempProject } from '../helpers/project.js';

afterAll(removeTempProjects);

describe('status remembers the current keys against the raw input files', () => {
  it('answers from remembered keys, and forgets them when a rule, the batch or the file itself changes', async () => {
    const dir = tempProject({ 'batches/a.txt': 'smithlaw.com\nbrightsmiledental.com\n' });
    expect((await runCli(['build', '--batch', 'a'], dir)).code).toBe(0);
    const first = await runCli(['status', '--batch', 'a'], dir);
    expect(first.stdout).toContain('a: 2 sites: 0 pending, 0 designed, 0 implemented, 2 verified');
    expect(existsSync(join(dir, '.wdm/cache/keys-a.json'))).toBe(true);
    expect((await runCli(['status', '--batch', 'a'], dir)).stdout).toBe(first.stdout);

    // A user rule: the rules are part of every site's inputs, so every site is pending again.
    mkdirSync(join(dir, 'rules'), { recursive: true });
    writeFileSync(join(dir, 'rules/mine.yaml'), 'categories:\n  legal:\n    palette:\n      hue: [10, 20]\n');
    const changed = await runCli(['status', '--batch', 'a', '--status', 'pending'], dir);
    expect(changed.stdout).toBe('brightsmiledental.com\nsmithlaw.com\n');

    // A damaged remembered file is recomputed, never trusted.
    writeFileSync(join(dir, '.wdm/cache/keys-a.json'), '{"format":1,"fingerprint":"x","keys":[["smithlaw.com",');
    expect((await runCli(['status', '--batch', 'a', '--status', 'P'], dir)).stdout).toBe('brightsmiledental.com\nsmithlaw.com\n');

    // Back to the original rules: the remembered keys for those bytes are computed again and match the journal.
    writeFileSync(join(dir, 'rules/mine.yaml'), '{}\n');
    // Removing a site from the batch removes it from the status.
    writeFileSync(join(dir, 'batches/a.txt'), 'brightsmiledental.com\n');
    expect((await runCli(['status', '--batch', 'a'], dir)).stdout).toContain('a: 1 sites: 0 pending, 0 designed, 0 implemented, 1 verified');
  });

  it('recomputes remembered keys of the wrong shape instead of trusting them', async () => {
    const dir = tempProject({ 'batches/a.txt': 'smithlaw.com\n' });
    expect((await runCli(['build', '--batch', 'a'], dir)).code).toBe(0);
    const path = join(dir, '.wdm/cache/keys-a.json');
    expect((await runCli(['status', '--batch', 'a'], dir)).stdout).toContain('a: 1 sites: 0 pending, 0 designed, 0 implemented, 1 verified');
    const remembered = JSON.parse(readFileSync(path, 'utf8')) as { keys: [string, string][] };
    // The fingerprint still matches: only the key is damaged (trusted as is, it made the verified site pending).
    remembered.keys[0]![1] = 'not a key';
    writeFileSync(path, JSON.stringify(remembered));
    expect((await runCli(['status', '--batch', 'a'], dir)).stdout).toContain('a: 1 sites: 0 pending, 0 designed, 0 implemented, 1 verified');
    expect((JSON.parse(readFileSync(path, 'utf8')) as { keys: [string, string][] }).keys[0]![1]).toMatch(/^[0-9a-f]{64}$/);
  });
});
