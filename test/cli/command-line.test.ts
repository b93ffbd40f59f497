// Parse, then act: the whole command line is checked before anything is read or written.
import { existsSync, mkdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { COMMANDS } from '../../src/cli/commands.js';
import { parseCommandLine } from '../../src/cli/parse.js';
import { readTree, removeTempProjects, runCli, tempProject, REPO_DIR } from '../helpers/project.js';

afterAll(removeTempProjects);

const BATCH = { 'batches/demo.yaml': 'sites:\n  - domain: smithlaw.com\n    brandColor: "#1a4d8f"\n  - domain: sunrisecafe.com\n' };
const STACK = /\n\s+at .*:\d+:\d+/;

describe('the parser', () => {
  it.each([
    [['generat', '--batch', 'x'], /Unknown command generat.*did you mean generate\?/],
    [['generate', '--bach', 'demo'], /Unknown option --bach for generate \(did you mean --batch\?\)/],
    [['generate', '--batch', 'demo', '--concurency', '2'], /did you mean --concurrency\?/],
    [['generate', '--batch'], /Missing value for --batch, expected <id>/],
    [['generate', '--batch', '--all'], /Missing value for --batch.*write --batch=<value>/],
    [['generate', '--json=yes', '--batch', 'demo'], /Unexpected value yes for --json, expected none/],
    [['generate', '--concurrency', '0', '--batch', 'demo'], /--concurrency 0, expected a whole number from 1 to 1024/],
    [['generate', '--shard', '3/2', '--batch', 'demo'], /--shard 3\/2, expected i\/n/],
    [['generate', '--staged', '--batch', 'demo'], /Unexpected --batch\/--all with --staged/],
    [['build', '--workers', 'many', '--batch', 'demo'], /--workers many, expected auto or a whole number/],
    [['status', '--status', 'done', '--batch', 'demo'], /--status done, expected one of pending/],
    [['diff', '--format', 'markdwn'], /--format markdwn, expected one of text, markdown, json \(did you mean markdown\?\)/],
    [['registry', 'merj', 'x'], /action merj, expected one of merge \(did you mean merge\?\)/],
    [['registry', 'merge'], /Missing <dirs\.\.\.>/],
    [['explain'], /Missing <domain>/],
    [['explain', 'a.com', 'b.com'], /Unexpected argument b\.com/],
    [['--bogus'], /Unexpected --bogus before the command/],
    [[], /No command given/],
    [['generate', '--format', 'x', '--dry-run', '--batch', 'demo'], /3 problems|Unknown option --format[\s\S]*Unknown option --dry-run/],
  ])('%j is a usage error', (argv, message) => {
    const parsed = parseCommandLine(argv, COMMANDS);
    expect(parsed.kind).toBe('usage');
    if (parsed.kind === 'usage') expect(parsed.problems.join('\n')).toMatch(message);
  });

  it('reports every problem at once', () => {
    const parsed = parseCommandLine(['generate', '--bach', 'demo', '--dry-run', '--concurrency', 'abc', '--shard', '0/0'], COMMANDS);
    expect(parsed.kind === 'usage' ? parsed.problems.length : 0).toBe(4);
  });

  it.each([
    [['generate', '--batch', 'a,b', '-b', 'c', '--max-agents', '4', '--no-cache'], { batch: ['a', 'b', 'c'], concurrency: 4, cache: false }],
    [['generate', '--changed-since=origin/main'], { changedSince: 'origin/main' }],
    [['generate', '--staged', '--no-add'], { staged: true, add: false }],
    [['explain', 'smithlaw.com', '--brand-color', '#fa0', '-C', 'x'], { domain: 'smithlaw.com', brandColor: '#fa0', project: 'x' }],
    [['registry', 'merge', 'a', 'b', '--batch', 'x'], { action: 'merge', dirs: ['a', 'b'], batch: ['x'] }],
    [['init', '--', '-odd-name'], { dir: '-odd-name' }],
    [['finalize', '--batch', 'demo', '--json'], { batch: ['demo'], json: true }],
  ])('%j parses', (argv, args) => {
    const parsed = parseCommandLine(argv, COMMANDS);
    expect(parsed.kind).toBe('run');
    if (parsed.kind === 'run') expect(parsed.args).toEqual(args);
  });

  it('escapes control and direction characters it echoes', () => {
    const parsed = parseCommandLine(['generate', '--b\u202eatch'], COMMANDS);
    const text = parsed.kind === 'usage' ? parsed.problems.join('\n') : '';
    expect(text).toContain('\\u202e');
    expect(text).not.toContain('\u202e');
  });
});

describe('help and version', () => {
  it('prints the version from package.json', async () => {
    const r = await runCli(['--version'], tempProject());
    const pkg = JSON.parse(readFileSync(join(REPO_DIR, 'package.json'), 'utf8')) as { version: string };
    expect(r).toEqual({ code: 0, stdout: `${pkg.version}\n`, stderr: '' });
  });

  it.each(COMMANDS.map((c) => [c.name]))("%s --help lists every option and argument of the command's table entry", async (name) => {
    const command = COMMANDS.find((c) => c.name === name)!;
    const r = await runCli([name, '--help'], tempProject());
    expect(r.code).toBe(0);
    for (const opt of command.options) {
      expect(r.stdout).toContain(`--${opt.name}`);
      if (opt.negatable) expect(r.stdout).toContain(`--no-${opt.name}`);
      for (const alias of opt.aliases ?? []) expect(r.stdout).toContain(`--${alias}`);
      expect(r.stdout).toContain(opt.description.split(' ').slice(0, 3).join(' '));
    }
    for (const pos of command.positionals ?? []) expect(r.stdout).toContain(`<${pos.name}`);
  });

  it('lists every command in the general help, and help wins over other problems', async () => {
    const top = await runCli(['--help'], tempProject());
    for (const c of COMMANDS) expect(top.stdout).toContain(`  ${c.name}`);
    const r = await runCli(['generate', '--bogus', '--help'], tempProject());
    expect(r.code).toBe(0);
    expect(r.stdout).toMatch(/^wdm-design generate \[options\]/);
  });
});

describe('parse, then act', () => {
  it('generate with an unknown flag writes nothing', async () => {
    const dir = tempProject(BATCH);
    const before = readTree(dir);
    const r = await runCli(['generate', '--batch', 'demo', '--dry-run'], dir);
    expect(r.code).toBe(2);
    expect(r.stderr).toContain('Unknown option --dry-run for generate');
    expect(readTree(dir)).toEqual(before);
    expect(existsSync(join(dir, '.wdm'))).toBe(false);
  });

  it('finalize with an unknown flag publishes nothing, and --json is a finalize flag', async () => {
    const dir = tempProject(BATCH);
    expect((await runCli(['build', '--batch', 'demo'], dir)).code).toBe(0);
    const before = readTree(dir);
    const r = await runCli(['finalize', '--batch', 'demo', '--dry-run'], dir);
    expect(r.code).toBe(2);
    expect(readTree(dir)).toEqual(before);
    const ok = await runCli(['finalize', '--batch', 'demo', '--json'], dir);
    expect(ok.code).toBe(0);
    expect(JSON.parse(ok.stdout)).toEqual({ finalized: [{ batch: 'demo', files: expect.any(Number) as number, target: 'published/demo' }] });
  });

  it('names a missing batch with a did-you-mean before any work', async () => {
    const dir = tempProject(BATCH);
    const r = await runCli(['generate', '--batch', 'demo', '--batch', 'dmeo'], dir);
    expect(r.code).toBe(2);
    expect(r.stderr).toMatch(/No batch file for batch "dmeo".*did you mean --batch demo\?/);
    expect(existsSync(join(dir, 'designs'))).toBe(false);
  });

  it('reports every problem of wdm.config.yaml at once, with a did-you-mean', async () => {
    const dir = tempProject({ ...BATCH, 'wdm.config.yaml': 'concurency: 4\nworkers: many\nregistry:\n  flushEvry: 3\n' });
    const r = await runCli(['generate', '--batch', 'demo'], dir);
    expect(r.code).toBe(2);
    expect(r.stderr).toMatch(/wdm\.config\.yaml:1: concurency: Unknown setting concurency.*\(did you mean concurrency\?\)/);
    expect(r.stderr).toMatch(/wdm\.config\.yaml:2: workers: Unexpected "many" for workers/);
    expect(r.stderr).toMatch(/wdm\.config\.yaml:4: registry\.flushEvry: .*did you mean registry\.flushEvery\?/);
    expect(existsSync(join(dir, 'designs'))).toBe(false);
  });

  it('finds the project from a subfolder; --project still wins', async () => {
    const dir = tempProject(BATCH);
    const sub = join(dir, 'notes', 'deeper');
    mkdirSync(sub, { recursive: true });
    const r = await runCli(['generate', '--batch', 'demo'], sub);
    expect(r.code).toBe(0);
    expect(existsSync(join(dir, 'designs/demo/smithlaw.com/DESIGN.md'))).toBe(true);
    expect(existsSync(join(sub, 'designs'))).toBe(false);
    const other = tempProject({ 'batches/other.txt': 'example.com\n' });
    const r2 = await runCli(['generate', '--batch', 'other', '--project', other], sub);
    expect(r2.code).toBe(0);
    expect(existsSync(join(other, 'designs/other/example.com/DESIGN.md'))).toBe(true);
    const missing = await runCli(['status', '--batch', 'demo', '--project', join(dir, 'nope')], sub);
    expect(missing.code).toBe(2);
    expect(missing.stderr).toContain('no such folder');
  });
});

describe('explain', () => {
  it.each([
    [['explain'], /Missing <domain>/],
    [['explain', 'smithlaw.com', '--brand-color', 'red'], /--brand-color: Unexpected brandColor "red", expected a hex colour/],
    [['explain', 'smithlaw.com', '--name', 'Evil\u202eCorp'], /--name: Unexpected bidirectional control character U\+202E/],
    [['explain', 'smithlaw.com', '--category', 'Real Estate', '--brand-color', '12'], /2 problems[\s\S]*--brand-color[\s\S]*--category|2 problems[\s\S]*--category[\s\S]*--brand-color/],
    [['explain', 'nosuchsite.com', '--batch', 'demo'], /not a site of batch demo/],
    [['explain', 'smithlaw.com', '--batch', 'dmeo'], /did you mean --batch demo\?/],
  ])('%j is a clear usage error: exit 2, no stack trace', async (argv, message) => {
    const r = await runCli(argv, tempProject(BATCH));
    expect(r.code).toBe(2);
    expect(r.stderr).toMatch(message);
    expect(r.stderr).not.toMatch(STACK);
    expect(r.stderr).not.toContain('internal error');
    expect(r.stderr).not.toContain('\u202e');
  });

  it('accepts #fa0 and expands it as a batch does', async () => {
    const r = await runCli(['explain', 'smithlaw.com', '--brand-color', '#fa0', '--design'], tempProject());
    expect(r.code).toBe(0);
    expect(r.stdout).toContain('#ffaa00');
  });

  it('with --batch, prints what generate wrote for the row (its brand colour included)', async () => {
    const dir = tempProject(BATCH);
    expect((await runCli(['generate', '--batch', 'demo'], dir)).code).toBe(0);
    const written = readFileSync(join(dir, 'designs/demo/smithlaw.com/DESIGN.md'), 'utf8');
    expect(written).toContain('#1a4d8f');
    const r = await runCli(['explain', 'smithlaw.com', '--batch', 'demo', '--design'], dir);
    expect(r.code).toBe(0);
    expect(r.stdout.endsWith(`${written.trimEnd()}\n`)).toBe(true);
    const alone = await runCli(['explain', 'smithlaw.com', '--design'], dir);
    expect(alone.stdout).not.toContain('#1a4d8f');
  });

  it('says a category given on the command line was given on the command line', async () => {
    const r = await runCli(['explain', 'smithlaw.com', '--category', 'cafe'], tempProject());
    expect(r.code).toBe(0);
    expect(r.stdout).toContain('category  cafe (given on the command line)');
    expect(r.stdout).toContain('category = cafe (given on the command line)');
    expect(r.stdout).not.toContain('given in the batch');
    const json = await runCli(['explain', 'smithlaw.com', '--category', 'cafe', '--json'], tempProject());
    expect((JSON.parse(json.stdout) as { category: { givenIn: string } }).category.givenIn).toBe('command line');
  });

  it('says when the name narrowed a given category, and which words did', async () => {
    const r = await runCli(['explain', 'thewinecellar.co.nz', '--category', 'retail'], tempProject());
    expect(r.code).toBe(0);
    expect(r.stdout).toContain('category  wine-shop (given on the command line as retail, narrowed by "wine cellar")');
    expect(r.stdout).toContain('category = wine-shop (given on the command line as retail; wine-shop by "wine cellar")');
    const json = await runCli(['explain', 'thewinecellar.co.nz', '--category', 'retail', '--json'], tempProject());
    expect((JSON.parse(json.stdout) as { category: unknown }).category).toMatchObject({ id: 'wine-shop', source: 'given', given: 'retail', inferredFrom: ['wine cellar'] });
    const design = await runCli(['explain', 'thewinecellar.co.nz', '--category', 'retail', '--design'], tempProject());
    expect(design.stdout).toContain("Its category, wine and spirits shop, was narrowed from the batch's retail by “wine cellar” in the domain name.");
  });

  it("says which English the page is in, and whether the domain's country or the project chose it", async () => {
    const us = tempProject({ 'wdm.config.yaml': 'english: us\n' });
    expect((await runCli(['explain', 'bestwheels.co.uk'], us)).stdout).toContain('english   gb (by the .uk domain)');
    expect((await runCli(['explain', 'bestwheels.com'], us)).stdout).toContain("english   us (the project's setting)");
    expect((await runCli(['explain', 'bestwheels.us'], tempProject())).stdout).toContain('english   us (by the .us domain)');
    expect((await runCli(['explain', 'bestwheels.com'], tempProject())).stdout).toContain("english   gb (the project's setting)");
    const json = await runCli(['explain', 'bestwheels.co.uk', '--json'], us);
    expect((JSON.parse(json.stdout) as { english: unknown }).english).toEqual({ value: 'gb', source: 'domain' });
    // Five whole CLI runs: room for a busy machine.
  }, 180_000);
});
