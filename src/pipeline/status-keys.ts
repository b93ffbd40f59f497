// The current inputs key of every site of a batch, remembered against a fingerprint of the raw input files, so that
// `status` on a large batch needs neither the rules engine nor a parse of the batch when nothing changed.
import { statSync } from 'node:fs';
import { join } from 'node:path';
import { sha256, shardOf, stableStringify } from '../shared/hash.js';
import { VERIFY_VERSION } from '../verify/version.js';
import { readStatus, repairJournal, writeFileIfChanged, type BatchStatus, type RepairReport } from '../registry/index.js';
import type { Project } from './project.js';
import { batchFileOf } from './batches.js';
import { listFiles, readText, readTextIfExists } from './files.js';
import { ruleSources, templateSources } from './sources.js';
import { TOOL_MAJOR } from './tool.js';

const FORMAT = 2;

/**
 * The content a batch's keys may depend on: the text of its own content files, and the size and modification time of
 * every other file under content/ (photos are read only from there). Stat rather than bytes for photos: a large
 * project's photos would otherwise be hashed on every `status`; a changed photo changes its size or mtime.
 */
export function contentFingerprint(projectDir: string, id: string): unknown[] {
  const own = new RegExp(`^${id.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')}/[^/]+\\.(?:yaml|yml|json)$`);
  return listFiles(join(projectDir, 'content'), ['**/*']).map((f) => {
    const path = join(projectDir, 'content', f);
    if (own.test(f)) return [f, readText(path, `content/${f}`)];
    const s = statSync(path);
    return [f, s.size, s.mtimeMs, s.ino];
  });
}

/** Everything a key depends on, as raw bytes: the batch file, every rule and template file, the tool and verifier. */
export function inputsFingerprint(projectDir: string, id: string): string {
  const file = batchFileOf(projectDir, id);
  return sha256(
    stableStringify({
      format: FORMAT,
      tool: TOOL_MAJOR,
      verify: VERIFY_VERSION,
      batch: { file, text: readText(join(projectDir, file), file) },
      content: contentFingerprint(projectDir, id),
      config: readTextIfExists(join(projectDir, 'wdm.config.yaml')) ?? null,
      rules: ruleSources(projectDir),
      templates: templateSources(projectDir),
    }),
  );
}

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
    writeFileIfChanged(keysPath(projectDir, id), JSON.stringify({ format: FORMAT, fingerprint, keys: entries }) + '\n', { durability: 'none' });
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
  return readStatus(join(projectDir, '.wdm', 'registry'), id, wanted, undefined, projectDir);
}

export function repairBatchAt(projectDir: string, id: string): RepairReport {
  return repairJournal(join(projectDir, '.wdm', 'registry'), id);
}
