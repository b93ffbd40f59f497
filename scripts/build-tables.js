// Build step after tsc: stores what start-up would otherwise work out again in every process, matched later by the
// sha256 of the source text: the built-in rules files' parsed values (dist/rules-parsed.tsv) and the built-in site
// stylesheets' breakpoints (dist/sheet-breakpoints.tsv). Safe to skip: without the tables, the sources are parsed.
import { writeParsedRules } from '../dist/pipeline/rules-parsed.js';
import { writeSheetTable } from '../dist/pipeline/sheet-table.js';

const rules = writeParsedRules();
const sheets = writeSheetTable();
console.log(`build-tables: ${rules} rules files stored parsed, ${sheets} stylesheets' breakpoints stored`);
