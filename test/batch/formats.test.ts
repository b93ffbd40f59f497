import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { WdmError } from '../../src/shared/errors.js';
import { MAX_BATCH_BYTES, batchFormatOf, batchIdOf, parseBatch } from '../../src/batch/index.js';

function fixture(name: string): ReturnType<typeof parseBatch> {
  const file = `fixtures/batches/${name}`;
  return parseBatch(readFileSync(file, 'utf8'), file);
}

/** The error parseBatch throws for `text`, so a test can look at its code, message and place. */
function failure(text: string, file: string): WdmError {
  try {
    parseBatch(text, file);
  } catch (error) {
    if (error instanceof WdmError) return error;
    throw error;
  }
  throw new Error(`parseBatch(${file}) did not throw`);
}

const lines = (batch: ReturnType<typeof parseBatch>): Array<[string, number]> => batch.sites.map((s) => [s.domain, s.source.line]);
const rejectedLines = (batch: ReturnType<typeof parseBatch>): Array<[string, number]> => batch.rejected.map((r) => [r.input, r.line]);

describe('batch file names', () => {
  it.each([
    ['batches/010.yaml', '010'],
    ['batches/demo.yml', 'demo'],
    ['fixtures\\batches\\rows.json', 'rows'],
    ['a/b.sites.csv', 'b.sites'],
    ['plain.txt', 'plain'],
  ])('%s has id %s', (file, id) => {
    expect(batchIdOf(file)).toBe(id);
  });

  it.each([
    ['x.yaml', 'yaml'],
    ['x.YML', 'yaml'],
    ['x.json', 'json'],
    ['x.Csv', 'csv'],
    ['x.txt', 'txt'],
  ])('%s is %s', (file, format) => {
    expect(batchFormatOf(file)).toBe(format);
  });

  it('refuses an unknown extension, listing the known ones', () => {
    const error = failure('example.com\n', 'batches/010.xlsx');
    expect(error.code).toBe('E_BATCH_FORMAT');
    expect(error.message).toBe('Unexpected extension ".xlsx" for a batch file, expected one of .yaml, .yml, .json, .csv, .txt');
    expect(failure('example.com\n', 'batches/010').message).toMatch(/^Unexpected file name without an extension/);
  });
});

describe('YAML', () => {
  it('reads rows with their list item lines, rejecting bad rows and keeping good ones', () => {
    const batch = fixture('bad-rows.yaml');
    expect(batch.id).toBe('bad-rows');
    expect(batch.file).toBe('fixtures/batches/bad-rows.yaml');
    expect(lines(batch)).toEqual([
      ['smithlaw.com', 3],
      ['goodone.com', 13],
      ['last.io', 25],
    ]);
    expect(rejectedLines(batch)).toEqual([
      ['just-a-string.com', 5],
      ['12345', 6],
      ['typo.com', 7],
      ['colour.com', 9],
      ['comment.com', 11],
      ['casing.com', 15],
      ['name: No Domain Here', 17],
      ['https://www.example.org/contact', 18],
      ['192.168.1.10', 19],
      ['SmithLaw.com', 20],
      ['list.com', 21],
      ['longname.com', 23],
    ]);
    expect(batch.rejected.map((r) => r.message)).toEqual([
      'Unexpected string as a site, expected a mapping with a "domain" key',
      'Unexpected number for "domain", expected a host name like example.com',
      'Unexpected key "catgory", expected one of domain, category, name, tagline, brandColor, facts',
      'Unexpected brandColor "#12345", expected a hex colour like #1a4d8f or #fa0',
      'Unexpected comment where the brandColor value should be, expected a quoted hex colour like "#1a4d8f"',
      'Unexpected category "Real Estate", expected a lower-case id like real-estate',
      'Unexpected site without a domain, expected a "domain" key',
      'Unexpected URL in "https://www.example.org/contact", expected a registrable host name like example.com',
      'Unexpected IP address in "192.168.1.10", expected a registrable host name like example.com',
      'Unexpected duplicate of "smithlaw.com" (first on line 3), expected each domain once per batch',
      'Unexpected list for "name", expected text',
      'Unexpected name of 88 characters, expected at most 80',
    ]);
    expect(batch.rejected[2]?.hint).toBe('Did you mean "category"?');
    expect(batch.rejected.every((r) => r.file === 'fixtures/batches/bad-rows.yaml')).toBe(true);
  });

  it('accepts a bare top-level list and flow mappings', () => {
    const text = '# comment\n- domain: a-one.com\n\n- { domain: b-two.com, category: retail }\n-\n  domain: c-three.com\n';
    const batch = parseBatch(text, 'batches/list.yml');
    expect(lines(batch)).toEqual([
      ['a-one.com', 2],
      ['b-two.com', 4],
      ['c-three.com', 6],
    ]);
    expect(batch.sites[1]?.category).toBe('retail');
  });

  it('counts lines the same with CRLF line endings and a byte order mark', () => {
    const text = '\ufeffsites:\r\n  - domain: a-one.com\r\n  # note\r\n  - domain: b-two.com\r\n';
    expect(lines(parseBatch(text, 'x.yaml'))).toEqual([
      ['a-one.com', 2],
      ['b-two.com', 4],
    ]);
  });

  it('treats null and blank optional fields as not given', () => {
    const batch = parseBatch('sites:\n  - domain: a-one.com\n    category:\n    name: "  "\n    tagline: ~\n', 'x.yaml');
    expect(batch.sites).toEqual([{ domain: 'a-one.com', unicode: 'a-one.com', source: { file: 'x.yaml', line: 2 } }]);
  });

  it('refuses malformed YAML with its place', () => {
    const error = failure(readFileSync('fixtures/batches/malformed.yaml', 'utf8'), 'fixtures/batches/malformed.yaml');
    expect(error.code).toBe('E_BATCH_PARSE');
    expect(error.place).toEqual({ file: 'fixtures/batches/malformed.yaml', line: 5, column: 5 });
    expect(error.message).toMatch(/^Unexpected YAML syntax: .+, expected well-formed YAML/);
    expect(error.hint).toBeTruthy();
  });

  it('refuses duplicate keys', () => {
    const error = failure('sites:\n  - domain: a.com\n    name: A\n    name: B\n', 'dup.yaml');
    expect(error.code).toBe('E_BATCH_PARSE');
    expect(error.message).toBe(
      'Unexpected YAML syntax: Map keys must be unique, expected well-formed YAML holding a mapping with a "sites" list (or a bare list of sites)',
    );
    expect(error.hint).toMatch(/repeated key/);
  });

  it('refuses aliases', () => {
    const error = failure('sites:\n  - &a { domain: a-one.com }\n  - *a\n', 'alias.yaml');
    expect(error.code).toBe('E_BATCH_PARSE');
    expect(error.place).toEqual({ file: 'alias.yaml', line: 3, column: 5 });
    expect(error.message).toMatch(/^Unexpected YAML alias "\*a", expected/);
  });

  it('refuses an empty file and an empty list', () => {
    expect(failure('', 'e.yaml').code).toBe('E_BATCH_EMPTY');
    expect(failure('# nothing here\n', 'e.yaml').code).toBe('E_BATCH_EMPTY');
    expect(failure('sites:\n', 'e.yaml').code).toBe('E_BATCH_EMPTY');
    expect(failure('[]\n', 'e.yaml').code).toBe('E_BATCH_EMPTY');
    const error = failure(readFileSync('fixtures/batches/empty.yaml', 'utf8'), 'fixtures/batches/empty.yaml');
    expect(error.code).toBe('E_BATCH_EMPTY');
    expect(error.message).toBe('Unexpected empty "sites", expected at least one site');
    expect(error.place.line).toBe(2);
  });

  it.each([
    ['just text\n', 'Unexpected string at the top level, expected a mapping with a "sites" list (or a bare list of sites)'],
    ['sites: example.com\n', 'Unexpected single value for "sites", expected a list of sites'],
    ['sites:\n  domain: example.com\n', 'Unexpected mapping for "sites", expected a list of sites'],
    ['stes:\n  - domain: example.com\n', 'Unexpected top-level key "stes", expected only "sites"'],
    ['{}\n', 'Unexpected mapping without a "sites" key, expected a mapping with a "sites" list (or a bare list of sites)'],
  ])('refuses the wrong shape %j', (text, message) => {
    const error = failure(text, 'shape.yaml');
    expect(error.code).toBe('E_BATCH_FORMAT');
    expect(error.message).toBe(message);
  });

  it('suggests "sites" for a misspelt top-level key', () => {
    expect(failure('stes:\n  - domain: example.com\n', 'x.yaml').hint).toBe('Did you mean "sites"?');
  });

  it('caps the size of a batch file', () => {
    const big = `sites:\n${'  - domain: a-one.com\n'.repeat(Math.ceil(MAX_BATCH_BYTES / 20) + 1)}`;
    const error = failure(big, 'big.yaml');
    expect(error.code).toBe('E_BATCH_PARSE');
    expect(error.message).toMatch(/^Unexpected batch file of 5\d\.\d MB, expected at most 50 MB$/);
  });
});

describe('JSON', () => {
  it('reads rows with the line of each object', () => {
    const batch = fixture('rows.json');
    expect(batch.id).toBe('rows');
    expect(lines(batch)).toEqual([
      ['smithlaw.com', 3],
      ['parkside.dental', 4],
      ['xn--caf-lumire-66ag.fr', 9],
    ]);
    expect(rejectedLines(batch)).toEqual([['co.uk', 8]]);
    expect(batch.sites[1]?.brandColor).toBe('#2a9d8f');
    expect(batch.sites[2]).toMatchObject({ unicode: 'café-lumière.fr', category: 'cafe', tagline: 'Café et lumière' });
  });

  it('accepts a bare JSON array', () => {
    expect(lines(parseBatch('[\n{"domain":"a-one.com"},\n{"domain":"b-two.com"}]', 'x.json'))).toEqual([
      ['a-one.com', 2],
      ['b-two.com', 3],
    ]);
  });

  it('refuses YAML-only syntax in a .json file', () => {
    const error = failure("{ sites: [ { domain: 'a-one.com' } ] }", 'loose.json');
    expect(error.code).toBe('E_BATCH_PARSE');
    expect(error.message).toMatch(/^Unexpected JSON syntax: .*expected well-formed JSON/);
  });

  it('refuses malformed JSON with its place', () => {
    const error = failure('{"sites": [\n  {"domain": "a-one.com"},\n  {"domain": 1]\n}', 'bad.json');
    expect(error.code).toBe('E_BATCH_PARSE');
    expect(error.place.file).toBe('bad.json');
    expect(error.place.line).toBe(3);
  });
});

describe('CSV', () => {
  it('reads a header with any case, empty cells as absent, and start lines of multi-line records', () => {
    const batch = fixture('mixed.csv');
    expect(batch.id).toBe('mixed');
    expect(batch.sites).toEqual([
      {
        domain: 'smithlaw.com',
        unicode: 'smithlaw.com',
        category: 'legal',
        name: 'Smith Law',
        tagline: 'Trusted counsel, since 1998',
        brandColor: '#1a4d8f',
        source: { file: 'fixtures/batches/mixed.csv', line: 3 },
      },
      { domain: 'brightsmiledental.com', unicode: 'brightsmiledental.com', source: { file: 'fixtures/batches/mixed.csv', line: 5 } },
      {
        domain: 'harbor.cafe',
        unicode: 'harbor.cafe',
        category: 'cafe',
        name: 'Harbor Café',
        tagline: 'Coffee by the water',
        source: { file: 'fixtures/batches/mixed.csv', line: 8 },
      },
    ]);
    expect(rejectedLines(batch)).toEqual([
      ['oakbarrelbakery.com', 6],
      ['badcolour.com', 9],
      ['toomany.com', 10],
      ['Smithlaw.com.', 11],
    ]);
    expect(batch.rejected[0]?.message).toBe('Unexpected control character U+000A in name "Oak Barrel\\u{000A}Bakery", expected plain text on one line');
    expect(batch.rejected[2]?.message).toBe('Unexpected 6 fields in the row, expected 5 (one per header column)');
    expect(batch.rejected[3]?.message).toBe('Unexpected duplicate of "smithlaw.com" (first on line 3), expected each domain once per batch');
  });

  it('accepts a domain-only CSV with CRLF endings', () => {
    expect(lines(parseBatch('domain\r\na-one.com\r\n\r\nb-two.com\r\n', 'x.csv'))).toEqual([
      ['a-one.com', 2],
      ['b-two.com', 4],
    ]);
  });

  it('refuses an unknown column, naming it with a suggestion', () => {
    const error = failure('domain,catgory\na-one.com,legal\n', 'cols.csv');
    expect(error.code).toBe('E_BATCH_FORMAT');
    expect(error.message).toBe('Unexpected column "catgory" in the header, expected one of domain, category, name, tagline, brandColor');
    expect(error.place).toEqual({ file: 'cols.csv', line: 1, column: 2 });
    expect(error.hint).toBe('Did you mean "category"? Rename the column.');
  });

  it('refuses a header without domain, and a repeated column', () => {
    expect(failure('name,category\nA,legal\n', 'x.csv').message).toMatch(/^Unexpected header without a "domain" column/);
    expect(failure('domain,Name,name\na.com,A,B\n', 'x.csv').message).toBe('Unexpected second "name" column in the header, expected each column once');
  });

  it('refuses an unclosed quote, and a file without rows', () => {
    const error = failure('domain,name\na-one.com,"Open\n', 'q.csv');
    expect(error.code).toBe('E_BATCH_PARSE');
    expect(error.message).toMatch(/^Unexpected CSV syntax/);
    expect(failure('', 'x.csv').code).toBe('E_BATCH_EMPTY');
    expect(failure('domain,name\n', 'x.csv').code).toBe('E_BATCH_EMPTY');
  });
});

describe('plain text', () => {
  it('reads one domain a line, skipping blanks and comments, with each line number', () => {
    const batch = fixture('plain.txt');
    expect(batch.id).toBe('plain');
    expect(batch.sites.map((s) => [s.domain, s.unicode, s.source.line])).toEqual([
      ['smithlaw.com', 'smithlaw.com', 2],
      ['brightsmiledental.com', 'brightsmiledental.com', 4],
      ['oakbarrelbakery.com', 'oakbarrelbakery.com', 5],
      ['xn--bckerei-mller-bfb28a.de', 'bäckerei-müller.de', 8],
      ['example.com', 'example.com', 9],
    ]);
    expect(batch.rejected.map((r) => [r.line, r.message, r.hint])).toEqual([
      [6, 'Unexpected URL in "https://summitroofing.co/", expected a registrable host name like example.com', 'Write the bare host name: summitroofing.co.'],
      [
        10,
        'Unexpected duplicate of "example.com" (first on line 9), expected each domain once per batch',
        'Remove this row or merge it into the one on line 9.',
      ],
    ]);
  });

  it('refuses a file of only comments', () => {
    const error = failure('# nothing\n\n   \n', 'x.txt');
    expect(error.code).toBe('E_BATCH_EMPTY');
  });
});
