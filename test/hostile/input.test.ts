// Hostile input: encodings, prototype keys, terminal escapes, huge values, look-alike domains, a DESIGN.md naming another
// domain, floods of bad rows, odd command lines. Each case: exit code, message, no stack, sentinel folder untouched.
import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { resolveWorkers } from '../../src/pipeline/build.js';
import { runCli } from '../helpers/project.js';
import { cleanScratch, copyProject, runCase, scratch, writeFiles, type HostileCase } from './harness.js';

afterAll(cleanScratch);

const ONE = { 'batches/b.txt': 'smithlaw.com\n' };
const latin1 = (text: string): Buffer => Buffer.from(text, 'latin1');
const utf16le = (text: string, bom: boolean): Buffer => Buffer.concat([bom ? Buffer.from([0xff, 0xfe]) : Buffer.alloc(0), Buffer.from(text, 'utf16le')]);
const utf16be = (text: string): Buffer => Buffer.concat([Buffer.from([0xfe, 0xff]), Buffer.from(text, 'utf16le').swap16()]);
const ESC = '\u001b';
const noRawControls = (_ctx: unknown, r: { stdout: string; stderr: string }): void => {
  expect(r.stderr + r.stdout).not.toMatch(/[\u0000-\u0008\u000b-\u001f\u007f-\u009f\u202a-\u202e\u2066-\u2069]/);
};

let verified: string;
beforeAll(async () => {
  verified = scratch('verified-in');
  writeFiles(verified, ONE);
  expect((await runCli(['build', '--batch', 'b', '--workers', '0'], verified)).code).toBe(0);
}, 120_000);

const designOf = (project: string): string => join(project, 'designs/b/smithlaw.com/DESIGN.md');

const encodings: HostileCase[] = [
  { name: 'a Latin-1 CSV batch', files: { 'batches/b.csv': latin1('domain,name\nsmithlaw.com,Café Müller\n') }, args: ['generate', '--batch', 'b'], code: 2, stderr: /batches\/b\.csv:2:17: Unexpected ISO-8859-1 \(Latin-1\) text: byte 0xE9 at line 2, byte 17 is not UTF-8; expected UTF-8 \(a byte order mark is fine\) \(save the file as UTF-8/ },
  { name: 'a Windows-1252 text batch', files: { 'batches/b.txt': latin1('smithlaw.com # \u0093quoted\u0094\n') }, args: ['generate', '--batch', 'b'], code: 2, stderr: /batches\/b\.txt:1:16: Unexpected Windows-1252 text: byte 0x93/ },
  { name: 'a UTF-16LE YAML batch with a byte order mark', files: { 'batches/b.yaml': utf16le('sites:\n  - domain: smithlaw.com\n', true) }, args: ['generate', '--batch', 'b'], code: 2, stderr: /batches\/b\.yaml:1:1: Unexpected UTF-16LE \(with a byte order mark\) text: starts with its byte order mark/ },
  { name: 'a UTF-16BE YAML batch with a byte order mark', files: { 'batches/b.yaml': utf16be('sites:\n  - domain: smithlaw.com\n') }, args: ['generate', '--batch', 'b'], code: 2, stderr: /Unexpected UTF-16BE \(with a byte order mark\) text/ },
  { name: 'a UTF-16LE YAML batch without a byte order mark', files: { 'batches/b.yaml': utf16le('sites:\n  - domain: smithlaw.com\n', false) }, args: ['generate', '--batch', 'b'], code: 2, stderr: /batches\/b\.yaml:1:2: Unexpected UTF-16LE \(without a byte order mark\) text: byte 0x00 at line 1, byte 2/ },
  { name: 'a UTF-8 batch with a byte order mark is fine', files: { 'batches/b.yaml': Buffer.concat([Buffer.from([0xef, 0xbb, 0xbf]), Buffer.from('sites:\n  - domain: smithlaw.com\n')]) }, args: ['generate', '--batch', 'b'], code: 0, stdout: /1 written/ },
  { name: 'binary data named as a batch', files: { 'batches/b.txt': Buffer.from([0x73, 0x00, 0x01, 0x02, 0xff, 0x0a]) }, args: ['generate', '--batch', 'b'], code: 2, stderr: /Unexpected binary data \(it holds NUL bytes\) text/ },
  { name: 'an overlong UTF-8 sequence', files: { 'batches/b.txt': Buffer.from([0x61, 0x2e, 0x63, 0x6f, 0x6d, 0x0a, 0xc0, 0xaf, 0x0a]) }, args: ['generate', '--batch', 'b'], code: 2, stderr: /batches\/b\.txt:2:1: .*byte 0xC0 at line 2, byte 1 is not UTF-8/ },
  { name: 'an encoded UTF-16 surrogate', files: { 'batches/b.txt': Buffer.from([0x61, 0xed, 0xa0, 0x80, 0x2e, 0x63, 0x6f, 0x6d, 0x0a]) }, args: ['generate', '--batch', 'b'], code: 2, stderr: /byte 0xED at line 1, byte 2 is not UTF-8/ },
  { name: 'a Latin-1 rules file', files: { ...ONE, 'rules/mine.yaml': latin1('lexicon:\n  keywords:\n    legal: [café]\n') }, args: ['generate', '--batch', 'b'], code: 2, stderr: /rules\/mine\.yaml:3:16: Unexpected ISO-8859-1 \(Latin-1\) text/ },
  { name: 'a UTF-16 config', files: { ...ONE, 'wdm.config.yaml': utf16le('concurrency: 4\n', true) }, args: ['generate', '--batch', 'b'], code: 2, stderr: /wdm\.config\.yaml:1:1: Unexpected UTF-16LE/ },
  {
    name: 'a Latin-1 DESIGN.md (implement)',
    setup: () => {
      const copy = copyProject(verified, 'latin-design');
      const text = readFileSync(designOf(copy), 'utf8').replace('name: ', 'name: Caf\u00e9 ');
      writeFileSync(designOf(copy), latin1(text));
      return copy;
    },
    args: ['implement', '--batch', 'b', '--workers', '0'],
    code: 2,
    stderr: /designs\/b\/smithlaw\.com\/DESIGN\.md:\d+:\d+: Unexpected ISO-8859-1 \(Latin-1\) text/,
  },
];

const keys: HostileCase[] = [
  { name: 'category: constructor', files: { 'batches/b.yaml': 'sites:\n  - domain: smithlaw.com\n    category: constructor\n' }, args: ['generate', '--batch', 'b'], code: 1, stderr: /batches\/b\.yaml:2: found the unknown category "constructor", expected one of accounting/ },
  { name: 'category: __proto__', files: { 'batches/b.yaml': 'sites:\n  - domain: smithlaw.com\n    category: __proto__\n' }, args: ['generate', '--batch', 'b'], code: 1, stderr: /Unexpected category "__proto__", expected a lower-case id/ },
  { name: 'category: toString', files: { 'batches/b.yaml': 'sites:\n  - domain: smithlaw.com\n    category: toString\n' }, args: ['generate', '--batch', 'b'], code: 1, stderr: /Unexpected category "toString"/ },
  { name: 'category: hasownproperty (lower case)', files: { 'batches/b.csv': 'domain,category\nsmithlaw.com,hasownproperty\n' }, args: ['generate', '--batch', 'b'], code: 1, stderr: /unknown category "hasownproperty"/ },
  { name: 'a row key __proto__', files: { 'batches/b.yaml': 'sites:\n  - domain: smithlaw.com\n    __proto__: { category: legal }\n' }, args: ['generate', '--batch', 'b'], code: 1, stderr: /Unexpected key "__proto__", expected one of domain, category/ },
  { name: 'a row key constructor', files: { 'batches/b.json': '{"sites":[{"domain":"smithlaw.com","constructor":"x"}]}' }, args: ['generate', '--batch', 'b'], code: 1, stderr: /Unexpected key "constructor"/ },
  { name: 'a CSV column __proto__', files: { 'batches/b.csv': 'domain,__proto__\nsmithlaw.com,x\n' }, args: ['generate', '--batch', 'b'], code: 2, stderr: /Unexpected column "__proto__" in the header/ },
  { name: 'the domain constructor.com is just a domain', files: { 'batches/b.txt': 'constructor.com\ntostring.com\n' }, args: ['generate', '--batch', 'b'], code: 0, stdout: /2 written/ },
  { name: 'a rules keyword named constructor', files: { 'batches/b.txt': 'constructor.com\n', 'rules/mine.yaml': 'lexicon:\n  keywords:\n    legal: [constructor]\n' }, args: ['explain', 'constructor.com', '--json'], code: 0, stdout: /"id": "legal"/ },
  { name: 'a rules category named __proto__', files: { ...ONE, 'rules/mine.yaml': 'categories:\n  __proto__:\n    tone: warm\n' }, args: ['generate', '--batch', 'b'], code: 2, stderr: /rules\/mine\.yaml:2/ },
  { name: 'explain --category constructor', args: ['explain', 'smithlaw.com', '--category', 'constructor'], code: 2, stderr: /unknown category "constructor"/ },
  { name: 'explain --category __proto__', args: ['explain', 'smithlaw.com', '--category', '__proto__'], code: 2, stderr: /--category: Unexpected category "__proto__"/ },
  { name: 'explain --category toString', args: ['explain', 'smithlaw.com', '--category', 'toString'], code: 2, stderr: /--category: Unexpected category "toString"/ },
  { name: 'config key __proto__', files: { ...ONE, 'wdm.config.yaml': '__proto__: { concurrency: 1 }\n' }, args: ['generate', '--batch', 'b'], code: 2, stderr: /wdm\.config\.yaml:1: __proto__: Unknown setting __proto__/ },
  { name: 'config key constructor', files: { ...ONE, 'wdm.config.yaml': 'constructor: 1\n' }, args: ['generate', '--batch', 'b'], code: 2, stderr: /Unknown setting constructor/ },
  { name: 'config registry.__proto__', files: { ...ONE, 'wdm.config.yaml': 'registry:\n  __proto__: { flushEvery: 1 }\n' }, args: ['generate', '--batch', 'b'], code: 2, stderr: /Unknown setting registry\.__proto__/ },
];

const echo: HostileCase[] = [
  { name: 'terminal escapes in a name', files: { 'batches/b.yaml': `sites:\n  - domain: smithlaw.com\n    name: "Evil${ESC}[2J${ESC}]0;pwned\\u0007"\n` }, args: ['generate', '--batch', 'b'], code: 1, stderr: /Unexpected control character U\+001B in name "Evil\\u\{001B\}\[2J/, after: noRawControls },
  { name: 'a C1 control (8-bit CSI) in a tagline', files: { 'batches/b.yaml': 'sites:\n  - domain: smithlaw.com\n    tagline: "a\\u009b31mred"\n' }, args: ['generate', '--batch', 'b'], code: 1, stderr: /U\+009B/, after: noRawControls },
  { name: 'a right-to-left override in a domain', files: { 'batches/b.txt': 'smith\u202elaw.com\n' }, args: ['generate', '--batch', 'b'], code: 1, stderr: /bidirectional control character U\+202E/, after: noRawControls },
  { name: 'terminal escapes in a config key', files: { ...ONE, 'wdm.config.yaml': `"${ESC}[31mred": 1\n` }, args: ['generate', '--batch', 'b'], code: 2, stderr: /Unknown setting \\u\{001B\}\[31mred/, after: noRawControls },
  { name: 'terminal escapes in --batch', args: ['generate', '--batch', `${ESC}]0;x${ESC}\\`], code: 2, stderr: /Unexpected batch id "\\u001b\]0;x\\u001b/, after: noRawControls },
  { name: 'terminal escapes in an explained name', args: ['explain', 'smithlaw.com', '--name', `a${ESC}[2Jb`], code: 2, stderr: /--name: Unexpected control character U\+001B/, after: noRawControls },
  {
    name: 'a 10,000-character domain is shown shortened with its length',
    files: { 'batches/b.txt': `${'a'.repeat(10_000)}.com\n` },
    args: ['generate', '--batch', 'b'],
    code: 1,
    stderr: /"a{79}… \(10,004 characters\)"/,
    after: (_c, r) => expect(r.stderr.length).toBeLessThan(1200),
  },
  {
    name: 'a 10,000-character name is refused in a few hundred bytes',
    files: { 'batches/b.yaml': `sites:\n  - domain: smithlaw.com\n    name: ${'x'.repeat(10_000)}\n` },
    args: ['generate', '--batch', 'b'],
    code: 1,
    stderr: /Unexpected name of 10000 characters, expected at most 80/,
    after: (_c, r) => expect(r.stderr.length).toBeLessThan(600),
  },
];

const lookalikes: HostileCase[] = [
  { name: 'a Cyrillic а among Latin letters is flagged, naming it', files: { 'batches/b.txt': '\u0430pple.com\n' }, args: ['generate', '--batch', 'b'], code: 0, stderr: /^Warnings in batches\/b\.txt:\n {2}batches\/b\.txt:1: Unexpected look-alike domain "\u0430pple\.com" \(xn--pple-43d\.com\): label "\u0430pple" mixes scripts: "\u0430" U\+0430 \(Cyrillic\) among Latin letters/ },
  { name: 'confusables: reject refuses it', files: { 'batches/b.txt': '\u0430pple.com\nsmithlaw.com\n', 'wdm.config.yaml': 'confusables: reject\n' }, args: ['generate', '--batch', 'b'], code: 1, stderr: /Rejected rows in batches\/b\.txt:\n {2}batches\/b\.txt:1: Unexpected look-alike domain/, stdout: /1 written, 0 unchanged, 1 rejected/ },
  { name: 'a whole-script Cyrillic look-alike of a Latin word', files: { 'batches/b.txt': '\u0455\u0441\u043e\u0440\u0435.com\n' }, args: ['generate', '--batch', 'b'], code: 0, stderr: /written in Cyrillic letters that all look like Latin ones: it reads as "scope"/ },
  { name: 'Greek omicrons in a Latin name', files: { 'batches/b.txt': 'g\u03bf\u03bfgle.com\n' }, args: ['generate', '--batch', 'b'], code: 0, stderr: /"\u03bf" U\+03BF \(Greek\) among Latin letters/ },
  { name: 'real IDNs in one script are not flagged', files: { 'batches/b.txt': 'b\u00e4ckerei-m\u00fcller.de\n\u043f\u0440\u0438\u0432\u0435\u0442.\u0440\u0444\n\u3072\u3089\u304c\u306a\u6f22\u5b57.jp\n' }, args: ['generate', '--batch', 'b'], code: 0, stderr: /^$/, stdout: /3 written/ },
];

const designs: HostileCase[] = [
  {
    name: 'a DESIGN.md naming another domain (implement)',
    setup: () => {
      const copy = copyProject(verified, 'other-domain');
      writeFileSync(designOf(copy), readFileSync(designOf(copy), 'utf8').replace('domain: smithlaw.com', 'domain: attacker.example'));
      return copy;
    },
    args: ['implement', '--batch', 'b', '--workers', '0'],
    code: 1,
    stderr: /x-wdm\.domain: Unexpected domain "attacker\.example" in the DESIGN\.md of smithlaw\.com, expected smithlaw\.com \(the domain of its folder\)/,
  },
  {
    name: 'a DESIGN.md naming another domain (verify)',
    setup: () => {
      const copy = copyProject(verified, 'other-domain-v');
      writeFileSync(designOf(copy), readFileSync(designOf(copy), 'utf8').replace('domain: smithlaw.com', 'domain: attacker.example'));
      return copy;
    },
    args: ['verify', '--batch', 'b'],
    code: 1,
    stderr: /Unexpected domain "attacker\.example" in the DESIGN\.md of smithlaw\.com/,
  },
  {
    name: 'a DESIGN.md with ---js front matter is never run',
    setup: () => {
      const copy = copyProject(verified, 'js');
      writeFileSync(designOf(copy), '---js\nrequire("fs").writeFileSync("/tmp/pwned", "x")\n---\n# x\n');
      return copy;
    },
    args: ['implement', '--batch', 'b', '--workers', '0'],
    code: 1,
    stderr: /DESIGN\.md/,
  },
];

const floods: HostileCase[] = [
  {
    name: '10,000 copies of one row: one group with its count',
    files: { 'batches/b.txt': 'smithlaw.com\n'.repeat(10_000) },
    args: ['generate', '--batch', 'b'],
    code: 1,
    stderr: /^Rejected rows in batches\/b\.txt:\n {2}batches\/b\.txt:2: Unexpected duplicate of "smithlaw\.com" \(first on line 1\).* \[9999 rows: lines 2, 3, 4, 5, 6 and 9994 more\]\n$/,
    stdout: /1 written, 0 unchanged, 9999 rejected/,
  },
  {
    name: '300 different bad rows: 20 shown, the rest counted',
    files: { 'batches/b.txt': Array.from({ length: 300 }, (_, i) => `bad_${i}.com`).join('\n') },
    args: ['generate', '--batch', 'b'],
    code: 1,
    stderr: /\n {2}\.\.\. and 280 more rejected rows for 280 other reasons \(--json lists them all\)\n$/,
    after: (_c, r) => expect(r.stderr.split('\n').length).toBe(23),
  },
];

const commandLine: HostileCase[] = [
  { name: '--batch with a path', files: ONE, args: ['generate', '--batch', '../../etc/passwd'], code: 2, stderr: /Unexpected batch id|No batch file/ },
  { name: '--shard 3/2', files: ONE, args: ['generate', '--batch', 'b', '--shard', '3/2'], code: 2, stderr: /Unexpected --shard 3\/2/ },
  { name: '--workers 65', files: ONE, args: ['build', '--batch', 'b', '--workers', '65'], code: 2, stderr: /Unexpected --workers 65/ },
  { name: '--concurrency 0', files: ONE, args: ['generate', '--batch', 'b', '--concurrency', '0'], code: 2, stderr: /Unexpected --concurrency 0/ },
  { name: '--out naming a file', files: { ...ONE, 'out.txt': 'x' }, args: ['generate', '--batch', 'b', '--out', 'out.txt'], code: 2, stderr: /out\.txt is a file, expected a folder/ },
  { name: 'explain a URL', args: ['explain', 'https://smithlaw.com/x'], code: 2, stderr: /Unexpected URL/ },
  { name: 'registry merge of its own registry', files: ONE, setup: ({ project }) => writeFiles(project, { '.wdm/registry/b.jsonl': '' }), args: ['registry', 'merge', '.'], code: 2, stderr: /own registry folder/ },
  { name: 'an unknown command', args: ['destroy'], code: 2, stderr: /Unknown argument|Unknown command|destroy/ },
  { name: 'a config concurrency far out of range', files: { ...ONE, 'wdm.config.yaml': `concurrency: ${'9'.repeat(400)}\n` }, args: ['generate', '--batch', 'b'], code: 2, stderr: /for concurrency, expected a whole number from 1 to 256/, after: (_c, r) => expect(r.stderr.length).toBeLessThan(400) },
];

describe('hostile input', () => {
  for (const [group, cases] of Object.entries({ encodings, keys, echo, lookalikes, designs, floods, commandLine })) {
    it.each(cases.map((c) => [c.name, c] as const))(`${group}: %s`, async (_name, c) => {
      await runCase(c);
    });
  }

  it.each([
    [64, 1, 2, 1],
    [64, 0, 2, 0],
    [64, 500, 2, 2],
    [2, 500, 16, 2],
    [64, 500, 64, 8],
  ])('--workers %i for %i site(s) on %i cores starts min(asked, sites, cores, memory) threads', (asked, sites, cores, expected) => {
    // 8 workers' worth of free memory (2 GiB at 256 MiB each, half kept free).
    expect(resolveWorkers(asked, sites, ['implement'], cores, 2 * 8 * 256 * 1024 * 1024)).toBe(expected);
  });
});
