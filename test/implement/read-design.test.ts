// readDesign: the sample reads cleanly; hostile and broken files are refused with errors naming file and key.
import { existsSync, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, test } from 'vitest';
import { DesignSchemaError, readDesign } from '../../src/implement/index.js';
import { isWdmError, type WdmError } from '../../src/shared/errors.js';
import { editSample, sampleText } from './helpers.js';

const FILE = 'designs/demo/smithlaw.com/DESIGN.md';

function failure(text: string): WdmError {
  try {
    readDesign(text, FILE);
  } catch (error) {
    if (isWdmError(error)) return error;
    throw error;
  }
  throw new Error('readDesign accepted the file');
}

describe('readDesign on the sample', () => {
  test('reads every token and reports no findings', () => {
    const { tokens, findings } = readDesign(sampleText(), FILE);
    expect(findings).toEqual([]);
    expect(tokens.name).toBe('Smith Law');
    expect(tokens.colors.light.primary).toEqual({ r: 0x1a, g: 0x4d, b: 0x8f });
    expect(tokens.colors.dark['on-surface']).toEqual({ r: 0xe6, g: 0xea, b: 0xf0 });
    expect(tokens.typography.display.fontFamily).toEqual([
      { kind: 'named', name: 'Georgia' },
      { kind: 'named', name: 'Times New Roman' },
      { kind: 'generic', name: 'serif' },
    ]);
    expect(tokens.spacing['2xl']).toBe(48);
    expect(tokens.wdm.layout).toBe('services');
    expect(tokens.wdm.sections).toEqual(['hero', 'services', 'process', 'about', 'testimonials', 'faq', 'contact']);
    expect(tokens.wdm.copy['services']?.items).toHaveLength(4);
    expect(tokens.wdm.elevation.levels['3']).toHaveLength(2);
  });

  test('a missing canonical body section is a finding with its name', () => {
    const text = sampleText().replace('## Shapes\n', '## Forms\n');
    const { findings } = readDesign(text, FILE);
    expect(findings).toEqual([
      {
        severity: 'warning',
        rule: 'design/missing-section',
        message: 'found no "## Shapes" section, expected the eight canonical sections of the DESIGN.md format',
        place: { file: FILE, path: '## Shapes' },
      },
    ]);
  });
});

describe('hostile front matter', () => {
  test.each(['js', 'javascript', ' js', 'coffee'])('---%s front matter is refused and never evaluated', (lang) => {
    const dir = mkdtempSync(join(tmpdir(), 'wdm-js-'));
    const marker = join(dir, 'pwned');
    const payload = `---${lang}\n{ name: (globalThis.__wdmPwned = true, require('fs').writeFileSync(${JSON.stringify(marker)}, 'x'), 'x') }\n---\n# x\n`;
    try {
      const error = failure(payload);
      expect(error.code).toBe('E_DESIGN_PARSE');
      expect(error.format()).toContain(`${FILE}:1: found front matter opened by ${JSON.stringify(`---${lang}`)}`);
      expect((globalThis as Record<string, unknown>)['__wdmPwned']).toBeUndefined();
      expect(existsSync(marker)).toBe(false);
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  });

  test('a file that does not start with --- has no front matter', () => {
    const error = failure(`\n${sampleText()}`);
    expect(error.format()).toBe(
      `${FILE}:1: found no front matter, expected the file to start with a line "---" (a DESIGN.md starts with YAML front matter between two "---" lines)`,
    );
  });

  test('a billion-laughs alias bomb is refused without expanding it', () => {
    const levels = ['a: &a ["lol","lol","lol","lol","lol","lol","lol","lol","lol"]'];
    for (let i = 1; i < 9; i++) {
      const prev = String.fromCharCode(96 + i);
      const name = String.fromCharCode(97 + i);
      levels.push(`${name}: &${name} [${Array(9).fill(`*${prev}`).join(',')}]`);
    }
    const error = failure(`---\n${levels.join('\n')}\n---\n`);
    expect(error.code).toBe('E_DESIGN_PARSE');
    expect(error.message).toMatch(/^found a YAML alias \(\*name\), expected plain values: aliases are refused/);
  });

  test('even a single alias is refused', () => {
    const text = sampleText().replace('  secondary: "#2f6f73"', '  secondary: &p "#2f6f73"').replace('  link: "#1a4d8f"', '  link: *p');
    expect(failure(text).message).toMatch(/^found a YAML alias/);
  });

  test('duplicate keys are refused with their line', () => {
    const text = sampleText().replace('  on-primary: "#ffffff"\n', '  on-primary: "#ffffff"\n  primary: "#000000"\n');
    const error = failure(text);
    expect(error.code).toBe('E_DESIGN_PARSE');
    expect(error.place).toEqual({ file: FILE, line: 8, column: 3 });
    expect(error.message).toBe('invalid front matter YAML (DUPLICATE_KEY): Map keys must be unique');
  });

  test('a 10 MB file is refused before parsing', () => {
    const big = `${sampleText()}${'x'.repeat(10 * 1024 * 1024)}`;
    const started = process.hrtime.bigint();
    const error = failure(big);
    expect(error.message).toBe('file is larger than 2097152 bytes, expected a DESIGN.md of at most 2 MB');
    // Not a timing test: only guards against parsing 10 MB (which takes far longer than a second).
    expect(Number(process.hrtime.bigint() - started) / 1e9).toBeLessThan(5);
  });

  test('front matter over 256 KB is refused', () => {
    const text = sampleText().replace('version: alpha\n', `version: alpha\n# ${'y'.repeat(300 * 1024)}\n`);
    expect(failure(text).message).toBe('front matter is larger than 262144 bytes, expected at most 256 KB');
  });

  test('custom tags are refused', () => {
    const text = sampleText().replace('name: Smith Law', 'name: !!js/function "function () { return 1 }"');
    const error = failure(text);
    expect(error.message).toMatch(/^invalid front matter YAML \(TAG_RESOLVE_FAILED\)/);
    expect(error.place.line).toBe(3);
  });
});

describe('schema errors name the file, the key and what was expected', () => {
  function schemaError(edit: (front: Record<string, unknown>) => void): DesignSchemaError {
    const error = failure(editSample(edit));
    expect(error).toBeInstanceOf(DesignSchemaError);
    expect(error.code).toBe('E_DESIGN_SCHEMA');
    return error as DesignSchemaError;
  }
  const colors = (f: Record<string, unknown>): Record<string, unknown> => f['colors'] as Record<string, unknown>;
  const wdm = (f: Record<string, unknown>): Record<string, unknown> => f['x-wdm'] as Record<string, unknown>;

  test('a bad colour', () => {
    const error = schemaError((f) => {
      colors(f)['primary'] = 'blue';
    });
    expect(error.format()).toBe(`${FILE}: colors.primary: found "blue", expected a colour written as "#rrggbb" (write colours as six-digit hex, e.g. "#1a4d8f")`);
  });

  test('a missing -dark twin', () => {
    const error = schemaError((f) => {
      delete colors(f)['on-primary-dark'];
    });
    expect(error.format()).toBe(
      `${FILE}: colors.on-primary-dark: found nothing, expected a colour for the role on-primary-dark written as "#rrggbb" (and 1 more: components.button-primary-dark.textColor) (every colour role needs a -dark twin for the dark scheme)`,
    );
  });

  test('a broken reference', () => {
    const error = schemaError((f) => {
      ((f['components'] as Record<string, Record<string, unknown>>)['card'] as Record<string, unknown>)['backgroundColor'] = '{colors.surface-containr}';
    });
    expect(error.format()).toBe(
      `${FILE}: components.card.backgroundColor: found "{colors.surface-containr}", expected a reference to a defined token (colors.surface-containr is not defined) (fix the reference or define the token it names)`,
    );
  });

  test('a section without its copy block', () => {
    const error = schemaError((f) => {
      delete (wdm(f)['copy'] as Record<string, unknown>)['faq'];
    });
    expect(error.format()).toBe(`${FILE}: x-wdm.copy.faq: found nothing, expected a copy block (title, lead, items) for the section faq named in x-wdm.sections`);
  });

  test('an unknown section and an unknown layout, all reported', () => {
    const error = schemaError((f) => {
      (wdm(f)['sections'] as string[])[2] = 'blog';
      wdm(f)['layout'] = 'magazine';
    });
    expect(error.problems.map((p) => p.place.path)).toEqual(['x-wdm.layout', 'x-wdm.sections[2]']);
    expect(error.problems[1]?.message).toMatch(/^found "blog", expected a section id, one of hero, services, /);
    expect(error.message).toBe('found "magazine", expected one of landing, services, portfolio, menu, editorial, storefront (and 1 more: x-wdm.sections[2])');
  });

  test('typography with a bad unit and an injected font stack', () => {
    const error = schemaError((f) => {
      const type = f['typography'] as Record<string, Record<string, unknown>>;
      (type['body-md'] as Record<string, unknown>)['fontSize'] = '16pt';
      (type['display'] as Record<string, unknown>)['fontFamily'] = "serif; } body { background: url(https://evil.example/x) }";
    });
    expect(error.problems.map((p) => [p.place.path, p.message])).toEqual([
      ['typography.display.fontFamily', 'found "serif; } body { background: url(https://evil.example/x) }", expected a font stack of family names, quoted names and generic families separated by commas'],
      ['typography.body-md.fontSize', 'found "16pt", expected a positive dimension in px, rem or em'],
    ]);
  });

  test('spacing in px only, x-wdm.schema 1, hero first and contact present', () => {
    const error = schemaError((f) => {
      (f['spacing'] as Record<string, unknown>)['md'] = '1rem';
      wdm(f)['schema'] = 2;
      wdm(f)['sections'] = ['services', 'hero'];
    });
    expect(error.problems.map((p) => `${p.place.path}: ${p.message}`)).toEqual([
      'spacing.md: found "1rem", expected a non-negative dimension in px (e.g. 16px)',
      'x-wdm.schema: found 2, expected schema version 1',
      'x-wdm.sections[0]: found "services", expected hero (the hero holds the page heading and comes first)',
      'x-wdm.sections: found a list of 2, expected a list that includes contact (every site has a contact section)',
    ]);
  });

  test('a hostile domain cannot reach the mailto', () => {
    const error = schemaError((f) => {
      wdm(f)['domain'] = 'x.com?body=<script>';
    });
    expect(error.problems[0]?.place.path).toBe('x-wdm.domain');
  });
});
