// Property: whatever the command line, the CLI never shows a stack trace, and a usage error (exit 2) writes nothing.
import { mkdirSync } from 'node:fs';
import { join } from 'node:path';
import fc from 'fast-check';
import { afterAll, describe, expect, it } from 'vitest';
import { COMMANDS } from '../../src/cli/commands.js';
import { readTree, removeTempProjects, runCli, tempProject } from '../helpers/project.js';

afterAll(removeTempProjects);

const FILES = { 'batches/a.txt': 'smithlaw.com\n', 'notes/README.md': 'a subfolder to run from\n' };
const STACK = /\n\s+at .*:\d+:\d+/;

const commandNames = COMMANDS.map((c) => c.name);
const flags = [...new Set(COMMANDS.flatMap((c) => c.options.flatMap((o) => [`--${o.name}`, ...(o.aliases ?? []).map((a) => `--${a}`), ...(o.negatable ? [`--no-${o.name}`] : []), ...(o.short ? [`-${o.short}`] : [])])))];
// Near misses and things users type: typos, flags of other tools, values of every shape.
const typos = ['--bach', '--dry-run', '--concurency', '--Batch', '-x', '--', '--=', '---all', '--no-json', '--version', '-V', '--help=no'];
const values = ['a', 'b', 'x', '1/2', '0/0', '3', '0', '-1', '99999', 'auto', '#fa0', 'red', '', ' ', 'I', 'done', 'text', 'markdown', 'merge', 'a,b', '..', '/', 'smithlaw.com', 'http://x.com/', 'Evil\u202eCorp', 'caf\u00e9.de', '\u0000', 'über'];

const word = fc.oneof(
  { weight: 4, arbitrary: fc.constantFrom(...flags) },
  { weight: 2, arbitrary: fc.constantFrom(...typos) },
  { weight: 4, arbitrary: fc.constantFrom(...values) },
  { weight: 1, arbitrary: fc.string({ maxLength: 8 }) },
  { weight: 1, arbitrary: fc.tuple(fc.constantFrom(...flags), fc.constantFrom(...values)).map(([f, v]) => `${f}=${v}`) },
);
const command = fc.oneof(
  { weight: 6, arbitrary: fc.constantFrom(...commandNames) },
  { weight: 1, arbitrary: fc.constantFrom('generat', 'biuld', 'help', '--help', '--version', 'GENERATE', '') },
);
const argv = fc.tuple(command, fc.array(word, { maxLength: 5 })).map(([c, rest]) => [c, ...rest]);

describe('the command line, on generated argv', () => {
  it('never prints a stack trace, and writes nothing when it exits 2', async () => {
    await fc.assert(
      fc.asyncProperty(argv, fc.boolean(), async (args, fromSubfolder) => {
        const dir = tempProject(FILES);
        const before = readTree(dir);
        const cwd = fromSubfolder ? join(dir, 'notes') : dir;
        mkdirSync(cwd, { recursive: true });
        const r = await runCli(args, cwd);
        expect(r.stderr).not.toMatch(STACK);
        expect(r.stderr).not.toContain('internal error');
        expect([0, 1, 2]).toContain(r.code);
        if (r.code === 2) {
          expect(r.stderr).not.toBe('');
          expect(readTree(dir)).toEqual(before);
        }
        removeTempProjects();
      }),
      { numRuns: 70, seed: 20261130, endOnFailure: true },
    );
  }, 240_000);
});
