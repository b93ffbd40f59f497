// Design quality: the page heading stands above the section titles (h1 ≥ 1.5× h2) and reads as a heading on a phone.
import type { Finding } from '../../shared/types.js';
import { cssVar } from '../../implement/css-names.js';
import { num } from '../../shared/format.js';
import type { SiteCheck } from './index.js';
import { firstLineMatching } from './css-lines.js';
import { ROOT_PX } from '../../shared/vocabulary.js';

/** The hierarchy rule (issue 11.4). */
export const MIN_RATIO = 1.5;
export const MIN_PHONE_PX = 32;
const PHONE = 390;
const DESKTOP = 1280;

/** A length in px at a viewport width: `2rem`, `24px`, `1.4rem + 2.2vw`, `clamp(a, b, c)`, `calc(x * n)`. */
export function lengthAt(value: string, viewport: number): number | undefined {
  const v = value.trim();
  const clamp = /^clamp\((.+),(.+),(.+)\)$/.exec(v);
  if (clamp) {
    const [lo, mid, hi] = [clamp[1], clamp[2], clamp[3]].map((p) => lengthAt(p ?? '', viewport));
    if (lo === undefined || mid === undefined || hi === undefined) return undefined;
    return Math.min(Math.max(lo, mid), hi);
  }
  let total = 0;
  for (const term of v.replace(/^calc\((.*)\)$/, '$1').split(/\s+\+\s+/)) {
    const m = /^(-?\d*\.?\d+)(rem|px|vw|em)$/.exec(term.trim());
    if (!m) return undefined;
    const n = Number(m[1]);
    total += m[2] === 'px' ? n : m[2] === 'vw' ? (n * viewport) / 100 : n * ROOT_PX;
  }
  return total;
}

const declarationTests = new Map<string, RegExp>();

/** The first line declaring `property` (it starts the line), looking only at the lines that name it. */
function declaration(css: string, property: string): { value: string; line: number } | undefined {
  let test = declarationTests.get(property);
  if (!test) declarationTests.set(property, (test = new RegExp(`^\\s*${property}:\\s*([^;]+);`)));
  // The value group takes at least one character, so a line the test matches always declares a value.
  const found = firstLineMatching(css, `${property}:`, test);
  return found ? { value: found.match[1] as string, line: found.line } : undefined;
}

export const hierarchyCheck: SiteCheck = {
  meta: { id: 'quality-hierarchy', reads: ['css'], description: `h1 at least ${MIN_RATIO}× the section titles at 390 and 1280 px, and at least ${MIN_PHONE_PX} px on a 390 px screen` },
  run(input) {
    const display = declaration(input.css, cssVar.text('display', 'size'));
    const title = declaration(input.css, cssVar.text('headline-lg', 'size'));
    if (!display || !title) return [];
    const findings: Finding[] = [];
    const place = { file: input.cssFile, line: display.line };
    for (const width of [PHONE, DESKTOP]) {
      const h1 = lengthAt(display.value, width);
      const h2 = lengthAt(title.value, width);
      if (h1 === undefined || h2 === undefined) continue;
      if (h1 < h2 * MIN_RATIO - 0.05) {
        findings.push({
          severity: 'error',
          rule: 'quality/display-size',
          message: `found the h1 at ${num(h1, 1)} px and section titles at ${num(h2, 1)} px on a ${width} px screen (${num(h1 / h2, 1)}×), expected the h1 at least ${MIN_RATIO}× the section titles`,
          place,
        });
      }
      if (width === PHONE && h1 < MIN_PHONE_PX - 0.05) {
        findings.push({
          severity: 'error',
          rule: 'quality/display-size',
          message: `found the h1 at ${num(h1, 1)} px on a ${PHONE} px screen, expected at least ${MIN_PHONE_PX} px`,
          place,
        });
      }
    }
    return findings;
  },
};
