// Business facts as written: valid facts normalised, every kind of bad fact refused with its file, line, key path,
// what was expected and a did-you-mean where a key or day is misspelt.
import { describe, expect, it } from 'vitest';
import { checkEmail, checkHttpsUrl, checkPhone, parseBatch, parseContent, telOf } from '../../src/batch/index.js';
import type { Rejection } from '../../src/shared/types.js';
import type { WdmError } from '../../src/shared/errors.js';

/** One site whose facts are `facts` (YAML lines indented under `facts:`), as a batch file starting on line 1. */
function batchWith(facts: string): string {
  return `sites:\n  - domain: a.com\n    facts:\n${facts
    .split('\n')
    .map((l) => `      ${l}`)
    .join('\n')}\n`;
}

const shown = (r: Rejection) => `${r.file}:${r.line}: ${r.message} (${r.hint})`;

describe('valid facts', () => {
  it('are normalised: phone as written, email domain lower-cased, days expanded, times padded, keys in fixed order', () => {
    const batch = parseBatch(
      batchWith(`social: [https://www.instagram.com/a]
hours:
  - { days: Mo-We, opens: "9:00", closes: "17:30" }
  - { days: [Sa, Su], opens: "10:00", closes: "24:00" }
email: Hello@Example.COM
phone: "  +45 33 12 34 56 "
serviceArea: Copenhagen
services:
  - Repairs
  - { name: Servicing, price: from €40 }`),
      'batches/b.yaml',
    );
    expect(batch.rejected).toEqual([]);
    const facts = batch.inlineFacts?.get('a.com');
    expect(facts).toEqual({
      phone: '+45 33 12 34 56',
      email: 'Hello@example.com',
      hours: [
        { days: ['Mo', 'Tu', 'We'], opens: '09:00', closes: '17:30' },
        { days: ['Sa', 'Su'], opens: '10:00', closes: '24:00' },
      ],
      serviceArea: ['Copenhagen'],
      services: [{ name: 'Repairs' }, { name: 'Servicing', price: 'from €40' }],
      social: [{ url: 'https://www.instagram.com/a' }],
    });
    expect(Object.keys(facts ?? {})).toEqual(['phone', 'email', 'hours', 'serviceArea', 'services', 'social']);
  });

  it('a story is one paragraph or a list of up to four, each plain text of at most 600 characters', () => {
    expect(parseContent('story: We bake bread.\n', 'content/b/a.com.yaml')).toEqual({ ok: true, facts: { story: ['We bake bread.'] } });
    expect(parseContent('story:\n  - We bake bread.\n  - And cakes.\n', 'content/b/a.com.yaml')).toEqual({ ok: true, facts: { story: ['We bake bread.', 'And cakes.'] } });
    const messages = (text: string) => {
      const result = parseContent(text, 'content/b/a.com.yaml');
      return result.ok ? [] : result.problems.map((p) => `${p.file}:${p.line}: ${p.message}`);
    };
    expect(messages('story: [a, b, c, d, e]\n')).toEqual(['content/b/a.com.yaml:1: story: Unexpected 5 items, expected at most 4 paragraphs']);
    expect(messages('story: "We <b>bake</b>."\n')).toEqual(['content/b/a.com.yaml:1: story: Unexpected markup "<b>bake</b>." in "We <b>bake</b>.", expected plain text (HTML is not allowed in facts)']);
    expect(messages('story:\n  - ok\n  - "x<i>"\n')).toEqual(['content/b/a.com.yaml:3: story[1]: Unexpected markup "<i>" in "x<i>", expected plain text (HTML is not allowed in facts)']);
    expect(messages(`story: ${'a'.repeat(601)}\n`)[0]).toMatch(/^content\/b\/a\.com\.yaml:1: story: .*601 characters.*600/);
  });

  it('a row without facts has none, and an empty content file gives none', () => {
    expect(parseBatch('sites:\n  - domain: a.com\n', 'batches/b.yaml').inlineFacts).toBeUndefined();
    expect(parseContent('# nothing yet\n', 'content/b/a.com.yaml')).toEqual({ ok: true, facts: {} });
  });

  it.each([
    ['+45 33 12 34 56', '+4533123456'],
    ['(555) 010-2000', '5550102000'],
    ['0045 33 12 34 56', '+4533123456'],
  ])('tel: link of %s is %s', (phone, tel) => {
    expect(telOf(phone)).toBe(tel);
  });
});

describe('bad facts in a batch row name the file, the line and the key path', () => {
  it.each([
    [
      'an unknown key, with a did-you-mean',
      'phnoe: "+45 33 12 34 56"',
      'batches/b.yaml:4: facts.phnoe: Unexpected key "phnoe", expected one of phone, email, address, hours, serviceArea, story, services, menu, products, listings, team, testimonials, figures, social, logo, photos (Did you mean "phone"?)',
    ],
    [
      'markup in a testimonial',
      'testimonials:\n  - { quote: "Great <script>alert(1)</script>", author: Ann }',
      'batches/b.yaml:5: facts.testimonials[0].quote: Unexpected markup "<script>alert(1)</script" in "Great <script>alert(1)</script>", expected plain text (HTML is not allowed in facts) (Write the words only; the site sets the type.)',
    ],
    [
      'a testimonial without attribution',
      'testimonials:\n  - quote: Lovely people',
      'batches/b.yaml:5: facts.testimonials[0]: Missing "author" in a testimonial (a quote and who said it), expected "quote" and "author" (Add author: ... to it.)',
    ],
    [
      'javascript: in a social link',
      'social:\n  - url: "javascript:alert(1)"',
      'batches/b.yaml:5: facts.social[0].url: Unexpected link "javascript:alert(1)", expected an https:// URL (the scheme "javascript:" is not allowed) (Write the full address of the profile, e.g. https://www.instagram.com/yourname.)',
    ],
    [
      'an http link',
      'social: ["http://example.com/a"]',
      'batches/b.yaml:4: facts.social[0].url: Unexpected link "http://example.com/a", expected an https:// URL (the scheme "http:" is not allowed) (Use the https:// address of the page.)',
    ],
    [
      'a photo path leaving the project',
      'photos:\n  - { src: ../../etc/passwd, alt: x }',
      'batches/b.yaml:5: facts.photos[0].src: Unexpected ".." in "../../etc/passwd", expected a path that stays inside the project (Write a path relative to the project folder with forward slashes, e.g. content/010/photos/shop.jpg.)',
    ],
    [
      'an absolute photo path',
      'logo: /etc/hosts',
      'batches/b.yaml:4: facts.logo.src: Unexpected absolute path "/etc/hosts", expected a path relative to the project folder (Write a path relative to the project folder with forward slashes, e.g. content/010/photos/shop.jpg.)',
    ],
    [
      'a photo outside content/',
      'photos:\n  - { src: batches/b.yaml, alt: x }',
      'batches/b.yaml:5: facts.photos[0].src: Unexpected photo path "batches/b.yaml" outside content/, expected a file under the project\'s content/ folder (Keep photos beside the facts, e.g. content/<batch>/photos/shop.jpg.)',
    ],
    [
      'a photo without alt text',
      'photos:\n  - { src: content/b/x.jpg }',
      'batches/b.yaml:5: facts.photos[0]: Missing "alt" in a photo, expected "src" and "alt" (Add alt: ... to it.)',
    ],
    [
      'a misspelt day',
      'hours:\n  - { days: Mon-Fr, opens: "09:00", closes: "17:00" }',
      'batches/b.yaml:5: facts.hours[0].days: Unexpected day "Mon", expected one of Mo, Tu, We, Th, Fr, Sa, Su or a range like Mo-Fr (Did you mean "Mo"?)',
    ],
    [
      'an impossible time',
      'hours:\n  - days: Sa\n    opens: "25:00"\n    closes: "12:00"',
      'batches/b.yaml:6: facts.hours[0].opens: Unexpected "25:00", expected a 24-hour time HH:MM (00:00 to 23:59) (Write times like "09:00" and "17:30".)',
    ],
    [
      'closing when it opens',
      'hours:\n  - { days: Sa, opens: "09:00", closes: "09:00" }',
      'batches/b.yaml:5: facts.hours[0].closes: Unexpected closing time equal to the opening time (09:00), expected a later time (or an earlier one for past midnight) (For a day the business is closed, leave the day out.)',
    ],
    [
      'a phone number with letters',
      'phone: 555-CALL-NOW',
      'batches/b.yaml:4: facts.phone: Unexpected phone "555-CALL-NOW", expected digits with optional +, spaces, dots, hyphens and brackets (Write the number as people dial it, e.g. "+45 33 12 34 56" or "(555) 010-2000".)',
    ],
    [
      'an email that is a link',
      'email: "mailto:hello@a.com"',
      'batches/b.yaml:4: facts.email: Unexpected email "mailto:hello@a.com", expected an address like hello@example.com (Leave out "mailto:".)',
    ],
    [
      'a bidirectional override in a team name',
      'team:\n  - { name: "Ann\u202eB" }',
      'batches/b.yaml:5: facts.team[0].name: Unexpected right-to-left override U+202E in "Ann\\u{202E}B", expected plain text (Remove the character.)',
    ],
  ])('%s', (_, facts, message) => {
    const batch = parseBatch(batchWith(facts), 'batches/b.yaml');
    expect(batch.sites).toEqual([]);
    expect(batch.rejected.map(shown)).toEqual([message]);
  });

  it('every problem of a row is reported, each on its own line', () => {
    const batch = parseBatch(batchWith('phone: x\nemail: y\nsocial: [ftp://a.com]'), 'batches/b.yaml');
    expect(batch.rejected.map((r) => [r.line, r.path])).toEqual([
      [4, 'facts.phone'],
      [5, 'facts.email'],
      [6, 'facts.social[0].url'],
    ]);
  });

  it('a CSV batch cannot carry facts, and says where they go', () => {
    let error: unknown;
    try {
      parseBatch('domain,facts\na.com,x\n', 'batches/b.csv');
    } catch (e) {
      error = e;
    }
    expect((error as WdmError).format()).toBe(
      'batches/b.csv:1:2: Unexpected column "facts" in the header, expected one of domain, category, name, tagline, brandColor (A CSV cell cannot hold facts: put them in content/<batch>/<domain>.yaml, or use a YAML or JSON batch.)',
    );
  });
});

describe('content files', () => {
  it('name their own lines and paths', () => {
    const result = parseContent('phone: "+45 33 12 34 56"\nsocial:\n  - https://a.example\n  - javascript:alert(1)\n', 'content/b/a.com.yaml');
    expect(result).toEqual({
      ok: false,
      problems: [
        {
          file: 'content/b/a.com.yaml',
          line: 4,
          path: 'social[1].url',
          message: 'social[1].url: Unexpected link "javascript:alert(1)", expected an https:// URL (the scheme "javascript:" is not allowed)',
          hint: 'Write the full address of the profile, e.g. https://www.instagram.com/yourname.',
        },
      ],
    });
  });

  it.each([
    ['a syntax error', 'phone: [\n', /^Unexpected YAML syntax/],
    ['a duplicate key', 'phone: "1"\nphone: "2"\n', /^Unexpected YAML syntax: Map keys must be unique/],
    ['an alias', 'a: &x "+45 1234 5678"\nphone: *x\n', /^Unexpected YAML alias "\*x"/],
    ['a list at the top', '- phone: 1\n', /^Unexpected a list, expected the facts/],
  ])('refuse %s', (_, text, message) => {
    const result = parseContent(text, 'content/b/a.com.yaml');
    expect(result.ok).toBe(false);
    if (!result.ok) expect(result.problems[0]?.message).toMatch(message);
  });
});

describe('field checks', () => {
  it.each(['+1 555 010 2000', '(02) 5550 4321', '01632 960 318'])('accepts the phone %s', (phone) => expect(checkPhone(phone).ok).toBe(true));
  it.each(['12', '+1 (555) 010 2000 1234 5678', '555+1234', 'call us'])('refuses the phone %s', (phone) => expect(checkPhone(phone).ok).toBe(false));
  it.each(['a@b.co', 'first.last+tag@sub.example.org'])('accepts the email %s', (email) => expect(checkEmail(email).ok).toBe(true));
  it.each(['a@b', 'a b@c.com', '.a@b.com', 'a..b@c.com', 'a@-b.com'])('refuses the email %s', (email) => expect(checkEmail(email).ok).toBe(false));
  it.each(['https://www.facebook.com/x', 'https://bsky.app/profile/x.example'])('accepts the link %s', (url) => expect(checkHttpsUrl(url).ok).toBe(true));
  it.each(['javascript:alert(1)', 'JAVASCRIPT:alert(1)', 'data:text/html,x', 'http://a.com', 'https://user:pw@a.com/', 'https://localhost/', '//a.com/x', 'vbscript:x'])(
    'refuses the link %s',
    (url) => expect(checkHttpsUrl(url).ok).toBe(false),
  );
});
