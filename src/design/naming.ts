// Descriptive colour names ("deep teal", "warm sand") from OKLCH hue, lightness and chroma, for DESIGN.md prose.
import { lchOf } from './color.js';

/** Names at three lightnesses: deep (dark), plain, light; a very light tint is "pale <vivid light>". */
type Names = readonly [deep: string, plain: string, light: string];

interface HueBand {
  /** OKLCH hue where the band starts; it runs to the next band's start. */
  from: number;
  vivid: Names;
  /** For low chroma: dusty, greyed versions. */
  muted: Names;
  /** Lightness below which a colour is deep, and from which it is light: yellows and oranges are light by
   * nature, so their bands move the bounds up (defaults 0.45 and 0.75). */
  deep?: number;
  light?: number;
}

// Anchored on the OKLCH hues of familiar colours: crimson 20, burnt orange 45, gold 95, forest green 143,
// teal 195, sky blue 226, navy 264, purple 328.
const BANDS: readonly HueBand[] = [
  { from: 10, vivid: ['maroon', 'crimson', 'rose pink'], muted: ['rosewood', 'dusty rose', 'blush'] },
  { from: 24, vivid: ['oxblood', 'red', 'salmon'], muted: ['dark brick', 'brick red', 'dusty salmon'], light: 0.7 },
  { from: 34, vivid: ['rust', 'vermilion', 'coral'], muted: ['dark rust', 'terracotta', 'peach'], light: 0.7 },
  { from: 44, vivid: ['chestnut', 'burnt orange', 'apricot'], muted: ['umber', 'clay', 'light clay'], deep: 0.5, light: 0.8 },
  { from: 54, vivid: ['copper', 'orange', 'melon'], muted: ['dark brown', 'tan', 'warm beige'], deep: 0.62, light: 0.84 },
  { from: 66, vivid: ['bronze', 'amber', 'honey'], muted: ['dark taupe', 'camel', 'warm sand'], deep: 0.6, light: 0.86 },
  { from: 80, vivid: ['ochre', 'goldenrod', 'butter yellow'], muted: ['khaki brown', 'khaki', 'sand'], deep: 0.6, light: 0.86 },
  { from: 92, vivid: ['olive brown', 'mustard', 'gold'], muted: ['dark khaki', 'muted mustard', 'beige'], deep: 0.6, light: 0.86 },
  { from: 104, vivid: ['dark olive', 'olive', 'lemon yellow'], muted: ['olive drab', 'muted olive', 'pale khaki'], light: 0.86 },
  { from: 118, vivid: ['moss green', 'yellow green', 'lime'], muted: ['dark moss', 'sage', 'pale sage'] },
  { from: 134, vivid: ['forest green', 'green', 'spring green'], muted: ['dark sage', 'sage green', 'pale green'], deep: 0.6 },
  { from: 150, vivid: ['deep emerald', 'emerald', 'mint'], muted: ['dark jade', 'jade', 'pale mint'] },
  { from: 165, vivid: ['deep sea green', 'sea green', 'aquamarine'], muted: ['slate green', 'eucalyptus', 'seafoam'] },
  { from: 185, vivid: ['deep teal', 'teal', 'aqua'], muted: ['dark teal grey', 'muted teal', 'pale aqua'] },
  { from: 205, vivid: ['petrol blue', 'cerulean', 'sky blue'], muted: ['dark petrol', 'muted cerulean', 'misty blue'] },
  { from: 235, vivid: ['deep steel blue', 'steel blue', 'powder blue'], muted: ['dark slate blue', 'slate blue', 'pale slate blue'] },
  { from: 252, vivid: ['navy', 'cobalt blue', 'cornflower blue'], muted: ['dark denim', 'denim', 'periwinkle grey'] },
  { from: 272, vivid: ['indigo', 'violet', 'lavender'], muted: ['dusky indigo', 'muted violet', 'lavender grey'] },
  { from: 290, vivid: ['deep purple', 'purple', 'lilac'], muted: ['aubergine', 'mauve', 'pale lilac'] },
  { from: 315, vivid: ['plum', 'magenta', 'orchid'], muted: ['dark plum', 'dusty mauve', 'pale orchid'] },
  { from: 335, vivid: ['berry', 'fuchsia', 'bubblegum pink'], muted: ['dark berry', 'dusty pink', 'pale pink'], light: 0.7 },
  { from: 350, vivid: ['burgundy', 'raspberry', 'hot pink'], muted: ['wine', 'old rose', 'pale blush'], light: 0.7 },
];

/** Names of near-neutrals by lightness, from dark to light: [warm, neutral, cool]. */
const NEUTRALS: ReadonlyArray<{ below: number; names: readonly [warm: string, neutral: string, cool: string] }> = [
  { below: 0.16, names: ['near black', 'black', 'ink'] },
  { below: 0.22, names: ['espresso', 'jet', 'midnight'] },
  { below: 0.29, names: ['dark roast', 'charcoal', 'dark slate'] },
  { below: 0.36, names: ['umber grey', 'graphite', 'gunmetal'] },
  { below: 0.5, names: ['dark taupe', 'dark grey', 'slate'] },
  { below: 0.68, names: ['taupe', 'grey', 'slate grey'] },
  { below: 0.84, names: ['stone', 'light grey', 'silver'] },
  { below: 0.94, names: ['linen', 'pale grey', 'mist'] },
  { below: 0.995, names: ['ivory', 'off-white', 'snow'] },
  { below: Infinity, names: ['ivory', 'white', 'snow'] },
];

const NEAR_NEUTRAL = 0.03; // below this chroma a colour reads as a tinted grey
const MUTED = 0.075; // below this it reads as dusty rather than clear
const PALE_FROM = 0.88;
const PALE_MIN = 0.05; // below this a very light colour is a cream or mist, named by its muted band
const PALE_MAX = 0.12; // above this chroma a very light colour is bright, not pale
const TINT = 0.006; // below this a near-neutral has no temperature worth naming

function bandOf(hue: number): HueBand {
  let band = BANDS[BANDS.length - 1] as HueBand; // wraps: hues below the first start belong to the last band
  for (const b of BANDS) if (hue >= b.from) band = b;
  return band;
}

function neutralName(l: number, c: number, h: number): string {
  const row = NEUTRALS.find((n) => l < n.below) ?? NEUTRALS[NEUTRALS.length - 1];
  if (row === undefined) return 'grey';
  if (c < TINT) return row.names[1];
  const warm = h >= 20 && h < 120;
  const cool = h >= 180 && h < 300;
  return warm ? row.names[0] : cool ? row.names[2] : row.names[1];
}

/** A descriptive name for a `#rrggbb` colour: "deep teal", "warm sand", "pale sky blue", "charcoal". */
export function colorName(hex: string): string {
  const { l, c, h } = lchOf(hex);
  if (c < NEAR_NEUTRAL) return neutralName(l, c, h);
  const band = bandOf(h);
  const muted = c < MUTED;
  const names = muted ? band.muted : band.vivid;
  // Vivid oranges and yellows read dark until well above the usual bound (a vivid L 0.6 orange is a copper brown);
  // greyed ones do not (a dusty L 0.6 taupe is a tan, not a dark brown), so for them the bound is at most 0.5.
  if (l < Math.min(band.deep ?? 0.45, muted ? 0.5 : 1)) return names[0];
  // Greyed yellows lose the glow that makes a vivid yellow look light, so they turn "light" at the usual bound.
  if (l < Math.min(band.light ?? 0.75, muted ? 0.75 : 1)) return names[1];
  // A very light tint keeps its hue's clear name, softened: a bright, saturated yellow at L 0.97 is not pale.
  if (l >= PALE_FROM && c >= PALE_MIN && c < PALE_MAX) return `pale ${band.vivid[2]}`;
  return names[2];
}

/**
 * Names for every role of a scheme, distinct wherever the colours differ: roles whose colours share a descriptive
 * name are told apart by lightness within the group ("pale snow", "snow", "dusky snow" from light to dark; "soft
 * charcoal", "charcoal", "deep charcoal" for dark names). Roles with the very same colour keep the same name.
 */
export function distinctColorNames<K extends string>(colors: Record<K, string>): Record<K, string> {
  const keys = Object.keys(colors) as K[];
  const base = new Map<K, string>(keys.map((k) => [k, colorName(colors[k])]));
  const groups = new Map<string, K[]>();
  for (const k of keys) groups.set(base.get(k) as string, [...(groups.get(base.get(k) as string) ?? []), k]);
  const out = {} as Record<K, string>;
  for (const [name, members] of groups) {
    const hexes = [...new Set(members.map((k) => colors[k]))].sort((a, b) => lchOf(b).l - lchOf(a).l || (a < b ? -1 : 1));
    if (hexes.length === 1) {
      for (const k of members) out[k] = name;
      continue;
    }
    const light = lchOf(hexes[hexes.length - 1] as string).l >= 0.8;
    const words = qualifiers(hexes.length, light);
    const nameOf = new Map(hexes.map((hex, i) => [hex, qualify(name, words[i] ?? `shade ${i + 1} of`)]));
    for (const k of members) out[k] = nameOf.get(colors[k]) as string;
  }
  return out;
}

/** Qualifiers from lightest to darkest; '' keeps the plain name. Pale tints are told apart by paleness, everything
 * else by depth, so a mid-tone blue never becomes "pale". */
function qualifiers(n: number, light: boolean): string[] {
  if (light) return n === 2 ? ['pale', ''] : n === 3 ? ['pale', '', 'dusky'] : ['palest', 'pale', '', 'dusky', 'duskier', 'duskiest'].slice(0, n);
  return n === 2 ? ['', 'deep'] : n === 3 ? ['soft', '', 'deep'] : ['softest', 'soft', '', 'deep', 'deeper', 'deepest'].slice(0, n);
}

function qualify(name: string, word: string): string {
  if (word === '') return name;
  // "pale pale sky blue" would read as a typo: a name that already starts with the word takes the comparative.
  if (name.startsWith(`${word} `)) return `${word === 'pale' ? 'paler' : word === 'deep' ? 'deeper' : word === 'soft' ? 'softer' : `${word}`} ${name.slice(word.length + 1)}`;
  return `${word} ${name}`;
}
