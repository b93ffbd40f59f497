import { afterAll, describe, expect, it } from 'vitest';
import { existsSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { demoProjectFiles, readRepoFile, readTree, removeTempProjects, runCli, tempProject } from '../helpers/project.js';

afterAll(removeTempProjects);

const demo = readRepoFile('batches/demo.yaml');

describe('wdm-design generate', () => {
  it('designs every site of the demo batch, and a second run writes nothing', async () => {
    const dir = tempProject(demoProjectFiles());
    const first = await runCli(['generate', '--batch', 'demo'], dir);
    expect(first.stderr).toBe('');
    expect(first.code).toBe(0);
    const tree = readTree(dir, 'designs');
    expect(tree.size).toBeGreaterThanOrEqual(40);
    for (const [path, text] of tree) {
      expect(path).toMatch(/^designs\/demo\/[a-z0-9.-]+\/DESIGN\.md$/);
      expect(text.startsWith('---\nversion: alpha\n')).toBe(true);
      expect(text.endsWith('\n') && !text.endsWith('\n\n')).toBe(true);
    }
    expect(first.stdout).toMatch(new RegExp(`^demo: ${tree.size} sites: ${tree.size} written, 0 unchanged, 0 rejected in [0-9.]+ s \\([0-9.]+ sites/s\\)\\n$`));
    const second = await runCli(['generate', '--batch', 'demo'], dir);
    expect(second.code).toBe(0);
    expect(second.stdout).toContain(`: 0 written, ${tree.size} unchanged, 0 rejected`);
    expect(readTree(dir, 'designs')).toEqual(tree);
  });

  it('writes nothing outside the output folder, and --out moves it', async () => {
    const dir = tempProject({ 'batches/b1.txt': 'smithlaw.com\nbrightsmiledental.com\n' });
    const before = readTree(dir);
    const r = await runCli(['generate', '--batch', 'b1', '--out', 'build'], dir);
    expect(r.code).toBe(0);
    const after = readTree(dir);
    for (const [path, text] of before) expect(after.get(path)).toBe(text);
    // .wdm/ is the tool's own state (cache, registry): git-ignored, never an output.
    const added = [...after.keys()].filter((p) => !before.has(p) && !p.startsWith('.wdm/'));
    expect(added.sort()).toEqual(['build/designs/b1/brightsmiledental.com/DESIGN.md', 'build/designs/b1/smithlaw.com/DESIGN.md']);
  });

  it('keeps good rows when some are rejected, lists the rejected rows and exits 1', async () => {
    const dir = tempProject({
      'batches/mixed.yaml': [
        'sites:',
        '  - domain: smithlaw.com',
        '  - domain: co.uk',
        '  - domain: 192.168.0.1',
        '  - domain: Example.COM',
        '  - domain: example.com.',
        '  - domain: goodbakery.com',
        '    category: not-a-category',
        '  - domain: oakbarrelbakery.com',
        '',
      ].join('\n'),
    });
    const r = await runCli(['generate', '--batch', 'mixed'], dir);
    expect(r.code).toBe(1);
    expect(r.stderr).toContain('Rejected rows in batches/mixed.yaml:');
    expect(r.stderr).toMatch(/batches\/mixed\.yaml:3: .*co\.uk/);
    expect(r.stderr).toMatch(/batches\/mixed\.yaml:4: .*192\.168\.0\.1/);
    expect(r.stderr).toMatch(/batches\/mixed\.yaml:6: .*line 5/);
    expect(r.stderr).toMatch(/batches\/mixed\.yaml:7: .*not-a-category/);
    expect(r.stdout).toContain('3 written, 0 unchanged, 4 rejected');
    for (const d of ['smithlaw.com', 'example.com', 'oakbarrelbakery.com']) {
      expect(existsSync(join(dir, 'designs/mixed', d, 'DESIGN.md'))).toBe(true);
    }
  });

  it.each([
    ['a missing batch id', {}, ['generate', '--batch', '404'], /No batch file for batch "404"/],
    ['no batch at all', {}, ['generate'], /No batch given: expected --batch <id> or --all/],
    ['malformed YAML', { 'batches/bad.yaml': 'sites:\n  - domain: [unclosed\n' }, ['generate', '--batch', 'bad'], /batches\/bad\.yaml:\d+/],
    ['an empty batch', { 'batches/empty.yaml': 'sites: []\n' }, ['generate', '--batch', 'empty'], /batches\/empty\.yaml/],
    ['an unknown config key', { 'batches/a.txt': 'a.com\n', 'wdm.config.yaml': 'concurency: 4\n' }, ['generate', '--batch', 'a'], /wdm\.config\.yaml:1: concurency: Unknown setting concurency/],
    ['malformed user rules', { 'batches/a.txt': 'a.com\n', 'rules/mine.yaml': 'categories:\n  legal: [\n' }, ['generate', '--batch', 'a'], /rules\/mine\.yaml/],
  ])('exits 2 with a message naming the place for %s', async (_name, files, args, message) => {
    const dir = tempProject(files as Record<string, string>);
    const r = await runCli(args as string[], dir);
    expect(r.code).toBe(2);
    expect(r.stderr).toMatch(message as RegExp);
    expect(existsSync(join(dir, 'designs'))).toBe(false);
  });

  it('runs several batches through one pipeline and reports them on one line', async () => {
    const dir = tempProject({ 'batches/a.txt': 'smithlaw.com\n', 'batches/b.csv': 'domain,category\nsunrisecafe.com,cafe\n' });
    const r = await runCli(['generate', '--all', '--json'], dir);
    expect(r.code).toBe(0);
    const report = JSON.parse(r.stdout) as { written: number; batches: { id: string }[] };
    expect(report.written).toBe(2);
    expect(report.batches.map((b) => b.id)).toEqual(['a', 'b']);
  });

  it('restores a hand-edited DESIGN.md on the next run', async () => {
    const dir = tempProject({ 'batches/a.txt': 'smithlaw.com\n' });
    await runCli(['generate', '--batch', 'a'], dir);
    const file = join(dir, 'designs/a/smithlaw.com/DESIGN.md');
    const original = readFileSync(file, 'utf8');
    writeFileSync(file, original.replace('## Overview', '## Overview\n\nEdited by hand.'));
    const r = await runCli(['generate', '--batch', 'a'], dir);
    expect(r.stdout).toContain('1 written');
    expect(readFileSync(file, 'utf8')).toBe(original);
  });
});

describe('wdm-design explain', () => {
  it('prints the rules that fired, the choices and the contrast table', async () => {
    const dir = tempProject();
    const r = await runCli(['explain', 'bestlawfirm.com'], dir);
    expect(r.code).toBe(0);
    expect(r.stdout).toContain('category  legal (inferred from "law"');
    expect(r.stdout).toContain('Rules fired, in order:');
    expect(r.stdout).toContain('Hash-derived choices:');
    expect(r.stdout).toContain('on-surface / surface');
  });

  it('answers in JSON', async () => {
    const r = await runCli(['explain', 'smile.dental', '--json'], tempProject());
    expect(r.code).toBe(0);
    const j = JSON.parse(r.stdout) as { category: { id: string; source: string }; contrast: unknown[] };
    expect(j.category).toMatchObject({ id: 'dental', source: 'inferred' });
    expect(j.contrast.length).toBe(13);
  });

  it('refuses a bad domain with exit 2', async () => {
    const r = await runCli(['explain', 'http://x.com/'], tempProject());
    expect(r.code).toBe(2);
    expect(r.stderr).toContain('x.com');
  });
});

describe('wdm-design --help', () => {
  it('lists every command and each command lists its options', async () => {
    const top = await runCli(['--help'], tempProject());
    expect(top.stdout).toContain('generate');
    expect(top.stdout).toContain('explain');
    const gen = await runCli(['generate', '--help'], tempProject());
    for (const opt of ['--batch', '--all', '--concurrency', '--max-agents', '--out', '--json', '--shard']) expect(gen.stdout).toContain(opt);
  });
});
