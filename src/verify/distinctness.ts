// How alike a batch's sites look: sites grouped by family, layout, composition and hue family, for the contact sheet.
import { toOklch } from '../design/culori.js';
import type { DesignTokens } from '../implement/design-tokens.js';

/** Twelve hue families of 30° each, named from red round to magenta; a primary with little chroma is neutral. */
const HUE_FAMILIES = ['red', 'orange', 'amber', 'lime', 'green', 'emerald', 'teal', 'cyan', 'blue', 'indigo', 'violet', 'magenta'] as const;
const NEUTRAL_CHROMA = 0.04;

export function hueFamily(tokens: DesignTokens): string {
  const { r, g, b } = tokens.colors.light.primary;
  const c = toOklch({ mode: 'rgb', r: r / 255, g: g / 255, b: b / 255 });
  if (c.c < NEUTRAL_CHROMA || c.h === undefined) return 'neutral';
  return HUE_FAMILIES[Math.floor((((c.h + 15) % 360) + 360) % 360 / 30)] ?? 'neutral';
}

/** The family a site belongs to: x-wdm.family when the design names it, else its category. */
export function familyOf(tokens: DesignTokens): string {
  const family = (tokens.wdm as { family?: unknown }).family;
  return typeof family === 'string' && family !== '' ? family : tokens.wdm.category;
}

/** What a reader sees first: layout, hero arrangement, header, rhythm, cards, and the primary's hue family. */
export function lookOf(tokens: DesignTokens): string {
  const c = tokens.wdm.composition;
  return `${tokens.wdm.layout} · hero ${c.hero} · header ${c.header} · ${c.rhythm} · ${c.cards} cards · ${hueFamily(tokens)}`;
}

export interface DistinctnessReport {
  sites: number;
  /** Distinct looks (layout + composition + hue family) in the batch. */
  looks: number;
  /** Looks shared by two or more sites of one family, with the sites. */
  shared: { family: string; look: string; domains: string[] }[];
  /** Sites that share their look with another site of their family. */
  sitesSharing: number;
  /** Families of three or more sites whose every hero is the same arrangement and art: a batch-level tell. */
  oneHero: { family: string; hero: string; sites: number }[];
}

export function distinctness(sites: readonly DesignTokens[]): DistinctnessReport {
  const byFamilyLook = new Map<string, { family: string; look: string; domains: string[] }>();
  const heroes = new Map<string, { sites: number; heroes: Set<string> }>();
  for (const t of sites) {
    const family = familyOf(t);
    const look = lookOf(t);
    const key = `${family}\u0000${look}`;
    const entry = byFamilyLook.get(key) ?? { family, look, domains: [] };
    entry.domains.push(t.wdm.unicode);
    byFamilyLook.set(key, entry);
    const h = heroes.get(family) ?? { sites: 0, heroes: new Set<string>() };
    h.sites++;
    h.heroes.add(`${t.wdm.composition.hero} with ${t.wdm.composition.scene} art`);
    heroes.set(family, h);
  }
  const shared = [...byFamilyLook.values()].filter((e) => e.domains.length > 1).sort((a, b) => b.domains.length - a.domains.length || a.family.localeCompare(b.family) || a.look.localeCompare(b.look));
  const oneHero = [...heroes.entries()]
    .filter(([, h]) => h.sites >= 3 && h.heroes.size === 1)
    .map(([family, h]) => ({ family, hero: [...h.heroes][0] ?? '', sites: h.sites }))
    .sort((a, b) => a.family.localeCompare(b.family));
  return {
    sites: sites.length,
    looks: new Set(sites.map(lookOf)).size,
    shared,
    sitesSharing: shared.reduce((n, e) => n + e.domains.length, 0),
    oneHero,
  };
}
