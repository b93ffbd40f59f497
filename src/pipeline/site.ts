// One site through the pure stages: Site → Selection → Design → DESIGN.md text. No I/O here.
import { isWdmError, WdmError } from '../shared/errors.js';
import { sha256, stableStringify } from '../shared/hash.js';
import type { Design, RuleTraceStep, Selection, Site } from '../shared/types.js';
import { selectFor, type RuleSet } from '../rules/index.js';
import type { English } from '../rules/english.js';
import { designFor } from '../design/index.js';
import { renderDesignWithData, type CompiledDesignTemplates } from '../render/index.js';

import { TOOL_MAJOR } from './tool.js';

export { TOOL_MAJOR };

export interface DesignedSite {
  domain: string;
  text: string;
  /** `text` in the parts it was made of (render.ts `designTextParts`), to encode without joining them. */
  parts: readonly string[];
  design: Design;
  trace: RuleTraceStep[];
  /** The front matter object whose YAML `text` holds, when the emitter wrote it itself (render.ts renderDesignWithData). */
  frontMatter?: Record<string, unknown>;
}

export interface SiteContext {
  rules: RuleSet;
  rulesDigest: string;
  templatesDigest: string;
  designTemplates: CompiledDesignTemplates;
  /** The project's `placeholders` setting (folded into rulesDigest, so keys follow it). */
  placeholders: boolean;
  /** The project's `english` setting (folded into rulesDigest likewise). */
  english: English;
}

/**
 * The part of a batch row that decides the site's output (its line number does not), with its facts: a content file
 * or photo edit changes exactly that site's key (photos by their sha256).
 */
export function siteEntry(site: Site): Record<string, unknown> {
  const entry: Record<string, unknown> = { domain: site.domain };
  if (site.category !== undefined) entry['category'] = site.category;
  if (site.name !== undefined) entry['name'] = site.name;
  if (site.tagline !== undefined) entry['tagline'] = site.tagline;
  if (site.brandColor !== undefined) entry['brandColor'] = site.brandColor;
  if (site.facts !== undefined) entry['facts'] = site.facts;
  return entry;
}

/** Hash of everything a site's design depends on: its entry, the rules, the templates and the tool's major version. */
export function siteInputKey(site: Site, ctx: Pick<SiteContext, 'rulesDigest' | 'templatesDigest'>): string {
  return sha256(stableStringify({ tool: TOOL_MAJOR, entry: siteEntry(site), rules: ctx.rulesDigest, templates: ctx.templatesDigest }));
}

export function designSite(site: Site, ctx: SiteContext): DesignedSite {
  return designFromSelection(site, selectFor(site, ctx.rules, { placeholders: ctx.placeholders, english: ctx.english }), ctx);
}

/** The stages after the rules: the cache calls this directly when it has already selected (to hash the selection). */
export function designFromSelection(site: Site, selected: { selection: Selection; trace: RuleTraceStep[] }, ctx: Pick<SiteContext, 'designTemplates'>): DesignedSite {
  const design = designFor(selected.selection, site);
  const rendered = renderDesignWithData(design, ctx.designTemplates);
  const out: DesignedSite = { domain: site.domain, text: rendered.text, parts: rendered.parts, design, trace: selected.trace };
  if (rendered.frontMatter !== undefined) out.frontMatter = rendered.frontMatter;
  return out;
}

/** A site-level failure (unknown category, template error) as a WdmError that names the domain and its row. */
export function siteError(error: unknown, site: Site): WdmError {
  if (isWdmError(error)) {
    const place = { ...error.place, domain: site.domain };
    if (place.file === undefined) {
      place.file = site.source.file;
      place.line = site.source.line;
    }
    return new WdmError(error.code, error.message, place, error.hint);
  }
  const message = error instanceof Error ? error.message : String(error);
  return new WdmError('E_INTERNAL', `Internal error while designing ${site.domain}: ${message}`, { file: site.source.file, line: site.source.line, domain: site.domain }, 'please report this with the batch row');
}
