import { afterAll, describe, expect, it } from 'vitest';
import { cpSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { code, compareDesignTexts, diffReport, formatDiffMarkdown, plain } from '../../src/pipeline/index.js';
import { REPO_DIR, removeTempProjects, runCli, tempProject } from '../helpers/project.js';
import { commitAll, initRepo } from '../helpers/review.js';

afterAll(removeTempProjects);

const INPUT = join(REPO_DIR, 'fixtures/diff/input');
const design = (side: 'before' | 'after', domain: string) => readFileSync(join(INPUT, side, 'b', domain, 'DESIGN.md'), 'utf8');

/** A repository whose HEAD holds the "before" designs and whose working tree holds the "after" ones. */
function reviewRepo(): string {
  const dir = tempProject();
  initRepo(dir);
  cpSync(join(INPUT, 'before'), join(dir, 'designs'), { recursive: true });
  commitAll(dir, 'before');
  rmSync(join(dir, 'designs'), { recursive: true });
  cpSync(join(INPUT, 'after'), join(dir, 'designs'), { recursive: true });
  return dir;
}

describe('wdm-design diff', () => {
  const dir = reviewRepo();

  for (const [format, ext] of [
    ['text', 'txt'],
    ['markdown', 'md'],
    ['json', 'json'],
  ] as const) {
    it(`summarises a rule change as ${format}`, async () => {
      const r = await runCli(['diff', '--format', format], dir);
      expect(r.stderr).toBe('');
      expect(r.code).toBe(0);
      await expect(r.stdout).toMatchFileSnapshot(`../../fixtures/diff/rule-change.${ext}`);
    });
  }

  it('is short when nothing changed, in every format', async () => {
    const clean = tempProject();
    initRepo(clean);
    cpSync(join(INPUT, 'before'), join(clean, 'designs'), { recursive: true });
    commitAll(clean, 'before');
    const text = await runCli(['diff'], clean);
    expect(text.stdout).toBe('No design changes against HEAD (6 sites compared).\n');
    const md = await runCli(['diff', '--format', 'markdown', '--exit-code'], clean);
    expect(md.code).toBe(0);
    await expect(md.stdout).toMatchFileSnapshot('../../fixtures/diff/no-change.md');
    const json = JSON.parse((await runCli(['diff', '--format', 'json'], clean)).stdout) as { totals: { changed: number; sites: number } };
    expect(json.totals).toMatchObject({ changed: 0, sites: 6 });
  });

  it('exits 1 with --exit-code when a design changed', async () => {
    expect((await runCli(['diff', '--exit-code'], dir)).code).toBe(1);
  });

  it('names the changed, added and removed sites, largest change first', async () => {
    const json = (await runCli(['diff', '--format', 'json'], dir)).stdout;
    const report = JSON.parse(json) as { batches: { siteDiffs: { domain: string; status: string }[] }[] };
    const sites = report.batches[0]?.siteDiffs.map((s) => `${s.status} ${s.domain}`);
    expect(sites?.slice(-2).sort()).toEqual(['added brightsmile-dental.com', 'removed acme-plumbing.com']);
    expect(sites?.slice(0, -2).map((s) => s.split(' ')[1]).sort()).toEqual(['harborview.law', 'ledgerandleaf.co.uk', 'northstarwealth.com', 'smithlaw.com']);
  });

  it('fails with a clear message outside a git repository and for an unknown ref', async () => {
    const plain = tempProject();
    const a = await runCli(['diff'], plain);
    expect(a.code).toBe(2);
    expect(a.stderr).toMatch(/is not inside a git repository, expected a git work tree/);
    const b = await runCli(['diff', '--base', 'no-such-branch'], dir);
    expect(b.code).toBe(2);
    expect(b.stderr).toContain('Unknown git reference "no-such-branch"');
    const c = await runCli(['diff', '--format', 'html'], dir);
    expect(c.code).toBe(2);
    expect(c.stderr).toContain('Unexpected --format html, expected one of text, markdown, json');
  });
});

describe('comparing two DESIGN.md texts', () => {
  it('reports a hand-made contrast failure with the ratios before and after', () => {
    const c = compareDesignTexts(design('before', 'ledgerandleaf.co.uk'), design('after', 'ledgerandleaf.co.uk'));
    expect(c.tokens.map((t) => t.path)).toEqual(['colors.on-primary']);
    const pair = c.contrast.find((x) => x.text === 'on-primary' && x.background === 'primary' && x.scheme === 'light');
    expect(pair?.before).toBeGreaterThanOrEqual(pair?.target ?? Infinity);
    expect(pair?.after).toBeLessThan(pair?.target ?? 0);
    expect(pair?.newlyFails).toBe(true);
  });

  it('gives ΔE 0 for equal colours and a positive ΔE for different ones', () => {
    const before = design('before', 'smithlaw.com');
    const recoloured = before.replace(/\n {2}primary: "#[0-9a-f]{6}"/, '\n  primary: "#000000"');
    const c = compareDesignTexts(before, recoloured);
    expect(c.tokens).toHaveLength(1);
    expect(c.tokens[0]?.deltaE).toBeGreaterThan(10);
    expect(compareDesignTexts(before, before).tokens).toEqual([]);
  });

  it('compares a hand-broken front matter as text, without throwing', () => {
    const before = design('before', 'smithlaw.com');
    const c = compareDesignTexts(before, 'colors: [oops\n');
    expect(c.problems).toHaveLength(1);
    expect(c.problems[0]).toMatch(/found no front matter, expected the file to start with a line "---"/);
    const d = compareDesignTexts(before, '---\ncolors: [oops\n---\n# x\n');
    expect(d.problems[0]).toMatch(/^front matter is not valid YAML/);
  });

  it('escapes values for Markdown tables and summaries', () => {
    expect(code('#1a4d8f')).toBe('`#1a4d8f`');
    expect(code('a|b')).toBe('`a\\|b`');
    expect(code('say `hi`')).toBe('`` say `hi` ``');
    expect(code('two\nlines')).toBe('`two lines`');
    expect(plain('<script>&*x*')).toBe('&lt;script&gt;&amp;\\*x\\*');
  });

  it('keeps a pull-request comment under the forge limit by naming the rest', () => {
    const before = design('before', 'smithlaw.com');
    const after = design('after', 'smithlaw.com');
    const pairs = Array.from({ length: 300 }, (_, i) => ({ batch: 'big', domain: `site${String(i).padStart(3, '0')}.com`, before, after }));
    const md = formatDiffMarkdown(diffReport('HEAD', pairs));
    expect(md.length).toBeLessThan(65_536);
    expect(md).toMatch(/And \d+ more sites: `site\d{3}\.com`/);
  });
});

describe('diff on a project with an output folder', () => {
  it('reads designs under outDir from wdm.config.yaml', async () => {
    const dir = tempProject({ 'wdm.config.yaml': 'outDir: out\n' });
    initRepo(dir);
    cpSync(join(INPUT, 'before'), join(dir, 'out/designs'), { recursive: true });
    commitAll(dir, 'before');
    writeFileSync(join(dir, 'out/designs/b/smithlaw.com/DESIGN.md'), design('after', 'smithlaw.com'));
    const r = await runCli(['diff'], dir);
    expect(r.stdout).toMatch(/^Design changes against HEAD: 1 changed, 0 added, 0 removed of 6 sites/);
  });
});
