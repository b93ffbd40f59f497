// Template sources → one isolated, strict Handlebars environment holding every layout's page and partials.
import Handlebars from 'handlebars';
import { parse as parseCss } from 'css-tree';
import { WdmError } from '../shared/errors.js';
import { LAYOUT_TEMPLATES, type LayoutTemplate } from '../shared/vocabulary.js';
import { scanCssLiterals } from './template-css-scan.js';

export interface CompiledLayout {
  page: Handlebars.TemplateDelegate;
  css: string;
}

export interface CompiledSiteTemplates {
  layouts: Record<LayoutTemplate, CompiledLayout>;
  baseCss: string;
  /** Registered partial names: `shared/<name>` and `<layout>/<name>`. */
  partials: ReadonlySet<string>;
  env: typeof Handlebars;
}

const PARTIAL_KEY = /^site\/(?:partials|([a-z]+)\/partials)\/([a-z0-9-]+)\.hbs$/;

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
export function compileSiteTemplates(sources: Record<string, string>): CompiledSiteTemplates {
  const env = Handlebars.create();
  // The one unescaped value a page may carry: the JSON-LD text, which fact-view.ts builds with JSON.stringify and
  // \u-escapes for < > & (so it cannot close its <script>). It takes no argument: no template can route other text
  // through it.
  env.registerHelper('json-ld', (options: Handlebars.HelperOptions) => {
    const root: unknown = options.data?.root;
    const text = typeof root === 'object' && root !== null && 'jsonLd' in root && typeof root.jsonLd === 'string' ? root.jsonLd : '';
    if (/[<>&]/.test(text)) throw new Error('json-ld: unescaped <, > or & in the JSON-LD text');
    return new env.SafeString(text);
  });
  const partials = new Set<string>();
  const keys = Object.keys(sources).filter((k) => k.startsWith('site/')).sort();
  for (const key of keys) {
    const source = sources[key] ?? '';
    if (key.endsWith('.hbs')) {
      checkNoRawOutput(key, source);
      checkSyntax(key, source);
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
  return { layouts, baseCss, partials, env };
}
