// Design → DESIGN.md text: YAML front matter from the `yaml` package, prose from Handlebars templates.
import Handlebars from 'handlebars';
import { WdmError } from '../shared/errors.js';
import { formatNumber, round } from '../shared/format.js';
import { TYPE_LEVELS, type ColorRole, type Design, type FontCatalogue } from '../shared/types.js';
import { LAYOUT_TEMPLATES, SECTION_IDS } from '../shared/vocabulary.js';
import { asSentence } from '../rules/sentences.js';
import { inEnglishKeeping } from '../rules/english.js';
import { escapeMarkdown as md, codeSpan } from './markdown.js';
import { em, frontMatterFor, frontMatterText, px } from './frontmatter.js';
import { breakpointsFor, siteFactsOf, type KnownSheets, type SiteFacts } from './site-facts.js';
import {
  colourItems,
  colourProse,
  componentItems,
  componentsUsed,
  elevationProse,
  layoutProse,
  loadedFamilies,
  numberWord,
  pxText,
  sentenceList,
  shapeProse,
  typeProse,
  withArticle,
} from './prose.js';
import { briefViewFor } from './brief.js';

/** Template sources keyed by their path under the templates folder (`design/DESIGN.md.hbs`, `design/partials/x.hbs`). */
export type TemplateSources = Record<string, string>;

export interface CompiledDesignTemplates {
  readonly main: Handlebars.TemplateDelegate;
  readonly env: typeof Handlebars;
  /** What the site templates do (breakpoints, markup per section), so the prose states what the site does. */
  readonly siteFacts: SiteFacts;
  /** The self-hostable font families (names and licences): the prose names what the site will load. */
  readonly fonts: FontCatalogue;
}

export interface DesignTemplateOptions {
  fonts?: FontCatalogue;
  /** Stylesheet breakpoints the build read already, by the sha256 of the sheet's text (see site-facts.ts). */
  knownSheets?: KnownSheets;
}

const MAIN = 'design/DESIGN.md.hbs';
const PARTIALS = 'design/partials/';

/**
 * Compiles the design templates once into an isolated Handlebars environment. Strict mode turns a missing value into
 * an error instead of an empty string; `noEscape` because the view model is Markdown-escaped before it gets here
 * (Handlebars' own escaping is for HTML and would corrupt Markdown).
 */
export function compileDesignTemplates(sources: TemplateSources, options: DesignTemplateOptions = {}): CompiledDesignTemplates {
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
  return { main: compileOne(env, MAIN, main), env, siteFacts: siteFactsOf(sources, LAYOUT_TEMPLATES, SECTION_IDS, options.knownSheets), fonts: options.fonts ?? {} };
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

/** How a card that claims nothing begins: what to ask, say or send. */
const ASKING = /^(Ask|Say|Send|Tell)\b/u;

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

/** Everything the templates may show, already escaped for Markdown. */
export function viewModelFor(design: Design, templates?: Pick<CompiledDesignTemplates, 'siteFacts' | 'fonts'>): Record<string, unknown> {
  const { selection, palette, typography } = design;
  const facts = templates?.siteFacts.layouts[selection.layout.template];
  const fonts = templates?.fonts ?? {};
  const name = md(design.site.name);
  const categoryWhy =
    selection.categorySource === 'given'
      ? selection.givenCategory === undefined
        ? `Its category, ${md(selection.categoryLabel.toLowerCase())}, is given in the batch.`
        : `Its category, ${md(selection.categoryLabel.toLowerCase())}, was narrowed from the batch's ${md(selection.givenCategory.label.toLowerCase())} by ${sentenceList(selection.inferredFrom.map((w) => `“${md(w)}”`))} in the domain name.`
      : selection.categorySource === 'inferred'
        ? `Its category, ${md(selection.categoryLabel.toLowerCase())}, was inferred from ${sentenceList(selection.inferredFrom.map((w) => `“${md(w)}”`))} in the domain name.`
        : `Nothing in “${md(design.site.unicode)}” names a trade, so the general design applies.`;
  const { used, unused } = componentsUsed(design, facts);
  const usedSet = new Set(used);
  const colours = colourProse(design);
  const type = typeProse(design, fonts);
  const layout = layoutProse(design, templates === undefined ? undefined : breakpointsFor(templates.siteFacts, selection.layout.template, design.composition));
  const elevation = elevationProse(design, usedSet);
  const tagline = design.site.tagline.trim() === '' ? '' : ` ${md(asSentence(design.site.tagline))}`;
  const sections = selection.layout.sections;
  const body = pairValue(design, 'on-surface', 'surface', 'light');
  const outline = pairValue(design, 'outline', 'surface', 'light');
  const guidance = selection.guidance;
  const loaded = loadedFamilies(design, fonts);
  return {
    name,
    intro: `${name} (${codeSpan(design.site.unicode)}) is ${md(withArticle(selection.categoryLabel.toLowerCase()))} site.${tagline}`,
    voiceSentence: `${name} speaks in ${withArticle(md(sentenceList(selection.voice)))} voice, with a ${md(selection.tone)} tone. ${categoryWhy}`,
    layoutSentence: `The page at ${codeSpan(design.site.domain)} uses the **${md(selection.layout.template)}** layout with ${numberWord(sections.length)} sections: ${md(sentenceList(sections.map((id) => (id === 'faq' ? 'FAQ' : id))))}.`,
    generated: `This file is generated for ${codeSpan(design.site.domain)} from its batch entry and the rules; edit those rather than this file, since ${codeSpan('wdm-design generate')} rewrites it.`,
    guidance: guidance === undefined ? [] : [`**Imagery:** ${md(guidance.imagery)}`, `**Icons:** ${md(guidance.icons)}`, `**Voice:** ${md(guidance.voice)}`],
    colourStrategy: colours.strategy,
    colourCompanions: colours.companions,
    colourDark: colours.dark,
    colorItems: colourItems(design, usedSet),
    pairs: palette.pairs.map((p) => ({
      text: p.text,
      background: p.background,
      use: md(p.use),
      target: formatNumber(p.target),
      light: formatNumber(p.light),
      dark: formatNumber(p.dark),
    })),
    typeFamilies: type.families,
    typeHosting: type.hosting,
    typeScale: type.scale,
    typeHierarchy: type.hierarchy,
    typeItems: type.items,
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
    layoutContainer: layout.container,
    layoutBreakpoints: layout.breakpoints,
    spacing: Object.entries(design.spacing).map(([key, value]) => ({ key, value: px(value) })),
    layoutName: md(selection.layout.template),
    sections: sections.map((id, i) => {
      const block = selection.copy[id];
      const count = block?.items.length ?? 0;
      // A list whose every card asks ("Ask whether ...", "Say what ...") stands in for facts the business has not
      // given: the brief says so, rather than calling the questions its features.
      const asks = count > 0 && block !== undefined && block.items.every((item) => ASKING.test(item.text));
      const summary = asks && id === 'features' ? 'what to ask the business about, as a grid' : asks && id === 'services' ? 'what to ask the business about, as cards' : (SECTION_SUMMARY[id] ?? 'a section of the page');
      return {
        index: i + 1,
        id,
        title: md(block?.title ?? id),
        summary:
          id === 'hero' && block?.secondaryAction === undefined
            ? 'the headline, the tagline and the main call to action'
            : count > 0 && !['hero', 'contact', 'cta'].includes(id)
              ? `${summary} (${numberWord(count)} ${count === 1 ? 'item' : 'items'})`
              : summary,
      };
    }),
    elevationSummary: elevation.summary,
    elevationLevels: elevation.levels,
    shapeSummary: shapeProse(design, used),
    rounded: Object.entries(design.rounded).map(([key, value]) => ({ key, value: px(value) })),
    componentsIntro: `The ${md(selection.layout.template)} page of ${name} renders these components, each with a ${codeSpan('-dark')} twin for the dark scheme:`,
    componentItems: componentItems(design, used),
    unusedComponents:
      unused.length === 0
        ? ''
        : `The tokens also declare ${sentenceList(unused.map((id) => codeSpan(id)))}, which the ${md(selection.layout.template)} page of ${name} does not use; they are kept so the token set stays complete.`,
    dos: [
      `Do use ${codeSpan('primary')} (${codeSpan(palette.light.primary)}) for the one most important action in each section.`,
      `Do keep body text in ${codeSpan('on-surface')} (${codeSpan(palette.light['on-surface'])}) on ${codeSpan('surface')} (${codeSpan(palette.light.surface)}): ${formatNumber(body)}:1 in light, ${formatNumber(pairValue(design, 'on-surface', 'surface', 'dark'))}:1 in dark.`,
      `Do switch every colour to its ${codeSpan('-dark')} twin together when the reader prefers a dark scheme: the page becomes ${codeSpan(palette.dark.surface)}.`,
      `Do keep ${name} to its ten type levels, from ${pxText(typography.levels.caption.size)} (${codeSpan('caption')}) to ${pxText(typography.levels.display.size)} (${codeSpan('display')}), rather than in-between sizes.`,
    ],
    donts: [
      `Don't set text on ${codeSpan('primary')}, ${codeSpan('secondary')} or ${codeSpan('tertiary')} in any colour but its ${codeSpan('on-')} partner (${codeSpan(palette.light['on-primary'])} on ${codeSpan(palette.light.primary)}).`,
      `Don't use ${codeSpan('outline')} (${codeSpan(palette.light.outline)}) for text: at ${formatNumber(outline)}:1 on the page it is tuned for borders, not reading.`,
      loaded.length > 0
        ? `Don't load fonts or images from other servers: ${codeSpan(design.site.domain)} carries ${sentenceList(loaded.map((f) => md(f)))} in its own folder.`
        : `Don't load fonts or images from other servers: the font stacks are local by design.`,
      `Don't add corner radii to ${name} outside the ${md(selection.shape.radius)} scale (${sentenceList(['sm', 'md', 'lg', 'xl'].filter((k) => design.rounded[k] !== undefined).map((k) => `${k} ${pxText(design.rounded[k] as number)}`))}).`,
    ],
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
  // Two regular-expression passes and a trim instead of a split into ~600 lines and a join: the same result as
  // `tidyMarkdownByLines` (the property test holds the two equal). The last line has no newline after it, so its
  // trailing blanks go with the trailing blank lines.
  const lf = text.indexOf('\r') === -1 ? text : text.replace(/\r\n?/g, '\n');
  // Each pass only when the text holds what it changes (indexOf is far quicker than the expressions' scans).
  const stripped = lf.includes(' \n') || lf.includes('\t\n') ? lf.replace(/[ \t]+\n/g, '\n') : lf;
  const folded = stripped.includes('\n\n\n') ? stripped.replace(/\n{3,}/g, '\n\n') : stripped;
  let start = 0;
  let end = folded.length;
  while (start < end && folded.charCodeAt(start) === 10) start += 1;
  for (let c = folded.charCodeAt(end - 1); end > start && (c === 10 || c === 32 || c === 9); c = folded.charCodeAt(end - 1)) end -= 1;
  return `${folded.slice(start, end)}\n`;
}

/** The line-by-line statement of `tidyMarkdown`, kept as the reference its test compares with. */
export function tidyMarkdownByLines(text: string): string {
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

/**
 * `tidyMarkdown` of the DESIGN.md made of this front matter and body. When the front matter is tidy already (no blank
 * line, no trailing blank, no carriage return: what the emitter writes itself), only the body is tidied: the front
 * matter ends with a line break before `---` and a blank line, so the body's leading blank lines fold into that
 * blank line and its trailing ones end the file either way; only a body that is all blank reaches back into the
 * front matter, and it takes the whole-text way. The property test in test/render/render-tidy.test.ts holds the
 * two equal.
 */
export function designText(yaml: string, yamlTidy: boolean, body: string): string {
  const [head, tail] = designTextParts(yaml, yamlTidy, body);
  return head + tail;
}

/**
 * `designText` as the front matter block and the body (or all of it in the tail, the whole-text way), so that the
 * two can be encoded apart (shared/encoding.ts `utf8BytesOf`): the head, when not empty, ends with a line break.
 */
export function designTextParts(yaml: string, yamlTidy: boolean, body: string): readonly [string, string] {
  if (yamlTidy) {
    const tidyBody = tidyMarkdown(body);
    if (tidyBody !== '\n') return [`---\n${yaml}---\n\n`, tidyBody];
  }
  return ['', tidyMarkdown(`---\n${yaml}---\n\n${body}`)];
}

export function renderDesign(design: Design, templates: CompiledDesignTemplates): string {
  return renderDesignWithData(design, templates).text;
}

/**
 * `renderDesign`'s text, in the two parts it is made of (`designTextParts`), with the front matter object it wrote
 * when the emitter wrote it itself (`frontMatter`, the object whose YAML the text holds; undefined when `yaml` wrote
 * it): the build hands it to the implementation stage instead of reading the text back (implement/read-design.ts
 * `readDesignWith`).
 */
export function renderDesignWithData(design: Design, templates: CompiledDesignTemplates): { text: string; parts: readonly [string, string]; frontMatter?: Record<string, unknown> } {
  const frontMatter = frontMatterFor(design);
  const { yaml, tidy } = frontMatterText(frontMatter);
  let body: string;
  try {
    body = templates.main(viewModelFor(design, templates));
  } catch (error) {
    throw new WdmError(
      'E_TEMPLATE',
      `The DESIGN.md template failed: ${error instanceof Error ? error.message.split('\n')[0] : String(error)}`,
      { file: `templates/${MAIN}`, domain: design.site.domain },
      'a template names a value the view model does not have; see src/render/render.ts viewModelFor',
    );
  }
  if (design.selection.english === 'us') body = proseInEnglish(body, design.selection);
  const parts = designTextParts(yaml, tidy, body);
  const text = parts[0] + parts[1];
  return tidy ? { text, parts, frontMatter } : { text, parts };
}

/**
 * The DESIGN.md prose of an American site in American English, as its page copy already is ("colour" → "color",
 * "centred", "anticlockwise round the wheel"): the templates' own words are British. Code spans (token names, paths,
 * values) are left as written, and so is what the user gave: the name, a given tagline, and every fact.
 */
export function proseInEnglish(body: string, selection: Design['selection']): string {
  const keep = [selection.name];
  if (selection.taglineSource === 'given') keep.push(selection.tagline.trim(), asSentence(selection.tagline));
  if (selection.facts !== undefined) collectStrings(selection.facts, keep);
  // Code spans are written by codeSpan (single backticks, none inside); an escaped backtick (\`) opens none.
  let out = '';
  let from = 0;
  for (const span of body.matchAll(CODE_SPAN)) {
    out += inEnglishKeeping(body.slice(from, span.index), 'us', keep) + span[0];
    from = span.index + span[0].length;
  }
  return out + inEnglishKeeping(body.slice(from), 'us', keep);
}

const CODE_SPAN = /(?<!\\)`[^`]*`/g;

function collectStrings(value: unknown, into: string[]): void {
  if (typeof value === 'string') {
    if (value.trim() !== '') into.push(value);
  } else if (Array.isArray(value)) {
    for (const item of value) collectStrings(item, into);
  } else if (value !== null && typeof value === 'object') {
    for (const item of Object.values(value)) collectStrings(item, into);
  }
}
