// A project folder: its config, its rules (built-in then the user's), its templates and its batches.
import { existsSync, statSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { join, resolve } from 'node:path';
import { LineCounter, parseDocument } from 'yaml';
import { WdmError } from '../shared/errors.js';
import { sha256, stableStringify } from '../shared/hash.js';
import { loadRules, rulesDigest, type RuleSet } from '../rules/index.js';
import { compileDesignTemplates, type CompiledDesignTemplates, type TemplateSources } from '../render/index.js';
import { listFiles, readText, relPath } from './files.js';

/** The package's own folder (holding rules/ and templates/), found from this module's location in src/ or dist/. */
export const PACKAGE_DIR = fileURLToPath(new URL('../../', import.meta.url));
export const BUILTIN_RULES_DIR = join(PACKAGE_DIR, 'rules');
export const BUILTIN_TEMPLATES_DIR = join(PACKAGE_DIR, 'templates');

/** Template files: Handlebars sources and the layouts' CSS. */
const TEMPLATE_PATTERNS = ['**/*.hbs', '**/*.css'];

export const BATCH_EXTENSIONS = ['yaml', 'yml', 'json', 'csv', 'txt'] as const;

export interface Config {
  /** Root under which designs/, sites/ and previews/ go; relative to the project folder. */
  outDir: string;
  concurrency: number;
  /** Worker threads for build/implement/verify, or `auto`: a pool of 2 once 200+ sites need work (docs/scaling.md). */
  workers: number | 'auto';
  registry: { flushEvery: number; flushMs: number };
}

export const DEFAULT_CONFIG: Config = {
  outDir: '.',
  concurrency: 8,
  workers: 'auto',
  registry: { flushEvery: 64, flushMs: 25 },
};

export interface Project {
  dir: string;
  /** Absolute root of the output folders. */
  outDir: string;
  config: Config;
  rules: RuleSet;
  rulesDigest: string;
  ruleFiles: string[];
  templates: TemplateSources;
  templatesDigest: string;
  designTemplates: CompiledDesignTemplates;
}

const CONFIG_FILE = 'wdm.config.yaml';

function expectNumber(value: unknown, path: string, min: number, max: number): number {
  if (typeof value !== 'number' || !Number.isInteger(value) || value < min || value > max) {
    throw new WdmError('E_CONFIG', `Unexpected ${JSON.stringify(value)} for ${path}, expected a whole number from ${min} to ${max}`, { file: CONFIG_FILE, path });
  }
  return value;
}

/** Reads and validates wdm.config.yaml; no file means the defaults. */
export function loadConfig(dir: string): Config {
  const file = join(dir, CONFIG_FILE);
  if (!existsSync(file)) return structuredClone(DEFAULT_CONFIG);
  const text = readText(file, CONFIG_FILE);
  const lineCounter = new LineCounter();
  const doc = parseDocument(text, { lineCounter, uniqueKeys: true, prettyErrors: false });
  if (doc.errors.length > 0) {
    const err = doc.errors[0]!;
    const pos = lineCounter.linePos(err.pos[0]);
    throw new WdmError('E_CONFIG', `Malformed YAML: ${err.message.split('\n')[0]}`, { file: CONFIG_FILE, line: pos.line, column: pos.col }, 'fix the YAML syntax');
  }
  const raw = (doc.toJS({ maxAliasCount: 0 }) ?? {}) as Record<string, unknown>;
  if (typeof raw !== 'object' || Array.isArray(raw)) {
    throw new WdmError('E_CONFIG', 'Unexpected top-level value, expected a mapping of settings', { file: CONFIG_FILE, line: 1 });
  }
  const config = structuredClone(DEFAULT_CONFIG);
  for (const [key, value] of Object.entries(raw)) {
    const line = lineOfKey(doc, lineCounter, [key]);
    switch (key) {
      case 'outDir':
        if (typeof value !== 'string' || value.length === 0) {
          throw new WdmError('E_CONFIG', `Unexpected ${JSON.stringify(value)} for outDir, expected a folder path`, { file: CONFIG_FILE, line, path: key });
        }
        config.outDir = value;
        break;
      case 'concurrency':
        config.concurrency = expectNumber(value, key, 1, 256);
        break;
      case 'workers':
        config.workers = value === 'auto' ? 'auto' : expectNumber(value, key, 0, 64);
        break;
      case 'registry': {
        if (typeof value !== 'object' || value === null || Array.isArray(value)) {
          throw new WdmError('E_CONFIG', 'Unexpected value for registry, expected a mapping with flushEvery and flushMs', { file: CONFIG_FILE, line, path: key });
        }
        for (const [k, v] of Object.entries(value)) {
          if (k === 'flushEvery') config.registry.flushEvery = expectNumber(v, 'registry.flushEvery', 1, 100_000);
          else if (k === 'flushMs') config.registry.flushMs = expectNumber(v, 'registry.flushMs', 0, 60_000);
          else throw new WdmError('E_CONFIG', `Unknown setting registry.${k}, expected flushEvery or flushMs`, { file: CONFIG_FILE, line: lineOfKey(doc, lineCounter, [key, k]), path: `registry.${k}` });
        }
        break;
      }
      default:
        throw new WdmError('E_CONFIG', `Unknown setting ${key}, expected one of outDir, concurrency, workers, registry`, { file: CONFIG_FILE, line, path: key }, 'remove it or fix its spelling');
    }
  }
  return config;
}

function lineOfKey(doc: ReturnType<typeof parseDocument>, lc: LineCounter, path: string[]): number | undefined {
  const node = doc.getIn(path, true) as { range?: [number, number, number] } | undefined;
  return node?.range ? lc.linePos(node.range[0]).line : undefined;
}

/** Reads `rules/**\/*.yaml` of the package, then of the project (the user's files extend and override). */
export function ruleSources(projectDir: string): { file: string; text: string }[] {
  const sources: { file: string; text: string }[] = [];
  for (const f of listFiles(BUILTIN_RULES_DIR, ['**/*.yaml', '**/*.yml'])) {
    sources.push({ file: `builtin:rules/${f}`, text: readText(join(BUILTIN_RULES_DIR, f), `rules/${f}`) });
  }
  const userDir = join(projectDir, 'rules');
  if (resolve(userDir) !== resolve(BUILTIN_RULES_DIR) && existsSync(userDir) && statSync(userDir).isDirectory()) {
    for (const f of listFiles(userDir, ['**/*.yaml', '**/*.yml'])) {
      sources.push({ file: `rules/${f}`, text: readText(join(userDir, f), `rules/${f}`) });
    }
  }
  return sources;
}

/** Template sources keyed by path under templates/: built-in files, each overridden by the project's file of the same path. */
export function templateSources(projectDir: string): TemplateSources {
  const sources: TemplateSources = {};
  for (const f of listFiles(BUILTIN_TEMPLATES_DIR, TEMPLATE_PATTERNS)) sources[f] = readText(join(BUILTIN_TEMPLATES_DIR, f), `templates/${f}`);
  const userDir = join(projectDir, 'templates');
  if (resolve(userDir) !== resolve(BUILTIN_TEMPLATES_DIR) && existsSync(userDir) && statSync(userDir).isDirectory()) {
    for (const f of listFiles(userDir, TEMPLATE_PATTERNS)) sources[f] = readText(join(userDir, f), `templates/${f}`);
  }
  const sorted: TemplateSources = {};
  for (const key of Object.keys(sources).sort()) sorted[key] = sources[key] as string;
  return sorted;
}

export interface LoadProjectOptions {
  /** Overrides the config's outDir (the CLI's --out). */
  outDir?: string;
}

export function loadProject(dir: string, options: LoadProjectOptions = {}): Project {
  const projectDir = resolve(dir);
  const config = loadConfig(projectDir);
  const sources = ruleSources(projectDir);
  const rules = loadRules(sources);
  const templates = templateSources(projectDir);
  return {
    dir: projectDir,
    outDir: resolve(projectDir, options.outDir ?? config.outDir),
    config,
    rules,
    rulesDigest: rulesDigest(rules),
    ruleFiles: sources.map((s) => s.file),
    templates,
    templatesDigest: sha256(stableStringify(templates)),
    designTemplates: compileDesignTemplates(templates),
  };
}

/** Batch ids found in the project's batches/ folder, sorted. */
export function listBatchIds(projectDir: string): string[] {
  const dir = join(projectDir, 'batches');
  if (!existsSync(dir)) return [];
  const ids = new Set<string>();
  for (const f of listFiles(dir, BATCH_EXTENSIONS.map((e) => `*.${e}`))) ids.add(f.replace(/\.[^.]+$/, ''));
  return [...ids].sort((a, b) => (a < b ? -1 : a > b ? 1 : 0));
}

/** The batch file of an id: `batches/<id>.<ext>`; exactly one must exist. Returns the project-relative path. */
export function batchFileOf(projectDir: string, id: string): string {
  if (!/^[A-Za-z0-9][A-Za-z0-9._-]*$/.test(id)) {
    throw new WdmError('E_USAGE', `Unexpected batch id "${id}", expected letters, digits, dots, hyphens or underscores (like 010)`, {}, 'batch ids are file stems under batches/');
  }
  const found = BATCH_EXTENSIONS.map((ext) => `batches/${id}.${ext}`).filter((p) => existsSync(join(projectDir, p)));
  if (found.length === 0) {
    const known = listBatchIds(projectDir);
    throw new WdmError(
      'E_BATCH_MISSING',
      `No batch file for batch "${id}": expected batches/${id}.yaml (or .json, .csv, .txt)`,
      { file: `batches/${id}.yaml` },
      known.length > 0 ? `known batches: ${known.join(', ')}` : 'create the batches/ folder with a batch file, or run `wdm-design init`',
    );
  }
  if (found.length > 1) {
    throw new WdmError('E_BATCH_FORMAT', `Batch "${id}" is ambiguous: ${found.join(' and ')} both exist`, { file: found[0]! }, 'keep one of them');
  }
  return found[0]!;
}

export { relPath };
