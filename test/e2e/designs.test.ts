// The demo batch's DESIGN.md files against the reviewed copies under fixtures/, and against the DESIGN.md linter.
import { afterAll, describe, expect, it } from 'vitest';
import { lint } from '@google/design.md/linter';
import { execFileSync } from 'node:child_process';
import { join } from 'node:path';
import { generate, loadProject } from '../../src/pipeline/index.js';
import { REPO_DIR, demoProjectFiles, readTree, removeTempProjects, tempProject } from '../helpers/project.js';

afterAll(removeTempProjects);

const dir = tempProject(demoProjectFiles());
const designs = await (async () => {
  await generate(loadProject(dir), { batchIds: ['demo'] });
  return readTree(dir, 'designs');
})();

describe('demo batch designs', () => {
  it('has at least 40 sites', () => {
    expect(designs.size).toBeGreaterThanOrEqual(40);
  });

  it.each([...designs.keys()])('%s matches its fixture', async (path) => {
    await expect(designs.get(path)).toMatchFileSnapshot(join(REPO_DIR, 'fixtures', path));
  });

  it.each([...designs.keys()])('%s passes the DESIGN.md linter with zero errors and zero warnings', (path) => {
    const report = lint(designs.get(path)!);
    const problems = report.findings.filter((f) => f.severity !== 'info');
    expect(problems).toEqual([]);
    expect(report.summary.errors).toBe(0);
    expect(report.summary.warnings).toBe(0);
    // The eight canonical sections in order, then the content brief (the format keeps unknown sections, lint-silent).
    expect(report.sections).toEqual(['Overview', 'Colors', 'Typography', 'Layout', 'Elevation & Depth', 'Shapes', 'Components', "Do's and Don'ts", 'Content Brief']);
  });

  it('is accepted by `designmd export --format dtcg`', () => {
    const paths = [...designs.keys()].slice(0, 3);
    for (const path of paths) {
      const out = execFileSync(process.execPath, [join(REPO_DIR, 'node_modules/@google/design.md/dist/index.js'), 'export', '--format', 'dtcg', join(dir, path)], { encoding: 'utf8' });
      const tokens = JSON.parse(out) as { color: Record<string, unknown>; typography?: Record<string, unknown> };
      expect(Object.keys(tokens.color)).toContain('primary');
      expect(Object.keys(tokens.color)).toContain('surface-dark');
    }
  });
});
