// `diff`: the DESIGN.md files at a git reference against the working tree, summarised for a reviewer.
import { join } from 'node:path';
import { diffReport, type DesignPair, type DiffReport } from '../review/diff-report.js';
import { listFiles, readText, relPath } from './files.js';
import { filesAtRef } from './git.js';

const DESIGN_FILE = /^([^/]+)\/([^/]+)\/DESIGN\.md$/;

/**
 * Compares `<outDir>/designs/<batch>/<domain>/DESIGN.md` at `base` with the working tree. `dir` is the project
 * folder (inside a git work tree); `outDir` the absolute output root.
 */
export function diffDesigns(dir: string, outDir: string, base: string): DiffReport {
  const designsDir = join(outDir, 'designs');
  const sub = relPath(dir, designsDir);
  const prefix = sub === '.' ? '' : `${sub}/`;
  const before = new Map<string, string>();
  for (const [path, text] of filesAtRef(dir, base, sub)) {
    if (path.startsWith(prefix) && DESIGN_FILE.test(path.slice(prefix.length))) before.set(path.slice(prefix.length), text);
  }
  const after = new Map<string, string>();
  for (const path of listFiles(designsDir, ['*/*/DESIGN.md'])) after.set(path, readText(join(designsDir, path), `${prefix}${path}`));
  const paths = [...new Set([...before.keys(), ...after.keys()])].sort();
  const pairs: DesignPair[] = paths.map((path) => {
    const [, batch, domain] = DESIGN_FILE.exec(path) as RegExpExecArray as unknown as [string, string, string];
    return { batch, domain, before: before.get(path), after: after.get(path) };
  });
  return diffReport(base, pairs);
}
