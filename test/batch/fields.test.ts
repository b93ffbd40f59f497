import { describe, expect, it } from 'vitest';
import { checkBrandColor, checkCategory, checkText, parseBatch, validateRow } from '../../src/batch/index.js';
import { didYouMean } from '../../src/shared/did-you-mean.js';

describe('brandColor', () => {
  it.each([
    ['#1a4d8f', '#1a4d8f'],
    ['#1A4D8F', '#1a4d8f'],
    ['#fa0', '#ffaa00'],
    ['#FA0', '#ffaa00'],
    [' #abc ', '#aabbcc'],
  ])('%j → %s', (input, value) => {
    expect(checkBrandColor(input)).toEqual({ ok: true, value });
  });

  it.each(['1a4d8f', '#12345', '#1a4d8f0', '#ggg', 'blue', 'rgb(0,0,0)', '#1a4d8fff'])('refuses %j', (input) => {
    const result = checkBrandColor(input);
    expect(result).toMatchObject({ ok: false, message: `Unexpected brandColor "${input}", expected a hex colour like #1a4d8f or #fa0` });
  });

  it('suggests the missing #', () => {
    expect(checkBrandColor('1a4d8f')).toMatchObject({ ok: false, hint: 'Add the "#": "#1a4d8f".' });
  });
});

describe('category', () => {
  it.each(['legal', 'real-estate', 'home-services', 'creative-studio', 'b2b'])('accepts %s', (id) => {
    expect(checkCategory(id)).toEqual({ ok: true, value: id });
  });

  it.each([
    ['Real Estate', 'Write it as "real-estate", or leave category out to have it inferred from the domain.'],
    ['real_estate', 'Write it as "real-estate", or leave category out to have it inferred from the domain.'],
    ['LEGAL', 'Write it as "legal", or leave category out to have it inferred from the domain.'],
    ['-legal', 'Write it as "legal", or leave category out to have it inferred from the domain.'],
    ['real--estate', 'Write it as "real-estate", or leave category out to have it inferred from the domain.'],
    ['9lives', 'Use one of the category ids of rules/categories.yaml, or leave category out to have it inferred.'],
  ])('refuses %j', (input, hint) => {
    expect(checkCategory(input)).toEqual({
      ok: false,
      message: `Unexpected category "${input}", expected a lower-case id like real-estate`,
      hint,
    });
  });
});

describe('name and tagline', () => {
  it('NFC-normalises and trims', () => {
    expect(checkText('name', '  Cafe\u0301 Lumie\u0300re ')).toEqual({ ok: true, value: 'Café Lumière' });
  });

  it('counts length in characters, not UTF-16 units', () => {
    expect(checkText('name', '🍞'.repeat(80)).ok).toBe(true);
    expect(checkText('name', 'a'.repeat(81))).toEqual({ ok: false, message: 'Unexpected name of 81 characters, expected at most 80', hint: 'Shorten the name.' });
    expect(checkText('tagline', 'a'.repeat(160)).ok).toBe(true);
    expect(checkText('tagline', 'a'.repeat(161))).toMatchObject({ ok: false, message: 'Unexpected tagline of 161 characters, expected at most 160' });
  });

  it('refuses control and direction-override characters', () => {
    expect(checkText('tagline', 'Fresh\u0000bread')).toMatchObject({
      ok: false,
      message: 'Unexpected control character U+0000 in tagline "Fresh\\u{0000}bread", expected plain text on one line',
    });
    expect(checkText('name', 'Evil\u202eCorp')).toMatchObject({
      ok: false,
      message: 'Unexpected bidirectional control character U+202E in name "Evil\\u{202E}Corp", expected plain text on one line',
    });
  });
});

describe('rows', () => {
  const row = (entries: Array<[string, unknown]>, line = 7) => validateRow({ line, value: new Map(entries), text: '' }, 'f.yaml');

  it('builds a site with its normalised fields and source', () => {
    expect(
      row([
        ['brandColor', '#ABC'],
        ['domain', 'Bäckerei-Müller.DE.'],
        ['name', ' Bäckerei Müller '],
        ['category', 'bakery'],
      ]),
    ).toEqual({
      ok: true,
      site: {
        domain: 'xn--bckerei-mller-bfb28a.de',
        unicode: 'bäckerei-müller.de',
        category: 'bakery',
        name: 'Bäckerei Müller',
        brandColor: '#aabbcc',
        source: { file: 'f.yaml', line: 7 },
      },
    });
  });

  it.each([
    [[['domain', 'a.com'], ['nme', 'A']], 'Unexpected key "nme", expected one of domain, category, name, tagline, brandColor, facts', 'Did you mean "name"?'],
    [[['domain', 'a.com'], ['Domain', 'b.com']], 'Unexpected key "Domain", expected one of domain, category, name, tagline, brandColor, facts', 'Did you mean "domain"?'],
    [[['domain', 'a.com'], ['brandcolour', '#fff']], 'Unexpected key "brandcolour", expected one of domain, category, name, tagline, brandColor, facts', 'Did you mean "brandColor"?'],
    [[['domain', 'a.com'], ['phone', '555']], 'Unexpected key "phone", expected one of domain, category, name, tagline, brandColor, facts', 'Business facts go under "facts:" (facts: { phone: ... }) or in content/<batch>/<domain>.yaml.'],
    [[['domain', 'a.com'], ['tagline', 42]], 'Unexpected number for "tagline", expected text', 'Write tagline as a quoted string.'],
    [[['domain', 'a.com'], ['category', true]], 'Unexpected boolean for "category", expected text', 'Write category as a quoted string.'],
    [[['domain', 'a.com'], ['brandColor', 123456]], 'Unexpected number for "brandColor", expected text', 'Quote the colour: brandColor: "#1a4d8f".'],
    [[['domain', 'a.com'], ['name', { first: 'A' }]], 'Unexpected mapping for "name", expected text', 'Write name as a quoted string.'],
    [[['domain', ['a.com']]], 'Unexpected list for "domain", expected a host name like example.com', 'Write the domain as text, e.g. domain: example.com.'],
    [[['name', 'A']], 'Unexpected site without a domain, expected a "domain" key', 'Add "domain: example.com" to the row, or remove the row.'],
  ] as Array<[Array<[string, unknown]>, string, string]>)('refuses %j', (entries, message, hint) => {
    expect(row(entries)).toMatchObject({ ok: false, rejection: { file: 'f.yaml', line: 7, message, hint } });
  });

  it('refuses a row that is not a mapping', () => {
    expect(validateRow({ line: 3, value: 42, text: '42' }, 'f.yaml')).toEqual({
      ok: false,
      rejection: {
        file: 'f.yaml',
        line: 3,
        input: '42',
        message: 'Unexpected number as a site, expected a mapping with a "domain" key',
        hint: 'Write each site as a mapping, e.g. "- domain: example.com".',
      },
    });
  });

  it('rejects the later of two rows that normalise to the same domain', () => {
    const batch = parseBatch('sites:\n  - domain: Example.COM\n  - domain: other.org\n  - domain: example.com.\n  - domain: xn--fa-hia.de\n  - domain: FAß.de\n', 'd.yaml');
    expect(batch.sites.map((s) => s.domain)).toEqual(['example.com', 'other.org', 'xn--fa-hia.de']);
    expect(batch.rejected.map((r) => [r.line, r.input, r.message])).toEqual([
      [4, 'example.com.', 'Unexpected duplicate of "example.com" (first on line 2), expected each domain once per batch'],
      [6, 'FAß.de', 'Unexpected duplicate of "xn--fa-hia.de" (first on line 5), expected each domain once per batch'],
    ]);
  });

  it('lets a later duplicate through when the first row was rejected', () => {
    const batch = parseBatch('sites:\n  - domain: a-one.com\n    brandColor: red\n  - domain: a-one.com\n', 'd.yaml');
    expect(batch.sites.map((s) => s.source.line)).toEqual([4]);
    expect(batch.rejected.map((r) => r.line)).toEqual([2]);
  });
});

describe('didYouMean', () => {
  it.each([
    ['catgory', 'category'],
    ['categroy', 'category'],
    ['brandcolor', 'brandColor'],
    ['tagline', 'tagline'],
    ['domian', 'domain'],
    ['x', undefined],
    ['address', undefined],
  ])('%s → %s', (word, suggestion) => {
    expect(didYouMean(word, ['domain', 'category', 'name', 'tagline', 'brandColor'])).toBe(suggestion);
  });
});
