// Types for tr46 (UTS #46 processing), which ships without its own.
declare module 'tr46' {
  export interface Tr46Options {
    checkHyphens?: boolean;
    checkBidi?: boolean;
    checkJoiners?: boolean;
    ignoreInvalidPunycode?: boolean;
    transitionalProcessing?: boolean;
    useSTD3ASCIIRules?: boolean;
    verifyDNSLength?: boolean;
  }
  /** The ASCII (punycode) form, or null when the name is not valid under the options. */
  export function toASCII(domainName: string, options?: Tr46Options): string | null;
  export function toUnicode(
    domainName: string,
    options?: Omit<Tr46Options, 'verifyDNSLength'>,
  ): { domain: string; error: boolean };
}
