// The cache streamed record by record as generate goes: the same bytes as the whole-file writer, and a run that
// stops before the end leaves the old cache (or none) with no temp file behind.
import { afterAll, describe, expect, it } from 'vitest';
import { existsSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { cacheFile, cacheHeader, generate, loadProject, openCacheWriter, parseCache, serialiseCache, type CacheRecall } from '../../src/pipeline/index.js';
import { removeTempProjects, tempProject } from '../helpers/project.js';
import { SMALL_BATCH } from '../helpers/review.js';

afterAll(removeTempProjects);

const hex = (c: string) => c.repeat(64);
const RECORDS = new Map([
  ['a.com', { key: hex('a'), output: hex('b'), selection: hex('c') }],
  ['xn--caf-dma.fr', { key: hex('d'), output: hex('e'), selection: hex('f') }],
  ['b.co.uk', { key: hex('1'), output: hex('2'), selection: hex('3') }],
]);
const RECALL: CacheRecall = {
  inputs: hex('9'),
  rows: [{ file: 'batches/b.txt', line: 2, input: 'not a domain', message: 'Unexpected "not a domain"', hint: 'write "x"', repeats: { count: 2, lines: [2, 5] } }],
  sites: new Map([['c.com', { file: 'batches/b.txt', line: 4, input: 'c.com', message: 'no "palette" \u2028 here' }]]),
  warnings: [{ file: 'batches/b.txt', line: 6, input: 'xn--pple-43d.com', message: 'Unexpected look-alike domain' }],
};

const leftovers = (file: string) => readdirSync(dirname(file)).filter((n) => n.includes('.tmp-'));

describe('the streamed cache', () => {
  it.each<[string, Map<string, { key: string; output: string; selection: string }>, CacheRecall | undefined]>([
    ['records and a recall', RECORDS, RECALL],
    ['records without a recall', RECORDS, undefined],
    ['no record but a recall', new Map(), RECALL],
    ['nothing', new Map(), undefined],
  ])('writes the same bytes as the whole-file writer: %s', (_name, records, recall) => {
    const dir = tempProject({ 'batches/b.yaml': SMALL_BATCH });
    const project = loadProject(dir);
    const writer = openCacheWriter(project, 'b');
    expect(writer).toBeDefined();
    for (const [domain, r] of records) writer!.add(domain, r);
    expect(writer!.finish(recall)).toBe(true);
    const text = readFileSync(cacheFile(project, 'b'), 'utf8');
    expect(text).toBe(serialiseCache(cacheHeader(project, 'b'), records, recall));
    expect(parseCache(text, cacheHeader(project, 'b'))).toEqual(recall ? { records, recall } : { records });
    expect(leftovers(cacheFile(project, 'b'))).toEqual([]);
  });

  it('streams in blocks: a cache larger than one block has every record, in order', () => {
    const dir = tempProject({ 'batches/b.yaml': SMALL_BATCH });
    const project = loadProject(dir);
    const many = new Map(Array.from({ length: 2000 }, (_, i) => [`site${i}.com`, { key: hex('a'), output: hex('b'), selection: hex('c') }]));
    const writer = openCacheWriter(project, 'b')!;
    for (const [domain, r] of many) writer.add(domain, r);
    writer.finish(RECALL);
    expect(readFileSync(cacheFile(project, 'b'), 'utf8')).toBe(serialiseCache(cacheHeader(project, 'b'), many, RECALL));
  });

  it('leaves the old cache whole when the run stops before the end, and no temp file', () => {
    const dir = tempProject({ 'batches/b.yaml': SMALL_BATCH });
    const project = loadProject(dir);
    const file = cacheFile(project, 'b');
    const old = openCacheWriter(project, 'b')!;
    old.add('a.com', RECORDS.get('a.com')!);
    old.finish(RECALL);
    const before = readFileSync(file, 'utf8');
    const writer = openCacheWriter(project, 'b')!;
    for (let i = 0; i < 3000; i += 1) writer.add(`site${i}.com`, RECORDS.get('a.com')!);
    // Blocks of the new cache are on disk by now, in the temp file only.
    expect(leftovers(file)).toHaveLength(1);
    expect(readFileSync(file, 'utf8')).toBe(before);
    writer.abort();
    expect(readFileSync(file, 'utf8')).toBe(before);
    expect(leftovers(file)).toEqual([]);
  });

  it("removes a killed run's temp file when the next run opens the cache, and keeps a live writer's", () => {
    const dir = tempProject({ 'batches/b.yaml': SMALL_BATCH });
    const project = loadProject(dir);
    const file = cacheFile(project, 'b');
    openCacheWriter(project, 'b')!.finish(undefined);
    // pid 2^22+1 is above Linux's pid_max ceiling: no process has it, so its writer is gone.
    const dead = `${file}.tmp-4194305`;
    const live = `${file}.tmp-${process.ppid}`;
    writeFileSync(dead, '{"header":');
    writeFileSync(live, '{"header":');
    openCacheWriter(project, 'b')!.finish(undefined);
    expect(existsSync(dead)).toBe(false);
    expect(existsSync(live)).toBe(true);
  });

  it('a generate stopped mid-run (a site hook that throws) leaves the old cache as it was', async () => {
    const dir = tempProject({ 'batches/b.yaml': SMALL_BATCH });
    await generate(loadProject(dir), { batchIds: ['b'], cache: true });
    const project = loadProject(dir);
    const file = cacheFile(project, 'b');
    const before = readFileSync(file, 'utf8');
    writeFileSync(join(dir, 'batches/b.yaml'), SMALL_BATCH.replace('name: Smith Law', 'name: Smith & Daughters Law'));
    await expect(generate(loadProject(dir), { batchIds: ['b'], cache: true, onSite: () => { throw new Error('killed'); } })).rejects.toThrow('killed');
    expect(readFileSync(file, 'utf8')).toBe(before);
    expect(leftovers(file)).toEqual([]);
    // The next run completes and its cache proves every site on the run after.
    await generate(loadProject(dir), { batchIds: ['b'], cache: true });
    const again = await generate(loadProject(dir), { batchIds: ['b'], cache: true });
    expect(again.cached).toBe(6);
  });
});
