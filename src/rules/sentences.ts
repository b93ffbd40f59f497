// Text joined from parts reads as sentences: a full stop where one is missing, never two.

/** Ends a sentence: `.`, `!`, `?`, `…`, optionally followed by closing quotes or brackets. */
const TERMINATED = /[.!?…]["'”’)\]]*$/u;

/** The text as a sentence: trimmed, with a full stop added unless it already ends like one. Empty stays empty. */
export function asSentence(text: string): string {
  const trimmed = text.trim();
  if (trimmed === '') return '';
  return TERMINATED.test(trimmed) ? trimmed : `${trimmed}.`;
}

/** Sentences joined with one space, each ended properly; empty parts are skipped. */
export function joinSentences(...parts: readonly string[]): string {
  return parts.map(asSentence).filter((s) => s !== '').join(' ');
}

/** Longest text read as a headline rather than a sentence of the lead. */
const HEADLINE_CHARS = 60;
const HEADLINE_WORDS = 9;

/**
 * Whether a tagline reads as a headline (short, one clause: "Trusted counsel for families") rather than a sentence
 * for the lead ("We bake every loaf by hand. Come early for the best choice.").
 */
export function readsAsHeadline(text: string): boolean {
  const trimmed = text.trim();
  const words = trimmed.split(/\s+/u).filter((w) => w !== '').length;
  // A full stop inside means two sentences, which belong in the lead.
  const sentences = trimmed.replace(/[.!?…]+["'”’)\]]*$/u, '').split(/[.!?…]\s+/u).length;
  return Array.from(trimmed).length <= HEADLINE_CHARS && words <= HEADLINE_WORDS && sentences === 1;
}
