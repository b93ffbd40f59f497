// `explain`: one domain through the stages, keeping every intermediate value for a human or JSON report. The site is
// read from its batch row (as generate reads it) and/or from command-line fields checked by the batch's own validators.
import { WdmError } from '../shared/errors.js';
import type { Design, RuleTraceStep, Site } from '../shared/types.js';
import { checkBrandColor, checkCategory, checkText, normaliseDomain, type FieldResult } from '../batch/index.js';
import { didYouMean } from '../shared/did-you-mean.js';
import type { Project } from './project.js';
import { designSite } from './site.js';
import { englishOfSite, type English } from '../rules/english.js';
import { readBatch } from './generate.js';

/** The row fields `explain` takes on the command line, as a batch row would give them. */
export interface ExplainFields {
  category?: string;
  name?: string;
  tagline?: string;
  brandColor?: string;
}

const FLAGS: Record<keyof ExplainFields, string> = { category: '--category', name: '--name', tagline: '--tagline', brandColor: '--brand-color' };

export interface CheckedFields {
  domain: { ascii: string; unicode: string };
  fields: ExplainFields;
}

/**
 * The domain and fields checked with the batch's validators, every problem at once (a usage error): what a batch row
 * would reject, the command line rejects the same way; `#fa0` is expanded to `#ffaa00` as in a batch.
 */
export function checkExplainInput(rawDomain: string, given: ExplainFields): CheckedFields {
  const problems: string[] = [];
  const norm = normaliseDomain(rawDomain);
  if (!norm.ok) problems.push(`${norm.message} (${norm.hint})`);
  const fields: ExplainFields = {};
  const checks: Record<keyof ExplainFields, (v: string) => FieldResult> = {
    category: checkCategory,
    name: (v) => checkText('name', v),
    tagline: (v) => checkText('tagline', v),
    brandColor: checkBrandColor,
  };
  for (const key of Object.keys(checks) as (keyof ExplainFields)[]) {
    const value = given[key];
    if (value === undefined) continue;
    const checked = checks[key](value);
    if (!checked.ok) problems.push(`${FLAGS[key]}: ${checked.message} (${checked.hint})`);
    else if (checked.value !== '') fields[key] = checked.value;
  }
  if (problems.length > 0 || !norm.ok) {
    throw new WdmError('E_USAGE', problems.length === 1 ? (problems[0] as string) : `${problems.length} problems:\n${problems.map((p) => `  ${p}`).join('\n')}`);
  }
  return { domain: { ascii: norm.ascii, unicode: norm.unicode }, fields };
}

export interface Explanation {
  site: Site;
  trace: RuleTraceStep[];
  design: Design;
  text: string;
  /** Fields given on the command line (they override the batch row's). */
  fromCommandLine: (keyof ExplainFields)[];
  /** The English of the page, and what chose it: the domain's country (.co.uk, .us) or the project's `english`. */
  english: { value: English; by: 'domain' | 'project' };
}

/** Designs one site as generate would: from its batch row when `batchId` is given, with command-line fields on top. */
export function explainSite(project: Project, checked: CheckedFields, batchId?: string): Explanation {
  let site: Site;
  if (batchId !== undefined) {
    const batch = readBatch(project, batchId);
    const row = batch.sites.find((s) => s.domain === checked.domain.ascii);
    if (!row) {
      const rejected = batch.rejected.find((r) => r.input.trim().toLowerCase() === checked.domain.unicode || r.input.trim().toLowerCase() === checked.domain.ascii);
      if (rejected) throw new WdmError('E_USAGE', `${checked.domain.unicode} is rejected in batch ${batchId}: ${rejected.message}`, { file: rejected.file, line: rejected.line }, rejected.hint);
      const near = didYouMean(checked.domain.ascii, batch.sites.map((s) => s.domain));
      throw new WdmError('E_USAGE', `Unexpected domain ${checked.domain.unicode}: not a site of batch ${batchId} (${batch.file})`, {}, near !== undefined ? `did you mean ${near}?` : 'leave out --batch to explain a domain on its own');
    }
    site = { ...row };
  } else {
    site = { domain: checked.domain.ascii, unicode: checked.domain.unicode, source: { file: '<command line>', line: 1 } };
  }
  const fromCommandLine = Object.keys(checked.fields) as (keyof ExplainFields)[];
  for (const key of fromCommandLine) site[key] = checked.fields[key];
  const { design, trace, text } = designSite(site, project);
  const english = { value: design.selection.english ?? 'gb', by: englishOfSite('gb', site.domain) === englishOfSite('us', site.domain) ? 'domain' : 'project' } as const;
  return { site, trace, design, text, fromCommandLine, english };
}
