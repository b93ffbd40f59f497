// Build step after tsc: stores the built-in rules files' parsed values (dist/rules-parsed.tsv) so that commands
// need not parse their YAML at start-up. Safe to skip: without the table, rules are parsed as before.
import { writeParsedRules } from '../dist/pipeline/rules-parsed.js';

const count = writeParsedRules();
console.log(`rules-table: ${count} built-in rules files stored parsed`);
