// `explain`: one domain through the stages, keeping every intermediate value for a human or JSON report.
import { WdmError } from '../shared/errors.js';
import type { Design, RuleTraceStep, Site } from '../shared/types.js';
import { normaliseDomain } from '../batch/index.js';
import type { Project } from './project.js';
import { designSite } from './site.js';

export interface Explanation {
  site: Site;
  trace: RuleTraceStep[];
  design: Design;
  text: string;
}

export function explainDomain(project: Project, raw: string, entry: { category?: string; name?: string; tagline?: string; brandColor?: string } = {}): Explanation {
  const norm = normaliseDomain(raw);
  if (!norm.ok) throw new WdmError('E_USAGE', norm.message, { domain: raw }, norm.hint);
  const site: Site = { domain: norm.ascii, unicode: norm.unicode, source: { file: '<command line>', line: 1 } };
  if (entry.category !== undefined) site.category = entry.category;
  if (entry.name !== undefined) site.name = entry.name;
  if (entry.tagline !== undefined) site.tagline = entry.tagline;
  if (entry.brandColor !== undefined) site.brandColor = entry.brandColor;
  const { design, trace, text } = designSite(site, project);
  return { site, trace, design, text };
}
