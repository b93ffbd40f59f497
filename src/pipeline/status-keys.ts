// The current inputs key of every site of a batch, remembered against a fingerprint of the raw input files, so that
// `status` on a large batch needs neither the rules engine nor a parse of the batch when nothing changed.
import { statSync } from 'node:fs';
import { join } from 'node:path';
import * as v from 'valibot';
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

const SHA256 = v.pipe(v.string(), v.regex(/^[0-9a-f]{64}$/));

/** keys-<batch>.json: the fingerprint of the raw input files and [domain, key] pairs sorted by domain. */
const KEYS_FILE = v.object({ format: v.literal(FORMAT), fingerprint: SHA256, keys: v.array(v.strictTuple([v.string(), SHA256])) });

/** The remembered keys when the file is whole, of this format and made for these exact input bytes; else undefined. */
function rememberedKeys(text: string | undefined, fingerprint: string): Map<string, string> | undefined {
  if (text === undefined) return undefined;
  let data: unknown;
  try {
    data = JSON.parse(text);
  } catch {
    return undefined;
  }
  const checked = v.safeParse(KEYS_FILE, data, { abortEarly: true });
  if (!checked.success || checked.output.fingerprint !== fingerprint) return undefined;
  return new Map(checked.output.keys);
}

/**
 * Each site's key for its current inputs. When the fingerprint of the raw files equals the remembered one, the
 * remembered keys are returned (the keys are a function of those bytes); otherwise the project is loaded, the keys
 * computed with `compute`, and remembered. A missing, corrupt or foreign file, or one with a value of the wrong shape
 * (a key that is not a sha256), is recomputed, never trusted.
 */
export async function currentKeys(projectDir: string, id: string, compute: () => Promise<Map<string, string>>): Promise<Map<string, string>> {
  const fingerprint = inputsFingerprint(projectDir, id);
  const remembered = rememberedKeys(readTextIfExists(keysPath(projectDir, id)), fingerprint);
  if (remembered !== undefined) return remembered;
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
