// The DESIGN.md token checker on valibot (token-schema.ts + validate-tokens.ts): one case per kind of mistake a
// hand-edited front matter holds, each with the exact messages (and order) the hand-written checker gave before.
import { describe, expect, test } from 'vitest';
import { DesignSchemaError, readDesign } from '../../src/implement/index.js';
import { SECTION_IDS } from '../../src/shared/vocabulary.js';
import { editSample, sampleText } from './helpers.js';

const FILE = 'designs/demo/smithlaw.com/DESIGN.md';

type Front = Record<string, unknown>;

/** The mapping at `path` under `root` (list steps are indexes), for editing in place. */
function at(root: unknown, ...path: (string | number)[]): Record<string, unknown> {
  let node = root;
  for (const step of path) node = Array.isArray(node) ? node[step as number] : (node as Record<string, unknown>)[step];
  if (node === null || typeof node !== 'object') throw new Error(`no mapping at ${path.join('.')}`);
  return node as Record<string, unknown>;
}

/** Every problem as `path: message`, in report order, plus the error's hint. */
function problemsOf(text: string): { problems: string[]; hint: string | undefined } {
  try {
    readDesign(text, FILE);
  } catch (error) {
    if (error instanceof DesignSchemaError) return { problems: error.problems.map((p) => `${p.place.path}: ${p.message}`), hint: error.hint };
    throw error;
  }
  throw new Error('readDesign accepted the file');
}

const problems = (edit: (front: Front) => void): string[] => problemsOf(editSample(edit)).problems;

describe('dropped keys are "found nothing", worded for what goes there', () => {
  test('a light colour role, a dark twin (its own hint), a type field and a whole type level', () => {
    const result = problemsOf(
      editSample((f) => {
        delete at(f, 'colors')['link-dark'];
        delete at(f, 'colors')['primary'];
        delete at(f, 'typography', 'label')['fontWeight'];
        delete at(f, 'typography')['code'];
      }),
    );
    expect(result.problems).toEqual([
      'colors.primary: found nothing, expected a colour for the role primary written as "#rrggbb"',
      'colors.link-dark: found nothing, expected a colour for the role link-dark written as "#rrggbb"',
      'typography.label.fontWeight: found nothing, expected a whole number from 1 to 1000',
      'typography.code: found nothing, expected a map with fontFamily, fontSize, fontWeight, lineHeight and letterSpacing',
      'components.button-primary.backgroundColor: found "{colors.primary}", expected a reference to a defined token (colors.primary is not defined)',
      'components.link-dark.textColor: found "{colors.link-dark}", expected a reference to a defined token (colors.link-dark is not defined)',
    ]);
    expect(result.hint).toBe('write colours as six-digit hex, e.g. "#1a4d8f"');
  });

  test('required token keys come first, then the map\'s keys in sorted order; elevation levels alike', () => {
    expect(
      problems((f) => {
        delete at(f, 'rounded')['md'];
        at(f, 'rounded')['sm'] = '4rem';
        at(f, 'rounded')['a-extra'] = -1;
        at(f, 'rounded')['Bad Key'] = '1px';
        delete at(f, 'x-wdm', 'elevation', 'levels')['2'];
        at(f, 'x-wdm', 'elevation', 'levels')['x'] = [{ y: 'not looked into' }];
      }),
    ).toEqual([
      'rounded.md: found nothing, expected a dimension in px',
      'rounded.Bad Key: found the key "Bad Key", expected lower-case letters, digits and hyphens',
      'rounded.a-extra: found -1, expected a non-negative dimension in px (e.g. 16px)',
      'rounded.sm: found "4rem", expected a non-negative dimension in px (e.g. 16px)',
      'components.button-primary.rounded: found "{rounded.md}", expected a reference to a defined token (rounded.md is not defined)',
      'components.button-secondary.rounded: found "{rounded.md}", expected a reference to a defined token (rounded.md is not defined)',
      'x-wdm.elevation.levels.2: found nothing, expected a list of shadows (may be empty)',
      'x-wdm.elevation.levels.x: found the level "x", expected a single digit',
    ]);
  });

  test('a list item\'s missing key is worded by the key, not by the item', () => {
    expect(
      problems((f) => {
        delete at(f, 'x-wdm', 'copy', 'services', 'items', 1)['title'];
        delete at(f, 'x-wdm', 'elevation', 'levels', '1', 0)['blur'];
      }),
    ).toEqual([
      'x-wdm.elevation.levels.1[0].blur: found nothing, expected a number of px from 0 to 400',
      'x-wdm.copy.services.items[1].title: found nothing, expected a non-empty string of at most 2000 characters',
    ]);
  });
});

describe('wrong types, typos of keys, bad colours, numbers out of range', () => {
  test('each names the value found; a typo of a key reads as the key missing (unknown keys are ignored)', () => {
    expect(
      problems((f) => {
        f['name'] = 12;
        f['colour'] = f['colors'];
        delete f['colors'];
        at(f, 'typography', 'body-md')['fontSzie'] = at(f, 'typography', 'body-md')['fontSize'];
        delete at(f, 'typography', 'body-md')['fontSize'];
        f['components'] = { card: { padding: Number.POSITIVE_INFINITY, textColor: '{colors.nope}' } };
        at(f, 'x-wdm')['schema'] = 2;
      }),
    ).toEqual([
      'name: found 12, expected a non-empty string of at most 200 characters',
      'colors: found nothing, expected a map of the 14 colour roles and their -dark twins',
      'typography.body-md.fontSize: found nothing, expected a positive dimension in px, rem or em',
      'components.card.padding: found Infinity, expected a token reference like "{colors.primary}" or a dimension',
      'components.card.textColor: found "{colors.nope}", expected a reference to a defined token (colors.nope is not defined)',
      'x-wdm.schema: found 2, expected schema version 1',
    ]);
  });

  test('colours that are not six-digit hex, and numbers out of their range', () => {
    expect(
      problems((f) => {
        at(f, 'colors')['surface'] = '#fff';
        at(f, 'colors')['outline-dark'] = 'rgb(0 0 0)';
        at(f, 'typography', 'display')['fontWeight'] = 1200;
        at(f, 'typography', 'display')['lineHeight'] = 11;
        at(f, 'x-wdm', 'elevation', 'levels', '3', 0)['opacity'] = 1.5;
        at(f, 'x-wdm', 'contrast', 0)['target'] = 30;
      }),
    ).toEqual([
      'colors.surface: found "#fff", expected a colour written as "#rrggbb"',
      'colors.outline-dark: found "rgb(0 0 0)", expected a colour written as "#rrggbb"',
      'typography.display.fontWeight: found 1200, expected a whole number from 1 to 1000',
      'typography.display.lineHeight: found 11, expected a unitless number (e.g. 1.5) or a dimension in px, rem or em',
      'x-wdm.elevation.levels.3[0].opacity: found 1.5, expected a number from 0 to 1',
      'x-wdm.contrast[0].target: found 30, expected a contrast ratio from 1 to 21',
    ]);
  });

  test('lists: too long is one problem; sections repeated, not led by hero, without contact', () => {
    expect(
      problems((f) => {
        at(f, 'x-wdm', 'elevation', 'levels')['1'] = [1, 2, 3, 4, 5];
        at(f, 'x-wdm')['sections'] = ['services', 'faq', 'faq', 'blog'];
        at(f, 'x-wdm')['composition'] = { hero: 'split', header: 'bar', rhythm: 'open', cards: 'raised', scene: 'blob', subjects: ['star', 'Bad Icon'] };
      }),
    ).toEqual([
      'x-wdm.sections[2]: found "faq", expected each section at most once',
      `x-wdm.sections[3]: found "blog", expected a section id, one of ${SECTION_IDS.join(', ')}`,
      'x-wdm.sections[0]: found "services", expected hero (the hero holds the page heading and comes first)',
      'x-wdm.sections: found a list of 4, expected a list that includes contact (every site has a contact section)',
      'x-wdm.elevation.levels.1: found a list of 5, expected a list of at most 4 shadows',
      'x-wdm.composition.subjects: found a list of 2, expected a list of 1 to 6 icon names (lower-case words joined by hyphens)',
    ]);
  });

  test('a copy block is checked for the sections on the page only, its call to action against them', () => {
    expect(
      problems((f) => {
        at(f, 'x-wdm', 'copy')['gallery'] = { title: 42 };
        at(f, 'x-wdm', 'copy', 'hero')['actionTarget'] = 'gallery';
        at(f, 'x-wdm', 'copy', 'faq')['sample'] = 'yes';
      }),
    ).toEqual([
      'x-wdm.copy.hero.actionTarget: found "gallery", expected a section of this page, one of hero, services, process, about, testimonials, faq, contact',
      'x-wdm.copy.faq.sample: found "yes", expected true or false',
    ]);
  });
});

describe('changed on valibot', () => {
  test('a token map key that would reach Object.prototype (constructor, prototype) is refused, not taken as a token', () => {
    // The hand-written checker took `constructor: 4px` as a radius and wrote --radius-constructor; valibot's records
    // skip such keys, so the checker names them instead of dropping them silently.
    const text = sampleText().replace('\nrounded:\n', '\nrounded:\n  constructor: 4px\n');
    expect(problemsOf(text).problems).toEqual(['rounded.constructor: found the key "constructor", expected a token name other than __proto__, constructor, prototype']);
  });
});

test('the sample still reads, unknown keys and all', () => {
  const text = editSample((f) => {
    f['x-extra'] = { anything: true };
    at(f, 'typography', 'body-md')['fontFeature'] = 'tnum';
  });
  expect(readDesign(text, FILE).tokens.name).toBe('Smith Law');
});
