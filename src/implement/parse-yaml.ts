// Parses front-matter YAML with every expansion and ambiguity turned into an error.
import { parseDocument } from 'yaml';
import { readEmittedYaml } from '../render/yaml-block.js';
import { WdmError } from '../shared/errors.js';

/**
 * YAML 1.2 core schema (no custom tags can construct objects), unique keys, no merge keys, and no aliases at all:
 * a generated DESIGN.md never uses them, and refusing them makes alias bombs impossible rather than merely capped.
 */
export function parseFrontMatterYaml(yaml: string, file: string, firstLine: number): unknown {
  // What the generator wrote (and nothing else) is read back directly: the same value `yaml` gives, ~10x faster.
  const emitted = readEmittedYaml(yaml);
  if (emitted !== undefined) return emitted;
  const doc = parseDocument(yaml, {
    schema: 'core',
    version: '1.2',
    merge: false,
    uniqueKeys: true,
    strict: true,
    prettyErrors: true,
  });
  const problem = doc.errors[0] ?? doc.warnings[0];
  if (problem) {
    const pos = problem.linePos?.[0];
    const headline = problem.message.split('\n')[0] ?? problem.message;
    const hint =
      problem.code === 'DUPLICATE_KEY'
        ? 'each key may appear once in a map; remove the repeated key'
        : problem.code === 'TAG_RESOLVE_FAILED'
          ? 'custom YAML tags are not allowed in a DESIGN.md'
          : 'fix the YAML syntax of the front matter';
    throw new WdmError(
      'E_DESIGN_PARSE',
      `invalid front matter YAML (${problem.code}): ${headline.replace(/ at line \d+, column \d+:?$/, '')}`,
      { file, ...(pos ? { line: firstLine + pos.line - 1, column: pos.col } : { line: firstLine }) },
      hint,
    );
  }
  try {
    return doc.toJS({ maxAliasCount: 0 });
  } catch (error) {
    // The only way toJS fails with these options is an alias; report it as the refusal it is.
    const message = error instanceof Error ? error.message : String(error);
    throw new WdmError(
      'E_DESIGN_PARSE',
      `found a YAML alias (*name), expected plain values: aliases are refused (${message})`,
      { file, line: firstLine },
      'write the value out in full instead of using &anchor / *alias',
    );
  }
}
