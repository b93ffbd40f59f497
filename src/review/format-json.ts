// The diff report as JSON: the report object itself, keys in a stable order, for scripts and bots.
import { sortKeys } from '../shared/hash.js';
import type { DiffReport } from './diff-report.js';

export function formatDiffJson(report: DiffReport): string {
  return JSON.stringify(sortKeys(report), null, 2) + '\n';
}
