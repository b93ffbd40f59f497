// DESIGN.md text → validated tokens plus findings: split, safe YAML parse, schema check, body check.
import type { Finding } from '../shared/types.js';
import { bodySectionFindings } from './body-sections.js';
import type { DesignTokens } from './design-tokens.js';
import { splitFrontMatter } from './front-matter.js';
import { parseFrontMatterYaml } from './parse-yaml.js';
import { validateTokens } from './validate-tokens.js';
import { emittedValueOf } from '../render/yaml-block.js';

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

/**
 * `readDesign(text, file)` for a text the design stage has just rendered, given the front matter object it wrote
 * (render.ts `renderDesignWithData`): the front matter's value is made from that object (`emittedValueOf`, what
 * reading its YAML back gives) instead of reading the text's YAML again; everything else is read from the text as
 * `readDesign` reads it. The same tokens and findings (test/pipeline/build-design-data.test.ts).
 */
export function readDesignWith(text: string, file: string, frontMatter: Record<string, unknown> | undefined): { tokens: DesignTokens; findings: Finding[] } {
  const data = frontMatter === undefined ? undefined : emittedValueOf(frontMatter);
  if (data === undefined) return readDesign(text, file);
  const split = splitFrontMatter(text, file);
  const tokens = validateTokens(data, file);
  const findings = bodySectionFindings(split.body, file, split.bodyLine);
  return { tokens, findings };
}
