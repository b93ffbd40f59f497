// Test helper: the built-in rules/ files as loadRules sources, read once, sorted like the pipeline sorts them.
import { readdirSync, readFileSync, statSync } from 'node:fs';
import { join, relative } from 'node:path';
import { fileURLToPath } from 'node:url';
import { loadRules, type RuleSet, type RulesSource } from '../../src/rules/index.js';

const root = fileURLToPath(new URL('../../', import.meta.url));

function yamlFiles(dir: string): string[] {
  return readdirSync(dir)
    .sort()
    .flatMap((name) => {
      const path = join(dir, name);
      if (statSync(path).isDirectory()) return yamlFiles(path);
      return name.endsWith('.yaml') ? [path] : [];
    });
}

export const builtinSources: RulesSource[] = yamlFiles(join(root, 'rules'))
  .map((path) => relative(root, path).split('\\').join('/'))
  .sort()
  .map((file) => ({ file, text: readFileSync(join(root, file), 'utf8') }));

let cached: RuleSet | undefined;
export function builtinRules(): RuleSet {
  cached ??= loadRules(builtinSources);
  return cached;
}

export function site(domain: string, extra: Record<string, string> = {}) {
  return { domain, unicode: domain, source: { file: 'batches/test.yaml', line: 1 }, ...extra };
}
