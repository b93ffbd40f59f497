// The parts of a normalised domain that rules look at: the registrable label (in Unicode) and the TLD.
import { getDomainWithoutSuffix } from 'tldts';
import { createRequire } from 'node:module';

// tr46 ships no type declarations; this is the one function used, typed here rather than in a global .d.ts.
const { toUnicode } = createRequire(import.meta.url)('tr46') as {
  toUnicode(domain: string, options?: { useSTD3ASCIIRules?: boolean }): { domain: string; error: boolean };
};

export interface DomainParts {
  /** Second-level label in Unicode, lower case (`bäckerei-müller` for `xn--bckerei-mller-...de`). */
  label: string;
  /** Last label of the domain, without the dot (`law`, `uk`). */
  tld: string;
}

export function domainParts(domain: string): DomainParts {
  const host = domain.toLowerCase().replace(/\.$/, '');
  const labels = host.split('.');
  const tld = labels[labels.length - 1] ?? '';
  // Private suffixes (blogspot.com) are not the owner's name, so only ICANN suffixes are stripped.
  const bare = getDomainWithoutSuffix(host, { allowPrivateDomains: false }) ?? labels[0] ?? host;
  const registrable = bare.split('.').pop() ?? bare;
  const { domain: unicode, error } = toUnicode(registrable, { useSTD3ASCIIRules: false });
  return { label: (error ? registrable : unicode).toLowerCase(), tld: tld.toLowerCase() };
}
