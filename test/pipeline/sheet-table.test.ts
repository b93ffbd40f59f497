// The build's table of the built-in stylesheets' breakpoints: read back exactly as css-tree reads each sheet, and
// used only when whole and made by this code and css-tree version.
import { readdirSync, readFileSync } from 'node:fs';
import { isDeepStrictEqual } from 'node:util';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { parseSheetTable, sheetTableText } from '../../src/pipeline/sheet-table.js';
import { BUILTIN_TEMPLATES_DIR } from '../../src/pipeline/sources.js';
import { sheetBreakpointsOf } from '../../src/render/site-facts.js';
import { sha256 } from '../../src/shared/hash.js';

const sheets = readdirSync(BUILTIN_TEMPLATES_DIR, { recursive: true, encoding: 'utf8' })
  .filter((f) => f.endsWith('.css'))
  .sort()
  .map((f) => readFileSync(join(BUILTIN_TEMPLATES_DIR, f), 'utf8'));

describe('stylesheet breakpoints table', () => {
  it('gives back what css-tree reads from every built-in sheet', () => {
    const table = parseSheetTable(sheetTableText(sheets));
    expect(table.size).toBe(new Set(sheets.map((s) => sha256(s))).size);
    expect(sheets.some((s) => sheetBreakpointsOf(s).minWidths.length > 0)).toBe(true);
    for (const sheet of sheets) expect(isDeepStrictEqual(table.get(sha256(sheet)), sheetBreakpointsOf(sheet))).toBe(true);
  });

  it('trusts nothing from a torn, foreign or garbled table', () => {
    const whole = sheetTableText(sheets.slice(0, 3));
    expect(parseSheetTable(whole).size).toBe(3);
    expect(parseSheetTable(whole.slice(0, -1)).size).toBe(0);
    expect(parseSheetTable(whole.replace('wdm-sheet-breakpoints 1 ', 'wdm-sheet-breakpoints 1 0')).size).toBe(0);
    expect(parseSheetTable(whole.replace(/css-tree@[^\n]+/, 'css-tree@0.0.1')).size).toBe(0);
    expect(parseSheetTable(whole.replace('"singleColumnBase":', '"singleColumnBase":"x","y":')).size).toBe(0);
    expect(parseSheetTable(whole.replace('"minWidths":[', '"minWidths":["640",')).size).toBe(0);
    expect(parseSheetTable(`${whole}garbage\n`).size).toBe(0);
    expect(parseSheetTable('').size).toBe(0);
  });
});
