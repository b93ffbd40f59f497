// Why an output file differs from what the tool would write now, as far as the cache can tell.

/** What the cache recorded for a site: the input key it rendered and the sha256 of the bytes it wrote. */
export interface CacheRecord {
  key: string;
  output: string;
  /** Hash of what the rules selected for the site (plus everything after the rules): unchanged by a rule edit elsewhere. */
  selection: string;
}

export type FileState =
  | { state: 'current' }
  | { state: 'missing' }
  | { state: 'stale'; cause: StaleCause };

/**
 * - `inputs`: the rules, templates or batch row changed since the file was written, and the file is as the tool left it.
 * - `hand-edit`: the inputs are the same but the file's bytes are not the ones the tool wrote.
 * - `inputs-and-hand-edit`: both.
 * - `unknown`: no cache record to tell (a fresh clone, CI, or a file the tool never wrote here).
 */
export type StaleCause = 'inputs' | 'hand-edit' | 'inputs-and-hand-edit' | 'unknown';

export interface FileFacts {
  /** sha256 of the bytes the tool would write now. */
  expected: string;
  /** sha256 of the bytes on disk; undefined when there is no file. */
  actual: string | undefined;
  /** The site's input key now. */
  key: string;
  /** The site's selection key now, when it was computed: a rule edit that selects the same is not an input change. */
  selection?: string;
  record: CacheRecord | undefined;
}

export function fileState(f: FileFacts): FileState {
  if (f.actual === undefined) return { state: 'missing' };
  if (f.actual === f.expected) return { state: 'current' };
  if (f.record === undefined) return { state: 'stale', cause: 'unknown' };
  const edited = f.record.output !== f.actual;
  const inputs = f.record.key !== f.key && (f.selection === undefined || f.record.selection !== f.selection);
  if (edited && inputs) return { state: 'stale', cause: 'inputs-and-hand-edit' };
  if (edited) return { state: 'stale', cause: 'hand-edit' };
  if (inputs) return { state: 'stale', cause: 'inputs' };
  // Same inputs, same bytes as recorded, yet not what rendering gives now: the record is wrong; say nothing about it.
  return { state: 'stale', cause: 'unknown' };
}

/** True when the record proves the file current without rendering: same inputs, and the bytes the tool wrote. */
export function provenCurrent(key: string, actual: string | undefined, record: CacheRecord | undefined): boolean {
  return record !== undefined && actual !== undefined && record.key === key && record.output === actual;
}
