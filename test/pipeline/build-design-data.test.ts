// The build hands the front matter object the design stage wrote straight to the implementation stage instead of
// reading the DESIGN.md it has just rendered back from its text (render.ts renderDesignWithData, read-design.ts
// readDesignWith). Both ways must give the same tokens, findings and files: here over every site of the example
// batches (batches/, fixtures/batches/), and for arbitrary JSON-like front matter the emitter writes itself.
import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { readdirSync } from 'node:fs';
import { join } from 'node:path';
import { createStageContext, designSite, loadProject, readBatch, workSite, type SiteTask } from '../../src/pipeline/index.js';
import { readDesign, readDesignWith } from '../../src/implement/index.js';
import { emittedDirectly, emittedValueOf, readEmittedYaml } from '../../src/render/yaml-block.js';
import { REPO_DIR } from '../helpers/project.js';

/**
 * Equal as data, strictly: scalars by Object.is (-0, NaN), arrays item by item, objects by prototype and own keys in
 * order. (toStrictEqual compares the `constructor` property, which arbitrary data may hold as an own key.)
 */
function sameData(a: unknown, b: unknown): boolean {
  if (typeof a !== 'object' || a === null || typeof b !== 'object' || b === null) return Object.is(a, b);
  if (Object.getPrototypeOf(a) !== Object.getPrototypeOf(b)) return false;
  if (Array.isArray(a)) return Array.isArray(b) && a.length === b.length && a.every((x, i) => i in b && sameData(x, b[i]));
  const ka = Object.keys(a);
  const kb = Object.keys(b);
  return ka.length === kb.length && ka.every((k, i) => k === kb[i] && sameData((a as Record<string, unknown>)[k], (b as Record<string, unknown>)[k]));
}

/** Every example batch: the project's own (demo, local24) and the fixtures' batches of the same project. */
function exampleBatches(): { dir: string; id: string }[] {
  const own = readdirSync(join(REPO_DIR, 'batches')).map((f) => ({ dir: REPO_DIR, id: f.replace(/\.[a-z]+$/, '') }));
  const fixtures = readdirSync(join(REPO_DIR, 'fixtures/batches')).map((f) => ({ dir: join(REPO_DIR, 'fixtures'), id: f.replace(/\.[a-z]+$/, '') }));
  return [...own, ...fixtures];
}

describe('the design stage’s front matter handed to implement', () => {
  it.each(exampleBatches().map((b) => [`${b.dir === REPO_DIR ? '' : 'fixtures/'}${b.id}`, b] as const))('%s: the same tokens, findings and files as reading the text back', async (_name, { dir, id }) => {
    const project = loadProject(dir);
    let batch;
    try {
      batch = readBatch(project, id);
    } catch {
      return; // a fixture batch that is refused whole (malformed, empty) has no site to build
    }
    const handed = createStageContext(project, ['design', 'implement'], () => 0);
    const readBack = { ...createStageContext(project, ['design', 'implement'], () => 0), readBack: true };
    let compared = 0;
    for (const site of batch.sites) {
      let designed;
      try {
        designed = designSite(site, project);
      } catch {
        continue; // refused by the design stage: the same failure either way, tested below through workSite
      }
      const file = `designs/${id}/${site.domain}/DESIGN.md`;
      expect(designed.frontMatter, `${site.domain}: the emitter wrote the front matter itself`).toBeDefined();
      expect(readDesignWith(designed.text, file, designed.frontMatter)).toStrictEqual(readDesign(designed.text, file));
      const task: SiteTask = { batch: id, site, stages: ['design', 'implement'], level: 'fast' };
      expect(await workSite(task, handed)).toStrictEqual(await workSite(task, readBack));
      compared += 1;
    }
    expect(compared).toBe(batch.sites.filter((s) => { try { designSite(s, project); return true; } catch { return false; } }).length);
  });

  it('emittedValueOf gives what reading the emitted text back gives, for arbitrary JSON-like data', () => {
    const key = fc.oneof(fc.string({ maxLength: 12 }), fc.constantFrom('__proto__', 'constructor', '0', '10', '-1', 'true', 'null', ''));
    const scalar = fc.oneof(fc.string({ maxLength: 20 }), fc.double(), fc.integer(), fc.constantFrom(-0, 0, 1e21, Number.NaN, Infinity), fc.boolean(), fc.constant(null), fc.constant(undefined));
    const { value } = fc.letrec((tie) => ({
      value: fc.oneof({ depthSize: 'small' }, scalar, tie('list'), tie('map')),
      list: fc.array(tie('value'), { maxLength: 4 }),
      map: fc.dictionary(key, tie('value'), { maxKeys: 5 }),
    }));
    let checked = 0;
    fc.assert(
      fc.property(fc.dictionary(key, value, { maxKeys: 8 }), (doc) => {
        const text = emittedDirectly(doc);
        const copy = emittedValueOf(doc);
        if (text === undefined || copy === undefined) return;
        const read = readEmittedYaml(text);
        // What the reader leaves to `yaml` is read by readDesign's full parse; the copy must agree wherever it reads.
        if (read === undefined) return;
        expect(sameData(copy, read), JSON.stringify(doc)).toBe(true);
        checked += 1;
      }),
      { numRuns: 2000 },
    );
    // Most of the runs compare something (the emitter leaves little to `yaml`).
    expect(checked).toBeGreaterThan(500);
  });
});
