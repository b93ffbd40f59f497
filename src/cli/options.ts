// Shared option definitions and parsers for the commands (batch selection, concurrency, shards, output).
import { WdmError } from '../shared/errors.js';
import type { Shard } from '../pipeline/index.js';
import { listBatchIds } from '../pipeline/batches.js';

export interface BatchArgs {
  batch?: string[];
  all?: boolean;
}

/** The batch ids a command works on, from --batch/--all; an error when neither names anything. */
export function batchIdsFrom(args: BatchArgs, projectDir: string): string[] {
  const ids = new Set<string>();
  if (args.all) for (const id of listBatchIds(projectDir)) ids.add(id);
  for (const raw of args.batch ?? []) for (const id of String(raw).split(',')) if (id.trim()) ids.add(id.trim());
  if (ids.size === 0) {
    const known = listBatchIds(projectDir);
    throw new WdmError(
      'E_USAGE',
      args.all ? 'No batch files under batches/' : 'No batch given: expected --batch <id> or --all',
      {},
      known.length > 0 ? `known batches: ${known.join(', ')}` : 'add a batch file such as batches/010.yaml',
    );
  }
  return [...ids].sort((a, b) => (a < b ? -1 : a > b ? 1 : 0));
}

export function parseShard(raw: string | undefined): Shard | undefined {
  if (raw === undefined) return undefined;
  const m = /^(\d+)\/(\d+)$/.exec(raw.trim());
  const index = m ? Number(m[1]) : NaN;
  const count = m ? Number(m[2]) : NaN;
  if (!m || count < 1 || index < 1 || index > count) {
    throw new WdmError('E_USAGE', `Unexpected --shard ${raw}, expected i/n with 1 <= i <= n (like 2/4)`);
  }
  return { index, count };
}

export function parseConcurrency(raw: number | undefined, fallback: number): number {
  if (raw === undefined) return fallback;
  if (!Number.isInteger(raw) || raw < 1 || raw > 1024) {
    throw new WdmError('E_USAGE', `Unexpected --concurrency ${raw}, expected a whole number from 1 to 1024`);
  }
  return raw;
}

export function parseWorkers(raw: string): number | 'auto' {
  const text = String(raw).trim();
  if (text === 'auto') return 'auto';
  const n = /^\d+$/.test(text) ? Number(text) : NaN;
  if (!Number.isInteger(n) || n > 64) {
    throw new WdmError('E_USAGE', `Unexpected --workers ${raw}, expected auto or a whole number from 0 to 64`, {}, 'use --workers 0 to run every stage in the main thread');
  }
  return n;
}
