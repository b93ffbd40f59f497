// Design quality: an accent that is a framework's default colour (Tailwind's indigo, Bootstrap's blue) reads as unbranded.
import type { Finding } from '../../shared/types.js';
import { ACCENT_ROLES, frameworkAccentNear, SAME_ACCENT } from '../../design/framework-accents.js';
import { cssVar } from '../../implement/css-names.js';
import type { SiteCheck } from './index.js';
import { matchesWithLines } from './css-lines.js';

export { FRAMEWORK_ACCENTS, SAME_ACCENT } from '../../design/framework-accents.js';
/** A declaration of an accent role's custom property with a `#rrggbb` value, on one line. */
export const DECLARATION = new RegExp(`(${ACCENT_ROLES.map((role) => cssVar.color(role)).join('|')}):[^\\S\\n]*(#[0-9a-f]{6})[^\\S\\n]*;`, 'gi');

export const accentsCheck: SiteCheck = {
  meta: { id: 'quality-accents', reads: ['css'], description: "no accent colour is a framework's default (Tailwind's indigo-500 family, Bootstrap's primary blue ...)" },
  run(input) {
    const findings: Finding[] = [];
    for (const { match: m, line } of matchesWithLines(input.css, DECLARATION)) {
      const property = (m[1] ?? '').toLowerCase();
      const accent = frameworkAccentNear(m[2] ?? '');
      if (accent === undefined) continue;
      findings.push({
        severity: 'error',
        rule: 'quality/framework-accent',
        message: `found ${property}: ${m[2]}, within ${SAME_ACCENT} (OKLab) of ${accent.name} ${accent.hex}, expected a brand colour that is not a framework default`,
        place: { file: input.cssFile, line },
      });
    }
    return findings;
  },
};
