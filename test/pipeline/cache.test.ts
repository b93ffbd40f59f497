import { afterAll, describe, expect, it } from 'vitest';
import { mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { cacheFile, cacheHeader, generate, loadProject, parseCache, serialiseCache } from '../../src/pipeline/index.js';
import { readTree, removeTempProjects, tempProject } from '../helpers/project.js';
import { GREEN_LAW_RULE, SMALL_BATCH } from '../helpers/review.js';

afterAll(removeTempProjects);

describe('the incremental cache', () => {
  it('skips every site on a second run and writes the same bytes', async () => {
    const dir = tempProject({ 'batches/b.yaml': SMALL_BATCH });
    const cold = await generate(loadProject(dir), { batchIds: ['b'], cache: true });
    expect(cold.written).toBe(6);
    expect(cold.cached).toBe(0);
    expect(cold.batches[0]?.cache).toBe('missing');
    const tree = readTree(dir, 'designs');
    const warm = await generate(loadProject(dir), { batchIds: ['b'], cache: true });
    expect(warm.batches[0]?.cache).toBe('used');
    expect(warm.cached).toBe(6);
    expect(warm.written).toBe(0);
    expect(readTree(dir, 'designs')).toEqual(tree);
  });

  it('renders a site whose batch row changed, and only that one', async () => {
    const dir = tempProject({ 'batches/b.yaml': SMALL_BATCH });
    await generate(loadProject(dir), { batchIds: ['b'], cache: true });
    writeFileSync(join(dir, 'batches/b.yaml'), SMALL_BATCH.replace('name: Smith Law', 'name: Smith & Daughters Law'));
    const r = await generate(loadProject(dir), { batchIds: ['b'], cache: true });
    expect(r.cached).toBe(5);
    expect(r.sites.filter((s) => s.outcome === 'written').map((s) => [s.domain, s.cause])).toEqual([['smithlaw.com', 'inputs']]);
  });

  it('after a rule edit, designs and renders only the sites whose selection it changed', async () => {
    const dir = tempProject({ 'batches/b.yaml': SMALL_BATCH });
    await generate(loadProject(dir), { batchIds: ['b'], cache: true });
    mkdirSync(join(dir, 'rules'));
    writeFileSync(join(dir, 'rules/user.yaml'), GREEN_LAW_RULE);
    const r = await generate(loadProject(dir), { batchIds: ['b'], cache: true });
    expect(r.sites.filter((s) => !s.cached).map((s) => [s.domain, s.outcome, s.cause])).toEqual([
      ['smithlaw.com', 'written', 'inputs'],
      ['harborview.law', 'written', 'inputs'],
    ]);
    expect(r.cached).toBe(4);
    // The records now carry the new rules: the next run proves every site from the first-level key alone.
    const again = await generate(loadProject(dir), { batchIds: ['b'], cache: true });
    expect(again.cached).toBe(6);
  });

  it('detects a hand-edited output even though its key is unchanged, and restores it', async () => {
    const dir = tempProject({ 'batches/b.yaml': SMALL_BATCH });
    await generate(loadProject(dir), { batchIds: ['b'], cache: true });
    const path = join(dir, 'designs/b/harborview.law/DESIGN.md');
    const original = readFileSync(path, 'utf8');
    writeFileSync(path, original.replace(/primary: "#[0-9a-f]{6}"/, 'primary: "#ff0000"'));
    const r = await generate(loadProject(dir), { batchIds: ['b'], cache: true });
    expect(r.restored).toBe(1);
    expect(r.sites.find((s) => s.domain === 'harborview.law')).toMatchObject({ outcome: 'written', cause: 'hand-edit', cached: false });
    expect(readFileSync(path, 'utf8')).toBe(original);
  });

  const corruptions: [string, (text: string) => string][] = [
    ['truncated', (t) => t.slice(0, Math.floor(t.length / 2))],
    ['not JSON', () => '\u0000\u0001garbage'],
    ['another tool version', (t) => t.replace(/"tool":"[^"]+"/, '"tool":"0.0.1"')],
    ['another format', (t) => t.replace('wdm-design-cache', 'eslint-cache')],
    ['a record that is not three hashes', (t) => t.replace(/\["[0-9a-f]{64}",/, '["x",')],
    ['a record with a fourth hash', (t) => t.replace(/"\]/, `","${'a'.repeat(64)}"]`)],
    ['a "sites" list', (t) => t.replace(/"sites":\{[^}]*\}/, '"sites":[]')],
    ['an empty file', () => ''],
  ];
  for (const [name, corrupt] of corruptions) {
    it(`ignores and rebuilds a cache that is ${name}`, async () => {
      const dir = tempProject({ 'batches/b.yaml': SMALL_BATCH });
      const project = loadProject(dir);
      await generate(project, { batchIds: ['b'], cache: true });
      const tree = readTree(dir, 'designs');
      const file = cacheFile(project, 'b');
      const good = readFileSync(file, 'utf8');
      writeFileSync(file, corrupt(good));
      // A lying cache would claim the hand-edited file current; an ignored one cannot.
      const edited = join(dir, 'designs/b/smithlaw.com/DESIGN.md');
      writeFileSync(edited, 'hand edit\n');
      const r = await generate(loadProject(dir), { batchIds: ['b'], cache: true });
      expect(r.batches[0]?.cache).toBe('ignored');
      expect(r.batches[0]?.cacheReason).toBeTruthy();
      expect(r.cached).toBe(0);
      expect(readTree(dir, 'designs')).toEqual(tree);
      expect(readFileSync(file, 'utf8')).toBe(good);
    });
  }

  it('refuses a cache written for another batch or output folder', () => {
    const dir = tempProject({ 'batches/b.yaml': SMALL_BATCH });
    const project = loadProject(dir);
    const text = serialiseCache(cacheHeader(project, 'b'), new Map([['a.com', { key: 'a'.repeat(64), output: 'b'.repeat(64), selection: 'c'.repeat(64) }]]));
    expect('records' in parseCache(text, cacheHeader(project, 'b'))).toBe(true);
    expect(parseCache(text, cacheHeader(project, 'c'))).toHaveProperty('reason');
    expect(parseCache(text, cacheHeader(loadProject(dir, { outDir: 'elsewhere' }), 'b'))).toHaveProperty('reason');
  });

  const header = () => cacheHeader(loadProject(tempProject({ 'batches/b.yaml': SMALL_BATCH })), 'b');
  const records = new Map([['a.com', { key: 'a'.repeat(64), output: 'b'.repeat(64), selection: 'c'.repeat(64) }]]);

  it('recalls rejections whole: grouped repeats and key paths come back as they were written', () => {
    const h = header();
    const rows = [
      { file: 'batches/b.yaml', line: 3, input: 'not a domain', message: 'Unexpected domain', hint: 'fix it', repeats: { count: 4, lines: [3, 5, 9] } },
      { file: 'content/b/x.com.yaml', line: 2, input: 'x.com', message: 'Unexpected phone', path: 'facts.phone' },
    ];
    const sites = new Map([['y.com', { file: 'batches/b.yaml', line: 7, input: 'y.com', message: 'no palette', repeats: { count: 1, lines: [7] } }]]);
    const warnings = [{ file: 'batches/b.yaml', line: 4, input: 'xn--pple-43d.com', message: 'Unexpected look-alike domain' }];
    const parsed = parseCache(serialiseCache(h, records, { inputs: 'd'.repeat(64), rows, sites, warnings }), h);
    expect(parsed).toEqual({ records, recall: { inputs: 'd'.repeat(64), rows, sites, warnings } });
  });

  it.each<[string, (recall: Record<string, unknown>) => void]>([
    ['a rejection whose repeats are not counts and lines', (r) => ((r['rows'] as Record<string, unknown>[])[0]!['repeats'] = { count: 'four', lines: [3] })],
    ['a rejection whose key path is a number', (r) => ((r['rows'] as Record<string, unknown>[])[0]!['path'] = 3)],
    ['a rejected site whose line is text', (r) => (((r['sites'] as Record<string, Record<string, unknown>>)['y.com']!)['line'] = '7')],
    ['an inputs fingerprint that is not a sha256', (r) => (r['inputs'] = 'abc')],
    ['no warnings list (a cache of the format before warnings were kept)', (r) => delete r['warnings']],
  ])('ignores a cache whose recall holds %s (never trusts part of it)', (_name, damage) => {
    const h = header();
    const recall = { inputs: 'd'.repeat(64), rows: [{ file: 'batches/b.yaml', line: 3, input: 'z', message: 'm' }], sites: new Map([['y.com', { file: 'batches/b.yaml', line: 7, input: 'y.com', message: 'n' }]]), warnings: [] };
    const data = JSON.parse(serialiseCache(h, records, recall)) as { recall: Record<string, unknown> };
    damage(data.recall);
    expect(parseCache(JSON.stringify(data), h)).toEqual({ reason: '"recall" is not { inputs, rows, sites, warnings } with rejections' });
  });

  it('says which record is not three hashes', () => {
    const h = header();
    const text = serialiseCache(h, new Map([...records, ['b.com', { key: 'A'.repeat(64), output: 'b'.repeat(64), selection: 'c'.repeat(64) }]]));
    expect(parseCache(text, h)).toEqual({ reason: 'record of b.com is not [key, output, selection] as three sha256 hex strings' });
    expect(parseCache('[]', h)).toEqual({ reason: 'not a JSON object' });
  });
});
