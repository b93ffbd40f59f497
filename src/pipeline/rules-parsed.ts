// The built-in rules files already parsed by `npm run build` (dist/rules-parsed.tsv), matched to the text read now by
// sha256, so a process does not parse ~200 KB of YAML (most of a command's start-up) to learn what the build knew.
import { readFileSync, writeFileSync, renameSync } from 'node:fs';
import { createRequire } from 'node:module';
import { join } from 'node:path';
import { sha256 } from '../shared/hash.js';
import type { RulesSource } from '../rules/index.js';
import { parsedValueJson } from '../rules/yamlSource.js';
import { BUILTIN_RULES_DIR, PACKAGE_DIR } from './sources.js';
import { filesWithExtensions, readText } from './files.js';

/** The table's place: beside the compiled code, so it is as old as the build that wrote it. */
export const PARSED_RULES_FILE = join(PACKAGE_DIR, 'dist', 'rules-parsed.tsv');
const FORMAT = 'wdm-rules-parsed 1';

/** The YAML parser's version is part of the header: another parser version may give other values. */
function header(): string {
  let version = 'unknown';
  try {
    const pkg = createRequire(import.meta.url)('yaml/package.json') as { version?: unknown };
    if (typeof pkg.version === 'string') version = pkg.version;
  } catch {
    // No version: the header still names the format, and a table written without one matches only such a run.
  }
  return `${FORMAT} yaml@${version}`;
}

let table: Map<string, string> | undefined;

function readTable(): Map<string, string> {
  if (table !== undefined) return table;
  let text: string;
  try {
    text = readFileSync(PARSED_RULES_FILE, 'utf8');
  } catch {
    text = '';
  }
  return (table = parseTable(text));
}

/** sha256 of a file's text → its value as JSON. A foreign, torn or garbled table is an empty one: YAML is parsed. */
export function parseTable(text: string): Map<string, string> {
  const found = new Map<string, string>();
  const lines = text.split('\n');
  // The last line is empty when the file is whole: a torn write (no final newline) is not trusted at all.
  if (lines[0] !== header() || lines[lines.length - 1] !== '') return found;
  for (const line of lines.slice(1, -1)) {
    const tab = line.indexOf('\t');
    const hash = line.slice(0, tab);
    if (tab !== 64 || !/^[0-9a-f]{64}$/.test(hash)) return new Map();
    found.set(hash, line.slice(tab + 1));
  }
  return found;
}

/** The table's text for these files (JSON-exact values only, each text once). */
export function tableText(texts: readonly string[]): string {
  const lines = [header()];
  const seen = new Set<string>();
  for (const text of texts) {
    const hash = sha256(text);
    const json = parsedValueJson(text);
    if (json === undefined || seen.has(hash)) continue;
    seen.add(hash);
    // JSON.stringify escapes every control character, so a value never holds a raw newline or tab.
    lines.push(`${hash}\t${json}`);
  }
  return `${lines.join('\n')}\n`;
}

/**
 * The sources with the build's parsed value attached where the text's hash is in the table (the project's own files
 * too, when they are byte-identical copies of a built-in file). (A value that is not JSON is ignored by the loader.)
 */
export function withParsedRules(sources: readonly RulesSource[]): RulesSource[] {
  const known = readTable();
  if (known.size === 0) return [...sources];
  return sources.map((source) => {
    const json = known.get(sha256(source.text));
    return json === undefined ? source : { ...source, parsed: json };
  });
}

/** Writes the table for the package's rules/ (run by `npm run build` after tsc); returns how many files it holds. */
export function writeParsedRules(): number {
  const texts = filesWithExtensions(BUILTIN_RULES_DIR, ['.yaml', '.yml']).map((f) => readText(join(BUILTIN_RULES_DIR, f), `rules/${f}`));
  const text = tableText(texts);
  const temp = `${PARSED_RULES_FILE}.${process.pid}.tmp`;
  writeFileSync(temp, text);
  renameSync(temp, PARSED_RULES_FILE);
  return parseTable(text).size;
}
