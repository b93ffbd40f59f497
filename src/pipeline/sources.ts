// The rule and template source files of a project (built-in first, the project's own after), read as text. Light:
// `status` fingerprints them without loading the rules engine.
import { existsSync, statSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { join, resolve } from 'node:path';
import type { TemplateSources } from '../render/render.js';
import { filesWithExtensions, readText } from './files.js';

/** The package's own folder (holding rules/ and templates/), found from this module's location in src/ or dist/. */
export const PACKAGE_DIR = fileURLToPath(new URL('../../', import.meta.url));
export const BUILTIN_RULES_DIR = join(PACKAGE_DIR, 'rules');
export const BUILTIN_TEMPLATES_DIR = join(PACKAGE_DIR, 'templates');

/** Template files: Handlebars sources and the layouts' CSS. */
const TEMPLATE_EXTENSIONS = ['.hbs', '.css'];
const RULE_EXTENSIONS = ['.yaml', '.yml'];

/** Reads `rules/**\/*.yaml` of the package, then of the project (the user's files extend and override). */
export function ruleSources(projectDir: string): { file: string; text: string }[] {
  const sources: { file: string; text: string }[] = [];
  for (const f of filesWithExtensions(BUILTIN_RULES_DIR, RULE_EXTENSIONS)) {
    sources.push({ file: `builtin:rules/${f}`, text: readText(join(BUILTIN_RULES_DIR, f), `rules/${f}`) });
  }
  const userDir = join(projectDir, 'rules');
  if (resolve(userDir) !== resolve(BUILTIN_RULES_DIR) && existsSync(userDir) && statSync(userDir).isDirectory()) {
    for (const f of filesWithExtensions(userDir, RULE_EXTENSIONS)) {
      sources.push({ file: `rules/${f}`, text: readText(join(userDir, f), `rules/${f}`) });
    }
  }
  return sources;
}

/** Template sources keyed by path under templates/: built-in files, each overridden by the project's file of the same path. */
export function templateSources(projectDir: string): TemplateSources {
  const sources: TemplateSources = {};
  for (const f of filesWithExtensions(BUILTIN_TEMPLATES_DIR, TEMPLATE_EXTENSIONS)) sources[f] = readText(join(BUILTIN_TEMPLATES_DIR, f), `templates/${f}`);
  const userDir = join(projectDir, 'templates');
  if (resolve(userDir) !== resolve(BUILTIN_TEMPLATES_DIR) && existsSync(userDir) && statSync(userDir).isDirectory()) {
    for (const f of filesWithExtensions(userDir, TEMPLATE_EXTENSIONS)) sources[f] = readText(join(userDir, f), `templates/${f}`);
  }
  const sorted: TemplateSources = {};
  for (const key of Object.keys(sources).sort()) sorted[key] = sources[key] as string;
  return sorted;
}

