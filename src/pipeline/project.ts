// A project folder: its config, its rules (built-in then the user's), its templates and its batches.
import { englishKey, type English } from '../rules/english.js';
import { resolve } from 'node:path';
import { sha256, stableStringify } from '../shared/hash.js';
import { loadRules, rulesDigest, type RuleSet } from '../rules/index.js';
import { compileDesignTemplates, type CompiledDesignTemplates, type TemplateSources } from '../render/index.js';
import { relPath } from './files.js';
import { loadConfig, type Config } from './config.js';
import { ruleSources, templateSources } from './sources.js';
import { withParsedRules } from './rules-parsed.js';
import { knownSheets } from './sheet-table.js';
import { fontCatalogueDigest, loadFontCatalogue } from './fonts.js';
import { assetPackageVersions } from './asset-packages.js';
import type { FontCatalogue } from '../shared/types.js';

export { BATCH_EXTENSIONS, batchFileOf, listBatchIds } from './batches.js';
export { BUILTIN_RULES_DIR, BUILTIN_TEMPLATES_DIR, PACKAGE_DIR, ruleSources, templateSources } from './sources.js';
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
  /** Self-hostable font families (names, versions, licences; no files): what the DESIGN.md prose names. */
  fonts: FontCatalogue;
  /** The config's `placeholders`: sections lacking facts become labelled samples instead of being left out. */
  placeholders: boolean;
  /** The config's `english`: the rules' own text on the pages in British (as written) or American English. */
  english: English;
}

export interface LoadProjectOptions {
  /** Overrides the config's outDir (the CLI's --out). */
  outDir?: string;
}

export function loadProject(dir: string, options: LoadProjectOptions = {}): Project {
  const projectDir = resolve(dir);
  const config = loadConfig(projectDir);
  const sources = ruleSources(projectDir);
  const rules = loadRules(withParsedRules(sources));
  const templates = templateSources(projectDir);
  const fonts = loadFontCatalogue(Object.values(rules.fonts), false);
  return {
    dir: projectDir,
    outDir: resolve(projectDir, options.outDir ?? config.outDir),
    config,
    rules,
    // The content policy changes what the rules select, so it is part of the rules' digest (and so of every key).
    rulesDigest: projectRulesDigest(rulesDigest(rules), config.placeholders, config.english),
    ruleFiles: sources.map((s) => s.file),
    templates,
    // The installed font and icon packages decide what the DESIGN.md names and what the site carries, like the
    // templates do: an update of one changes every site's key.
    templatesDigest: sha256(stableStringify({ templates, fonts: fontCatalogueDigest(fonts), packages: assetPackageVersions() })),
    designTemplates: compileDesignTemplates(templates, { fonts, knownSheets: knownSheets() }),
    fonts,
    placeholders: config.placeholders,
    english: config.english,
  };
}

/**
 * The rules' digest with the settings that change what they select: the content policy (`placeholders`) and the
 * English of the copy (`english`), with the American word list's hash, which every project's `.us` sites use.
 */
function projectRulesDigest(digest: string, placeholders: boolean, english: English): string {
  const withPlaceholders = placeholders ? sha256(`${digest}\u0000placeholders`) : digest;
  return sha256(`${withPlaceholders}\u0000english:${english}\u0000${englishKey('us')}`);
}

export { relPath };
