// The parts of a normalised domain that rules look at: the registrable label, the site's own label, and the TLD.
import { parse } from 'tldts';
import { createRequire } from 'node:module';

// tr46 ships no type declarations; this is the one function used, typed here rather than in a global .d.ts.
const { toUnicode } = createRequire(import.meta.url)('tr46') as {
  toUnicode(domain: string, options?: { useSTD3ASCIIRules?: boolean }): { domain: string; error: boolean };
};

export interface DomainParts {
  /** Second-level label in Unicode, lower case (`bäckerei-müller` for `xn--bckerei-mller-...de`). */
  label: string;
  /**
   * The leftmost label when the host is a subdomain (`abcnews` for `abcnews.go.com`), in Unicode, lower case: the
   * site's own name. Undefined for a registrable domain itself.
   */
  subLabel?: string;
  /** Last label of the domain, without the dot (`law`, `uk`). */
  tld: string;
}

/** A label of lower-case ASCII letters, digits and hyphens: IDNA maps each of them to itself. */
const PLAIN_LABEL = /^[a-z0-9-]*$/;

export function unicodeLabel(label: string): string {
  // Such a label (not an `xn--` one, which is Punycode to decode) is its own Unicode form, with or without the error
  // tr46 may report for it (hyphens): most domains are, and the IDNA pass was ~1% of `generate`. A test holds the
  // shortcut to tr46 (test/rules/memo.test.ts).
  if (PLAIN_LABEL.test(label) && !label.startsWith('xn--')) return label;
  return unicodeLabelByTr46(label);
}

/** `unicodeLabel` through tr46 alone (the reference its test compares the shortcut with). */
export function unicodeLabelByTr46(label: string): string {
  const { domain, error } = toUnicode(label, { useSTD3ASCIIRules: false });
  return (error ? label : domain).toLowerCase();
}

/**
 * The parts of the last few domains asked for: the rules stage asks for one site's parts four times over (its name,
 * its category, the cascade's TLD), and the IDNA decoding is most of the cost. Callers never mutate the parts.
 */
const recentParts = new Map<string, DomainParts>();
const RECENT_PARTS = 8;

export function domainParts(domain: string): DomainParts {
  const recent = recentParts.get(domain);
  if (recent !== undefined) return recent;
  const parts = partsOf(domain);
  if (recentParts.size >= RECENT_PARTS) recentParts.delete(recentParts.keys().next().value as string);
  recentParts.set(domain, parts);
  return parts;
}

/** `domainParts` without its memo (the reference its test compares with). */
export function partsOf(domain: string): DomainParts {
  const host = domain.toLowerCase().replace(/\.$/, '');
  const labels = host.split('.');
  const tld = labels[labels.length - 1] ?? '';
  // Private suffixes (blogspot.com) are not the owner's name, so only ICANN suffixes are stripped.
  const parsed = parse(host, { allowPrivateDomains: false });
  const registrable = parsed.domainWithoutSuffix || labels[0] || host;
  const out: DomainParts = { label: unicodeLabel(registrable), tld: tld.toLowerCase() };
  // `www.shop.example.com` has the subdomain `www.shop`; the label nearest the owner's name is the leftmost one.
  const own = parsed.subdomain ? parsed.subdomain.split('.')[0] : undefined;
  if (own) out.subLabel = unicodeLabel(own);
  return out;
}
