// The stylesheet of a site is a per-site head (its comment line, @font-face rules and design tokens) followed by
// static pieces every site of its composition shares: the base sheet (~28 KB), the layout's sheet and the variants'.
// Normalising the whole sheet, taking its comments out and listing its characters cost ~0.3 ms a site, nearly all of
// it on the shared pieces; each piece's forms are worked out once here, and a site's sheet is its head's forms
// followed by its pieces', byte for byte what the whole-text functions give (the conditions are below, checked per
// piece and per head; when one fails the caller works on the whole text as before).

/** LF only, no trailing spaces, exactly one trailing newline: the bytes must not depend on template editors. */
export function normalise(text: string): string {
  return `${normaliseLines(text).trimEnd()}\n`;
}

/**
 * normalise short of trimming the end: CR LF and lone CR to LF, blanks before each line end dropped, runs of three
 * or more newlines to two. Each step but the last works within a line, and the last within a run of newlines, so for
 * texts `a` ending in a newline and `b` starting with a non-space character,
 * normaliseLines(a + b) === normaliseLines(a) + normaliseLines(b): `a`'s end is a line end either way, no CR LF pair
 * or run of newlines spans the join (`b` starts with neither), and `b`'s first line keeps the same start. And when
 * `b` also holds the text's end, trimming the end of the whole trims only `b` (it starts with a non-space), so
 * normalise(a + b) === normaliseLines(a) + normalise(b).
 */
export function normaliseLines(text: string): string {
  // Each step only when the text holds what it changes (indexOf is far quicker than the expressions' scans).
  const lf = text.includes('\r') ? text.replace(/\r\n?/g, '\n') : text;
  const stripped = hasBlankBeforeLineEnd(lf) ? lf.replace(/[ \t]+$/gm, '') : lf;
  return stripped.includes('\n\n\n') ? stripped.replace(/\n{3,}/g, '\n\n') : stripped;
}

/**
 * Whether /[ \t]+$/gm finds anything in a text without CR: a space or tab right before a line end (LF, U+2028,
 * U+2029: what `$` matches before in multiline mode once CRs are gone) or the text's end.
 */
function hasBlankBeforeLineEnd(text: string): boolean {
  const last = text.charCodeAt(text.length - 1);
  if (last === 0x20 || last === 0x09) return true;
  if (text.includes(' \n') || text.includes('\t\n')) return true;
  return (text.includes('\u2028') || text.includes('\u2029')) && /[ \t][\u2028\u2029]/.test(text);
}

const COMMENT = /\/\*[\s\S]*?\*\//g;

/**
 * The text without its CSS comments. For a text `a` whose comment-free form holds no `/*` (no comment left open:
 * an unclosed one would stay in it whole) and ends in a newline, withoutComments(a + b) ===
 * withoutComments(a) + withoutComments(b): the scan leaves `a` with nothing open, so it finds in `b` what it finds
 * in `b` alone.
 */
export function withoutComments(text: string): string {
  return text.replace(COMMENT, '');
}

/** A static piece's forms: as a middle piece (followed by a newline and more) and as the sheet's last. */
export interface PieceForms {
  /** normaliseLines(piece + '\n'). */
  mid: string;
  /** normalise(piece): the sheet's end, with its one final newline. */
  last: string;
  /** withoutComments(piece + '\n'), or undefined when that leaves a comment open (it would swallow what follows). */
  drawnMid: string | undefined;
  /** withoutComments(piece). */
  drawnLast: string;
  /** The distinct code points of drawnMid (when defined) and of drawnLast. */
  pointsMid: readonly number[];
  pointsLast: readonly number[];
}

/** A piece may follow another only when it starts with a non-space character (normaliseLines above). */
const STARTS_PLAIN = /^\S/;

function codePoints(text: string): number[] {
  const out = new Set<number>();
  for (const ch of text) out.add(ch.codePointAt(0) as number);
  return [...out];
}

function formsOf(piece: string): PieceForms | undefined {
  if (!STARTS_PLAIN.test(piece)) return undefined;
  const drawnMid = withoutComments(`${piece}\n`);
  const drawnLast = withoutComments(piece);
  const open = drawnMid.includes('/*');
  return {
    mid: normaliseLines(`${piece}\n`),
    last: normalise(piece),
    drawnMid: open ? undefined : drawnMid,
    drawnLast,
    pointsMid: open ? [] : codePoints(drawnMid),
    pointsLast: codePoints(drawnLast),
  };
}

/**
 * Forms by piece text. The pieces are the template stylesheets (a few dozen, ~50 KB in all), the same string objects
 * for every site, so a lookup hashes nothing again; the bound only guards a process that compiles templates over
 * and over (tests), each compilation bringing its own pieces.
 */
const FORMS_LIMIT = 256;
const forms = new Map<string, PieceForms | null>();

export function pieceForms(piece: string): PieceForms | undefined {
  let f = forms.get(piece);
  if (f === undefined) {
    f = formsOf(piece) ?? null;
    if (forms.size >= FORMS_LIMIT) forms.delete(forms.keys().next().value as string);
    forms.set(piece, f);
  }
  return f ?? undefined;
}

function formsOfAll(pieces: readonly string[]): PieceForms[] | undefined {
  const all: PieceForms[] = [];
  for (const piece of pieces) {
    const f = pieceForms(piece);
    if (f === undefined) return undefined;
    all.push(f);
  }
  return all.length === 0 ? undefined : all;
}

export interface AssembledSheet {
  /** normalise(head + '\n' + pieces.join('\n')). */
  css: string;
  /** The pieces' normalised forms, in order: `css` ends with their concatenation. */
  tail: string[];
}

/**
 * The sheet of `head` and the static `pieces` (at least one), as normalise gives it for the whole text. Undefined
 * when some piece does not start with a non-space character: the caller then normalises the whole.
 */
export function assembleSheet(head: string, pieces: readonly string[]): AssembledSheet | undefined {
  const all = formsOfAll(pieces);
  if (all === undefined) return undefined;
  const tail = all.map((f, i) => (i === all.length - 1 ? f.last : f.mid));
  let css = normaliseLines(`${head}\n`);
  for (const t of tail) css += t;
  return { css, tail };
}

export interface DrawnSheet {
  /** withoutComments(head + '\n' + pieces.join('\n')). */
  drawn: string;
  /** withoutComments(head + '\n'): the part of `drawn` whose characters the caller counts. */
  head: string;
  /** The distinct code points of the rest of `drawn`, piece by piece. */
  piecePoints: (readonly number[])[];
}

/**
 * The comment-free text of a sheet of `head` and the static `pieces` (what the page draws), put together from the
 * pieces' forms. Undefined when a comment is left open before the last piece (or a piece does not start with a
 * non-space character): the caller then takes the comments out of the whole text.
 */
export function drawnSheet(head: string, pieces: readonly string[]): DrawnSheet | undefined {
  const all = formsOfAll(pieces);
  if (all === undefined) return undefined;
  const first = withoutComments(`${head}\n`);
  if (first.includes('/*')) return undefined;
  let drawn = first;
  const piecePoints: (readonly number[])[] = [];
  for (let i = 0; i < all.length; i++) {
    const f = all[i] as PieceForms;
    const last = i === all.length - 1;
    const text = last ? f.drawnLast : f.drawnMid;
    if (text === undefined) return undefined;
    drawn += text;
    piecePoints.push(last ? f.pointsLast : f.pointsMid);
  }
  return { drawn, head: first, piecePoints };
}
