// The cache's recall: a run whose raw inputs are byte for byte those the cache was written under answers from the
// cache and the files alone, and any change to an input, any edited or missing file, or a rejected site says so.
import { afterAll, describe, expect, it } from 'vitest';
import { mkdirSync, readFileSync, rmSync, unlinkSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { checkDesigns, checkDesignsAt, generate, generateAt, loadProject, placesOf, type GenerateOptions, type Project } from '../../src/pipeline/index.js';
import { readTree, removeTempProjects, tempProject } from '../helpers/project.js';
import { GREEN_LAW_RULE, SMALL_BATCH } from '../helpers/review.js';

afterAll(removeTempProjects);

/** generateAt with a loader that counts how often the project had to be loaded. */
async function run(dir: string, options: Partial<GenerateOptions> = {}) {
  let loads = 0;
  const load = (): Project => {
    loads += 1;
    return loadProject(dir);
  };
  const report = await generateAt(placesOf(dir), { batchIds: ['b'], cache: true, ...options }, load);
  return { report, loads };
}

const WITH_BAD_ROWS = `${SMALL_BATCH}  - domain: not a domain
  - domain: unknown-category.com
    category: no-such-category
`;

describe('recall', () => {
  it('answers a no-op run without loading the project, with the counts of a full run', async () => {
    const dir = tempProject({ 'batches/b.yaml': SMALL_BATCH });
    const first = await run(dir);
    expect(first.loads).toBe(1);
    expect(first.report.written).toBe(6);
    const tree = readTree(dir, 'designs');
    const again = await run(dir);
    expect(again.loads).toBe(0);
    expect(again.report).toMatchObject({ written: 0, unchanged: 6, cached: 6, rejected: 0, designed: 6 });
    expect(again.report.sites.map((s) => s.path)).toEqual(first.report.sites.map((s) => s.path));
    const full = await generate(loadProject(dir), { batchIds: ['b'], cache: true });
    expect({ ...again.report, batches: again.report.batches.map(({ file, id, rejected }) => ({ file, id, rejected })) }).toEqual({
      ...full,
      batches: full.batches.map(({ file, id, rejected }) => ({ file, id, rejected })),
    });
    expect(readTree(dir, 'designs')).toEqual(tree);
  });

  it('reports the same rejected rows and sites as a full run', async () => {
    const dir = tempProject({ 'batches/b.yaml': WITH_BAD_ROWS });
    const first = await run(dir);
    expect(first.report.rejected).toBe(2);
    const again = await run(dir);
    expect(again.loads).toBe(0);
    expect(again.report.batches[0]?.rejected).toEqual(first.report.batches[0]?.rejected);
    expect(again.report.rejected).toBe(2);
  });

  it('reports grouped rejections whole: the count and lines of rows rejected for one reason', async () => {
    const dir = tempProject({ 'batches/b.yaml': `${SMALL_BATCH}  - domain: localhost\n  - domain: localhost\n  - domain: localhost\n` });
    const first = await run(dir);
    const rejected = first.report.batches[0]?.rejected;
    expect(rejected?.map((r) => r.repeats)).toEqual([{ count: 3, lines: [14, 15, 16] }]);
    expect(first.report.rejected).toBe(3);
    const again = await run(dir);
    expect(again.loads).toBe(0);
    expect(again.report.batches[0]?.rejected).toEqual(rejected);
    expect(again.report.rejected).toBe(3);
  });

  it('says the batch\'s look-alike warnings again, as a full run does', async () => {
    const dir = tempProject({ 'batches/b.yaml': `${SMALL_BATCH}  - domain: \u0430pple.com\n` });
    const first = await run(dir);
    const warnings = first.report.batches[0]?.warnings;
    expect(warnings?.map((w) => w.input)).toEqual(['\u0430pple.com']);
    const again = await run(dir);
    expect(again.loads).toBe(0);
    expect(again.report.batches[0]?.warnings).toEqual(warnings);
  });

  const changes: [string, (dir: string) => void][] = [
    ['a batch row', (dir) => writeFileSync(join(dir, 'batches/b.yaml'), SMALL_BATCH.replace('name: Smith Law', 'name: Smith & Co'))],
    ['a rule file', (dir) => (mkdirSync(join(dir, 'rules')), writeFileSync(join(dir, 'rules/user.yaml'), GREEN_LAW_RULE))],
    ['a template', (dir) => (mkdirSync(join(dir, 'templates/design/partials'), { recursive: true }), writeFileSync(join(dir, 'templates/design/partials/overview.hbs'), 'Overview.\n'))],
    ['a content file', (dir) => (mkdirSync(join(dir, 'content/b'), { recursive: true }), writeFileSync(join(dir, 'content/b/smithlaw.com.yaml'), 'phone: "+1 555 0100"\n'))],
    ['the config', (dir) => writeFileSync(join(dir, 'wdm.config.yaml'), 'concurrency: 4\n')],
  ];
  for (const [what, change] of changes) {
    it(`loads the project again after a change to ${what}`, async () => {
      const dir = tempProject({ 'batches/b.yaml': SMALL_BATCH });
      await run(dir);
      change(dir);
      const after = await run(dir);
      expect(after.loads).toBe(1);
    });
  }

  it('loads the project for an edited or deleted file, and restores it', async () => {
    const dir = tempProject({ 'batches/b.yaml': SMALL_BATCH });
    await run(dir);
    const tree = readTree(dir, 'designs');
    const file = join(dir, 'designs/b/smithlaw.com/DESIGN.md');
    writeFileSync(file, readFileSync(file, 'utf8').replace('Smith Law', 'Smith Lore'));
    const edited = await run(dir);
    expect(edited.loads).toBe(1);
    expect(edited.report.restored).toBe(1);
    unlinkSync(file);
    const deleted = await run(dir);
    expect(deleted.loads).toBe(1);
    expect(deleted.report.written).toBe(1);
    expect(readTree(dir, 'designs')).toEqual(tree);
  });

  it('answers a shard from a cache written by an unsharded run, and the reverse', async () => {
    const dir = tempProject({ 'batches/b.yaml': SMALL_BATCH });
    await run(dir);
    const half = await run(dir, { shard: { index: 1, count: 2 } });
    const other = await run(dir, { shard: { index: 2, count: 2 } });
    expect(half.loads + other.loads).toBe(0);
    expect(half.report.designed + other.report.designed).toBe(6);
    // A cache written by two shard runs accounts for every site too.
    rmSync(join(dir, '.wdm'), { recursive: true });
    expect((await run(dir, { shard: { index: 1, count: 2 } })).loads).toBe(1);
    expect((await run(dir, { shard: { index: 2, count: 2 } })).loads).toBe(1);
    expect((await run(dir)).loads).toBe(0);
  });

  it('lets check answer from the cache, with the findings of a full check', async () => {
    const dir = tempProject({ 'batches/b.yaml': WITH_BAD_ROWS });
    await run(dir);
    mkdirSync(join(dir, 'designs/b/gone.com'));
    writeFileSync(join(dir, 'designs/b/gone.com/DESIGN.md'), 'old\n');
    let loads = 0;
    const recalled = await checkDesignsAt(placesOf(dir), { batchIds: ['b'], cache: true }, () => (loads++, loadProject(dir)));
    expect(loads).toBe(0);
    const full = checkDesigns(loadProject(dir), { batchIds: ['b'], cache: true });
    expect(recalled).toEqual(full);
    expect(recalled.findings.map((f) => f.kind)).toEqual(['orphaned']);
  });
});
