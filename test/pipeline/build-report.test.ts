// build's report: every site's result when asked (--json), else only the sites with findings to show, with the
// counts, files written and each batch's domains still complete (a long run holds counts, not a record a site).
import { afterAll, describe, expect, it } from 'vitest';
import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { build, loadProject } from '../../src/pipeline/index.js';
import { removeTempProjects, tempProject } from '../helpers/project.js';

afterAll(removeTempProjects);

describe('the build report', () => {
  const dir = tempProject({ 'batches/b.txt': 'brightbakery.com\nharborlaw.com\nsunnydental.com\n' });

  it('keeps every site by default, and with keepSites: false only those with findings to show', async () => {
    const all = await build(loadProject(dir), { batchIds: ['b'], stages: ['design', 'implement'] });
    expect(all.sites.map((s) => [s.domain, s.status])).toEqual([
      ['brightbakery.com', 'implemented'],
      ['harborlaw.com', 'implemented'],
      ['sunnydental.com', 'implemented'],
    ]);
    expect(all.domains).toEqual(new Map([['b', ['brightbakery.com', 'harborlaw.com', 'sunnydental.com']]]));
    const files = all.written;
    expect(files).toBe(all.sites.reduce((n, s) => n + s.written.length, 0));
    expect(files).toBeGreaterThan(6);

    // One DESIGN.md broken by hand: implement fails that site only.
    writeFileSync(join(dir, 'designs/b/harborlaw.com/DESIGN.md'), '---\ncolors: [\n---\n# Broken\n');
    const lean = await build(loadProject(dir), { batchIds: ['b'], stages: ['implement'], keepSites: false });
    expect(lean.sites.map((s) => [s.domain, s.status])).toEqual([['harborlaw.com', 'failed']]);
    expect(lean.sites[0]?.findings.some((f) => f.severity === 'error')).toBe(true);
    expect(lean.counts).toEqual({ verified: 0, implemented: 2, designed: 0, failed: 1, skipped: 0 });
    expect(lean.domains).toEqual(all.domains);
    // Unchanged pages are not written again: the count comes from the sites, kept or not.
    expect(lean.written).toBe(0);
  });
});
