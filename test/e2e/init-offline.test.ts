// init in a monorepo with no registry access: the scaffold's own hook and workflow commands run as written.
import { execFileSync, spawnSync } from 'node:child_process';
import { existsSync, mkdirSync, readFileSync, symlinkSync } from 'node:fs';
import { join } from 'node:path';
import { parse } from 'yaml';
import { afterAll, describe, expect, it } from 'vitest';
import { toolSource } from '../../src/pipeline/init.js';
import { BIN, REPO_DIR, removeTempProjects, runCli, tempProject } from '../helpers/project.js';

afterAll(removeTempProjects);

interface Workflow {
  on: { pull_request: { paths: string[] } };
  jobs: { designs: { defaults?: { run: { 'working-directory': string } }; steps: { name?: string; run?: string }[] } };
}

describe('wdm-design init, offline, in a subfolder of a git repository', () => {
  it('puts the hook config and workflow at the repository root, depends on nothing, and its commands run', async () => {
    const repo = tempProject({ 'README.md': 'a monorepo\n' });
    // The tool on the PATH, as a global install or npm link puts it; no registry can be reached.
    const bin = tempProject();
    symlinkSync(BIN, join(bin, 'wdm-design'));
    const env = { ...process.env, PATH: `${bin}:${process.env['PATH'] ?? ''}`, npm_config_registry: 'http://127.0.0.1:9/', npm_config_offline: 'true' };
    const git = (...args: string[]) => execFileSync('git', args, { cwd: repo, encoding: 'utf8', env });
    git('init', '-q');
    git('config', 'user.email', 't@example.com');
    git('config', 'user.name', 'T');
    git('add', '-A');
    git('commit', '-qm', 'start');

    const r = await runCli(['init', 'design/sites-team'], repo);
    expect(r.code).toBe(0);
    const project = join(repo, 'design/sites-team');
    expect(existsSync(join(repo, '.pre-commit-config.yaml'))).toBe(true);
    expect(existsSync(join(repo, '.github/workflows/wdm-design.yml'))).toBe(true);
    expect(existsSync(join(project, '.github'))).toBe(false);
    expect(r.stdout).toContain('went to the repository root');
    // This checkout has no public remote: the project depends on nothing, the workflow says how to fill in CI's install.
    expect(toolSource(REPO_DIR).source.kind).toBe('path');
    const pkg = JSON.parse(readFileSync(join(project, 'package.json'), 'utf8')) as Record<string, unknown>;
    expect(pkg['devDependencies']).toBeUndefined();
    expect(pkg['dependencies']).toBeUndefined();
    // npm install works with no registry: nothing to fetch.
    const npm = spawnSync('npm', ['install', '--no-audit', '--no-fund'], { cwd: project, env, encoding: 'utf8' });
    expect(npm.status, npm.stderr).toBe(0);

    // The hook, as pre-commit runs it: from the repository root, for staged files matching its pattern.
    const hook = (parse(readFileSync(join(repo, '.pre-commit-config.yaml'), 'utf8')) as { repos: { hooks: { entry: string; files: string }[] }[] }).repos[0]!.hooks[0]!;
    expect(new RegExp(hook.files).test('design/sites-team/batches/example.yaml')).toBe(true);
    expect(new RegExp(hook.files).test('batches/example.yaml')).toBe(false);
    git('add', 'design');
    const ran = spawnSync('sh', ['-c', hook.entry], { cwd: repo, env, encoding: 'utf8' });
    expect(ran.status, ran.stderr).toBe(0);
    expect(ran.stdout).toMatch(/example: 3 sites: 3 written/);
    expect(git('diff', '--cached', '--name-only')).toContain('design/sites-team/designs/example/smithlaw.com/DESIGN.md');
    git('commit', '-qm', 'designs');

    // The workflow's commands, in its working directory; the install step is the one init asks the user to write.
    const workflow = parse(readFileSync(join(repo, '.github/workflows/wdm-design.yml'), 'utf8')) as Workflow;
    expect(workflow.on.pull_request.paths).toContain('design/sites-team/batches/**');
    expect(workflow.jobs.designs.defaults?.run['working-directory']).toBe('design/sites-team');
    const steps = workflow.jobs.designs.steps;
    const install = steps.find((s) => s.name === 'Install wdm-design');
    expect(install?.run).toContain('exit 1');
    expect(r.stdout).toContain('edit the "Install wdm-design" step');
    const check = steps.find((s) => s.name === 'Designs are current')!.run!;
    const diff = steps.find((s) => s.name === 'Summarise the design changes')!.run!.replace('origin/${{ github.base_ref }}', 'HEAD~1');
    const runner = tempProject();
    for (const script of [check, diff]) {
      const step = spawnSync('bash', ['-eo', 'pipefail', '-c', script], { cwd: project, env: { ...env, RUNNER_TEMP: runner, GITHUB_STEP_SUMMARY: join(runner, 'summary.md') }, encoding: 'utf8' });
      expect(step.status, `${script}\n${step.stderr}`).toBe(0);
    }
    expect(readFileSync(join(runner, 'summary.md'), 'utf8')).toContain('smithlaw.com');
  });

  it('depends on the same spec when it runs as a dependency of a project', () => {
    const host = tempProject({ 'package.json': JSON.stringify({ devDependencies: { 'wdm-design': 'git+https://example.invalid/wdm-design.git#v1' } }) });
    const pkgDir = join(host, 'node_modules', 'wdm-design');
    mkdirSync(pkgDir, { recursive: true });
    expect(toolSource(pkgDir).source).toEqual({ kind: 'dependency', spec: 'git+https://example.invalid/wdm-design.git#v1' });
  });

  it('without a repository, writes everything in the folder and says where to move it', async () => {
    const dir = tempProject();
    const r = await runCli(['init'], dir);
    expect(r.code).toBe(0);
    // The OS temp folder is in no git repository.
    expect(r.stdout).toContain('move .github/ and .pre-commit-config.yaml to its root');
    expect(existsSync(join(dir, '.github/workflows/wdm-design.yml'))).toBe(true);
  });
});
