// Which batches git says changed (`generate --staged`, `--changed-since REF`), decided before any rules are loaded.
import { join, resolve } from 'node:path';
import { scopeOfChanges, type Scope } from '../review/scope.js';
import { changedSince, stagedPaths } from './git.js';
import { relPath } from './files.js';
import { listBatchIds } from './batches.js';
import { loadConfig } from './config.js';

export type ChangeSource = { staged: true } | { since: string };

export interface ChangedBatches extends Scope {
  /** Batch ids to regenerate that still have a batch file, sorted. */
  batchIds: string[];
  /** Every path git reported, for `--json`. */
  paths: string[];
}

export function changedBatches(dir: string, source: ChangeSource, outDir?: string): ChangedBatches {
  const projectDir = resolve(dir);
  const paths = 'staged' in source ? stagedPaths(projectDir) : changedSince(projectDir, source.since);
  const out = resolve(projectDir, outDir ?? loadConfig(projectDir).outDir);
  const designs = relPath(projectDir, join(out, 'designs'));
  const scope = scopeOfChanges(paths, `${designs}/`);
  const existing = listBatchIds(projectDir);
  // A deleted batch has nothing to regenerate; `check` reports its folder as orphaned.
  const batchIds = scope.all ? existing : scope.batches.filter((id) => existing.includes(id));
  return { ...scope, batchIds, paths };
}
