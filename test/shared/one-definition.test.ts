// A guard over the source text: each piece of knowledge issue 8 found kept twice (edit distance, custom-property
// names, culori's modes, WCAG luminance, number rounding, front-matter splitting, generic font families, confined
// reads) has ONE definition in src/, and a second one written later fails here, naming the files.
import { readdirSync, readFileSync } from 'node:fs';
import { join, relative } from 'node:path';
import { describe, expect, it } from 'vitest';

const ROOT = join(import.meta.dirname, '..', '..');
const SRC = join(ROOT, 'src');

function sourceFiles(dir: string): string[] {
  const out: string[] = [];
  for (const entry of readdirSync(dir, { withFileTypes: true }).sort((a, b) => (a.name < b.name ? -1 : 1))) {
    const path = join(dir, entry.name);
    if (entry.isDirectory()) out.push(...sourceFiles(path));
    else if (entry.name.endsWith('.ts')) out.push(path);
  }
  return out;
}

const FILES = sourceFiles(SRC).map((path) => ({ file: relative(ROOT, path).split('\\').join('/'), text: readFileSync(path, 'utf8') }));

/** Every `file: line` where the pattern matches (comment lines are skipped: a comment may name what it replaces). */
function occurrences(pattern: RegExp): string[] {
  const hits: string[] = [];
  for (const { file, text } of FILES) {
    text.split('\n').forEach((line, i) => {
      if (/^\s*(\/\/|\*|\/\*)/.test(line)) return;
      if (pattern.test(line)) hits.push(`${file}:${i + 1}`);
    });
  }
  return hits;
}

const filesOf = (hits: readonly string[]): string[] => [...new Set(hits.map((h) => h.slice(0, h.indexOf(':'))))];

describe('one definition of each piece of knowledge in src/', () => {
  it('finds the source files it scans', () => {
    expect(FILES.length).toBeGreaterThan(100);
  });

  it('edit distance and did-you-mean are defined once (src/shared/did-you-mean.ts)', () => {
    expect(filesOf(occurrences(/\b(function|const|let)\s+(editDistance|levenshtein|damerau)\w*\b/i))).toEqual(['src/shared/did-you-mean.ts']);
    expect(filesOf(occurrences(/\bfunction\s+editDistance\b/))).toEqual(['src/shared/did-you-mean.ts']);
    expect(filesOf(occurrences(/\bfunction\s+didYouMean\b/))).toEqual(['src/shared/did-you-mean.ts']);
  });

  it('culori is imported, and its modes registered, in one colour module (src/design/culori.ts)', () => {
    expect(filesOf(occurrences(/\buseMode\(/))).toEqual(['src/design/culori.ts']);
    expect(filesOf(occurrences(/from\s+'culori/))).toEqual(['src/design/culori.ts']);
  });

  it('WCAG relative luminance is culori\'s, never written out by hand', () => {
    expect(occurrences(/0\.2126|0\.7152|0\.0722|0\.04045|0\.03928/)).toEqual([]);
  });

  it('the CSS custom-property names of tokens are built in one place (src/implement/css-names.ts)', () => {
    expect(filesOf(occurrences(/--(color|font|text|space|radius|shadow)-\$\{/))).toEqual(['src/implement/css-names.ts']);
  });

  it('numbers are rounded to a precision by the formatters of src/shared/format.ts only', () => {
    // `Math.round(x * 100) / 100`, `Math.round(value * f) / f`: a rounding helper written again.
    expect(occurrences(/Math\.round\([^;]*\*\s*(?:10+|f)\s*\)\s*\/\s*(?:10+|f)\b/).filter((h) => !h.startsWith('src/shared/format.ts:'))).toEqual([]);
    expect(occurrences(/\b(function|const)\s+(round|round1|round2|fixed|floor2|formatNumber)\b/).filter((h) => !h.startsWith('src/shared/format.ts:'))).toEqual([]);
    expect(occurrences(/\.toFixed\(/).filter((h) => !h.startsWith('src/shared/format.ts:'))).toEqual([]);
  });

  it('front matter is split from a DESIGN.md by src/implement/front-matter.ts only', () => {
    // A regular expression or an indexOf looking for the `---` lines (a diff's `--- ` header is another thing).
    expect(filesOf(occurrences(/\/\^---|indexOf\(['"`]\\n---/)).filter((f) => f !== 'src/implement/front-matter.ts')).toEqual([]);
    expect(filesOf(occurrences(/\bfunction\s+splitFrontMatter\b/))).toEqual(['src/implement/front-matter.ts']);
  });

  it('the CSS generic font families are listed once (src/rules/font-families.ts)', () => {
    expect(filesOf(occurrences(/'ui-sans-serif'/))).toEqual(['src/rules/font-families.ts']);
  });

  it('files are read confined (no symbolic link, regular file, size cap) by src/registry/confine.ts only', () => {
    expect(occurrences(/\bfunction\s+readConfined\b/)).toEqual([]);
    expect(filesOf(occurrences(/O_RDONLY\s*\|\s*(?:constants\.)?O_NOFOLLOW/))).toEqual(['src/registry/confine.ts']);
  });
});
