// Properties of the whole design compiler over generated domains: reproducible, order- and concurrency-free, local.
import { afterAll, describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { rmSync } from 'node:fs';
import { join } from 'node:path';
import { parse as parseYaml } from 'yaml';
import { wcagContrast } from 'culori';
import { generate, loadProject, designSite } from '../../src/pipeline/index.js';
import { frontMatterFor, frontMatterYaml, frontMatterYamlWhole } from '../../src/render/index.js';
import { readTree, removeTempProjects, runBin, tempProject } from '../helpers/project.js';
import type { Site } from '../../src/shared/types.js';

afterAll(removeTempProjects);

const WORDS = ['best', 'law', 'firm', 'bright', 'smile', 'dental', 'oak', 'barrel', 'bakery', 'summit', 'roofing', 'cloud', 'ledger', 'green', 'valley', 'farm', 'pet', 'studio', 'cafe', 'yoga', 'realty', 'auto', 'repair', 'hotel', 'tours', 'photo', 'music', 'events', 'shop', 'fashion', 'academy', 'health', 'clinic', 'fit', 'spa', 'salon', 'build', 'plumb', 'insure', 'bank', 'tax', 'kids', 'luxe', 'blue', 'river'];
const TLDS = ['com', 'net', 'org', 'co.uk', 'io', 'law', 'dental', 'studio', 'cafe', 'de', 'com.au', 'shop'];
const CATEGORIES = [undefined, 'legal', 'dental', 'bakery', 'saas', 'photography', 'agriculture', 'hotel', 'general', 'real-estate', 'pets'];

const domainArb = fc
  .tuple(fc.array(fc.constantFrom(...WORDS), { minLength: 1, maxLength: 3 }), fc.constantFrom('', '-', '24'), fc.constantFrom(...TLDS))
  .map(([words, joiner, tld]) => `${words.join(joiner === '24' ? '' : joiner)}${joiner === '24' ? '24' : ''}.${tld}`);

const rowArb = fc.record({
  domain: domainArb,
  category: fc.constantFrom(...CATEGORIES),
  brandColor: fc.option(fc.integer({ min: 0, max: 0xffffff }).map((n) => `#${n.toString(16).padStart(6, '0')}`), { nil: undefined }),
});

type Row = { domain: string; category: string | undefined; brandColor: string | undefined };

function uniqueRows(rows: Row[]): Row[] {
  const seen = new Set<string>();
  return rows.filter((r) => (seen.has(r.domain) ? false : (seen.add(r.domain), true)));
}

function batchYaml(rows: Row[]): string {
  return (
    'sites:\n' +
    rows
      .map((r) => `  - domain: ${r.domain}\n${r.category ? `    category: ${r.category}\n` : ''}${r.brandColor ? `    brandColor: "${r.brandColor}"\n` : ''}`)
      .join('')
  );
}

async function designsOf(rows: Row[], concurrency: number): Promise<Map<string, string>> {
  const dir = tempProject({ 'batches/p.yaml': batchYaml(rows) });
  const project = loadProject(dir);
  await generate(project, { batchIds: ['p'], concurrency });
  const tree = readTree(dir, 'designs');
  rmSync(dir, { recursive: true, force: true });
  return tree;
}

describe('determinism', () => {
  it('gives byte-identical output across runs, concurrency 1 vs 16 and shuffled row order', async () => {
    await fc.assert(
      fc.asyncProperty(fc.array(rowArb, { minLength: 2, maxLength: 8 }), fc.integer(), async (raw, shuffleSeed) => {
        const rows = uniqueRows(raw);
        const a = await designsOf(rows, 1);
        const b = await designsOf(rows, 16);
        const shuffled = [...rows].sort((x, y) => ((x.domain.length * 31 + shuffleSeed) % 7) - ((y.domain.length * 31 + shuffleSeed) % 7) || (x.domain < y.domain ? 1 : -1));
        const c = await designsOf(shuffled, 4);
        expect(b).toEqual(a);
        expect(c).toEqual(a);
        expect(a.size).toBe(rows.length);
      }),
      { numRuns: 12 },
    );
  });

  it('is local: adding or removing sites leaves every other site byte-identical', async () => {
    await fc.assert(
      fc.asyncProperty(fc.array(rowArb, { minLength: 3, maxLength: 8 }), async (raw) => {
        const rows = uniqueRows(raw);
        const all = await designsOf(rows, 8);
        const fewer = await designsOf(rows.slice(1), 8);
        for (const [path, text] of fewer) expect(all.get(path)).toBe(text);
        expect(fewer.size).toBe(rows.length - 1);
      }),
      { numRuns: 10 },
    );
  });

  it('does not depend on TZ or LANG (built CLI in child processes)', () => {
    const rows = [{ domain: 'smithlaw.com', category: 'legal', brandColor: undefined }, { domain: 'bäckerei-müller.de', category: undefined, brandColor: undefined }, { domain: 'ısparta-kebap.com', category: undefined, brandColor: undefined }] as Row[];
    const dir1 = tempProject({ 'batches/t.yaml': batchYaml(rows) });
    const dir2 = tempProject({ 'batches/t.yaml': batchYaml(rows) });
    const r1 = runBin(['generate', '--batch', 't'], dir1, { TZ: 'UTC', LANG: 'C', LC_ALL: 'C' });
    const r2 = runBin(['generate', '--batch', 't'], dir2, { TZ: 'Pacific/Chatham', LANG: 'tr_TR.UTF-8', LC_ALL: 'tr_TR.UTF-8' });
    expect(r1.stderr).toBe('');
    expect(r1.code).toBe(0);
    expect(r2.code).toBe(0);
    const t1 = readTree(dir1, 'designs');
    expect(t1.size).toBe(3);
    expect(readTree(dir2, 'designs')).toEqual(t1);
  });
});

describe('designs', () => {
  const dir = tempProject();
  const project = loadProject(dir);
  const siteArb = rowArb.map((r): Site => ({
    domain: r.domain,
    unicode: r.domain,
    ...(r.category ? { category: r.category } : {}),
    ...(r.brandColor ? { brandColor: r.brandColor } : {}),
    source: { file: 'batches/p.yaml', line: 2 },
  }));

  it('meets every declared contrast target in both schemes, recomputed from the written colours', () => {
    fc.assert(
      fc.property(siteArb, (site) => {
        const { text } = designSite(site, project);
        const fm = parseYaml(text.split('\n---\n')[0]!.slice(4)) as {
          colors: Record<string, string>;
          'x-wdm': { contrast: { text: string; background: string; target: number; light: number; dark: number }[] };
        };
        expect(fm["x-wdm"].contrast.length).toBeGreaterThanOrEqual(13);
        for (const pair of fm['x-wdm'].contrast) {
          for (const [suffix, recorded] of [['', pair.light], ['-dark', pair.dark]] as const) {
            const fg = fm.colors[`${pair.text}${suffix}`]!;
            const bg = fm.colors[`${pair.background}${suffix}`]!;
            const actual = wcagContrast(fg, bg);
            expect(actual, `${site.domain} ${pair.text}${suffix} on ${pair.background}${suffix}`).toBeGreaterThanOrEqual(pair.target);
            expect(recorded).toBeLessThanOrEqual(actual + 1e-9);
          }
        }
      }),
      { numRuns: 200 },
    );
  });

  it('writes front matter that round-trips exactly', () => {
    fc.assert(
      fc.property(siteArb, (site) => {
        const { text, design } = designSite(site, project);
        const yamlText = text.slice(4, text.indexOf('\n---\n') + 1);
        const object = frontMatterFor(design);
        expect(yamlText).toBe(frontMatterYaml(object));
        // The memoised entry-by-entry text is exactly what one yaml.stringify of the whole object writes.
        expect(yamlText).toBe(frontMatterYamlWhole(object));
        expect(parseYaml(yamlText)).toEqual(JSON.parse(JSON.stringify(object)));
      }),
      { numRuns: 100 },
    );
  });
});
