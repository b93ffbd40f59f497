// DESIGN.md text → validated tokens plus findings: split, safe YAML parse, schema check, body check.
import type { Finding } from '../shared/types.js';
import { bodySectionFindings } from './body-sections.js';
import type { DesignTokens } from './design-tokens.js';
import { splitFrontMatter } from './front-matter.js';
import { parseFrontMatterYaml } from './parse-yaml.js';
import { validateTokens } from './validate-tokens.js';

/**
 * Throws WdmError E_DESIGN_PARSE when the file cannot be read as YAML front matter (too large, no or foreign front
 * matter, YAML errors, aliases, duplicate keys) and E_DESIGN_SCHEMA (a DesignSchemaError listing every problem)
 * when the values do not form usable tokens. Problems that do not stop a site from being built are findings.
 */
export function readDesign(text: string, file: string): { tokens: DesignTokens; findings: Finding[] } {
  const split = splitFrontMatter(text, file);
  const data = parseFrontMatterYaml(split.yaml, file, split.yamlLine);
  const tokens = validateTokens(data, file);
  const findings = bodySectionFindings(split.body, file, split.bodyLine);
  return { tokens, findings };
}
