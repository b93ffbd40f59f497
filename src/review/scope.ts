// Which batches a set of changed paths (from git) asks to regenerate: a batch file, its designs, or everything.
import { BATCH_EXTENSIONS } from '../batch/batch-id.js';
import { BATCH_ID_PATTERN } from '../shared/batch-id.js';

export interface Scope {
  /** Rules, templates or the config changed: every batch. */
  all: boolean;
  /** Batch ids named by the changed paths, sorted (empty when `all`). */
  batches: string[];
  /** The paths that decided it, for the report. */
  because: string[];
}

const BATCH_FILE = new RegExp(`^batches/(${BATCH_ID_PATTERN})\\.(?:${BATCH_EXTENSIONS.join('|')})$`);
const GLOBAL = /^(?:rules\/|templates\/|wdm\.config\.yaml$)/;

/**
 * `paths` are relative to the project folder with forward slashes; `designsPrefix` is where the designs live relative
 * to it (`designs/`, or `out/designs/` with an outDir). A changed DESIGN.md names its batch too, so a hand edit that
 * was staged is put back before it is committed.
 */
export function scopeOfChanges(paths: readonly string[], designsPrefix = 'designs/'): Scope {
  const batches = new Set<string>();
  const because: string[] = [];
  let all = false;
  for (const path of [...paths].sort()) {
    if (GLOBAL.test(path)) {
      all = true;
      because.push(path);
      continue;
    }
    const m = BATCH_FILE.exec(path);
    if (m) {
      batches.add(m[1] as string);
      because.push(path);
      continue;
    }
    if (path.startsWith(designsPrefix)) {
      const id = path.slice(designsPrefix.length).split('/')[0];
      if (id) {
        batches.add(id);
        because.push(path);
      }
    }
  }
  return { all, batches: all ? [] : [...batches].sort(), because };
}
