// Links that go where they say (issue 10.3): every in-page link has a target, and a label that names a section points to it.
import type { Finding } from '../../shared/types.js';
import { SECTION_LABELS } from '../../implement/site-view.js';
import type { SectionId } from '../../shared/vocabulary.js';
import type { HtmlElement } from '../html-tree.js';
import type { SiteCheck, SiteCheckInput } from './index.js';
import { ancestors, contentWords, textOf, elementsOf } from './text.js';

/** Titles longer than this many content words are sentences, not names: only their nav label names their section. */
const NAME_WORDS = 3;

/**
 * Each section's names: its nav label, its id and a short title, as sets of content words. A title whose content
 * words are all the business's own name names nothing ("Book Taco Loco Truck": "book" is no content word, and the
 * name is in every "About Taco Loco Truck" button too).
 */
function sectionNames(input: SiteCheckInput): Map<string, string[][]> {
  const names = new Map<string, string[][]>();
  const wdm = input.tokens?.wdm;
  if (!wdm) return names;
  const own = new Set(contentWords(input.tokens?.name ?? ''));
  for (const id of wdm.sections) {
    if (id === 'hero') continue;
    const block = wdm.copy[id];
    const list: string[][] = [contentWords(id), contentWords(block?.nav ?? SECTION_LABELS[id as SectionId] ?? '')];
    const title = contentWords(block?.title ?? '');
    if (title.length > 0 && title.length <= NAME_WORDS && title.some((w) => !own.has(w))) list.push(title);
    names.set(id, list.filter((words) => words.length > 0));
  }
  return names;
}

/** The sections a label names: every word of one of a section's names is in the label. */
function namedSections(label: string, names: ReadonlyMap<string, string[][]>): string[] {
  const words = new Set(contentWords(label));
  if (words.size === 0) return [];
  return [...names.entries()].filter(([, list]) => list.some((name) => name.every((w) => words.has(w)))).map(([id]) => id);
}

/**
 * Verbs that ask the business for something ("Book the band", "Order flowers", "Ask about a stay"): the words after
 * them name what is asked for, and the request is made where the business is reached, the contact section.
 */
const REQUEST_VERBS = new Set(['book', 'order', 'ask', 'call', 'phone', 'email', 'contact', 'enquire', 'inquire', 'request', 'reserve', 'hire', 'schedule', 'arrange', 'get', 'message', 'write', 'visit', 'plan', 'start', 'discuss']);

function isRequestTo(label: string, target: string): boolean {
  const first = label.trim().toLowerCase().split(/[^a-z]+/).find((w) => w !== '');
  return target === 'contact' && first !== undefined && REQUEST_VERBS.has(first);
}

/** A link a reader acts on by its label: a navigation link or a button. */
function isActionLink(a: HtmlElement): boolean {
  return a.classes.has('button') || ancestors(a).some((p) => p.tag === 'nav');
}

export const linksCheck: SiteCheck = {
  meta: {
    id: 'links',
    reads: ['html', 'design'],
    description: 'every in-page link points at an element that exists, and a button or navigation link whose label names a section points to that section',
  },
  run(input) {
    const findings: Finding[] = [];
    const elements = elementsOf(input);
    const ids = new Set(elements.map((e) => e.id).filter((id): id is string => id !== undefined));
    const names = sectionNames(input);
    for (const a of elements) {
      if (a.tag !== 'a') continue;
      const href = a.attrs.get('href') ?? '';
      if (!href.startsWith('#')) continue;
      const target = decodeURIComponent(href.slice(1));
      const label = textOf(a);
      const place = { file: input.htmlFile, line: a.line };
      if (target === '' || !ids.has(target)) {
        findings.push({
          severity: 'error',
          rule: 'links/missing-target',
          message: `found a link "${label}" to "${href}", expected an element with id="${target}" on the page`,
          place,
        });
        continue;
      }
      if (!isActionLink(a) || isRequestTo(label, target)) continue;
      const named = namedSections(label, names);
      if (named.length > 0 && !named.includes(target)) {
        findings.push({
          severity: 'error',
          rule: 'links/label-target',
          message: `found "${label}" pointing to "${href}", expected it to point to the section its label names (${named.map((id) => `#${id}`).join(' or ')})`,
          place,
        });
      }
    }
    return findings;
  },
};
