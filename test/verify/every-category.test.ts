// Every category, with names of one, three and five words, designed, implemented and verified with the real stages:
// no built-in category may give a page that fails verification (a food truck's "About Taco Loco Truck" button once
// did, read as naming the contact section titled "Book Taco Loco Truck").
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { designSite, loadProject, readBatch } from '../../src/pipeline/index.js';
import { implementSite, readDesign } from '../../src/implement/index.js';
import { createCheckers, verifySite } from '../../src/verify/index.js';
import { ShapeCache } from '../../src/verify/fast-verify.js';
import { compiledSiteTemplates, REPO } from './helpers.js';

const NAMES = ['Acme', 'Taco Loco Truck', 'The Old Mill Tea Rooms'];

const dir = mkdtempSync(join(tmpdir(), 'wdm-every-category-'));
afterAll(() => rmSync(dir, { recursive: true, force: true }));

describe('every built-in category', () => {
  const categories = Object.keys(loadProject(REPO).rules.categories).sort();
  mkdirSync(join(dir, 'batches'));
  const rows = categories.flatMap((category, i) => NAMES.map((name, n) => `  - domain: site${i}x${n}.com\n    category: ${category}\n    name: ${name}\n`));
  writeFileSync(join(dir, 'batches', 'every.yaml'), `sites:\n${rows.join('')}`);
  const project = loadProject(dir);
  const checkers = createCheckers();
  const shapes = new ShapeCache();

  it('gives pages that pass verification, whatever the length of the name', { timeout: 300_000 }, () => {
    expect(categories.length).toBeGreaterThan(100);
    const failures: string[] = [];
    for (const site of readBatch(project, 'every').sites) {
      const file = `designs/every/${site.domain}/DESIGN.md`;
      const designText = designSite(site, project).text;
      const { tokens } = readDesign(designText, file);
      const { html, css } = implementSite(tokens, compiledSiteTemplates());
      const errors = verifySite({ file, designText, html, css, tokens }, checkers, { shapes }).filter((f) => f.severity === 'error');
      for (const f of errors) failures.push(`${tokens.wdm.category} "${tokens.name}": ${f.rule}: ${f.message}`);
    }
    expect(failures).toEqual([]);
  });

  // With the project's `placeholders: true`, each section only facts fill is shown as a labelled sample: every one
  // must carry its data-placeholder mark (the news section of the editorial layout once did not, and printed
  // "Sample articles: ..." unmarked).
  it('gives pages that pass verification with placeholders on, every sample section marked', { timeout: 300_000 }, () => {
    const sampleDir = join(dir, 'placeholders');
    mkdirSync(join(sampleDir, 'batches'), { recursive: true });
    writeFileSync(join(sampleDir, 'wdm.config.yaml'), 'placeholders: true\n');
    writeFileSync(join(sampleDir, 'batches', 'samples.yaml'), `sites:\n${categories.map((category, i) => `  - domain: site${i}.com\n    category: ${category}\n`).join('')}`);
    const samples = loadProject(sampleDir);
    const failures: string[] = [];
    const unmarked: string[] = [];
    let sampleSections = 0;
    for (const site of readBatch(samples, 'samples').sites) {
      const file = `designs/samples/${site.domain}/DESIGN.md`;
      const designText = designSite(site, samples).text;
      const { tokens } = readDesign(designText, file);
      const { html, css } = implementSite(tokens, compiledSiteTemplates());
      const marked = html.split('data-placeholder="sample"').length - 1;
      // Each section the DESIGN.md says is a sample (no facts for it, placeholders on) carries the mark once.
      const expected = tokens.wdm.sections.filter((id) => tokens.wdm.copy[id]?.sample === true);
      sampleSections += expected.length;
      if (marked !== expected.length) unmarked.push(`${tokens.wdm.category}: ${marked} sample mark(s) for the samples ${expected.join(', ')}`);
      const errors = verifySite({ file, designText, html, css, tokens }, checkers, { shapes }).filter((f) => f.severity === 'error');
      for (const f of errors) failures.push(`${tokens.wdm.category}: ${f.rule}: ${f.message}`);
    }
    expect(failures).toEqual([]);
    expect(unmarked).toEqual([]);
    // Most layouts have a section only facts fill (an About with no story, a gallery with no photos ...).
    expect(sampleSections).toBeGreaterThanOrEqual(categories.length);
  });
});
