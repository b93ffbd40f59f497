// One hash of every raw input file a batch's outputs depend on: when it is unchanged, so is every site's input key,
// and a command can answer from what it remembered without loading the rules engine or parsing the batch.
import { existsSync, readdirSync, readFileSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { createHash } from 'node:crypto';
import { VERIFY_VERSION } from '../verify/version.js';
import { assetPackageVersions } from './asset-packages.js';
import { batchFileOf } from './batches.js';
import { readText } from './files.js';
import { ruleSources, templateSources } from './sources.js';
import { TOOL_MAJOR } from './tool.js';

const FORMAT = 2;

/**
 * Project folders whose files are inputs of a batch's sites besides the batch file, rules and templates: the
 * content files (facts only the business can state) under `content/<batch>/`. A stage that makes another folder an
 * input lists it here, or remembered answers would outlive it.
 */
export const BATCH_INPUT_DIRS = (batch: string): string[] => [join('content', batch)];

/** Project files that are inputs of every batch (the config decides the output folder and which look-alike domains a batch accepts). */
const PROJECT_INPUT_FILES = ['wdm.config.yaml'];

function addTree(hash: ReturnType<typeof createHash>, root: string, rel: string): void {
  const abs = join(root, rel);
  if (!existsSync(abs)) return;
  const names = readdirSync(abs).sort();
  for (const name of names) {
    const path = join(abs, name);
    const child = `${rel}/${name}`;
    if (statSync(path).isDirectory()) addTree(hash, root, child);
    else {
      const bytes = readFileSync(path);
      hash.update(`file\u0000${child}\u0000${bytes.length}\u0000`);
      hash.update(bytes);
    }
  }
}

function addStats(hash: ReturnType<typeof createHash>, root: string, rel: string, skip: ReadonlySet<string>): void {
  const abs = join(root, rel);
  if (skip.has(rel) || !existsSync(abs)) return;
  for (const name of readdirSync(abs).sort()) {
    const child = `${rel}/${name}`;
    const s = statSync(join(abs, name));
    if (s.isDirectory()) addStats(hash, root, child, skip);
    else hash.update(`stat\u0000${child}\u0000${s.size}\u0000${s.mtimeMs}\u0000${s.ino}\u0000`);
  }
}

/**
 * Everything a site's key depends on, as raw bytes: the batch file, every rule and template file, the content
 * files of the batch, the config, the installed versions of the packages whose files a site carries (fonts, icons),
 * the tool's major version and the verifier's version. Equal fingerprints mean
 * equal inputs for every site of the batch.
 */
export function inputsFingerprint(projectDir: string, id: string): string {
  const file = batchFileOf(projectDir, id);
  const hash = createHash('sha256');
  const field = (name: string, text: string) => hash.update(`${name}\u0000${Buffer.byteLength(text)}\u0000${text}`);
  field('format', String(FORMAT));
  field('tool', String(TOOL_MAJOR));
  field('verify', VERIFY_VERSION);
  field('asset-packages', assetPackageVersions());
  field('batch', file);
  field('batch-text', readText(join(projectDir, file), file));
  for (const source of ruleSources(projectDir)) {
    field('rule', source.file);
    field('rule-text', source.text);
  }
  for (const [name, text] of Object.entries(templateSources(projectDir))) {
    field('template', name);
    field('template-text', text);
  }
  for (const name of PROJECT_INPUT_FILES) {
    const path = join(projectDir, name);
    if (existsSync(path)) field(name, readText(path, name));
  }
  for (const dir of BATCH_INPUT_DIRS(id)) addTree(hash, projectDir, dir);
  // Facts may name photos anywhere under content/ (shared between batches): those count by size, time and inode, so
  // a no-op run does not read every photo of the project.
  addStats(hash, projectDir, 'content', new Set(BATCH_INPUT_DIRS(id)));
  return hash.digest('hex');
}
