// Finds characters that must never reach a name (invisible, direction controls, controls) and shows them safely.
import { ECHO_MAX, groupDigits } from '../shared/echo.js';

/** Zero-width characters: invisible in most fonts, so two names that look equal could differ. */
const ZERO_WIDTH: Record<number, string> = {
  0x200b: 'zero width space',
  0x200c: 'zero width non-joiner',
  0x200d: 'zero width joiner',
  0x2060: 'word joiner',
  0xfeff: 'zero width no-break space',
};

/** Bidirectional controls: they reorder what is displayed, so a name can read differently from what it is. */
const BIDI_CONTROLS: Record<number, string> = {
  0x061c: 'arabic letter mark',
  0x200e: 'left-to-right mark',
  0x200f: 'right-to-left mark',
  0x202a: 'left-to-right embedding',
  0x202b: 'right-to-left embedding',
  0x202c: 'pop directional formatting',
  0x202d: 'left-to-right override',
  0x202e: 'right-to-left override',
  0x2066: 'left-to-right isolate',
  0x2067: 'right-to-left isolate',
  0x2068: 'first strong isolate',
  0x2069: 'pop directional isolate',
};

export type CharacterKind = 'zero-width' | 'bidi' | 'control';

export interface FoundCharacter {
  kind: CharacterKind;
  /** `U+200B` */
  code: string;
  /** Unicode name in lower case, when known. */
  label?: string;
}

/** `U+00E9` style code of one code point. */
export function codeOf(codePoint: number): string {
  return `U+${codePoint.toString(16).toUpperCase().padStart(4, '0')}`;
}

/**
 * C0 and C1 controls, and the line and paragraph separators (U+2028, U+2029): those break a line wherever they are
 * shown, so a message that echoed one raw would split (a property test found one in a rejected name's echo).
 */
function isControl(codePoint: number): boolean {
  return codePoint < 0x20 || (codePoint >= 0x7f && codePoint <= 0x9f) || codePoint === 0x2028 || codePoint === 0x2029;
}

/** The first character of the given kinds in `text`, in the order zero-width, bidi, control. */
export function findForbidden(text: string, kinds: readonly CharacterKind[]): FoundCharacter | undefined {
  const codePoints = Array.from(text, (ch) => ch.codePointAt(0) ?? 0);
  for (const kind of kinds) {
    for (const cp of codePoints) {
      if (kind === 'zero-width' && ZERO_WIDTH[cp] !== undefined) return { kind, code: codeOf(cp), label: ZERO_WIDTH[cp] };
      if (kind === 'bidi' && BIDI_CONTROLS[cp] !== undefined) return { kind, code: codeOf(cp), label: BIDI_CONTROLS[cp] };
      if (kind === 'control' && isControl(cp)) return { kind, code: codeOf(cp) };
    }
  }
  return undefined;
}

/**
 * The text with every invisible, direction or control character written as `\u{200B}`, so a message shows what is
 * really there (and a terminal cannot be reordered or hidden by it), shortened to `max` characters with its full
 * length stated (a 10,000-character value would otherwise fill the screen once per message).
 */
export function showText(text: string, max: number = ECHO_MAX): string {
  const chars = Array.from(text);
  const kept = chars.length > max ? chars.slice(0, max - 1) : chars;
  let out = '';
  for (const ch of kept) {
    const cp = ch.codePointAt(0) ?? 0;
    if (ZERO_WIDTH[cp] !== undefined || BIDI_CONTROLS[cp] !== undefined || isControl(cp)) {
      out += `\\u{${cp.toString(16).toUpperCase().padStart(4, '0')}}`;
    } else {
      out += ch;
    }
  }
  return chars.length > max ? `${out}… (${groupDigits(chars.length)} characters)` : out;
}
