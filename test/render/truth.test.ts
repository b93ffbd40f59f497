// The DESIGN.md tells the truth: its prose claims are read back and compared with the tokens and with the site the
// implementation stage builds from it (CSS breakpoints, @font-face families, components in the HTML, radii, shadows,
// heading sizes), for every site of the demo and local24 batches. Also: colour names distinct within a palette, and
// at most a handful of sentences shared by more than three files of a batch.
import { describe, expect, it } from 'vitest';
import { generate as cssText, parse as parseCss, walk } from 'css-tree';
import { loadProject, readBatch, designSite } from '../../src/pipeline/index.js';
import { compileSiteTemplates, implementSite, readDesign } from '../../src/implement/index.js';
import { cornerWord, COMPONENT_MARKERS } from '../../src/render/prose.js';
import { HIERARCHY, PHONE_DISPLAY_MIN } from '../../src/design/index.js';
import { REPO_DIR } from '../helpers/project.js';
import { fontCatalogue } from '../implement/helpers.js';
import { sentencesOf } from './sentences.js';

const project = loadProject(REPO_DIR);
const siteTemplates = compileSiteTemplates(project.templates);
const fonts = fontCatalogue();

interface Built {
  domain: string;
  text: string;
  html: string;
  css: string;
  section: (name: string) => string;
}

function build(batch: string): Built[] {
  return readBatch(project, batch).sites.map((site) => {
    const text = designSite(site, project).text;
    const { tokens } = readDesign(text, `designs/${batch}/${site.domain}/DESIGN.md`);
    const { html, css } = implementSite(tokens, siteTemplates, fonts);
    const section = (name: string): string => {
      const start = text.indexOf(`\n## ${name}\n`);
      const end = text.indexOf('\n## ', start + 4);
      return start === -1 ? '' : text.slice(start, end === -1 ? undefined : end);
    };
    return { domain: site.domain, text, html, css, section };
  });
}

const batches = { demo: build('demo'), local24: build('local24') };
const all = [...batches.demo, ...batches.local24];

/** `@media (min-width: 40em)` → 640, in the generated stylesheet. */
function cssMinWidths(css: string): number[] {
  const out = new Set<number>();
  walk(parseCss(css), {
    visit: 'Atrule',
    enter(node) {
      if (node.name !== 'media' || !node.prelude) return;
      for (const m of cssText(node.prelude).matchAll(/min-width:([\d.]+)(px|em|rem)/g)) out.add(Math.round(Number(m[1]) * (m[2] === 'px' ? 1 : 16)));
    },
  });
  return [...out].sort((a, b) => a - b);
}

function customProperty(css: string, name: string): string {
  const m = new RegExp(`\\n  --${name}: ([^;]+);`).exec(css);
  if (!m?.[1]) throw new Error(`no --${name} in the CSS`);
  return m[1];
}

/** A clamp(min, a + b·vw, max) size at a viewport width, in px. */
function sizeAt(value: string, viewport: number): number {
  const rem = (t: string) => Number(t.replace('rem', '')) * 16;
  const c = /^clamp\(([\d.]+)rem, ([\d.-]+)rem \+ ([\d.-]+)vw, ([\d.]+)rem\)$/.exec(value);
  if (!c) return rem(value);
  const fluid = rem(`${c[2]}rem`) + (Number(c[3]) / 100) * viewport;
  return Math.min(Math.max(fluid, rem(`${c[1]}rem`)), rem(`${c[4]}rem`));
}

const number = (text: string) => Number(text);

describe.each(all.map((b) => [b.domain, b] as const))('%s: the DESIGN.md prose matches its site', (_domain, b) => {
  it('names the breakpoints the stylesheet has', () => {
    const m = /min-width breakpoints at ([\d, and]+) px/.exec(b.section('Layout'));
    expect(m).not.toBeNull();
    const claimed = (m![1] as string).split(/, | and /).map(number);
    expect(claimed).toEqual(cssMinWidths(b.css));
  });

  it('names exactly the font families the stylesheet loads', () => {
    const loaded = [...new Set([...b.css.matchAll(/@font-face \{\n {2}font-family: '([^']+)'/g)].map((m) => m[1]))].sort();
    const m = /`[^`]+` hosts (.+?) itself/.exec(b.section('Typography'));
    expect(m).not.toBeNull();
    expect((m![1] as string).split(/, | and /).sort()).toEqual(loaded);
    for (const family of loaded) expect(b.section('Typography')).toContain(family);
  });

  it('lists a component exactly when the page renders it', () => {
    const components = b.section('Components');
    const listed = new Set([...components.matchAll(/^- \*\*[^*]+\*\* \(`([a-z-]+)`\)/gm)].map((m) => m[1]));
    const unused = /also declare (.+), which/.exec(components)?.[1] ?? '';
    for (const [id, marker] of Object.entries(COMPONENT_MARKERS)) {
      if (id === 'card-muted') continue; // described inside the card's line
      const inPage = marker === null || new RegExp(`class="(?:[^"]* )?${marker}(?: [^"]*)?"|<${marker}\\b`).test(b.html);
      expect(listed.has(id), `${id} listed`).toBe(inPage);
      expect(unused.includes(`\`${id}\``), `${id} among the unused`).toBe(!inPage);
    }
  });

  it('words every corner from its radius, as the stylesheet sets it', () => {
    const shapes = b.section('Shapes');
    const claims = [...shapes.matchAll(/(buttons|cards|inputs|badges) are ([a-z ()-]+?) \((?:([\d.]+) px|fully rounded), `rounded\.([a-z0-9]+)`\)/g)];
    expect(claims.length).toBeGreaterThan(0);
    const component: Record<string, string> = { buttons: 'button-primary', cards: 'card', inputs: 'input', badges: 'badge' };
    for (const [, what, word, px, ref] of claims) {
      const radius = customProperty(b.css, `radius-${ref}`);
      const actual = radius === '0' ? 0 : Number.parseFloat(radius);
      if (px !== undefined) expect(actual).toBe(Number(px));
      expect(word).toBe(cornerWord(actual));
      expect(customProperty(b.css, `${component[what as string]}-radius`)).toBe(`var(--radius-${ref})`);
    }
    if (/badges are/.test(shapes) || /pill/.test(b.section('Components'))) {
      const badge = customProperty(b.css, 'badge-radius');
      if (/pill/.test(b.text)) expect(badge).toBe('var(--radius-full)');
    }
  });

  it('words elevation from the shadows', () => {
    const flat = /casts? a shadow/.test(b.section('Elevation & Depth'));
    const shadow1 = customProperty(b.css, 'shadow-1');
    expect(flat).toBe(shadow1 === 'none');
    if (/lifted by the level-1 shadow/.test(b.section('Components'))) expect(shadow1).not.toBe('none');
    if (/a flat panel/.test(b.section('Components'))) expect(shadow1).toBe('none');
  });

  it('states the heading sizes the stylesheet gives on a phone and a desktop, keeping the hierarchy', () => {
    const m = /\(`display`\) is ([\d.]+) px from 1280 px wide and ([\d.]+) px on a 390 px phone; section titles \(`headline-lg`\) are ([\d.]+) px and ([\d.]+) px/.exec(b.section('Typography'));
    expect(m).not.toBeNull();
    const [, d1280, d390, h1280, h390] = m!.map(Number);
    const display = customProperty(b.css, 'text-display-size');
    const headline = customProperty(b.css, 'text-headline-lg-size');
    expect(Math.abs(sizeAt(display, 1280) - d1280!)).toBeLessThan(0.05);
    expect(Math.abs(sizeAt(display, 390) - d390!)).toBeLessThan(0.1);
    expect(Math.abs(sizeAt(headline, 1280) - h1280!)).toBeLessThan(0.05);
    expect(Math.abs(sizeAt(headline, 390) - h390!)).toBeLessThan(0.1);
    for (const w of [320, 390, 768, 1280]) expect(sizeAt(display, w)).toBeGreaterThanOrEqual(HIERARCHY * sizeAt(headline, w) - 0.01);
    expect(sizeAt(display, 390)).toBeGreaterThanOrEqual(PHONE_DISPLAY_MIN);
  });

  it('gives distinct names to distinct colours, and states the container the CSS has', () => {
    const items = [...b.section('Colors').matchAll(/^- \*\*([a-z-]+)\*\* \(`(#[0-9a-f]{6})`; dark `#[0-9a-f]{6}`\): (?:the same .+ as `[a-z-]+`|([^,]+)),/gm)];
    expect(items).toHaveLength(14);
    const byName = new Map<string, string>();
    for (const [, , hex, name] of items) {
      if (name === undefined) continue;
      expect(byName.get(name) ?? hex, `"${name}" names two colours`).toBe(hex);
      byName.set(name, hex as string);
    }
    const container = /container of at most ([\d.]+) px, with gutters of ([\d.]+) px or (\d+)% of the window's width, whichever is wider/.exec(b.section('Layout'));
    expect(`${container?.[1]}px`).toBe(customProperty(b.css, 'space-container'));
    expect(`${container?.[2]}px`).toBe(customProperty(b.css, 'space-gutter'));
    // The sheet's container keeps that share of the window each side.
    expect(b.css).toContain(`width: min(100% - 2 * max(var(--space-gutter), ${container?.[3]}vw), var(--space-container));`);
  });

  it('opens with whole sentences, whatever the tagline', () => {
    const intro = b.section('Overview').split('\n').find((l) => l.includes('site.')) ?? '';
    expect(intro).toMatch(/ site\.(?: .*[.!?…]["”’)]*)?$/);
  });
});

describe('sentences shared across a batch', () => {
  it.each(Object.entries(batches))('%s: at most a handful are shared by more than three files', (_batch, built) => {
    const counts = new Map<string, number>();
    for (const b of built) for (const s of new Set(sentencesOf(b.text))) counts.set(s, (counts.get(s) ?? 0) + 1);
    const shared = [...counts].filter(([, n]) => n > 3).map(([s]) => s);
    expect(shared.length, shared.join('\n')).toBeLessThanOrEqual(5);
  });
});

describe('the layout section list', () => {
  // A list of questions to put to the business ("Ask whether ...") is not "what the business offers" nor "the main
  // features": the brief says which it is, from the cards the page carries.
  it.each(all.map((b) => [b.domain, b] as const))('%s: calls a section of questions what it is', (_domain, b) => {
    const { tokens } = readDesign(b.text, `designs/x/${b.domain}/DESIGN.md`);
    const lines = b.text.split('\n').filter((l) => /^\d+\. `(services|features)`/.test(l));
    for (const line of lines) {
      const id = /`(\w+)`/.exec(line)?.[1] ?? '';
      const items = tokens.wdm.copy[id]?.items ?? [];
      const asks = items.length > 0 && items.every((i) => /^(Ask|Say|Send|Tell)\b/.test(i.text));
      if (asks) expect(line).toContain('what to ask the business about');
      else expect(line).not.toContain('what to ask the business about');
    }
  });
});
