import { describe, expect, it } from 'vitest';
import { withArticle } from '../../src/render/prose.js';

// The DESIGN.md's prose puts an article before a voice ("an honest, seasonal ... voice"), a category label, a colour
// name and a scale: by the sound the word starts with, not its first letter.
describe('withArticle', () => {
  const cases: [string, string][] = [
    ['honest, seasonal, hardworking and rooted', 'an honest, seasonal, hardworking and rooted'],
    ['hearty', 'a hearty'],
    ['hopeful', 'a hopeful'],
    ['hour', 'an hour'],
    ['heirloom', 'an heirloom'],
    ['unhurried', 'an unhurried'],
    ['unique', 'a unique'],
    ['uninspired', 'an uninspired'],
    ['useful', 'a useful'],
    ['utilitarian', 'a utilitarian'],
    ['upbeat', 'an upbeat'],
    ['European', 'a European'],
    ['easy-going', 'an easy-going'],
    ['observant', 'an observant'],
    ['ambitious', 'an ambitious'],
    ['inclusive', 'an inclusive'],
    ['bakery', 'a bakery'],
    ['major-third', 'a major-third'],
  ];
  for (const [word, expected] of cases) it(`"${word}" → "${expected}"`, () => expect(withArticle(word)).toBe(expected));
});
