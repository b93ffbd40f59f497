// Load rules files in order (built-in first, then the user's), merge them, and validate the result as a whole.
import type * as v from 'valibot';
import { WdmError, type ErrorCode, type Place } from '../shared/errors.js';
import type { FontPairing } from '../shared/types.js';
import { mergeSame, Origins } from './merge.js';
import { nullRecord, ownValue, setOwn } from '../shared/own.js';
import type { SameType } from '../shared/schema.js';
import { check, INVALID, pathText, type Path, type SchemaIssue, type Spec } from './schema.js';
import { categorySpec, COPY_DEFAULTS, fileSpec, fontSpec, guidanceSpec } from './ruleSchema.js';
import { referenceProblems } from './references.js';
import { dropWhatOverReplaced } from './copy.js';
import type { CascadeRule, CategoryRule, CopySections, Lexicon, PartialCopyBlock, RuleSet } from './ruleSet.js';
import { resolveTree } from './tree.js';
import { compositionRuleSpec, craftProblems, imageryRuleSpec, type IconRules } from './craftSchema.js';
import { parseSource, type ParsedSource } from './yamlSource.js';
import { normaliseContentRules, type ContentSpecOutput } from './facts.js';

export interface RulesSource {
  /** Shown in messages: `rules/categories.yaml`, or the user's project-relative path. */
  file: string;
  text: string;
  /**
   * The value the YAML parser gives for exactly this `text`, as JSON, when the build stored it (built-in files):
   * parsing the YAML is most of the cost of loading rules. The caller vouches for the match (by the text's hash).
   */
  parsed?: string;
}

export interface Problem {
  code: ErrorCode;
  /** Merged path (`categories.legal.tone`); located in its file by the collector. */
  path: Path;
  message: string;
  hint?: string;
}

/**
 * One file's content once checked in `partial` mode: a map of categories, fonts or guidance may still lack required
 * keys (another file, or a parent category, gives them), so those stay unknown until the merged check.
 */
const CONTENT_KEYS = ['sections', 'essentials', 'schemaTypes', 'organizationTypes', 'photoSlots', 'photoSubjects'] as const satisfies readonly (keyof ContentSpecOutput)[];

// Every key of the content schema is merged: a key added to contentSpec must be added to CONTENT_KEYS.
true satisfies SameType<(typeof CONTENT_KEYS)[number], keyof ContentSpecOutput>;

/** `from[key]` merged onto `into[key]` (deep, by own keys; lists and scalars replaced), when `from` gives it. */
function mergeKey<T extends object, K extends keyof T>(into: T, from: T, key: K): void {
  const over = from[key];
  if (over !== undefined) into[key] = mergeSame(into[key], over);
}

type FileContent = Omit<v.InferOutput<typeof fileSpec>, 'categories' | 'fonts' | 'guidance'> & {
  categories?: Record<string, unknown>;
  fonts?: Record<string, unknown>;
  guidance?: Record<string, unknown>;
};

/**
 * Every problem of a set of rules files, and the merged rules when there are none. Files are applied in the order
 * given: later files extend and override earlier ones.
 */
export function validateRules(sources: readonly RulesSource[]): { rules: RuleSet | undefined; problems: WdmError[] } {
  const problems: WdmError[] = [];
  const origins = new Origins();
  const reported: string[] = [];
  // Null-prototype records: keys come from user files, and `constructor` or `__proto__` must be plain keys there.
  const merged = {
    categories: nullRecord<unknown>(),
    fonts: nullRecord<unknown>(),
    copy: nullRecord<CopySections>(),
    imagery: nullRecord<unknown>(),
    compositions: nullRecord<unknown>(),
    guidance: nullRecord<unknown>(),
  };
  const lexicon: Lexicon = { keywords: nullRecord<string>(), generic: [], tlds: nullRecord<Lexicon['tlds'][string]>(), regional: nullRecord<Record<string, string>>(), acronyms: [], standaloneAcronyms: [], spellings: nullRecord<string>(), hostLabels: [], plainWords: [] };
  const generic = new Set<string>();
  // Word lists add up across files (a project adds its own acronyms); spellings merge by word, later files winning.
  const wordLists = { acronyms: new Set<string>(), standaloneAcronyms: new Set<string>(), hostLabels: new Set<string>(), plainWords: new Set<string>() };
  const cascade: CascadeRule[] = [];
  const icons: Partial<IconRules> = {};
  // Its keys are the schema's (fixed); what they hold is merged key by key, later files winning, like the tables.
  const contentRules: ContentSpecOutput = {};

  const add = (code: ErrorCode, place: Place, message: string, hint?: string): void => {
    problems.push(new WdmError(code, message, place, hint));
    if (place.path) reported.push(place.path);
  };

  for (const { file, text, parsed } of sources) {
    const source = parseSource(file, text, parsed);
    for (const error of source.errors) add('E_RULES_PARSE', { file, ...(error.line ? { line: error.line } : {}) }, error.message, 'fix the YAML syntax');
    if (source.errors.length > 0 || source.value === null || source.value === undefined) continue;
    const issues: SchemaIssue[] = [];
    const content = check(fileSpec, source.value, [], (issue) => issues.push(issue), 'partial');
    for (const issue of issues) add('E_RULES_SCHEMA', placeIn(source, issue.path), issue.message, issue.hint);
    if (content === INVALID) continue;
    mergeFile(source, content as FileContent);
  }

  function mergeFile(source: ParsedSource, content: FileContent): void {
    for (const part of ['categories', 'fonts', 'copy', 'lexicon', 'cascade', 'icons', 'imagery', 'compositions', 'content', 'guidance'] as const) {
      if (content[part] !== undefined && !origins.has([part])) origins.set([part], { source, filePath: [part] });
    }
    const mergeTable = <T>(part: string, into: Record<string, T>, from: Readonly<Record<string, T>> | undefined): void => {
      for (const [key, value] of Object.entries(from ?? {})) {
        setOwn(into, key, mergeSame(ownValue(into, key), value));
        origins.setTree([part, key], value, { source, filePath: [part, key] });
      }
    };
    mergeTable('categories', merged.categories, content.categories);
    mergeTable('fonts', merged.fonts, content.fonts);
    mergeTable('copy', merged.copy, content.copy);
    // A later file's own title or lead drops the alternatives (and guide) of the files before it, as a subcategory's
    // drops its family's. The merged blocks are new objects wherever a file before this one had the block (deepMerge
    // copies each map it merges into), so no parsed source is changed.
    for (const [category, sections] of Object.entries(content.copy ?? {})) {
      const into = ownValue(merged.copy, category);
      if (into === undefined) continue;
      for (const [section, over] of Object.entries(sections ?? {})) {
        const block = ownValue(into as Record<string, PartialCopyBlock>, section);
        if (block !== undefined && over !== undefined && block !== over) dropWhatOverReplaced(block, over);
      }
    }
    mergeTable('imagery', merged.imagery, content.imagery);
    mergeTable('compositions', merged.compositions, content.compositions);
    for (const key of ['keywords', 'sections', 'categories'] as const) {
      const value = content.icons?.[key];
      if (value === undefined) continue;
      // Each table separately: TypeScript keeps the key's own type only for a literal key.
      if (key === 'keywords') icons.keywords = mergeSame(icons.keywords, content.icons?.keywords ?? {});
      if (key === 'sections') icons.sections = mergeSame(icons.sections, content.icons?.sections ?? {});
      if (key === 'categories') icons.categories = mergeSame(icons.categories, content.icons?.categories ?? {});
      origins.setTree(['icons', key], value, { source, filePath: ['icons', key] });
    }
    for (const key of CONTENT_KEYS) mergeKey(contentRules, content.content ?? {}, key);
    for (const [key, value] of Object.entries(content.content ?? {})) origins.setTree(['content', key], value, { source, filePath: ['content', key] });
    mergeTable('guidance', merged.guidance, content.guidance);
    const owner = new Map<string, string>();
    for (const [category, words] of Object.entries(content.lexicon?.keywords ?? {})) {
      origins.set(['lexicon', 'keywords', category], { source, filePath: ['lexicon', 'keywords', category] });
      words.forEach((word, i) => {
        const earlier = owner.get(word);
        if (earlier !== undefined && earlier !== category) {
          add('E_RULES_SCHEMA', placeIn(source, ['lexicon', 'keywords', category, i]), `found "${word}" under both ${earlier} and ${category}, expected each keyword under one category`, 'a keyword decides one category; keep it where it fits best');
          return;
        }
        owner.set(word, category);
        setOwn(lexicon.keywords, word, category);
      });
    }
    if (content.lexicon?.generic) origins.set(['lexicon', 'generic'], { source, filePath: ['lexicon', 'generic'] });
    for (const word of content.lexicon?.generic ?? []) generic.add(word);
    for (const key of ['acronyms', 'standaloneAcronyms', 'hostLabels', 'plainWords'] as const) {
      if (content.lexicon?.[key]) origins.set(['lexicon', key], { source, filePath: ['lexicon', key] });
      for (const word of content.lexicon?.[key] ?? []) wordLists[key].add(word);
    }
    for (const [word, spelling] of Object.entries(content.lexicon?.spellings ?? {})) {
      origins.set(['lexicon', 'spellings', word], { source, filePath: ['lexicon', 'spellings', word] });
      lexicon.spellings[word] = spelling;
    }
    for (const [tld, hint] of Object.entries(content.lexicon?.tlds ?? {})) {
      origins.setTree(['lexicon', 'tlds', tld], hint, { source, filePath: ['lexicon', 'tlds', tld] });
      setOwn(lexicon.tlds, tld, hint);
    }
    // Regional readings merge by country, then by keyword: a later file adds a keyword or moves it.
    for (const [country, words] of Object.entries(content.lexicon?.regional ?? {})) {
      const into = Object.hasOwn(lexicon.regional, country) ? (lexicon.regional[country] as Record<string, string>) : nullRecord<string>();
      for (const [keyword, category] of Object.entries(words)) {
        origins.set(['lexicon', 'regional', country, keyword], { source, filePath: ['lexicon', 'regional', country, keyword] });
        setOwn(into, keyword, category);
      }
      setOwn(lexicon.regional, country, into);
    }
    (content.cascade ?? []).forEach((rule, i) => {
      origins.setTree(['cascade', cascade.length], rule, { source, filePath: ['cascade', i] });
      cascade.push({ ...rule, file: source.file });
    });
  }

  function placeIn(source: ParsedSource, path: Path): Place {
    const line = source.lineOf(path);
    return { file: source.file, ...(line !== undefined ? { line } : {}), path: pathText(path) };
  }

  // Paths found invalid in their own file: the merged checks below do not report them again as missing.
  const invalidPaths = [...reported];
  const locate = (path: Path): Place => {
    const where = origins.locate(path);
    if (!where) return { path: pathText(path) };
    return { file: where.file, ...(where.line !== undefined ? { line: where.line } : {}), path: where.path };
  };
  const whole = (problem: Problem): void => {
    const place = locate(problem.path);
    // A value already reported as wrong in its file is not reported again as missing.
    if (invalidPaths.some((p) => place.path !== undefined && (place.path === p || place.path.startsWith(`${p}.`)))) return;
    add(problem.code, place, problem.message, problem.hint);
  };

  // The tree first: a subcategory gets its parent's fields, then required keys are checked on the result (a user
  // file, or a subcategory, may give only the fields it changes).
  const tree = resolveTree(merged.categories);
  for (const problem of tree.problems) whole(problem);
  // What the complete checks give is typed by the schemas; it is used only when they reported nothing.
  const categories: Record<string, CategoryRule> = {};
  for (const [id, value] of Object.entries(tree.resolved)) {
    if (tree.broken.has(id)) continue;
    const category = check(categorySpec, value, ['categories', id], (issue) => whole({ code: 'E_RULES_SCHEMA', ...issue }), 'complete');
    if (category !== INVALID) categories[id] = category;
  }
  const fonts: Record<string, FontPairing> = {};
  for (const [id, value] of Object.entries(merged.fonts)) {
    const font = check(fontSpec, value, ['fonts', id], (issue) => whole({ code: 'E_RULES_SCHEMA', ...issue }), 'complete');
    if (font !== INVALID) fonts[id] = { id, ...font };
  }
  // Per-category tables are checked again once merged (a file may give part of an entry that an earlier file
  // completes), only when the files had no problem (a value dropped there would be reported again as missing), and
  // reported after the cross-checks: an entry for an unknown category says so first.
  const tableProblems: Problem[] = [];
  const table = <S extends Spec>(part: 'imagery' | 'compositions' | 'guidance', spec: S): Record<string, v.InferOutput<S>> => {
    const out: Record<string, v.InferOutput<S>> = {};
    if (problems.length > 0) return out;
    for (const [id, value] of Object.entries(merged[part])) {
      const entry = check(spec, value, [part, id], (issue) => tableProblems.push({ code: 'E_RULES_SCHEMA', ...issue }), 'complete');
      if (entry !== INVALID) out[id] = entry;
    }
    return out;
  };
  const imagery = table('imagery', imageryRuleSpec);
  const compositions = table('compositions', compositionRuleSpec);
  const guidance = table('guidance', guidanceSpec);

  const rules: RuleSet = {
    categories: sortedRecord(categories),
    categoryFiles: sortedRecord(Object.fromEntries(Object.keys(merged.categories).map((id) => [id, origins.fileOf(['categories', id]) ?? '']))),
    fonts: sortedRecord(fonts),
    lexicon: {
      keywords: sortedRecord(lexicon.keywords),
      generic: [...generic].sort(),
      tlds: sortedRecord(lexicon.tlds),
      regional: sortedRecord(Object.fromEntries(Object.entries(lexicon.regional).map(([country, words]) => [country, sortedRecord(words)]))),
      acronyms: [...wordLists.acronyms].sort(),
      standaloneAcronyms: [...wordLists.standaloneAcronyms].sort(),
      spellings: sortedRecord(lexicon.spellings),
      hostLabels: [...wordLists.hostLabels].sort(),
      plainWords: [...wordLists.plainWords].sort(),
    },
    copy: {
      defaults: ownValue(merged.copy, COPY_DEFAULTS) ?? {},
      categories: sortedRecord(Object.fromEntries(Object.entries(merged.copy).filter(([k]) => k !== COPY_DEFAULTS))),
    },
    cascade,
    content: normaliseContentRules(contentRules),
    icons: {
      keywords: sortedRecord(icons.keywords ?? {}),
      sections: sortedRecord(icons.sections ?? {}),
      categories: sortedRecord(icons.categories ?? {}),
    },
    imagery: sortedRecord(imagery),
    compositions: sortedRecord(compositions),
    guidance: sortedRecord(guidance),
  };
  if (problems.length === 0) for (const problem of [...referenceProblems(rules), ...craftProblems(rules), ...tableProblems]) whole(problem);
  return { rules: problems.length === 0 ? rules : undefined, problems };
}

/** The merged rules, or one WdmError listing every problem (E_RULES_PARSE when any file is not YAML). */
export function loadRules(sources: readonly RulesSource[]): RuleSet {
  const { rules, problems } = validateRules(sources);
  if (rules && problems.length === 0) return rules;
  const [first] = problems;
  if (problems.length === 1 && first) throw first;
  const code: ErrorCode = problems.some((p) => p.code === 'E_RULES_PARSE') ? 'E_RULES_PARSE' : 'E_RULES_SCHEMA';
  const lines = problems.map((p) => `  ${p.format()}`);
  throw new WdmError(code, `${problems.length} problems in the rules files:\n${lines.join('\n')}`, first?.place ?? {}, 'fix each problem listed; they are in file order');
}

/** Sorted keys, no prototype: `rules.categories['constructor']` is undefined unless a file defines that category. */
function sortedRecord<T>(record: Record<string, T>): Record<string, T> {
  const out = nullRecord<T>();
  for (const key of Object.keys(record).sort()) setOwn(out, key, record[key] as T);
  return out;
}

