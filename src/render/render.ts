// Design → DESIGN.md text: YAML front matter from the `yaml` package, prose from Handlebars templates.
import Handlebars from 'handlebars';
import { WdmError } from '../shared/errors.js';
import { round } from '../shared/hash.js';
import { COLOR_ROLES, TYPE_LEVELS, type ColorRole, type Design } from '../shared/types.js';
import { asSentence } from '../rules/sentences.js';
import { escapeMarkdown as md, codeSpan } from './markdown.js';
import { em, formatNumber, frontMatterFor, frontMatterYaml, px } from './frontmatter.js';
import { briefViewFor } from './brief.js';

/** Template sources keyed by their path under the templates folder (`design/DESIGN.md.hbs`, `design/partials/x.hbs`). */
export type TemplateSources = Record<string, string>;

export interface CompiledDesignTemplates {
  readonly main: Handlebars.TemplateDelegate;
  readonly env: typeof Handlebars;
}

const MAIN = 'design/DESIGN.md.hbs';
const PARTIALS = 'design/partials/';

/**
 * Compiles the design templates once into an isolated Handlebars environment. Strict mode turns a missing value into
 * an error instead of an empty string; `noEscape` because the view model is Markdown-escaped before it gets here
 * (Handlebars' own escaping is for HTML and would corrupt Markdown).
 */
export function compileDesignTemplates(sources: TemplateSources): CompiledDesignTemplates {
  const env = Handlebars.create();
  env.registerHelper('code', (value: unknown) => codeSpan(String(value)));
  const main = sources[MAIN];
  if (main === undefined) {
    throw new WdmError('E_TEMPLATE', `Missing template ${MAIN}`, { file: `templates/${MAIN}` }, 'restore it from the wdm-design package');
  }
  for (const key of Object.keys(sources).sort()) {
    if (!key.startsWith(PARTIALS) || !key.endsWith('.hbs')) continue;
    const name = key.slice(PARTIALS.length, -'.hbs'.length);
    env.registerPartial(name, compileOne(env, key, sources[key] as string));
  }
  return { main: compileOne(env, MAIN, main), env };
}

function compileOne(env: typeof Handlebars, key: string, source: string): Handlebars.TemplateDelegate {
  try {
    const template = env.compile(source, { strict: true, noEscape: true, knownHelpers: { code: true } });
    // Compilation is lazy in Handlebars; force it now so a syntax error names its file at load time.
    try {
      template({});
    } catch (error) {
      if (error instanceof Error && /Parse error|Expecting|Invalid path/.test(error.message)) throw error;
    }
    return template;
  } catch (error) {
    const message = error instanceof Error ? error.message.split('\n')[0] ?? error.message : String(error);
    const line = error instanceof Error ? /line (\d+)/.exec(error.message)?.[1] : undefined;
    throw new WdmError(
      'E_TEMPLATE',
      `Unexpected template syntax: ${message}`,
      { file: `templates/${key}`, ...(line ? { line: Number(line) } : {}) },
      'fix the template or remove it to use the built-in one',
    );
  }
}

const ROLE_USAGE: Record<ColorRole, string> = {
  primary: 'Primary actions, key accents and the hero.',
  'on-primary': 'Labels on primary buttons.',
  secondary: 'Secondary actions and supporting highlights.',
  'on-secondary': 'Labels on secondary buttons.',
  tertiary: 'Badges, tags and small accents.',
  'on-tertiary': 'Text on badges.',
  neutral: 'The footer and deep bands.',
  'on-neutral': 'Text on the footer and bands.',
  surface: 'The page background.',
  'on-surface': 'Body text and headings.',
  'surface-container': 'Cards, panels and inputs.',
  'on-surface-variant': 'Muted text: captions, metadata, helper text.',
  link: 'Links and accent text on the page and in cards.',
  outline: 'Borders, dividers and input outlines.',
};

const NUMBER_WORDS = ['no', 'one', 'two', 'three', 'four', 'five', 'six', 'seven', 'eight', 'nine', 'ten', 'eleven', 'twelve'];

const SECTION_SUMMARY: Record<string, string> = {
  hero: 'the headline, the tagline and the two main calls to action',
  services: 'what the business offers, as cards',
  features: 'the main features, as a grid',
  about: 'who they are and why to choose them',
  process: 'how working with them goes, step by step',
  stats: 'a few figures that build trust',
  testimonials: 'quotes from clients',
  gallery: 'a grid of work samples',
  menu: 'dishes and prices',
  pricing: 'plans or price tiers',
  team: 'the people',
  faq: 'common questions and answers',
  listings: 'current listings',
  schedule: 'dates, classes or events',
  products: 'products with prices',
  articles: 'recent articles and news',
  cta: 'a closing call to action',
  contact: 'how to get in touch, with a form',
};

const COMPONENT_TEXT: Record<string, [string, string]> = {
  page: ['Page', 'the page background, body text colour and body type.'],
  'button-primary': ['Primary button', 'filled with the primary colour; label type; medium corners.'],
  'button-secondary': ['Secondary button', 'filled with the secondary colour for less important actions.'],
  badge: ['Badge', 'a small pill in the tertiary colour for tags and highlights.'],
  link: ['Link', 'link colour on the page surface.'],
  card: ['Card', 'a raised panel on the container surface with large corners.'],
  'card-muted': ['Card (muted text)', 'secondary text inside cards.'],
  navigation: ['Navigation', 'the header bar with label-sized links.'],
  footer: ['Footer', 'a deep neutral band with small body text.'],
  input: ['Input', 'text fields on the surface with small corners and an outline border.'],
  divider: ['Divider', 'a hairline in the outline colour.'],
};

const ELEVATION_SUMMARY: Record<string, string> = {
  flat: 'The design is flat: hierarchy comes from tonal surfaces and hairline borders, not shadows.',
  subtle: 'Depth is subtle: soft, short shadows lift cards and menus just off the page.',
  layered: 'Depth is layered: two-part shadows (a tight contact shadow and a wide ambient one) separate raised surfaces.',
};

const SHAPE_SUMMARY: Record<string, string> = {
  sharp: 'Corners are sharp and architectural: small radii keep a precise, formal feel.',
  soft: 'Corners are softly rounded: modern and calm without looking playful.',
  rounded: 'Corners are generously rounded, friendly and approachable.',
  pill: 'Buttons and badges are pill-shaped; cards have large, soft corners.',
};

/** `a` or `an` by the first letter's sound (close enough for the category and strategy words used here). */
export function withArticle(word: string): string {
  return `${/^[aeio]|^u(?!ni|s)|^hour/i.test(word) ? 'an' : 'a'} ${word}`;
}

function sentenceList(items: string[]): string {
  if (items.length <= 1) return items.join('');
  return `${items.slice(0, -1).join(', ')} and ${items[items.length - 1]}`;
}

function shadowText(layers: { y: number; blur: number; spread: number; opacity: number }[]): string {
  if (layers.length === 0) return 'no shadow; a hairline border where separation is needed.';
  return (
    layers
      .map((s) => `offset ${formatNumber(round(s.y, 2))} px, blur ${formatNumber(round(s.blur, 2))} px, spread ${formatNumber(round(s.spread, 2))} px at ${formatNumber(round(s.opacity * 100, 1))}% opacity`)
      .join('; plus ') + '.'
  );
}

/** Everything the templates may show, already escaped for Markdown. */
export function viewModelFor(design: Design): Record<string, unknown> {
  const { selection, palette, typography } = design;
  const categoryWhy =
    selection.categorySource === 'given'
      ? 'given in the batch'
      : selection.categorySource === 'inferred'
        ? `inferred from ${sentenceList(selection.inferredFrom.map((w) => `“${md(w)}”`))}`
        : 'not given and not recognisable in the name, so the general design applies';
  const pairing = typography.pairing;
  return {
    name: md(design.site.name),
    domain: design.site.unicode,
    // The Overview follows "… is a dental site." with the tagline: it must end as a sentence too.
    tagline: md(asSentence(design.site.tagline)),
    categoryWithArticle: md(withArticle(selection.categoryLabel.toLowerCase())),
    categoryWhy,
    voice: md(sentenceList(selection.voice)),
    tone: md(selection.tone),
    layout: md(selection.layout.template),
    sectionCount: NUMBER_WORDS[selection.layout.sections.length] ?? String(selection.layout.sections.length),
    sectionList: md(sentenceList(selection.layout.sections.map((id) => (id === 'faq' ? 'FAQ' : id)))),
    strategyWithArticle: md(capitalise(withArticle(palette.strategy))),
    hue: formatNumber(round(palette.hue, 1)),
    colors: COLOR_ROLES.map((role) => ({
      label: role,
      hex: palette.light[role],
      darkHex: palette.dark[role],
      colorName: md(capitalise(palette.names[role])),
      usage: ROLE_USAGE[role],
    })),
    pairs: palette.pairs.map((p) => ({
      text: p.text,
      background: p.background,
      use: md(p.use),
      target: formatNumber(p.target),
      light: formatNumber(p.light),
      dark: formatNumber(p.dark),
    })),
    headingFamily: codeSpan(pairing.heading),
    bodyFamily: codeSpan(pairing.body),
    monoFamily: codeSpan(pairing.mono),
    scaleName: md(typography.scale.id),
    ratio: formatNumber(typography.scale.ratio),
    base: formatNumber(typography.scale.base),
    levels: TYPE_LEVELS.map((level) => {
      const s = typography.levels[level];
      return {
        level,
        family: s.family,
        size: px(s.size),
        weight: formatNumber(s.weight),
        lineHeight: formatNumber(round(s.lineHeight, 3)),
        letterSpacing: em(s.letterSpacing),
      };
    }),
    container: px(design.spacing['container'] ?? 1200),
    gutter: px(design.spacing['gutter'] ?? 24),
    sectionGap: px(design.spacing['3xl'] ?? 64),
    density: md(selection.shape.density),
    spacing: Object.entries(design.spacing).map(([key, value]) => ({ key, value: px(value) })),
    sections: selection.layout.sections.map((id, i) => ({
      index: i + 1,
      id,
      title: md(selection.copy[id]?.title ?? id),
      summary: SECTION_SUMMARY[id] ?? 'a section of the page',
    })),
    elevationSummary: ELEVATION_SUMMARY[design.elevation.style] ?? `Elevation style ${md(design.elevation.style)}.`,
    elevation: Object.keys(design.elevation.levels)
      .sort()
      .map((level) => ({ level, description: shadowText(design.elevation.levels[level] ?? []) })),
    shapeSummary: SHAPE_SUMMARY[selection.shape.radius] ?? `Corner style ${md(selection.shape.radius)}.`,
    radiusStyle: md(selection.shape.radius),
    rounded: Object.entries(design.rounded).map(([key, value]) => ({ key, value: px(value) })),
    components: Object.keys(design.components)
      .filter((id) => !id.endsWith('-dark'))
      .map((id) => {
        const [title, description] = COMPONENT_TEXT[id] ?? [id, 'a component.'];
        return { id, title, description };
      }),
    bodyContrast: formatNumber(pairValue(design, 'on-surface', 'surface', 'light')),
    bodyContrastDark: formatNumber(pairValue(design, 'on-surface', 'surface', 'dark')),
    brief: briefViewFor(design),
  };
}

function pairValue(design: Design, text: ColorRole, background: ColorRole, scheme: 'light' | 'dark'): number {
  const pair = design.palette.pairs.find((p) => p.text === text && p.background === background);
  return pair ? pair[scheme] : 0;
}

function capitalise(text: string): string {
  return text.length === 0 ? text : text.charAt(0).toUpperCase() + text.slice(1);
}

/** Trailing spaces dropped, runs of blank lines folded, LF only, exactly one final newline. */
export function tidyMarkdown(text: string): string {
  const lines = text.replace(/\r\n?/g, '\n').split('\n');
  const out: string[] = [];
  let blank = true; // drops leading blank lines
  for (const raw of lines) {
    let end = raw.length;
    while (end > 0 && (raw.charCodeAt(end - 1) === 32 || raw.charCodeAt(end - 1) === 9)) end -= 1;
    const line = end === raw.length ? raw : raw.slice(0, end);
    if (line === '') {
      if (!blank) out.push('');
      blank = true;
    } else {
      out.push(line);
      blank = false;
    }
  }
  while (out.length > 0 && out[out.length - 1] === '') out.pop();
  return out.join('\n') + '\n';
}

export function renderDesign(design: Design, templates: CompiledDesignTemplates): string {
  const yaml = frontMatterYaml(frontMatterFor(design));
  let body: string;
  try {
    body = templates.main(viewModelFor(design));
  } catch (error) {
    throw new WdmError(
      'E_TEMPLATE',
      `The DESIGN.md template failed: ${error instanceof Error ? error.message.split('\n')[0] : String(error)}`,
      { file: `templates/${MAIN}`, domain: design.site.domain },
      'a template names a value the view model does not have; see src/render/render.ts viewModelFor',
    );
  }
  return tidyMarkdown(`---\n${yaml}---\n\n${body}`);
}
