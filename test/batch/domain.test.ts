import { describe, expect, it } from 'vitest';
import { normaliseDomain } from '../../src/batch/index.js';

const EXPECTED = 'expected a registrable host name like example.com';

describe('normaliseDomain accepts', () => {
  const valid: Array<[input: string, ascii: string, unicode: string]> = [
    ['example.com', 'example.com', 'example.com'],
    ['Example.COM', 'example.com', 'example.com'],
    ['example.com.', 'example.com', 'example.com'],
    ['  smithlaw.com\t', 'smithlaw.com', 'smithlaw.com'],
    ['shop.example.com', 'shop.example.com', 'shop.example.com'],
    ['example.co.uk', 'example.co.uk', 'example.co.uk'],
    ['parkside.dental', 'parkside.dental', 'parkside.dental'],
    ['smith.law', 'smith.law', 'smith.law'],
    ['a--b.com', 'a--b.com', 'a--b.com'],
    ['123print.com', '123print.com', '123print.com'],
    ['bäckerei-müller.de', 'xn--bckerei-mller-bfb28a.de', 'bäckerei-müller.de'],
    ['BÄCKEREI-MÜLLER.DE', 'xn--bckerei-mller-bfb28a.de', 'bäckerei-müller.de'],
    ['café-lumière.fr', 'xn--caf-lumire-66ag.fr', 'café-lumière.fr'],
    // Decomposed é (e + U+0301) is NFC-normalised to the same name.
    ['cafe\u0301-lumie\u0300re.fr', 'xn--caf-lumire-66ag.fr', 'café-lumière.fr'],
    ['xn--bckerei-mller-bfb28a.de', 'xn--bckerei-mller-bfb28a.de', 'bäckerei-müller.de'],
    // Nontransitional processing keeps ß (it is not mapped to "ss").
    ['faß.de', 'xn--fa-hia.de', 'faß.de'],
    ['ａｂｃ.com', 'abc.com', 'abc.com'],
    ['example。com', 'example.com', 'example.com'],
    ['пример.рф', 'xn--e1afmkfd.xn--p1ai', 'пример.рф'],
    ['foo.github.io', 'foo.github.io', 'foo.github.io'],
    [`${'a'.repeat(63)}.com`, `${'a'.repeat(63)}.com`, `${'a'.repeat(63)}.com`],
  ];
  it.each(valid)('%j → %s', (input, ascii, unicode) => {
    expect(normaliseDomain(input)).toEqual({ ok: true, ascii, unicode });
  });
});

describe('normaliseDomain rejects', () => {
  const long = `${'a'.repeat(60)}.`.repeat(5);
  const invalid: Array<[input: string, message: string]> = [
    ['', `Unexpected empty domain, ${EXPECTED}`],
    ['   ', `Unexpected empty domain, ${EXPECTED}`],
    ['com', `Unexpected bare public suffix in "com", ${EXPECTED}`],
    ['co.uk', `Unexpected bare public suffix in "co.uk", ${EXPECTED}`],
    ['CO.UK.', `Unexpected bare public suffix in "CO.UK.", ${EXPECTED}`],
    ['localhost', `Unexpected single-label name in "localhost", ${EXPECTED}`],
    ['shop.example.notatld', `Unexpected unknown top-level domain ".notatld" in "shop.example.notatld", ${EXPECTED}`],
    ['192.168.0.1', `Unexpected IP address in "192.168.0.1", ${EXPECTED}`],
    ['8.8.8.8.', `Unexpected IP address in "8.8.8.8.", ${EXPECTED}`],
    ['[::1]', `Unexpected IP address in "[::1]", ${EXPECTED}`],
    ['::1', `Unexpected IP address in "::1", ${EXPECTED}`],
    ['2001:db8::1', `Unexpected IP address in "2001:db8::1", ${EXPECTED}`],
    ['[2001:db8::1]:443', `Unexpected IP address in "[2001:db8::1]:443", ${EXPECTED}`],
    ['a..com', `Unexpected empty label in "a..com", ${EXPECTED}`],
    ['.example.com', `Unexpected empty label in ".example.com", ${EXPECTED}`],
    ['example.com..', `Unexpected empty label in "example.com..", ${EXPECTED}`],
    ['https://x.com/', `Unexpected URL in "https://x.com/", ${EXPECTED}`],
    ['http://Shop.Example.com:8080/a?b', `Unexpected URL in "http://Shop.Example.com:8080/a?b", ${EXPECTED}`],
    ['x.com/about', `Unexpected path in "x.com/about", ${EXPECTED}`],
    ['x.com:8080', `Unexpected port in "x.com:8080", ${EXPECTED}`],
    ['x.com:', `Unexpected port in "x.com:", ${EXPECTED}`],
    ['my site.com', `Unexpected space in "my site.com", ${EXPECTED}`],
    ['my\u00a0site.com', `Unexpected space in "my\u00a0site.com", ${EXPECTED}`],
    ['info@x.com', `Unexpected "@" in "info@x.com", ${EXPECTED}`],
    ['my_site.com', `Unexpected underscore in "my_site.com", ${EXPECTED}`],
    ['-abc.com', `Unexpected hyphen at the start of label "-abc" in "-abc.com", ${EXPECTED}`],
    ['abc-.com', `Unexpected hyphen at the end of label "abc-" in "abc-.com", ${EXPECTED}`],
    ['shop.abc-.com', `Unexpected hyphen at the end of label "abc-" in "shop.abc-.com", ${EXPECTED}`],
    [`${'a'.repeat(64)}.com`, `Unexpected label of 64 characters (at most 63) in "${'a'.repeat(64)}.com", ${EXPECTED}`],
    [`${long}com`, `Unexpected name of 308 characters (at most 253) in "${long.slice(0, 79)}… (308 characters)", ${EXPECTED}`],
    ['ab--cd.com', `Unexpected "--" in the third and fourth characters of label "ab--cd" in "ab--cd.com", ${EXPECTED}`],
    ['xn--abc.com', `Unexpected invalid punycode label "xn--abc" in "xn--abc.com", ${EXPECTED}`],
    ['hi!.com', `Unexpected character "!" (U+0021) in "hi!.com", ${EXPECTED}`],
    ['a\u0007b.com', `Unexpected control character U+0007 in "a\\u{0007}b.com", ${EXPECTED}`],
    ['ex\tample.com', `Unexpected control character U+0009 in "ex\\u{0009}ample.com", ${EXPECTED}`],
    // A line separator inside a name is refused, and one at an end (trimmed as white space) is echoed escaped, so
    // the message stays on one line (the property test in properties.test.ts found \u0000 followed by U+2028).
    ['exa\u2028mple.com', `Unexpected control character U+2028 in "exa\\u{2028}mple.com", ${EXPECTED}`],
    ['\u0000\u2028', `Unexpected control character U+0000 in "\\u{0000}\\u{2028}", ${EXPECTED}`],
    ['exa\u200bmple.com', `Unexpected invisible character U+200B (zero width space) in "exa\\u{200B}mple.com", ${EXPECTED}`],
    ['a\u200cb.com', `Unexpected invisible character U+200C (zero width non-joiner) in "a\\u{200C}b.com", ${EXPECTED}`],
    ['a\u200db.com', `Unexpected invisible character U+200D (zero width joiner) in "a\\u{200D}b.com", ${EXPECTED}`],
    ['a\u2060b.com', `Unexpected invisible character U+2060 (word joiner) in "a\\u{2060}b.com", ${EXPECTED}`],
    ['\ufeffexample.com', `Unexpected invisible character U+FEFF (zero width no-break space) in "\\u{FEFF}example.com", ${EXPECTED}`],
    ['exa\u202emple.com', `Unexpected bidirectional control character U+202E (right-to-left override) in "exa\\u{202E}mple.com", ${EXPECTED}`],
    ['\u2066example.com', `Unexpected bidirectional control character U+2066 (left-to-right isolate) in "\\u{2066}example.com", ${EXPECTED}`],
    ['example\u200e.com', `Unexpected bidirectional control character U+200E (left-to-right mark) in "example\\u{200E}.com", ${EXPECTED}`],
    ['example\u061c.com', `Unexpected bidirectional control character U+061C (arabic letter mark) in "example\\u{061C}.com", ${EXPECTED}`],
    ['\u0301a.com', `Unexpected mix of characters not allowed in an internationalised name (UTS #46) in "\u0301a.com", ${EXPECTED}`],
  ];
  it.each(invalid)('%j', (input, message) => {
    const result = normaliseDomain(input);
    expect(result.ok).toBe(false);
    if (!result.ok) {
      expect(result.message).toBe(message);
      expect(result.hint.length).toBeGreaterThan(10);
    }
  });

  const hints: Array<[input: string, hint: string]> = [
    ['https://x.com/', 'Write the bare host name: x.com.'],
    ['http://user@Shop.Example.com:8080/a?b', 'Write the bare host name: shop.example.com.'],
    ['x.com/about', 'Write the bare host name: x.com.'],
    ['x.com:8080', 'Write the host name without the port: x.com.'],
    ['info@x.com', 'This looks like an e-mail address; write the domain after the @: x.com.'],
    ['my_site.com', 'Host names cannot contain underscores; use a hyphen instead: my-site.com.'],
    ['co.uk', 'Put the business name in front of the suffix, e.g. example.co.uk.'],
    ['localhost', 'Add the top-level domain, e.g. localhost.com.'],
  ];
  it.each(hints)('hint for %j', (input, hint) => {
    expect(normaliseDomain(input)).toMatchObject({ ok: false, hint });
  });
});
