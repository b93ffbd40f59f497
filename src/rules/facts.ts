// Content rules (rules/sections.yaml): which facts each section needs, which facts fill it, the essentials the brief
// asks every business for, photo slots and subjects, and the schema.org type per category; and the plan for one site.
import { FACT_KEYS, type ContentPlan, type FactKey, type Facts, type PhotoNeed } from '../shared/types.js';
import type * as v from 'valibot';
import { anything, list, num, object, oneOf, oneOrMany, record, str } from './schema.js';

const ID = /^[a-z][a-z0-9]*(?:-[a-z0-9]+)*$/;
const idSpec = str(ID, 'a lower-case id (letters, digits, single hyphens)');
const factKey = oneOf(FACT_KEYS);
const SCHEMA_TYPE = /^[A-Z][A-Za-z]{2,60}$/;
const schemaType = str(SCHEMA_TYPE, 'a schema.org type name such as LocalBusiness, Dentist or Plumber');
const ASPECT = /^[1-9][0-9]?:[1-9][0-9]?$/;

const sectionNeedSpec = object({ needs: list(factKey, 1, 4, true), uses: factKey, priced: anything('true or false'), orPhoto: idSpec });

const photoSlotSpec = object(
  { aspect: str(ASPECT, 'an aspect ratio width:height such as 3:2'), place: str(), alt: str(), count: num(1, 12, true), when: list(idSpec, 1, 6, true) },
  ['aspect', 'place', 'alt', 'count'],
);

/** The `content` key of a rules file. Categories are keyed by id; `defaults` applies where no category says more. */
export const contentSpec = object({
  sections: record(idSpec, sectionNeedSpec),
  essentials: record(idSpec, list(factKey, 0, FACT_KEYS.length, true)),
  schemaTypes: record(idSpec, oneOrMany(schemaType)),
  organizationTypes: list(schemaType, 0, 50, true),
  photoSlots: record(idSpec, photoSlotSpec),
  photoSubjects: record(idSpec, record(idSpec, str())),
});

/** The `content` of the rules files once merged (each key as the last file that gave it leaves it). */
export type ContentSpecOutput = v.InferOutput<typeof contentSpec>;

/**
 * Which facts a section needs (`needs`: all of them), which fills it (`uses`: default the first of `needs`),
 * whether its items must carry a price (`priced`; any value but `true` reads as false), and the role of a photo that
 * is enough on its own (`orPhoto`: an About section shows the business's story, or its photo of the place).
 */
export type SectionNeed = Omit<v.InferOutput<typeof sectionNeedSpec>, 'priced'> & { priced?: boolean };

/** A photo the layout asks for; `when`: sections of which at least one must be on the page (none: always). */
export type PhotoSlot = v.InferOutput<typeof photoSlotSpec>;

export type ContentRules = Required<Omit<ContentSpecOutput, 'sections'>> & { sections: Record<string, SectionNeed> };

export const DEFAULTS_KEY = 'defaults';

export const EMPTY_CONTENT_RULES: ContentRules = { sections: {}, essentials: {}, schemaTypes: {}, organizationTypes: [], photoSlots: {}, photoSubjects: {} };

/** The merged `content` value as typed rules (the schema has checked every part). */
export function normaliseContentRules(value: ContentSpecOutput): ContentRules {
  const sections: Record<string, SectionNeed> = {};
  for (const [id, need] of Object.entries(value.sections ?? {})) {
    sections[id] = {
      ...(need.needs ? { needs: need.needs } : {}),
      ...(need.uses ? { uses: need.uses } : {}),
      ...(need.priced === true ? { priced: true } : {}),
      ...(need.orPhoto ? { orPhoto: need.orPhoto } : {}),
    };
  }
  return {
    sections,
    essentials: value.essentials ?? {},
    schemaTypes: value.schemaTypes ?? {},
    organizationTypes: value.organizationTypes ?? [],
    photoSlots: value.photoSlots ?? {},
    photoSubjects: value.photoSubjects ?? {},
  };
}

/** The most specific entry for a category: its lineage from the most specific end, then `defaults`. */
export function byLineage<T>(table: Record<string, T>, lineage: readonly string[]): T | undefined {
  for (let i = lineage.length - 1; i >= 0; i--) {
    const id = lineage[i] as string;
    if (Object.prototype.hasOwnProperty.call(table, id)) return table[id];
  }
  return Object.prototype.hasOwnProperty.call(table, DEFAULTS_KEY) ? table[DEFAULTS_KEY] : undefined;
}

function given(facts: Facts | undefined, key: FactKey): boolean {
  // Photos placed in the hero or the about section do not fill a gallery.
  if (key === 'photos') return (facts?.photos ?? []).some((p) => p.role === undefined || p.role === 'gallery');
  const value = facts?.[key];
  if (value === undefined) return false;
  return Array.isArray(value) ? value.length > 0 : true;
}

/**
 * Whether a section's facts are there: every need given, and for a priced section at least one priced item; or the
 * photo that is enough on its own (`orPhoto`).
 */
export function sectionSatisfied(need: SectionNeed, facts: Facts | undefined): boolean {
  if (need.orPhoto !== undefined && (facts?.photos ?? []).some((p) => p.role === need.orPhoto)) return true;
  const needs = need.needs ?? [];
  if (!needs.every((k) => given(facts, k))) return false;
  if (need.priced) {
    const items = facts?.[need.uses ?? (needs[0] as FactKey)];
    return Array.isArray(items) && items.some((item) => typeof item === 'object' && item !== null && 'price' in item && typeof item.price === 'string');
  }
  return true;
}

export interface PlanInput {
  category: string;
  /** Family first, most specific last; `[category]` when the rules have no tree. */
  lineage: readonly string[];
  sections: readonly string[];
  facts: Facts | undefined;
  placeholders: boolean;
  /** Whether the rules' copy for a section is marked `sample: true` (stands in for facts). */
  isSampleCopy: (section: string) => boolean;
}

export interface Plan {
  /** The sections on the page, in layout order. */
  sections: string[];
  /** Section → the fact that fills its items (only where given). */
  filledFrom: Record<string, FactKey>;
  content: ContentPlan;
}

/**
 * Decides, for one site, which of the layout's sections the page can carry. A section that needs facts the site has
 * not given (or whose rules copy is only a sample) is left out, or kept as a labelled sample when the project asks
 * for placeholders. Hero and contact always stay.
 */
export function contentPlanFor(input: PlanInput, rules: ContentRules): Plan {
  const sections: string[] = [];
  const filledFrom: Record<string, FactKey> = {};
  const dropped: ContentPlan['dropped'] = [];
  const samples: string[] = [];
  const missing = new Set<FactKey>();
  for (const id of input.sections) {
    const need = rules.sections[id];
    const uses = need?.uses ?? need?.needs?.[0];
    const hasNeeds = need?.needs !== undefined && need.needs.length > 0;
    const satisfied = hasNeeds ? sectionSatisfied(need, input.facts) : uses !== undefined && given(input.facts, uses);
    if (uses !== undefined && satisfied) {
      sections.push(id);
      filledFrom[id] = uses;
      continue;
    }
    const factless = hasNeeds || input.isSampleCopy(id);
    if (id === 'hero' || id === 'contact' || !factless) {
      sections.push(id);
      // A section that shows the business's own items when given (`uses`) asks for them in the brief.
      if (uses !== undefined && !hasNeeds) missing.add(uses);
      continue;
    }
    const needs = need?.needs ?? [];
    for (const k of needs) if (!given(input.facts, k)) missing.add(k);
    if (input.placeholders) {
      sections.push(id);
      samples.push(id);
    } else {
      dropped.push({ section: id, needs: [...needs], ...(need?.orPhoto !== undefined ? { orPhoto: need.orPhoto } : {}) });
    }
  }
  // A price list filled from the services the business gave, under a services section filled from the same list,
  // says it all twice (a barber's "Skin fade $28, Classic cut $24, Beard trim $15", then the same three cards with
  // the same prices): the services cards show each price already, so the price list goes.
  const pricingAt = sections.indexOf('pricing');
  if (pricingAt >= 0 && filledFrom['services'] === 'services' && filledFrom['pricing'] === 'services') {
    sections.splice(pricingAt, 1);
    delete filledFrom['pricing'];
  }
  for (const k of byLineage(rules.essentials, input.lineage) ?? []) if (!given(input.facts, k)) missing.add(k);
  const types = byLineage(rules.schemaTypes, input.lineage) ?? ['LocalBusiness'];
  return {
    sections,
    filledFrom,
    content: {
      dropped,
      samples,
      missing: FACT_KEYS.filter((k) => missing.has(k)),
      photos: photoNeedsFor(input, sections, rules),
      schemaTypes: [...types],
      localBusiness: types.some((t) => !rules.organizationTypes.includes(t)),
    },
  };
}

/**
 * The sections left on a page whose business gave no facts (and no placeholders asked for): the page every call to
 * action must still land on. A section whose copy is a sample (`isSampleCopy`) goes too.
 */
export function sectionsWithoutFacts(sections: readonly string[], rules: ContentRules, isSampleCopy: (section: string) => boolean): string[] {
  return contentPlanFor({ category: '', lineage: [], sections, facts: undefined, placeholders: false, isSampleCopy }, rules).sections;
}

function photoCount(facts: Facts | undefined, slot: string): number {
  const photos = facts?.photos ?? [];
  if (slot === 'team') return (facts?.team ?? []).filter((m) => m.photo !== undefined).length;
  const byRole = photos.filter((p) => p.role === slot).length;
  if (slot === 'gallery') return byRole + photos.filter((p) => p.role === undefined).length;
  return byRole;
}

/** The photos the page's sections call for, with this category's subjects (most specific entry, then defaults). */
function photoNeedsFor(input: PlanInput, sections: readonly string[], rules: ContentRules): PhotoNeed[] {
  const out: PhotoNeed[] = [];
  for (const [slot, def] of Object.entries(rules.photoSlots)) {
    if (def.when && !def.when.some((s) => sections.includes(s))) continue;
    let subject: string | undefined;
    for (let i = input.lineage.length - 1; i >= 0 && subject === undefined; i--) subject = rules.photoSubjects[input.lineage[i] as string]?.[slot];
    subject ??= rules.photoSubjects[DEFAULTS_KEY]?.[slot];
    if (subject === undefined) continue;
    const count = slot === 'team' ? Math.max(1, input.facts?.team?.length ?? def.count) : def.count;
    out.push({ slot, subject, aspect: def.aspect, place: def.place, alt: def.alt, count, given: Math.min(count, photoCount(input.facts, slot)) });
  }
  return out;
}
