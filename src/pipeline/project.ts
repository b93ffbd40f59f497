// A project folder: its config, its rules (built-in then the user's), its templates and its batches.
import { existsSync, statSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { join, resolve } from 'node:path';
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


import { DEFAULT_CONFIG, loadConfig, type Config } from './config.js';

export { BATCH_EXTENSIONS, batchFileOf, listBatchIds } from './batches.js';
export { DEFAULT_CONFIG, loadConfig, type Config } from './config.js';

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

export { relPath };
