// Rules → Selection for one site: category (given or inferred), its defaults, the cascade, name, tagline and copy.
import { ownValue } from '../shared/own.js';
import type { PhotoNeed, RuleTraceStep, Selection, Site } from '../shared/types.js';
import { applyCascade } from './cascade.js';
import { siteCopyFor, substituteName } from './copy.js';
import { asSentence, readsAsHeadline } from './sentences.js';
import { deriveName, describeSplit, splitLabels, type DerivedName } from './displayName.js';
import { craftFor } from './craft.js';
import { iconsFor } from './icons.js';
import { domainParts } from './domainParts.js';
import { inferCategory, type Inference } from './infer.js';
import { keywordIndex } from './keywords.js';
import type { CategoryRule, RuleSet } from './ruleSet.js';
import { lineageOf } from './tree.js';
import { copyBlockFor } from './copy.js';
import { contentPlanFor } from './facts.js';
import { copyInEnglish, englishOfSite, inEnglishKeeping, type English } from './english.js';

export interface SelectOptions {
  /** Keep sections that lack their facts as visibly labelled samples (the project's `placeholders: true`). */
  placeholders?: boolean;
  /** false: leave the trace out (empty): generate, build and check never read it, and `explain` asks for it. */
  trace?: boolean;
  /** The English of the rules' own text on the page (the project's `english`): British as written, or American. */
  english?: English;
}

export function selectFor(site: Site, rules: RuleSet, options: SelectOptions = {}): { selection: Selection; trace: RuleTraceStep[] } {
  const split = splitLabels(site.domain, rules);
  const inference = inferCategory(site.domain, rules, site.category, split);
  const { category, words } = inference;
  const base = ownValue(rules.categories, category);
  if (!base) throw new Error(`selectFor: category ${category} vanished after inference`);
  const index = keywordIndex(rules);
  const lineage = lineageOf(rules, category);
  const withTrace = options.trace !== false;
  const { result, trace: cascadeTrace } = applyCascade(base, rules.cascade, { category, lineage, words, tld: domainParts(site.domain).tld }, index, withTrace);

  const derived = site.name === undefined ? deriveName(site.domain, rules, split) : undefined;
  const name = site.name ?? derived?.name ?? site.domain;
  const palette: Selection['palette'] = {
    strategy: result.palette.strategy,
    hue: [...result.palette.hue],
    chroma: [...result.palette.chroma],
    neutralHue: result.palette.neutralHue,
    neutralChroma: result.palette.neutralChroma,
  };
  if (site.brandColor !== undefined) palette.brandColor = site.brandColor;

  // Which sections the facts allow (rules/sections.yaml): decided before the copy, so nothing else ever sees a
  // section the page will not carry.
  const isSampleCopy = (id: string): boolean => (copyBlockFor(rules, category, id) as { sample?: unknown } | undefined)?.sample === true;
  const plan = contentPlanFor(
    {
      category,
      lineage,
      sections: result.layout.sections,
      facts: site.facts,
      placeholders: options.placeholders === true,
      isSampleCopy,
    },
    rules.content,
  );
  // A business that gave no address is not sent looked for: "Find us" over a form becomes "Get in touch".
  const stock = siteCopyFor(rules, category, plan.sections, name, words, site.domain, site.facts?.address !== undefined);
  for (const id of plan.content.samples) {
    const block = stock[id];
    if (block) block.sample = true;
  }
  for (const [id, fact] of Object.entries(plan.filledFrom)) {
    const block = stock[id];
    if (!block) continue;
    block.items = [];
    block.from = fact;
    delete block.sample;
    // A sample section's lead says what goes there ("Sample team: the people ... go here"): once the business's own
    // facts fill it, that sentence would be printed above them. The title and the facts speak for themselves.
    if (isSampleCopy(id)) block.lead = '';
  }
  // The About lead introduces the business's own story ("Who bakes at {name}, and how."), beside its story or its
  // photo; without either the section is left out (rules/sections.yaml), or shown as a labelled sample whose lead
  // says what goes there.
  const copy = iconsFor(withTagline(stock, site.tagline), plan.sections, lineage, rules);
  // American English after the icons were chosen by the rules' own (British) words; the name and a given tagline
  // are the user's, printed as given.
  // A country's TLD decides the English of its site (.co.uk British, .us American); other TLDs take the project's.
  const english = englishOfSite(options.english ?? 'gb', site.domain);
  const keep = [name, ...(site.tagline === undefined ? [] : [site.tagline.trim(), asSentence(site.tagline)])];
  copyInEnglish(copy.copy, english, keep);

  const selection: Selection = {
    domain: site.domain,
    name,
    nameSource: site.name === undefined ? 'derived' : 'given',
    tagline: site.tagline ?? inEnglishKeeping(substituteName(result.tagline, name), english, [name]),
    taglineSource: site.tagline === undefined ? 'rules' : 'given',
    category,
    categoryLabel: inEnglishKeeping(result.label, english, []),
    categorySource: inference.source,
    ...(inference.given === undefined ? {} : { givenCategory: { id: inference.given, label: inEnglishKeeping(ownValue(rules.categories, inference.given)?.label ?? inference.given, english, []) } }),
    family: lineage[0] ?? category,
    lineage,
    inferredFrom: inference.inferredFrom,
    words,
    tone: result.tone,
    palette,
    typography: {
      pairings: result.typography.pairings.map((id) => {
        const pairing = ownValue(rules.fonts, id);
        if (!pairing) throw new Error(`selectFor: font pairing ${id} missing; validation should have caught it`);
        return { ...pairing };
      }),
      scale: result.typography.scale,
      base: result.typography.base,
    },
    shape: { ...result.shape },
    layout: { template: result.layout.template, sections: plan.sections },
    copy: copy.copy,
    // The voice words and the photo brief are the site's too ("organized", "racks of tires" on an American site).
    voice: result.voice.map((word) => inEnglishKeeping(word, english, [])),
    content: english === 'us' ? { ...plan.content, photos: plan.content.photos.map((p) => photoInEnglish(p, english, name)) } : plan.content,
  };
  if (english === 'us') selection.english = 'us';
  if (site.facts !== undefined) selection.facts = site.facts;
  const craft = craftFor(result.layout.template, lineage, rules);
  if (craft) selection.craft = craft;
  const guidance = guidanceFor(rules, selection.lineage ?? [category], name);
  if (guidance !== undefined) {
    selection.guidance = english === 'us' ? { imagery: inEnglishKeeping(guidance.imagery, english, [name]), icons: inEnglishKeeping(guidance.icons, english, [name]), voice: inEnglishKeeping(guidance.voice, english, [name]) } : guidance;
  }
  if (!withTrace) return { selection, trace: [] };
  const categoryStep: RuleTraceStep = {
    rule: `${rules.categoryFiles[category] ?? 'rules'}#categories.${category}`,
    because: [categoryReason(inference)],
    set: flatten(base),
  };
  return { selection, trace: [...(derived ? [nameStep(derived)] : []), categoryStep, ...cascadeTrace] };
}

/**
 * The batch's own words first: a given tagline is the hero's headline when it reads as one, else the first words of
 * its lead (a sentence, ended properly); the stock line it replaces is dropped, never the tagline.
 */
function withTagline(copy: Selection['copy'], tagline: string | undefined): Selection['copy'] {
  const hero = copy['hero'];
  if (tagline === undefined || tagline.trim() === '' || !hero) return copy;
  if (readsAsHeadline(tagline)) hero.title = tagline.trim();
  else hero.lead = asSentence(tagline);
  return copy;
}

/** Why the derived name reads as it does: each word, what it is and its cost (-ln p), and the split it beat. */
function nameStep(derived: DerivedName): RuleTraceStep {
  return {
    rule: 'rules/lexicon.yaml#name',
    because: [`label "${derived.label}" (${derived.labelSource === 'subdomain' ? "the site's own subdomain label" : 'the registrable label'})`, `words ${describeSplit(derived.pieces)}`],
    set: { name: derived.name },
  };
}

function categoryReason(inference: Inference): string {
  const quote = (from: readonly string[]): string => from.map((w) => `"${w}"`).join(', ');
  const steps = inference.refinedBy.map((step) => `; ${step.category} by ${quote(step.from)}`).join('');
  switch (inference.source) {
    case 'given':
      return inference.given === undefined ? `category = ${inference.category} (given in the batch)` : `category = ${inference.category} (given in the batch as ${inference.given}${steps})`;
    case 'inferred':
      return `category = ${inference.category} (inferred from ${quote(inference.inferredFrom)}${steps})`;
    case 'default':
      return `category = ${inference.category} (default: no keyword or TLD hint in "${inference.words.join(' ')}")`;
  }
}

/** Category defaults as dotted paths, the same form cascade rules use. */
function flatten(category: CategoryRule): Record<string, unknown> {
  const out: Record<string, unknown> = {};
  const walk = (value: unknown, prefix: string): void => {
    if (value !== null && typeof value === 'object' && !Array.isArray(value)) {
      for (const [key, item] of Object.entries(value)) walk(item, prefix ? `${prefix}.${key}` : key);
    } else {
      out[prefix] = structuredClone(value);
    }
  };
  walk(category, '');
  return out;
}

/** The most specific category of the lineage with guidance, else `general`'s, with the name filled in. */
function guidanceFor(rules: RuleSet, lineage: readonly string[], name: string): Selection['guidance'] {
  const id = [...lineage].reverse().find((c) => Object.hasOwn(rules.guidance, c)) ?? (Object.hasOwn(rules.guidance, 'general') ? 'general' : undefined);
  if (id === undefined) return undefined;
  const g = rules.guidance[id] as RuleSet['guidance'][string];
  return { imagery: substituteName(g.imagery, name), icons: substituteName(g.icons, name), voice: substituteName(g.voice, name) };
}

/** A photo need's words (what it shows, where it goes, how to write its alt text) in `english`, the name kept. */
function photoInEnglish(photo: PhotoNeed, english: English, name: string): PhotoNeed {
  const words = (text: string) => inEnglishKeeping(text, english, [name]);
  return { ...photo, subject: words(photo.subject), place: words(photo.place), alt: words(photo.alt) };
}
