// Template sources → one isolated, strict Handlebars environment holding every layout's page and partials.
import Handlebars from 'handlebars';
import { parse as parseCss } from 'css-tree';
import { WdmError } from '../shared/errors.js';
import { num } from '../shared/format.js';
import { ART_SCENES, CARD_STYLES, HEADER_STYLES, HERO_ARRANGEMENTS, LAYOUT_TEMPLATES, SECTION_RHYTHMS, type LayoutTemplate } from '../shared/vocabulary.js';
import { iconShapes, iconSvg, NO_ICONS, type IconSet } from './icon-set.js';
import { scanCssLiterals } from './template-css-scan.js';

export interface CompiledLayout {
  page: Handlebars.TemplateDelegate;
  css: string;
}

export interface CompiledSiteTemplates {
  layouts: Record<LayoutTemplate, CompiledLayout>;
  baseCss: string;
  /** Variant stylesheets by `<dimension>-<id>` (`hero-split`, `cards-outline`): a site carries only its own. */
  variants: Readonly<Record<string, string>>;
  /** Registered partial names: `shared/<name>`, `<layout>/<name>` and `art/<scene>`. */
  partials: ReadonlySet<string>;
  icons: IconSet;
  env: typeof Handlebars;
}

export interface SiteTemplateOptions {
  /** The icon set the `icon` and `artIcon` helpers draw from (none: pages show no icons). */
  icons?: IconSet;
}

const PARTIAL_KEY = /^site\/(?:partials|([a-z]+)\/partials)\/([a-z0-9-]+)\.hbs$/;
const ART_KEY = /^site\/art\/([a-z0-9-]+)\.hbs$/;
const VARIANT_KEY = /^site\/variants\/([a-z]+)-([a-z0-9-]+)\.css$/;
/** Each variant dimension and the ids its stylesheets may name. */
const VARIANT_DIMENSIONS: Record<string, readonly string[]> = { hero: HERO_ARRANGEMENTS, header: HEADER_STYLES, rhythm: SECTION_RHYTHMS, cards: CARD_STYLES };

/** `a.b@c.d` → escaped text with a line-break opportunity after the `@` and each dot: addresses wrap where a reader expects. */
export function withBreaks(text: string): string {
  return Handlebars.escapeExpression(text).replace(/([@.])(?=.)/g, '$1<wbr>');
}

const numberOr = (value: unknown, fallback: number): number => (typeof value === 'number' && Number.isFinite(value) ? value : fallback);

function registerHelpers(env: typeof Handlebars, icons: IconSet): void {
  // Markup from validated icon data and escaped text only; never a value from a DESIGN.md as HTML.
  env.registerHelper('icon', (name: unknown, className: unknown) => {
    const svg = typeof name === 'string' ? iconSvg(icons, name, typeof className === 'string' && /^[a-z0-9_ -]+$/.test(className) ? className : 'icon') : undefined;
    return new env.SafeString(svg ?? '');
  });
  /** An icon drawn inside art: `{{artIcon name x y size "ink-class"}}`, its stroke thinned as it grows. */
  env.registerHelper('artIcon', (name: unknown, x: unknown, y: unknown, size: unknown, className: unknown) => {
    const shapes = typeof name === 'string' ? iconShapes(icons, name) : undefined;
    if (shapes === undefined) return new env.SafeString('');
    const s = numberOr(size, 96) / 24;
    const cls = typeof className === 'string' && /^[a-z0-9_ -]+$/.test(className) ? className : 'ink-primary';
    const stroke = num(1.6 / Math.sqrt(s), 3);
    return new env.SafeString(
      `<g class="${cls}" transform="translate(${numberOr(x, 0)} ${numberOr(y, 0)}) scale(${num(s, 3)})" fill="none" stroke="currentColor" stroke-width="${stroke}" stroke-linecap="round" stroke-linejoin="round">${shapes}</g>`,
    );
  });
  env.registerHelper('wbr', (text: unknown) => new env.SafeString(typeof text === 'string' ? withBreaks(text) : ''));
  // The one unescaped value a page may carry: the JSON-LD text, which fact-view.ts builds with JSON.stringify and
  // \u-escapes for < > & (so it cannot close its <script>). It takes no argument: no template can route other text
  // through it.
  env.registerHelper('json-ld', (options: Handlebars.HelperOptions) => {
    const root: unknown = options.data?.root;
    const text = typeof root === 'object' && root !== null && 'jsonLd' in root && typeof root.jsonLd === 'string' ? root.jsonLd : '';
    if (/[<>&]/.test(text)) throw new Error('json-ld: unescaped <, > or & in the JSON-LD text');
    return new env.SafeString(text);
  });
}

function templateError(key: string, message: string, hint: string, line?: number): WdmError {
  return new WdmError('E_TEMPLATE', message, { file: `templates/${key}`, ...(line !== undefined ? { line } : {}) }, hint);
}

/** Refuses raw output: every value on a page comes from the DESIGN.md and must pass through HTML escaping. */
function checkNoRawOutput(key: string, source: string): void {
  const m = /\{\{\{|\{\{~?\s*&/.exec(source);
  if (m) {
    const line = source.slice(0, m.index).split('\n').length;
    throw templateError(key, `found raw output "${m[0]}", expected only escaped {{value}} interpolation`, 'use {{value}}; values from a DESIGN.md are never trusted as HTML', line);
  }
}

/** Handlebars compiles lazily; parsing now makes a broken template fail at start-up, not on the first site. */
function checkSyntax(key: string, source: string): void {
  try {
    Handlebars.parse(source);
  } catch (error) {
    const message = (error instanceof Error ? error.message : String(error)).split('\n')[0] ?? '';
    throw templateError(key, `found a Handlebars syntax error (${message}), expected a template that parses`, 'fix the template syntax');
  }
}

function checkCss(key: string, css: string): void {
  const errors: string[] = [];
  parseCss(css, { positions: true, onParseError: (e) => errors.push(`${e.message} (line ${(e as { line?: number }).line ?? '?'})`) });
  if (errors.length > 0) throw templateError(key, `found invalid CSS: ${errors[0]}, expected CSS that parses without errors`, 'fix the stylesheet syntax');
  const literal = scanCssLiterals(css)[0];
  if (literal) {
    throw templateError(
      key,
      `found the literal ${literal.kind} ${JSON.stringify(literal.text)}, expected var(--…) from the design tokens`,
      'colours, fonts and sizes come from the generated custom properties',
      literal.line,
    );
  }
}

/**
 * Keys are paths under templates/ (`site/services/index.html.hbs`, `site/partials/hero.hbs`,
 * `site/services/styles.css`, `site/base.css`); keys outside `site/` are ignored so the caller may pass every
 * template it read. Compile once per process and reuse the result for every site.
 */
export function compileSiteTemplates(sources: Record<string, string>, options: SiteTemplateOptions = {}): CompiledSiteTemplates {
  const env = Handlebars.create();
  const icons = options.icons ?? NO_ICONS;
  registerHelpers(env, icons);
  const partials = new Set<string>();
  const variants: Record<string, string> = {};
  const keys = Object.keys(sources).filter((k) => k.startsWith('site/')).sort();
  for (const key of keys) {
    const source = sources[key] ?? '';
    if (key.endsWith('.hbs')) {
      checkNoRawOutput(key, source);
      checkSyntax(key, source);
    }
    const art = ART_KEY.exec(key);
    if (art?.[1]) {
      if (!(ART_SCENES as readonly string[]).includes(art[1])) {
        throw templateError(key, `found art for the unknown scene "${art[1]}", expected one of ${ART_SCENES.join(', ')}`, 'name the file after a scene of ART_SCENES');
      }
      env.registerPartial(`art/${art[1]}`, env.compile(source, { strict: true, noEscape: false }));
      partials.add(`art/${art[1]}`);
      continue;
    }
    const variant = VARIANT_KEY.exec(key);
    if (variant?.[1] && variant[2]) {
      const allowed = VARIANT_DIMENSIONS[variant[1]];
      if (!allowed?.includes(variant[2])) {
        throw templateError(key, `found a variant stylesheet for "${variant[1]}-${variant[2]}", expected <dimension>-<id> with a dimension of ${Object.keys(VARIANT_DIMENSIONS).join(', ')} and an id of its vocabulary`, 'rename the file');
      }
      checkCss(key, source);
      variants[`${variant[1]}-${variant[2]}`] = source;
      continue;
    }
    const partial = PARTIAL_KEY.exec(key);
    if (partial) {
      const owner = partial[1] ?? 'shared';
      if (owner !== 'shared' && !(LAYOUT_TEMPLATES as readonly string[]).includes(owner)) {
        throw templateError(key, `found partials for the unknown layout "${owner}", expected one of ${LAYOUT_TEMPLATES.join(', ')}`, 'move the partial under a known layout');
      }
      const name = `${owner}/${partial[2]}`;
      env.registerPartial(name, env.compile(source, { strict: true, noEscape: false }));
      partials.add(name);
    }
  }
  const baseCss = sources['site/base.css'];
  if (baseCss === undefined) throw templateError('site/base.css', 'found no shared stylesheet, expected templates/site/base.css', 'restore the template');
  checkCss('site/base.css', baseCss);
  const layouts = {} as Record<LayoutTemplate, CompiledLayout>;
  for (const layout of LAYOUT_TEMPLATES) {
    const pageKey = `site/${layout}/index.html.hbs`;
    const cssKey = `site/${layout}/styles.css`;
    const page = sources[pageKey];
    const css = sources[cssKey];
    if (page === undefined) throw templateError(pageKey, `found no page template for the layout "${layout}", expected ${pageKey}`, 'every layout in LAYOUT_TEMPLATES needs a folder');
    if (css === undefined) throw templateError(cssKey, `found no stylesheet for the layout "${layout}", expected ${cssKey}`, 'every layout in LAYOUT_TEMPLATES needs a folder');
    checkCss(cssKey, css);
    layouts[layout] = { page: env.compile(page, { strict: true }), css };
  }
  for (const scene of ART_SCENES) {
    if (!partials.has(`art/${scene}`)) throw templateError(`site/art/${scene}.hbs`, `found no art for the scene "${scene}", expected templates/site/art/${scene}.hbs`, 'every scene of ART_SCENES needs its art');
  }
  return { layouts, baseCss, variants, partials, icons, env };
}
