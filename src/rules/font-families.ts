// The CSS generic font families: the last entry of every font stack, never a font file to fetch.

/**
 * The generic family names of CSS Fonts Level 4 (https://www.w3.org/TR/css-fonts-4/#generic-font-families): a
 * browser always has a face for each, so a stack ending in one always renders. The rules' font stacks must end in
 * one, the implementation stage reads them as keywords (never quoted), and the pipeline fetches no package for them.
 */
export const GENERIC_FAMILIES = [
  'serif',
  'sans-serif',
  'monospace',
  'cursive',
  'fantasy',
  'system-ui',
  'ui-serif',
  'ui-sans-serif',
  'ui-monospace',
  'ui-rounded',
  'math',
  'emoji',
  'fangsong',
] as const;

export type GenericFamily = (typeof GENERIC_FAMILIES)[number];

/** Whether a family name (as written, any case) is a generic family. */
export function isGenericFamily(name: string): name is GenericFamily {
  return (GENERIC_FAMILIES as readonly string[]).includes(name.toLowerCase());
}
