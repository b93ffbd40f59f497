// Design quality: quotes, figures, prices and named people on a page must come from the business's facts, or be
// visibly marked as samples (data-placeholder); invented ones presented as real mislead (issue 10.4).
import type { Facts, Finding } from '../../shared/types.js';
import type { HtmlElement } from '../html-tree.js';
import type { SiteCheck } from './index.js';
import { ancestors, textOf, elementsOf } from './text.js';

interface Kind {
  rule: string;
  what: string;
  /** The page elements that state this kind of fact. */
  matches: (e: HtmlElement) => boolean;
  /** Whether the facts hold any such fact. */
  given: (facts: Facts) => boolean;
  field: string;
}

const inSection = (e: HtmlElement, id: string): boolean => ancestors(e).some((p) => p.tag === 'section' && p.id === id);

const KINDS: readonly Kind[] = [
  {
    rule: 'quality/invented-quote',
    what: 'a quote presented as a testimonial',
    matches: (e) => e.tag === 'blockquote' && (inSection(e, 'testimonials') || ancestors(e).some((p) => p.classes.has('quote'))),
    given: (f) => (f.testimonials?.length ?? 0) > 0,
    field: 'testimonials',
  },
  {
    rule: 'quality/invented-figure',
    what: 'a figure',
    matches: (e) => e.classes.has('stat__value') || (e.tag === 'li' && e.parent?.classes.has('stats') === true && inSection(e, 'stats')),
    given: (f) => (f.figures?.length ?? 0) > 0,
    field: 'figures',
  },
  {
    rule: 'quality/invented-price',
    what: 'a price',
    matches: (e) => ['price', 'plan__price', 'bill__price', 'menu-item__price'].some((c) => e.classes.has(c)) && textOf(e) !== '',
    given: (f) => [...(f.services ?? []), ...(f.menu ?? []), ...(f.products ?? []), ...(f.listings ?? [])].some((s) => (s as { price?: unknown }).price !== undefined),
    field: 'services, menu, products or listings (with prices)',
  },
  {
    rule: 'quality/invented-person',
    what: 'a named person',
    matches: (e) => e.classes.has('person') && inSection(e, 'team'),
    given: (f) => (f.team?.length ?? 0) > 0,
    field: 'team',
  },
];

/** How the rules' sample copy begins: "Sample reviews: ...", "Sample: name and role". */
const SAMPLE_TEXT = /^Sample(?: \p{Ll}+)?:/u;
/** The elements whose own text the rules' sample copy fills (a lead, an item's title or text, a table cell). */
const TEXT_TAGS: ReadonlySet<string> = new Set(['p', 'h2', 'h3', 'li', 'span', 'strong', 'dt', 'dd', 'td', 'th']);

/** Marked as a sample: the element or an ancestor carries data-placeholder (a "Sample" badge goes with it). */
const marked = (e: HtmlElement): boolean => e.attrs.has('data-placeholder') || ancestors(e).some((p) => p.attrs.has('data-placeholder'));

export const factsCheck: SiteCheck = {
  meta: {
    id: 'quality-facts',
    reads: ['html', 'design'],
    description: 'no testimonial, figure, price or named person on the page unless the facts give it or it is marked as a sample, and no sample text unmarked',
  },
  run(input) {
    const facts: Facts = (input.tokens?.wdm as { facts?: Facts } | undefined)?.facts ?? {};
    const findings: Finding[] = [];
    const elements = elementsOf(input);
    // The rules' sample copy ("Sample reviews: quotes ... go here", "Sample: name and role") printed where no
    // data-placeholder marks it: a page would tell its readers what ought to be there.
    const sample = elements.filter((e) => TEXT_TAGS.has(e.tag) && SAMPLE_TEXT.test(textOf(e)) && !marked(e));
    if (sample[0]) {
      findings.push({
        severity: 'error',
        rule: 'quality/unmarked-sample',
        message: `found ${sample.length > 1 ? `${sample.length} times ` : ''}the rules' sample text ("${textOf(sample[0]).slice(0, 60)}") on the page unmarked, expected it only inside a section marked as a sample (data-placeholder), or the business's own words`,
        place: { file: input.htmlFile, line: sample[0].line },
      });
    }
    for (const kind of KINDS) {
      if (kind.given(facts)) continue;
      const found = elements.filter((e) => kind.matches(e) && !marked(e));
      const first = found[0];
      if (!first) continue;
      const excerpt = textOf(first).slice(0, 60);
      findings.push({
        severity: 'error',
        rule: kind.rule,
        message: `found ${found.length > 1 ? `${found.length} times ` : ''}${kind.what} ("${excerpt}") presented as real, expected it only from the site's facts (${kind.field}) or marked as a sample (data-placeholder)`,
        place: { file: input.htmlFile, line: first.line },
      });
    }
    return findings;
  },
};
