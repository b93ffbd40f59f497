// The DESIGN.md of an American site (`english: us`) is American all through: the templates' own prose ("every
// colour", "centred", "anticlockwise round the wheel") as well as the page copy. Code spans, the name, a given
// tagline and the business's facts are printed as given; a British site keeps the prose as written.
import { describe, expect, it } from 'vitest';
import { designSite, loadProject, readBatch } from '../../src/pipeline/index.js';
import { REPO_DIR } from '../helpers/project.js';

const base = loadProject(REPO_DIR);
const us = { ...base, english: 'us' as const };

/** British forms the templates' prose used before it was put through data/english-us.txt. */
const BRITISH = /\b(colours?|coloured|centred?|centres|greys?|labelled|neighbour\w*|anticlockwise|recognisable|round the wheel|organis\w*|behaviour\w*)\b/i;

/** The body of a DESIGN.md (after the front matter), with its code spans and the user's own words taken out. */
function prose(text: string, given: readonly (string | undefined)[] = []): string {
  const end = text.indexOf('\n---\n', 4);
  let body = text.slice(end + 5).replace(/(?<!\\)`[^`]*`/g, '``');
  for (const words of given) if (words) body = body.replaceAll(words, '');
  return body;
}

describe('DESIGN.md prose in American English', () => {
  const sites = [...readBatch(base, 'demo').sites, ...readBatch(base, 'local24').sites].filter((s) => !/\.(uk|ie|au|nz|za)$/.test(s.domain));

  it('has American sites to check, and their British twins hold the British words (else the test proves nothing)', () => {
    expect(sites.length).toBeGreaterThan(20);
    const british = sites.filter((site) => BRITISH.test(prose(designSite(site, base).text)));
    expect(british.length).toBe(sites.length);
  });

  it('leaves no British word of the list in the prose of any American site', () => {
    const found: string[] = [];
    for (const site of sites) {
      // A given name or tagline is printed as given ("No neighbour goes hungry").
      const m = BRITISH.exec(prose(designSite(site, us).text, [site.name, site.tagline]));
      if (m) found.push(`${site.domain}: ${m[0]}`);
    }
    expect(found).toEqual([]);
  });

  it('keeps the name, a given tagline and code spans as written', () => {
    const site = { domain: 'colourcentre.com', unicode: 'colourcentre.com', name: 'The Colour Centre', tagline: 'Every colour, mixed while you wait', category: 'painting', source: { file: 'batches/x.yaml', line: 2 } };
    const text = designSite(site, us).text;
    const body = text.slice(text.indexOf('\n---\n', 4));
    expect(body).toContain('# The Colour Centre');
    expect(body).toContain('every color has such a `-dark` twin');
    expect(body).toContain('Every colour, mixed while you wait');
    expect(prose(text, [site.name, site.tagline])).not.toMatch(BRITISH);
    expect(designSite(site, base).text).toContain('every colour has such a `-dark` twin');
  });
});
