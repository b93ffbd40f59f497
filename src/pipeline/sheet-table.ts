// The built-in site stylesheets' breakpoints, read by `npm run build` (dist/sheet-breakpoints.tsv) and matched to the
// sheets read now by sha256, so generating a DESIGN.md does not load css-tree to learn what the build knew.
import { readFileSync, renameSync, writeFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { join } from 'node:path';
import { sha256 } from '../shared/hash.js';
import { sheetBreakpointsCode, sheetBreakpointsOf, type Breakpoints, type KnownSheets } from '../render/site-facts.js';
import { BUILTIN_TEMPLATES_DIR, PACKAGE_DIR } from './sources.js';
import { filesWithExtensions, readText } from './files.js';

export const SHEET_TABLE_FILE = join(PACKAGE_DIR, 'dist', 'sheet-breakpoints.tsv');

/** The format, the code that reads a sheet and css-tree's version: a table made by anything else is not used. */
function header(): string {
  let version = 'unknown';
  try {
    const pkg = createRequire(import.meta.url)('css-tree/package.json') as { version?: unknown };
    if (typeof pkg.version === 'string') version = pkg.version;
  } catch {
    // No version: the header still names the format and the code.
  }
  return `wdm-sheet-breakpoints 1 ${sheetBreakpointsCode()} css-tree@${version}`;
}

const numbers = (v: unknown): v is number[] => Array.isArray(v) && v.every((n) => typeof n === 'number' && Number.isFinite(n));

function breakpointsFrom(json: string): Breakpoints | undefined {
  let v: unknown;
  try {
    v = JSON.parse(json);
  } catch {
    return undefined;
  }
  if (v === null || typeof v !== 'object' || Array.isArray(v)) return undefined;
  const b = v as Record<string, unknown>;
  const columns = b['columnsFrom'];
  if (!numbers(b['minWidths']) || !numbers(b['maxWidths']) || typeof b['singleColumnBase'] !== 'boolean') return undefined;
  if (columns === null || typeof columns !== 'object' || Array.isArray(columns) || !numbers(Object.values(columns))) return undefined;
  return { minWidths: b['minWidths'], maxWidths: b['maxWidths'], singleColumnBase: b['singleColumnBase'], columnsFrom: { ...(columns as Record<number, number>) } };
}

/** sha256 of a sheet → its breakpoints. A foreign, torn or garbled table is an empty one: sheets are parsed. */
export function parseSheetTable(text: string): Map<string, Breakpoints> {
  const found = new Map<string, Breakpoints>();
  const lines = text.split('\n');
  if (lines[0] !== header() || lines[lines.length - 1] !== '') return found;
  for (const line of lines.slice(1, -1)) {
    const tab = line.indexOf('\t');
    const hash = line.slice(0, tab);
    const value = tab === 64 && /^[0-9a-f]{64}$/.test(hash) ? breakpointsFrom(line.slice(tab + 1)) : undefined;
    if (value === undefined) return new Map();
    found.set(hash, value);
  }
  return found;
}

/** The table's text for these stylesheets. */
export function sheetTableText(sheets: readonly string[]): string {
  const lines = [header()];
  const seen = new Set<string>();
  for (const sheet of sheets) {
    const hash = sha256(sheet);
    if (seen.has(hash)) continue;
    seen.add(hash);
    lines.push(`${hash}\t${JSON.stringify(sheetBreakpointsOf(sheet))}`);
  }
  return `${lines.join('\n')}\n`;
}

let table: KnownSheets | undefined;

/** The build's table, read once per process (empty when missing or not this build's). */
export function knownSheets(): KnownSheets {
  if (table !== undefined) return table;
  let text = '';
  try {
    text = readFileSync(SHEET_TABLE_FILE, 'utf8');
  } catch {
    // No table: every sheet is parsed.
  }
  return (table = parseSheetTable(text));
}

/** Writes the table for the package's templates (run by `npm run build` after tsc); returns how many sheets it holds. */
export function writeSheetTable(): number {
  const sheets = filesWithExtensions(BUILTIN_TEMPLATES_DIR, ['.css']).map((f) => readText(join(BUILTIN_TEMPLATES_DIR, f), `templates/${f}`));
  const text = sheetTableText(sheets);
  const temp = `${SHEET_TABLE_FILE}.${process.pid}.tmp`;
  writeFileSync(temp, text);
  renameSync(temp, SHEET_TABLE_FILE);
  return parseSheetTable(text).size;
}
