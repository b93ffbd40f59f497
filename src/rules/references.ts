// Cross-checks on merged rules: every id a rule names exists, every section has copy, every cascade path is settable.
import * as v from 'valibot';
import { ACTIONS, copyBlockFor, copyProblems, POINTS_DOWN, resolveAction, unknownPlaceholders } from './copy.js';
import { suggestion } from './didYouMean.js';
import type { Problem } from './load.js';
import { COPY_DEFAULTS, SETTABLE_PATHS } from './ruleSchema.js';
import type { CopySections, RuleSet } from './ruleSet.js';
import { check, pathText, type Path } from './schema.js';
import { DEFAULTS_KEY, sectionsWithoutFacts } from './facts.js';
import { SECTION_IDS } from '../shared/vocabulary.js';
import { categoryChoices } from './tree.js';

const TEXTS = v.array(v.string());

/** The category used when nothing else decides; it must exist. */
export const DEFAULT_CATEGORY = 'general';

export function referenceProblems(rules: RuleSet): Problem[] {
  const problems: Problem[] = [];
  const ref = (path: Path, message: string, hint?: string): void => {
    problems.push({ code: 'E_RULES_SCHEMA', path, message, ...(hint ? { hint } : {}) });
  };
  const categoryIds = Object.keys(rules.categories);
  const fontIds = Object.keys(rules.fonts);
  const unknownCategory = (path: Path, id: string, what: string): void =>
    ref(path, `${what} names the unknown category "${id}", expected ${categoryChoices(rules)}`, suggestion(id, categoryIds));

  if (!rules.categories[DEFAULT_CATEGORY]) ref(['categories'], `found no category "${DEFAULT_CATEGORY}", expected one: it is the fallback when nothing in a domain decides`);

  const checkPairings = (path: Path, ids: readonly string[]): void =>
    ids.forEach((id, i) => {
      if (!rules.fonts[id]) ref([...path, i], `found the unknown font pairing "${id}", expected one of ${fontIds.join(', ')}`, suggestion(id, fontIds));
    });
  const checkSections = (path: Path, sections: readonly string[], categories: readonly string[], shape = true): void => {
    if (shape && (sections[0] !== 'hero' || sections[sections.length - 1] !== 'contact')) {
      ref(path, `found sections ${sections.join(', ')}, expected a list starting with hero and ending with contact`);
    }
    for (const category of categories) {
      // The page left when the business gives no facts depends on the category, not on the section: once each.
      const bare = sectionsWithoutFacts(sections, rules.content, (id) => copyBlockFor(rules, category, id)?.sample === true);
      const pages = bare.length === sections.length ? [sections] : [sections, bare];
      for (const section of sections) {
        // The block as a business with an address sees it, and as one without (its `withoutAddress` lines).
        const block = copyBlockFor(rules, category, section);
        const unplaced = block?.withoutAddress === undefined ? undefined : copyBlockFor(rules, category, section, false);
        for (const [variant, which] of [[block, ''], [unplaced, ' (without an address)']] as const) {
          if (variant === undefined && which !== '') continue;
          for (const problem of copyProblems(section, variant)) {
            ref(path, `section "${section}" of category ${category}${which} has ${problem}`, `add it under copy.${category}.${section} or copy.${COPY_DEFAULTS}.${section}`);
          }
        }
        // Every call to action must land on a section of this page: its target, or the fallback the data names;
        // also on the page left when the business gives no facts (rules/sections.yaml drops what only facts fill),
        // whichever lines the business's address leaves.
        if (!pages.some((page) => page.includes(section))) continue;
        for (const action of ACTIONS) {
          if (action.section !== section || !block) continue;
          pages: for (const page of pages) {
            if (!page.includes(section)) continue;
            for (const [variant, whichLines] of [[block, ''], [unplaced, ', without an address']] as const) {
              if (variant === undefined) continue;
              const resolved = resolveAction(variant, action, page);
              // An optional button (the hero's second) may go where the facts thin the page, not from the full layout.
              if (resolved && 'missing' in resolved && !(action.optional && page !== sections)) {
                const which = page === sections ? `sections: ${page.join(', ')}` : `sections without the business's facts: ${page.join(', ')}`;
                ref(path, `category ${category}: the ${section} section's ${resolved.missing} (${which}${whichLines})`, `set copy.${category}.${section}.${action.fallback} to a section on the page, or change ${action.target}`);
                break pages;
              }
            }
          }
        }
      }
    }
  };

  for (const [id, category] of Object.entries(rules.categories)) {
    // A value a subcategory inherits unchanged is reported once, where it is written (at the ancestor).
    const parent = category.parent === undefined ? undefined : rules.categories[category.parent];
    const own = (pick: (c: typeof category) => unknown): boolean => parent === undefined || JSON.stringify(pick(parent)) !== JSON.stringify(pick(category));
    if (own((c) => c.typography.pairings)) checkPairings(['categories', id, 'typography', 'pairings'], category.typography.pairings);
    // Copy can differ per subcategory, so every category's sections are checked for copy; the list's shape once.
    checkSections(['categories', id, 'layout', 'sections'], category.layout.sections, [id], own((c) => c.layout.sections));
    const [low, high] = category.palette.chroma;
    if (low > high && own((c) => c.palette.chroma)) ref(['categories', id, 'palette', 'chroma'], `found the chroma range [${low}, ${high}], expected the lower bound first`);
    if (own((c) => c.tagline)) for (const placeholder of unknownPlaceholders(category.tagline)) ref(['categories', id, 'tagline'], `found the placeholder ${placeholder}, expected only {name}`);
  }

  for (const [word, category] of Object.entries(rules.lexicon.keywords)) {
    if (!rules.categories[category]) unknownCategory(['lexicon', 'keywords', category], category, `the keyword "${word}"`);
  }
  rules.lexicon.generic.forEach((word) => {
    if (rules.lexicon.keywords[word] === undefined) {
      ref(['lexicon', 'generic'], `found the generic word "${word}" that no category lists, expected each generic word under lexicon.keywords`);
    }
  });
  rules.lexicon.plainWords.forEach((word) => {
    if (rules.lexicon.keywords[word] !== undefined) {
      ref(['lexicon', 'plainWords'], `found the plain word "${word}" that is also a keyword of ${rules.lexicon.keywords[word]}, expected a word that names no trade`);
    }
  });
  for (const [tld, hint] of Object.entries(rules.lexicon.tlds)) {
    if (!rules.categories[hint.category]) unknownCategory(['lexicon', 'tlds', tld, 'category'], hint.category, `the TLD hint .${tld}`);
  }
  for (const [country, words] of Object.entries(rules.lexicon.regional)) {
    for (const [keyword, category] of Object.entries(words)) {
      if (rules.lexicon.keywords[keyword] === undefined) {
        ref(['lexicon', 'regional', country, keyword], `found the regional reading of "${keyword}", which is no keyword, expected a keyword of lexicon.keywords (a regional reading moves a keyword, it adds none)`);
      } else if (!rules.categories[category]) unknownCategory(['lexicon', 'regional', country, keyword], category, `the regional reading of "${keyword}" in .${country}`);
    }
  }

  for (const [key, sections] of Object.entries(rules.copy.categories)) {
    if (!rules.categories[key]) {
      ref(['copy', key], `found copy for the unknown category "${key}", expected ${COPY_DEFAULTS} or ${categoryChoices(rules)}`, suggestion(key, [COPY_DEFAULTS, ...categoryIds]));
    }
    checkPlaceholders(['copy', key], sections);
  }
  checkPlaceholders(['copy', COPY_DEFAULTS], rules.copy.defaults);

  // Tables keyed by category: a misspelt key would never apply, silently.
  for (const key of Object.keys(rules.guidance)) {
    if (!rules.categories[key]) unknownCategory(['guidance', key], key, 'the guidance entry');
  }
  const contentTables = [
    ['essentials', rules.content.essentials],
    ['schemaTypes', rules.content.schemaTypes],
    ['photoSubjects', rules.content.photoSubjects],
  ] as const;
  for (const [table, entries] of contentTables) {
    for (const key of Object.keys(entries)) {
      if (key !== DEFAULTS_KEY && !rules.categories[key]) {
        ref(['content', table, key], `the ${table} entry names the unknown category "${key}", expected ${DEFAULTS_KEY} or ${categoryChoices(rules)}`, suggestion(key, [DEFAULTS_KEY, ...categoryIds]));
      }
    }
  }
  const slots = Object.keys(rules.content.photoSlots);
  for (const [key, subjects] of Object.entries(rules.content.photoSubjects)) {
    for (const slot of Object.keys(subjects)) {
      if (!slots.includes(slot)) ref(['content', 'photoSubjects', key, slot], `found a subject for the unknown photo slot "${slot}", expected one of ${slots.join(', ')}`, suggestion(slot, slots));
    }
  }
  for (const section of Object.keys(rules.content.sections)) {
    if (!(SECTION_IDS as readonly string[]).includes(section)) {
      ref(['content', 'sections', section], `found the unknown section "${section}", expected one of ${SECTION_IDS.join(', ')}`, suggestion(section, SECTION_IDS));
    }
  }
  for (const [slot, def] of Object.entries(rules.content.photoSlots)) {
    (def.when ?? []).forEach((section, i) => {
      if (!(SECTION_IDS as readonly string[]).includes(section)) {
        ref(['content', 'photoSlots', slot, 'when', i], `found the unknown section "${section}", expected one of ${SECTION_IDS.join(', ')}`, suggestion(section, SECTION_IDS));
      }
    });
  }

  const ruleIds = new Set<string>();
  rules.cascade.forEach((rule, i) => {
    const at: Path = ['cascade', i];
    if (ruleIds.has(rule.id)) ref([...at, 'id'], `found the rule id "${rule.id}" a second time, expected unique ids`, 'rename one; a later rule already wins over an earlier one');
    ruleIds.add(rule.id);
    for (const [j, id] of (rule.match.category ?? []).entries()) {
      if (!rules.categories[id]) unknownCategory([...at, 'match', 'category', ...(rule.match.category?.length === 1 ? [] : [j])], id, `rule "${rule.id}"`);
    }
    const reach = (rule.match.category ?? categoryIds).filter((id) => rules.categories[id]);
    for (const [path, value] of Object.entries(rule.set)) {
      const spec = SETTABLE_PATHS.get(path);
      if (!spec) {
        ref([...at, 'set', path], `found the unknown path "${path}", expected one of ${[...SETTABLE_PATHS.keys()].join(', ')}`, suggestion(path, SETTABLE_PATHS.keys()));
        continue;
      }
      let valid = true;
      check(spec, value, [...at, 'set', path], (issue) => {
        valid = false;
        problems.push({ code: 'E_RULES_SCHEMA', ...issue });
      }, 'complete');
      if (!valid) continue;
      // The path's spec has passed; the guards only tell TypeScript what it holds (a list of texts, a text).
      if (path === 'typography.pairings' && v.is(TEXTS, value)) checkPairings([...at, 'set', path], value);
      if (path === 'layout.sections' && v.is(TEXTS, value)) checkSections([...at, 'set', path], value, reach);
      if (path === 'tagline' && typeof value === 'string') for (const p of unknownPlaceholders(value)) ref([...at, 'set', path], `found the placeholder ${p}, expected only {name}`);
    }
  });
  return problems;

  function checkPlaceholders(path: Path, sections: CopySections): void {
    for (const [section, block] of Object.entries(sections)) {
      if (block === undefined) continue;
      const unplaced = block.withoutAddress;
      const at = [...path, section, 'withoutAddress'];
      // Each lead with the guide its sentences about the page belong in.
      const guide: Path = [...path, section, 'guide'];
      const leads: [Path, string | undefined, Path][] = [
        [[...path, section, 'lead'], block.lead, guide],
        ...(block.leads ?? []).map((t, i): [Path, string, Path] => [[...path, section, 'leads', i], t, guide]),
        [[...at, 'lead'], unplaced?.lead, [...at, 'guide']],
      ];
      const texts: [Path, string | undefined][] = [
        [[...path, section, 'title'], block.title],
        ...(block.titles ?? []).map((t, i): [Path, string] => [[...path, section, 'titles', i], t]),
        ...leads.map(([where, lead]): [Path, string | undefined] => [where, lead]),
        ...(block.guide ?? []).map((g, i): [Path, string] => [[...path, section, 'guide', i, 'text'], g.text]),
        [[...path, section, 'action'], block.action],
        [[...path, section, 'secondaryAction'], block.secondaryAction],
        ...(block.items ?? []).flatMap((item, i): [Path, string][] => [
          [[...path, section, 'items', i, 'title'], item.title],
          [[...path, section, 'items', i, 'text'], item.text],
        ]),
        [[...at, 'title'], unplaced?.title],
        ...(unplaced?.guide ?? []).map((g, i): [Path, string] => [[...at, 'guide', i, 'text'], g.text]),
        [[...at, 'action'], unplaced?.action],
        [[...at, 'secondaryAction'], unplaced?.secondaryAction],
      ];
      for (const [where, text] of texts) {
        for (const p of unknownPlaceholders(text ?? '')) ref(where, `found the placeholder ${p}, expected only {name}`);
      }
      // A lead is on every page of the category, whatever sections the facts leave: what is further down belongs in
      // the guide, whose sentence is chosen by the sections on the page.
      for (const [where, lead, itsGuide] of leads) {
        if (lead === undefined || !POINTS_DOWN.test(lead)) continue;
        ref(where, `found a lead that points down the page ("${lead}"), which a page without those sections would contradict`, `move that sentence to ${pathText(itsGuide)} as { needs: [the sections it names], text: "..." }, with a shorter one after it for pages without them`);
      }
    }
  }
}
