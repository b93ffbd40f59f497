// Checks of single option values, run while parsing (before anything is read or written). Each returns the problem.
import { STATE_CHOICES, stateNameOf } from '../registry/states.js';
import { BATCH_ID } from '../shared/batch-id.js';

export function shardProblem(raw: string): string | undefined {
  // `auto` is resolved from the CI system's variables once the whole command line has parsed (main.ts).
  if (raw.trim() === 'auto') return undefined;
  const m = /^(\d+)\/(\d+)$/.exec(raw.trim());
  const index = m ? Number(m[1]) : NaN;
  const count = m ? Number(m[2]) : NaN;
  if (!m || count < 1 || index < 1 || index > count) return `Unexpected --shard ${raw}, expected i/n with 1 <= i <= n (like 2/4) or auto`;
  return undefined;
}

export function concurrencyProblem(raw: string): string | undefined {
  const n = Number(raw);
  if (!/^\d+$/.test(raw.trim()) || n < 1 || n > 1024) return `Unexpected --concurrency ${raw}, expected a whole number from 1 to 1024`;
  return undefined;
}

export function workersProblem(raw: string): string | undefined {
  const text = raw.trim();
  if (text === 'auto') return undefined;
  if (!/^\d+$/.test(text) || Number(text) > 64) return `Unexpected --workers ${raw}, expected auto or a whole number from 0 to 64 (0 runs every stage in the main thread)`;
  return undefined;
}

export function stateProblem(raw: string): string | undefined {
  if (stateNameOf(raw) !== undefined) return undefined;
  return `Unexpected --status ${raw}, expected one of ${STATE_CHOICES}`;
}

export function batchIdProblem(raw: string): string | undefined {
  if (BATCH_ID.test(raw)) return undefined;
  return `Unexpected batch id ${JSON.stringify(raw)}, expected letters, digits, dots, hyphens or underscores (a file stem under batches/, like 010)`;
}

export function nonEmptyProblem(flag: string) {
  return (raw: string): string | undefined => (raw.trim() === '' ? `Unexpected empty ${flag}, expected a value` : undefined);
}
