// The front-matter emitter writes exactly what `yaml.stringify` writes with the same options, for generated designs
// and for arbitrary JSON-like data of the front matter's value kinds (so new fields from any stage stay identical).
import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { parse, parseDocument, stringify } from 'yaml';
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { decidedScalar, emittedDirectly, emitYaml, emitsDirectly, quickScalar, readEmittedYaml, YAML_OPTIONS } from '../../src/render/yaml-block.js';
import { splitFrontMatter } from '../../src/implement/front-matter.js';
import { frontMatterFor } from '../../src/render/index.js';
import { frontMatterText } from '../../src/render/frontmatter.js';
import { designFor } from '../../src/design/index.js';
import { testSelection, testSite } from '../design/fixtures.js';

/** Strings that sit on every edge of YAML's plain/quoted rules (indicators, look-alikes of other types, markers). */
const TRICKY = [
  '', ' ', 'a ', ' a', 'a\tb', '\t', 'a\t', 'yes', 'no', 'on', 'off', 'true', 'True', 'TRUE', 'false', 'null', 'Null', 'NULL', '~',
  '0', '-0', '+1', '007', '0x1F', '0o17', '0b101', '1e3', '1E-3', '.5', '5.', '1_000', '.inf', '-.Inf', '.NaN', '1:20', '2024-01-02',
  '- a', '-', '-a', '? x', '?', '?x', ':', 'x:', ':x', 'a: b', 'a:b', 'a #b', 'a#b', '#x', '---', '--- x', '---x', '...', '...x', '%x',
  '@x', '`x', "'x", '"x', "it's", 'say "hi"', '{x}', '[x]', 'x]', ',x', 'x,y', '&x', '*x', '!x', '|x', '>x', '\\', 'a\\b',
  'a\nb', 'a\n', '\nb', 'a \nb', 'a\n\nb', '\u0085', '\u2028x', 'x\u0007', '\u00a0', '\ufeffx', 'é', 'café', '日本', '😀', '\ud800',
  '#1a4d8f', '{colors.surface}', 'Georgia, \'Times New Roman\', serif', 'No-win, no-fee', 'Q&A: what we do', 'x'.repeat(1100),
  `${'word '.repeat(40)}end`,
];

const stringArb = fc.oneof(
  { weight: 4, arbitrary: fc.constantFrom(...TRICKY) },
  { weight: 3, arbitrary: fc.string({ maxLength: 30 }) },
  { weight: 2, arbitrary: fc.string({ unit: 'binary', maxLength: 12 }) },
  { weight: 2, arbitrary: fc.stringMatching(/^[ -~]{0,20}$/) },
  { weight: 1, arbitrary: fc.tuple(fc.constantFrom(...TRICKY), fc.constantFrom(...TRICKY)).map(([a, b]) => `${a}${b}`) },
);

const numberArb = fc.oneof(
  fc.integer(),
  fc.double(),
  fc.constantFrom(0, -0, 1.5, 0.1, 1e21, 1e-7, 9999, Number.MAX_SAFE_INTEGER, -1, 3.14159, 257.1),
);

const scalarArb = fc.oneof(stringArb, numberArb, fc.boolean(), fc.constant(null));

/** Nested maps and lists of the front matter's kinds, including empty ones and keys that need quoting. */
const { value: valueArb } = fc.letrec((tie) => ({
  value: fc.oneof({ depthSize: 'small', withCrossShrink: true }, scalarArb, tie('list'), tie('map')),
  list: fc.array(tie('value'), { maxLength: 4 }),
  map: fc.dictionary(stringArb, tie('value'), { maxKeys: 5 }),
}));

const documentArb = fc.dictionary(stringArb, valueArb, { maxKeys: 8 });

describe('emitYaml', () => {
  it('writes what yaml.stringify writes, for arbitrary JSON-like data', () => {
    fc.assert(
      fc.property(documentArb, (doc) => {
        expect(emitYaml(doc)).toBe(stringify(doc, YAML_OPTIONS));
      }),
      { numRuns: 2000 },
    );
  });

  it('handles the tricky strings itself, as keys and as values at every depth (not only through the fallback)', () => {
    let direct = 0;
    for (const s of TRICKY) {
      const doc = { [s]: s, list: [s, [s], { [s]: s }], nested: { inner: { [s]: [s] } } };
      expect(emitYaml(doc), JSON.stringify(s)).toBe(stringify(doc, YAML_OPTIONS));
      if (emitsDirectly(doc)) direct += 1;
    }
    // Only multi-line, control-character, line-separator and lone-surrogate strings, and keys longer than an
    // implicit key may be, go to the fallback.
    const fallback = (s: string) => /[\x00-\x08\x0a-\x1f\x7f-\x9f\u2028\u2029\u{D800}-\u{DFFF}]/u.test(s) || s.length > 1024;
    expect(direct).toBe(TRICKY.filter((s) => !fallback(s)).length);
  });

  const base = designFor(testSelection(), testSite());

  it('writes front matters of designs directly, with arbitrary names, taglines and copy, and they parse back', () => {
    fc.assert(
      fc.property(stringArb, stringArb, fc.array(fc.record({ title: stringArb, text: stringArb }), { maxLength: 3 }), (name, tagline, items) => {
        const selection = { ...base.selection, copy: { hero: { title: name, lead: tagline, items } } };
        const fm = frontMatterFor({ ...base, selection, site: { ...base.site, name, tagline } });
        // A new field from another stage, of any kind, must not change how the rest is written.
        const extended = { ...fm, 'x-extra': { list: items, empty: [], none: {}, n: 1.25 } };
        for (const doc of [fm, extended]) {
          const text = emitYaml(doc);
          expect(text).toBe(stringify(doc, YAML_OPTIONS));
          expect(parse(text)).toEqual(JSON.parse(JSON.stringify(doc)));
        }
      }),
      { numRuns: 60 },
    );
  });

  it('emits an ordinary design without falling back to yaml', () => {
    const design = designFor(testSelection(), testSite());
    expect(emitsDirectly(frontMatterFor(design))).toBe(true);
  });

  it('writes an empty mapping and undefined values as yaml does', () => {
    expect(emitYaml({})).toBe(stringify({}, YAML_OPTIONS));
    const doc = { a: undefined, b: { c: undefined }, d: [null, 1], e: [[], {}, [[]]] };
    expect(emitYaml(doc)).toBe(stringify(doc, YAML_OPTIONS));
  });
});

describe('emittedDirectly with remembered entries', () => {
  /** Edits a value in place (or gives an edited value for a scalar): what a caller could do to a value already written. */
  const edit = (value: unknown, how: number): unknown => {
    if (Array.isArray(value)) {
      if (how % 4 === 0) value.push(null);
      else if (how % 4 === 1 && value.length > 0) value.pop();
      else if (how % 4 === 2) value.length += 1; // a hole: the fallback's
      else value.reverse();
      return value;
    }
    if (value !== null && typeof value === 'object') {
      const o = value as Record<string, unknown>;
      const keys = Object.keys(o);
      const k = keys[how % Math.max(1, keys.length)];
      if (how % 5 === 0 || k === undefined) o[`k${how}`] = how;
      else if (how % 5 === 1) o[k] = -0;
      else if (how % 5 === 2) o[k] = undefined;
      else if (how % 5 === 3) {
        const v = o[k];
        delete o[k];
        o[k] = v; // the same entries, another order
      } else o[k] = edit(o[k], how + 1);
      return value;
    }
    return typeof value === 'number' ? (Object.is(value, 0) ? -0 : value + 1) : typeof value === 'string' ? `${value} ` : how % 2 === 0 ? null : 0;
  };

  it('writes what it writes without them, for values that recur, come again as copies, or are edited after', () => {
    fc.assert(
      fc.property(
        fc.array(valueArb, { minLength: 1, maxLength: 5 }),
        fc.array(fc.tuple(fc.nat(), fc.nat(), fc.constantFrom('same', 'copy', 'edit')), { minLength: 1, maxLength: 25 }),
        (pool, steps) => {
          const remember = new Set(['a', 'b']);
          for (const [i, how, kind] of steps) {
            const at = i % pool.length;
            if (kind === 'edit') pool[at] = edit(pool[at], how);
            const v = kind === 'copy' ? structuredClone(pool[at]) : pool[at];
            const doc = { first: how, a: v, mid: [how], b: pool[how % pool.length] };
            expect(emittedDirectly(doc, remember)).toBe(emittedDirectly(doc));
          }
        },
      ),
      { numRuns: 500 },
    );
  });

  it('writes every design front matter as without them, components edited or not', () => {
    const site = testSite();
    for (let i = 0; i < 60; i++) {
      const design = designFor(testSelection(), { ...site, domain: `site${i % 7}.example` });
      const fm = frontMatterFor(design);
      if (i % 3 === 1) (fm['components'] as Record<string, Record<string, string>>)['page']!['textColor'] = `{colors.link}`;
      if (i % 5 === 2) (fm['rounded'] as Record<string, string>)['sm'] = '0.5px';
      expect(frontMatterText(fm).yaml).toBe(emitYaml(fm));
      expect(emittedDirectly(fm)).toBe(emitYaml(fm));
    }
  });
});

describe('quickScalar', () => {
  /** Strings shaped like the front matter's: a letter or an indicator first, then ordinary text and YAML's edge cases. */
  const frontMatterLike = fc
    .tuple(
      fc.constantFrom('A', 'z', 'N', 'n', 't', 'T', 'f', 'F', 'Y', 'o', '#', '{', '-', '.', '0', '~', ' ', 'é'),
      fc.array(fc.constantFrom('a', 'e', 'l', 's', 'u', 'r', 'N', 'L', 'x', '0', '9', '.', '-', '+', ' ', ':', '#', ',', "'", '"', '\\', '\t', '\n', 'é', '’', '\u2028', '\ud800', '\u0085', '\u007f', '{', '}'), { maxLength: 14 }),
    )
    .map(([head, rest]) => head + rest.join(''));
  const strings = fc.oneof(stringArb, frontMatterLike, fc.constantFrom('nullish', 'Trueblue', 'falsehood', 'Infinity', 'NaN-free', 'yes-man', 'a: b', 'abcdef:', 'abcdef ', 'abc #def', 'abc#def', '#a:b', '{x} #y'));

  it('gives decideScalar\'s answer wherever it answers, as a key or a value at any indent', () => {
    let answered = 0;
    fc.assert(
      fc.property(strings, fc.boolean(), fc.constantFrom('', '  ', '    ', '      '), (value, implicitKey, indent) => {
        const quick = quickScalar(value);
        if (quick === undefined) return;
        answered++;
        expect(quick).toBe(decidedScalar(value, implicitKey, indent));
      }),
      { numRuns: 20_000 },
    );
    expect(answered).toBeGreaterThan(3000);
  });

  it('answers for most scalars of a generated front matter (names, copy, colours, token references)', () => {
    const scalars: string[] = [];
    const walk = (v: unknown): void => {
      if (typeof v === 'string') scalars.push(v);
      else if (Array.isArray(v)) v.forEach(walk);
      else if (v !== null && typeof v === 'object') for (const [k, x] of Object.entries(v)) (scalars.push(k), walk(x));
    };
    walk(frontMatterFor(designFor(testSelection(), testSite())));
    const quick = scalars.filter((x) => quickScalar(x) !== undefined);
    expect(quick.length / scalars.length).toBeGreaterThan(0.5);
    for (const x of quick) expect(quickScalar(x)).toBe(decidedScalar(x, false, '  '));
  });
});

/** What the implementation stage's YAML read gives (parse-yaml.ts's options), or undefined where it refuses the text. */
function strictParse(text: string): unknown {
  const doc = parseDocument(text, { schema: 'core', version: '1.2', merge: false, uniqueKeys: true, strict: true });
  if (doc.errors.length > 0 || doc.warnings.length > 0) return undefined;
  try {
    return doc.toJS({ maxAliasCount: 0 });
  } catch {
    return undefined;
  }
}

const FIXTURES = join(import.meta.dirname, '..', '..', 'fixtures', 'designs', 'demo');
const fixtureYaml = readdirSync(FIXTURES).map((d) => {
  const file = join(FIXTURES, d, 'DESIGN.md');
  return splitFrontMatter(readFileSync(file, 'utf8'), file).yaml;
});

describe('readEmittedYaml', () => {
  it('reads every generated front matter (the demo fixtures) directly, as yaml reads it', () => {
    expect(fixtureYaml.length).toBeGreaterThan(20);
    for (const text of fixtureYaml) {
      const read = readEmittedYaml(text);
      expect(read).toBeDefined();
      expect(read).toEqual(strictParse(text));
    }
  });

  it('reads back everything emitYaml writes itself, as yaml reads it, for arbitrary JSON-like data', () => {
    fc.assert(
      fc.property(documentArb, (doc) => {
        const text = emitYaml(doc);
        const read = readEmittedYaml(text);
        // __proto__ keys are left to yaml (it defines them as own keys); nothing else may fall back.
        if (emitsDirectly(doc) && !text.includes('__proto__') && !text.startsWith('\uFEFF')) expect(read).toBeDefined();
        if (read !== undefined) expect(read).toEqual(strictParse(text));
      }),
      { numRuns: 2000 },
    );
  });

  it('handles the tricky strings as keys and values at every depth', () => {
    for (const s of TRICKY) {
      const doc = { [s]: s, list: [s, [s], { [s]: s, [`${s}2`]: [s, { [s]: [] }] }], nested: { inner: { [s]: [s] } }, e: [[], {}, [[]]] };
      const text = emitYaml(doc);
      const read = readEmittedYaml(text);
      // A byte-order mark starting the text is dropped by yaml: such text is left to yaml.
      if (emitsDirectly(doc) && !s.startsWith('\uFEFF')) expect(read, JSON.stringify(s)).toEqual(strictParse(text));
      else expect(read, JSON.stringify(s)).toBeUndefined();
    }
  });

  it('gives what yaml gives, or hands the text to yaml, for any edit of a generated front matter', () => {
    const edits = ['delete', 'duplicate', 'indent', 'outdent', 'insert', 'replace'] as const;
    fc.assert(
      fc.property(
        fc.nat(fixtureYaml.length - 1),
        fc.nat(),
        fc.nat(),
        fc.constantFrom(...edits),
        fc.constantFrom(' ', ':', '-', '"', '#', 'x', '\\', '{', '[', '\t', '\n', ': ', '- ', '&a', '*a', '!!str ', '? '),
        (which, lineAt, charAt, edit, piece) => {
          const lines = fixtureYaml[which]!.split('\n');
          const i = lineAt % Math.max(1, lines.length - 1);
          const line = lines[i]!;
          const at = charAt % (line.length + 1);
          if (edit === 'delete') lines.splice(i, 1);
          else if (edit === 'duplicate') lines.splice(i, 0, line);
          else if (edit === 'indent') lines[i] = ` ${line}`;
          else if (edit === 'outdent') lines[i] = line.replace(/^ /, '');
          else if (edit === 'insert') lines[i] = line.slice(0, at) + piece + line.slice(at);
          else lines[i] = line.slice(0, at) + piece + line.slice(at + 1);
          const text = lines.join('\n');
          const read = readEmittedYaml(text);
          if (read !== undefined) expect(read).toEqual(strictParse(text));
        },
      ),
      { numRuns: 3000 },
    );
    // ~9 s on an idle machine (each run parses a 20 KB front matter with yaml twice): room for a loaded 2-core CI.
  }, 300_000);

  it('hands text in any other form to yaml: flow collections, comments, other quoting, other indents', () => {
    for (const text of ['a: {b: 1}\n', 'a: 1 # c\n', "a: 'x'\n", 'a:\n    b: 1\n', 'a:\n- 1\n', 'a: 0x10\n', 'a: ~\n', 'a: 1\na: 2\n', 'a: 1', '"__proto__": 1\n', '---\na: 1\n', '\uFEFFa: 1\n']) {
      expect(readEmittedYaml(text), JSON.stringify(text)).toBeUndefined();
    }
    expect(readEmittedYaml('a:\n  - b: 1\n    c:\n      - - 2\n        - {}\n')).toEqual({ a: [{ b: 1, c: [[2, {}]] }] });
  });
});
