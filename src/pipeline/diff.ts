// `diff`: the DESIGN.md files at a git reference against the working tree, summarised for a reviewer.
import { join } from 'node:path';
import { diffReport, type DesignPair, type DiffReport } from '../review/diff-report.js';
import { listFiles, relPath } from './files.js';
import { blobsAtRef } from './git.js';
import { readOutput } from './read-output.js';

const DESIGN_FILE = /^([^/]+)\/([^/]+)\/DESIGN\.md$/;

/**
 * Compares `<outDir>/designs/<batch>/<domain>/DESIGN.md` at `base` with the working tree. `dir` is the project
 * folder (inside a git work tree); `outDir` the absolute output root.
 */
export function diffDesigns(dir: string, outDir: string, base: string): DiffReport {
  const designsDir = join(outDir, 'designs');
  const sub = relPath(dir, designsDir);
  const prefix = sub === '.' ? '' : `${sub}/`;
  const before = new Map<string, Buffer>();
  for (const [path, bytes] of blobsAtRef(dir, base, sub)) {
    if (path.startsWith(prefix) && DESIGN_FILE.test(path.slice(prefix.length))) before.set(path.slice(prefix.length), bytes);
  }
  const paths = [...new Set([...before.keys(), ...listFiles(designsDir, ['*/*/DESIGN.md'])])].sort();
  return diffReport(base, pairsOf(paths, before, designsDir));
}

/** Pairs read one at a time, so 10,000 sites never hold 20,000 texts at once; equal bytes are never decoded. */
function* pairsOf(paths: string[], before: Map<string, Buffer>, designsDir: string): Generator<DesignPair> {
  for (const path of paths) {
    // listFiles and the prefix filter only let `<batch>/<domain>/DESIGN.md` through.
    const [batch = '', domain = ''] = path.split('/');
    const was = before.get(path);
    const now = readOutput(join(designsDir, path));
    if (was !== undefined && now !== undefined && was.equals(now)) {
      yield { batch, domain, before: undefined, after: undefined, same: true };
      continue;
    }
    yield { batch, domain, before: was?.toString('utf8'), after: now?.toString('utf8') };
  }
}
