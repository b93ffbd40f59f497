// The current inputs key of every site of a batch, remembered against a fingerprint of the raw input files, so that
// `status` on a large batch needs neither the rules engine nor a parse of the batch when nothing changed.
import { statSync } from 'node:fs';
import { join } from 'node:path';
import { shardOf } from '../shared/hash.js';
import { readStatus, repairJournal, writeFileIfChanged, type BatchStatus, type RepairReport } from '../registry/index.js';
import type { Project } from './project.js';
import { readTextIfExists, stateDir, stateRootOf } from './files.js';
import { inputsFingerprint } from './fingerprint.js';

const FORMAT = 2;

export { inputsFingerprint };

function keysPath(projectDir: string, id: string): string {
  return join(projectDir, '.wdm', 'cache', `keys-${id}.json`);
}

/**
 * Each site's key for its current inputs. When the fingerprint of the raw files equals the remembered one, the
 * remembered keys are returned (the keys are a function of those bytes); otherwise the project is loaded, the keys
 * computed with `compute`, and remembered. A missing, corrupt or foreign file is recomputed, never trusted.
 */
export async function currentKeys(projectDir: string, id: string, compute: () => Promise<Map<string, string>>): Promise<Map<string, string>> {
  const fingerprint = inputsFingerprint(projectDir, id);
  const text = readTextIfExists(keysPath(projectDir, id));
  if (text !== undefined) {
    try {
      const data = JSON.parse(text) as { format?: unknown; fingerprint?: unknown; keys?: unknown };
      if (data.format === FORMAT && data.fingerprint === fingerprint && Array.isArray(data.keys)) {
        const keys = new Map<string, string>();
        for (const pair of data.keys as unknown[]) {
          if (!Array.isArray(pair) || typeof pair[0] !== 'string' || typeof pair[1] !== 'string') throw new Error('bad entry');
          keys.set(pair[0], pair[1]);
        }
        return keys;
      }
    } catch {
      // Unreadable: recompute below.
    }
  }
  const keys = await compute();
  const entries = [...keys.entries()].sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0));
  try {
    writeFileIfChanged(keysPath(projectDir, id), JSON.stringify({ format: FORMAT, fingerprint, keys: entries }) + '\n', { root: stateRootOf(projectDir), durability: 'none' });
  } catch {
    // Remembering is an optimisation: a read-only project still gets its answer.
  }
  return keys;
}

/**
 * A batch's states for its current inputs without loading the project when the batch, rule and template files are
 * as they were at the last `status` (the keys are remembered against a fingerprint of their bytes).
 */
export async function batchStatusAt(projectDir: string, id: string, shard: { index: number; count: number } | undefined, load: () => Promise<Project>): Promise<BatchStatus> {
  const keys = await currentKeys(projectDir, id, async () => (await import('./status.js')).siteKeys(await load(), id));
  const wanted = shard ? new Map([...keys].filter(([domain]) => shardOf(domain, shard.count) === shard.index - 1)) : keys;
  return readStatus(stateDir(projectDir, 'registry'), id, wanted, undefined, projectDir);
}

export function repairBatchAt(projectDir: string, id: string): RepairReport {
  return repairJournal(stateDir(projectDir, 'registry'), id);
}
