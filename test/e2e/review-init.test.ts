import { afterAll, describe, expect, it } from 'vitest';
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { parse } from 'yaml';
import { PRE_COMMIT_CONFIG, WORKFLOW } from '../../src/pipeline/index.js';
import { REPO_DIR, readTree, removeTempProjects, runCli, tempProject } from '../helpers/project.js';

afterAll(removeTempProjects);

const SCAFFOLD = ['.github/workflows/wdm-design.yml', '.gitignore', '.pre-commit-config.yaml', 'batches/example.yaml', 'package.json', 'wdm.config.yaml'];

describe('wdm-design init', () => {
  it('scaffolds an empty folder into a project that generates and checks clean', async () => {
    const dir = tempProject();
    const r = await runCli(['init'], dir);
    expect(r.code).toBe(0);
    expect([...readTree(dir).keys()]).toEqual(SCAFFOLD);
    expect(r.stdout).toContain('  created batches/example.yaml\n');
    const ignore = readFileSync(join(dir, '.gitignore'), 'utf8');
    for (const line of ['.wdm/', 'sites/', 'published/', 'previews/', 'node_modules/']) expect(ignore.split('\n')).toContain(line);
    expect(ignore).toMatch(/^# designs\/ IS committed/m);
    expect(ignore.split('\n')).not.toContain('designs/');
    const g = await runCli(['generate', '--all'], dir);
    expect(g.stderr).toBe('');
    expect(g.stdout).toMatch(/^example: 3 sites: 3 written, 0 unchanged, 0 rejected/);
    expect((await runCli(['check', '--all'], dir)).code).toBe(0);
  });

  it('creates the named folder, refuses a folder in use, and with --force adds only missing files', async () => {
    const parent = tempProject();
    expect((await runCli(['init', 'new'], parent)).code).toBe(0);
    expect(existsSync(join(parent, 'new/wdm.config.yaml'))).toBe(true);
    const used = tempProject({ 'wdm.config.yaml': 'concurrency: 2\n', 'notes.md': 'mine\n' });
    const refused = await runCli(['init'], used);
    expect(refused.code).toBe(2);
    expect(refused.stderr).toContain('Found 2 entries in');
    expect(refused.stderr).toContain('(notes.md, wdm.config.yaml), expected an empty folder (run init in a new folder, or pass --force');
    const forced = await runCli(['init', '--force'], used);
    expect(forced.code).toBe(0);
    expect(forced.stdout).toContain('  kept    wdm.config.yaml (exists)\n');
    expect(readFileSync(join(used, 'wdm.config.yaml'), 'utf8')).toBe('concurrency: 2\n');
    expect(existsSync(join(used, 'batches/example.yaml'))).toBe(true);
  });

  it('keeps the example workflow and hook configs in step with what init writes, all valid YAML', () => {
    expect(readFileSync(join(REPO_DIR, 'examples/github/wdm-design.yml'), 'utf8')).toBe(WORKFLOW);
    expect(readFileSync(join(REPO_DIR, 'examples/hooks/pre-commit/local.pre-commit-config.yaml'), 'utf8')).toBe(PRE_COMMIT_CONFIG);
    const workflow = parse(WORKFLOW) as { jobs: { designs: { steps: { run?: string }[] } } };
    const runs = workflow.jobs.designs.steps.map((s) => s.run ?? '').join('\n');
    expect(runs).toContain('wdm-design diff --base "$base" --format markdown');
    expect(runs).toContain('wdm-design check --all --diff');
    const hooks = parse(readFileSync(join(REPO_DIR, '.pre-commit-hooks.yaml'), 'utf8')) as Record<string, unknown>[];
    expect(hooks[0]).toMatchObject({ id: 'wdm-design', entry: 'wdm-design generate --staged', language: 'node', pass_filenames: false });
    const files = new RegExp(String(hooks[0]?.['files']));
    for (const p of ['batches/010.yaml', 'rules/x.yaml', 'templates/design/DESIGN.md.hbs', 'wdm.config.yaml']) expect(files.test(p)).toBe(true);
    for (const p of ['README.md', 'src/rules.ts', 'wdm.config.yaml.bak']) expect(files.test(p)).toBe(false);
    const local = parse(PRE_COMMIT_CONFIG) as { repos: { hooks: { files: string }[] }[] };
    expect(local.repos[0]?.hooks[0]?.files).toBe(hooks[0]?.['files']);
  });
});
