// Registry views for the CLI: a batch's states for its current inputs, and finalize (publish, then record).
import { existsSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { WdmError } from '../shared/errors.js';
import {
  finalizeBatch,
  mergeJournals,
  openJournal,
  readStatus,
  type BatchStatus,
  type FinalizeResult,
  type MergeReport,
  type RepairReport,
} from '../registry/index.js';
import type { Project } from './project.js';
import { buildKey } from './keys.js';
import { repairBatchAt } from './status-keys.js';
import { inShard, readBatch, type Shard } from './generate.js';
import { outputRootOf, readTextIfExists, relPath, stateDir } from './files.js';

export function registryDir(project: Project): string {
  return stateDir(project.dir, 'registry');
}

/** Every site's key for its current inputs. */
export function siteKeys(project: Project, id: string): Map<string, string> {
  return new Map(readBatch(project, id).sites.map((s) => [s.domain, buildKey(s, project)]));
}

function inShardOnly(keys: Map<string, string>, shard: Shard | undefined): Map<string, string> {
  return shard ? new Map([...keys].filter(([domain]) => inShard(domain, shard))) : keys;
}

/** States of every site of the batch for its CURRENT inputs: a site whose entry, rules or templates changed is pending. */
export function batchStatus(project: Project, id: string, shard?: Shard): BatchStatus {
  return readStatus(registryDir(project), id, inShardOnly(siteKeys(project, id), shard), undefined, project.dir);
}


/** Sections of a page marked as placeholders (`data-placeholder` on the element that carries their id). */
export function placeholderSections(html: string): string[] {
  const out: string[] = [];
  for (const m of html.matchAll(/<[a-z][a-z0-9]*\b[^>]*\sdata-placeholder(?:=|[\s>])[^>]*>/g)) {
    const id = /\sid="([^"]*)"/.exec(m[0])?.[1];
    out.push(id ?? '(unnamed)');
  }
  return out;
}

/** The sites of a batch whose page still shows placeholder sections, with those sections, sorted by domain. */
export function sitesWithPlaceholders(project: Project, id: string, domains: Iterable<string>): { domain: string; sections: string[] }[] {
  const out: { domain: string; sections: string[] }[] = [];
  for (const domain of [...domains].sort()) {
    const html = readTextIfExists(join(project.outDir, 'sites', id, domain, 'index.html'));
    const sections = html === undefined ? [] : placeholderSections(html);
    if (sections.length > 0) out.push({ domain, sections });
  }
  return out;
}

export interface FinalizeOptions {
  /** Publish even when some pages still show labelled sample sections. */
  allowPlaceholders?: boolean;
  /** Refuse unless every validator checked every site (not the fast path alone). */
  requireFull?: boolean;
}

/**
 * Publishes `designs/<id>` and `sites/<id>` into `published/<id>` atomically, then records every site finalized.
 * Refuses while any page shows placeholder sections, unless `allowPlaceholders`; `placeholders` lists them either way.
 */
export async function finalize(project: Project, id: string, options: FinalizeOptions = {}): Promise<FinalizeResult & { placeholders: { domain: string; sections: string[] }[] }> {
  const status = batchStatus(project, id);
  if (options.requireFull) {
    // A sampled site was checked by every validator too; a site verified by shapes alone was not.
    const byShapes = [...status.sites.values()].filter((s) => (s.state === 'verified' || s.state === 'finalized') && s.check !== 'full' && s.check !== 'sampled');
    if (byShapes.length > 0) {
      const shown = byShapes.slice(0, 20).map((s) => `${s.domain} (${s.check ?? 'level not recorded'})`).join(', ');
      throw new WdmError(
        'E_REGISTRY',
        `Batch ${id} has ${byShapes.length} site(s) verified by the fast path only: ${shown}${byShapes.length > 20 ? ` and ${byShapes.length - 20} more` : ''}; expected every site verified by every validator`,
        {},
        `run \`wdm-design build --batch ${id} --full\`, then finalize again`,
      );
    }
  }
  // Every file a verified state claims was hashed again above: a page changed since it was verified is refused by
  // name, before anything is copied (finalizeBatch then checks each file it publishes against the same hashes).
  const changed = status.changed.filter((p) => p.claimedBy !== 'failed');
  if (changed.length > 0) {
    const shown = changed.slice(0, 20).map((p) => `  ${p.domain}: ${p.message}`);
    throw new WdmError(
      'E_REGISTRY',
      `Batch ${id}: ${changed.length} file(s) differ from what was verified:\n${shown.join('\n')}${changed.length > 20 ? `\n  and ${changed.length - 20} more` : ''}`,
      {},
      `rerun \`wdm-design build --batch ${id}\` to rebuild and re-verify them, then finalize again`,
    );
  }
  const placeholders = sitesWithPlaceholders(project, id, status.sites.keys());
  if (placeholders.length > 0 && options.allowPlaceholders !== true) {
    const shown = placeholders.slice(0, 20).map((p) => `${p.domain} (${p.sections.join(', ')})`).join(', ');
    throw new WdmError(
      'E_REGISTRY',
      `Batch ${id} has ${placeholders.length} site(s) that still show placeholder sections: ${shown}${placeholders.length > 20 ? ` and ${placeholders.length - 20} more` : ''}; expected none in a published batch`,
      {},
      'supply the missing facts (each DESIGN.md\'s Content Brief lists them), set placeholders: false in wdm.config.yaml and build again, or pass --allow-placeholders to publish them as they are',
    );
  }
  const out = (sub: string) => relPath(project.dir, join(project.outDir, sub, id));
  const result = finalizeBatch({
    projectDir: project.dir,
    batch: id,
    sources: [out('designs'), out('sites')],
    target: out('published'),
    states: status.sites,
    root: outputRootOf(project),
  });
  const journal = openJournal(registryDir(project), id, { flushEvery: project.config.registry.flushEvery, flushMs: project.config.registry.flushMs });
  try {
    await Promise.all(
      [...status.sites.values()].map((s) =>
        journal.record({ domain: s.domain, key: s.key ?? '', state: 'finalized', outputs: Object.assign({}, ...Object.values(s.outputs)) as Record<string, string>, ...(s.check ? { check: s.check } : {}) }),
      ),
    );
  } finally {
    await journal.close();
  }
  return { ...result, placeholders };
}

/** Sets damaged journal files of the batch aside, keeping every valid line (see docs/registry.md, Repair). */
export function repairBatch(project: Project, id: string): RepairReport {
  return repairBatchAt(project.dir, id);
}

export { batchStatusAt, repairBatchAt } from './status-keys.js';

/**
 * The registry folder of a foreign project or shard: `<dir>/.wdm/registry` when it exists, else `<dir>` itself when
 * it is a folder (a downloaded artifact may hold the journal files directly).
 */
export function foreignRegistryDir(dir: string): string {
  const nested = join(dir, '.wdm', 'registry');
  if (existsSync(nested)) return nested;
  if (existsSync(dir) && statSync(dir).isDirectory()) return dir;
  throw new WdmError('E_USAGE', `Unexpected ${dir}: no such folder`, { file: dir }, 'name a shard\'s project folder (holding .wdm/registry) or its registry folder');
}

/** Merges the journals of other shards or machines into this project's registry (docs/scaling.md). */
export function mergeRegistries(project: Project, dirs: readonly string[], batches?: readonly string[]): MergeReport {
  return mergeJournals(registryDir(project), dirs.map(foreignRegistryDir), batches ? { batches } : {});
}
