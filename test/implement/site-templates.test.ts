// The site templates are data: scanned for design literals and raw output; compileSiteTemplates refuses both.
import { describe, expect, test } from 'vitest';
import { compileSiteTemplates, scanCssLiterals } from '../../src/implement/index.js';
import { isWdmError } from '../../src/shared/errors.js';
import { LAYOUT_TEMPLATES } from '../../src/shared/vocabulary.js';
import { readSiteTemplateSources } from './helpers.js';

const sources = readSiteTemplateSources();
const FONT_NAMES = /\b(?:Arial|Helvetica|Georgia|Times|Roboto|Inter|Verdana|Segoe|Menlo|Consolas|Courier|Garamond|Palatino|system-ui|sans-serif|serif|monospace)\b/;

function compileError(changed: Record<string, string>): string {
  try {
    compileSiteTemplates({ ...sources, ...changed });
  } catch (error) {
    if (isWdmError(error)) return error.format();
    throw error;
  }
  throw new Error('compileSiteTemplates accepted the templates');
}

describe('templates/site', () => {
  test('has a page, a stylesheet and its own partials for each of the six layouts', () => {
    for (const layout of LAYOUT_TEMPLATES) {
      expect(Object.keys(sources)).toContain(`site/${layout}/index.html.hbs`);
      expect(Object.keys(sources)).toContain(`site/${layout}/styles.css`);
      expect(Object.keys(sources).some((k) => k.startsWith(`site/${layout}/partials/`))).toBe(true);
    }
  });

  test('no CSS template holds a literal colour, font name or px size', () => {
    for (const [key, text] of Object.entries(sources).filter(([k]) => k.endsWith('.css'))) {
      expect(scanCssLiterals(text), key).toEqual([]);
      const code = text.replace(/\/\*[\s\S]*?\*\//g, '');
      expect(code, key).not.toMatch(/#[0-9a-fA-F]{3,8}\b|rgba?\(|hsla?\(/);
      expect(code, key).not.toMatch(/\d+px\b/);
      expect(code, key).not.toMatch(FONT_NAMES);
    }
  });

  test('no HTML template writes raw output or a literal colour, and none loads anything', () => {
    for (const [key, text] of Object.entries(sources).filter(([k]) => k.endsWith('.hbs'))) {
      expect(text, key).not.toMatch(/\{\{\{|\{\{~?\s*&/);
      expect(text, key).not.toMatch(/#[0-9a-fA-F]{6}\b|rgba?\(|hsla?\(|\sfill="(?!none)|\sstroke="|style=/);
      // Two exceptions, each for one job: the JSON-LD block (its only content is the json-ld helper's escaped JSON),
      // and <img> of the business's photos, whose src is always a value (an assets/ path the pipeline copies).
      expect(text, key).not.toMatch(/<script(?! type="application\/ld\+json">\n\{\{json-ld\}\}\n<\/script>)|<img(?![^>]*\ssrc="\{\{[a-z.@]+\}\}")|https?:|\/\/|\d+px\b/);
    }
  });

  test('the scanner catches each kind of literal', () => {
    expect(scanCssLiterals('a {\n  color: #fff;\n  background: rgb(0 0 0);\n  border-color: white;\n  margin: 12px;\n  font-family: Georgia, serif;\n}')).toEqual([
      { line: 2, kind: 'colour', text: '#fff' },
      { line: 3, kind: 'colour', text: 'rgb(' },
      { line: 4, kind: 'colour', text: 'white' },
      { line: 5, kind: 'px', text: '12px' },
      { line: 6, kind: 'font', text: 'font-family: Georgia, serif' },
    ]);
    expect(scanCssLiterals('.white-card:hover {\n  color: var(--color-link);\n  font-family: var(--font-body-md);\n}')).toEqual([]);
  });
});

describe('compileSiteTemplates refuses unsafe or incomplete templates', () => {
  test('triple-stash output', () => {
    expect(compileError({ 'site/partials/hero.hbs': '<h1>{{{title}}}</h1>' })).toBe(
      'templates/site/partials/hero.hbs:1: found raw output "{{{", expected only escaped {{value}} interpolation (use {{value}}; values from a DESIGN.md are never trusted as HTML)',
    );
  });

  test('a literal colour in a layout stylesheet', () => {
    expect(compileError({ 'site/menu/styles.css': '.a {\n  color: #c0ffee;\n}\n' })).toBe(
      'templates/site/menu/styles.css:2: found the literal colour "#c0ffee", expected var(--…) from the design tokens (colours, fonts and sizes come from the generated custom properties)',
    );
  });

  test('a missing layout page', () => {
    const without = { ...sources };
    delete without['site/editorial/index.html.hbs'];
    expect(() => compileSiteTemplates(without)).toThrow('found no page template for the layout "editorial", expected site/editorial/index.html.hbs');
  });

  test('a Handlebars syntax error, at compile time', () => {
    expect(compileError({ 'site/partials/faq.hbs': '{{#each items}}<p>{{title}}</p>' })).toMatch(
      /^templates\/site\/partials\/faq.hbs: found a Handlebars syntax error \(.+\), expected a template that parses \(fix the template syntax\)$/,
    );
  });

  test('CSS that does not parse', () => {
    expect(compileError({ 'site/base.css': '.a { color var(--color-link); }\n' })).toMatch(/^templates\/site\/base.css: found invalid CSS/);
  });
});
