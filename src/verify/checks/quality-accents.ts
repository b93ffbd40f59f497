// Design quality: an accent that is a framework's default colour (Tailwind's indigo, Bootstrap's blue) reads as unbranded.
import { differenceEuclidean, modeOklab, modeRgb, parse, useMode } from 'culori/fn';
import type { Finding } from '../../shared/types.js';
import type { SiteCheck } from './index.js';

useMode(modeRgb);
useMode(modeOklab);
const distance = differenceEuclidean('oklab');

/** Default accents of the frameworks generated pages are built with, by name (source: each framework's palette). */
export const FRAMEWORK_ACCENTS: readonly { hex: string; name: string }[] = [
  { hex: '#818cf8', name: "Tailwind's indigo-400" },
  { hex: '#6366f1', name: "Tailwind's indigo-500" },
  { hex: '#4f46e5', name: "Tailwind's indigo-600" },
  { hex: '#4338ca', name: "Tailwind's indigo-700" },
  { hex: '#8b5cf6', name: "Tailwind's violet-500" },
  { hex: '#7c3aed', name: "Tailwind's violet-600" },
  { hex: '#3b82f6', name: "Tailwind's blue-500" },
  { hex: '#2563eb', name: "Tailwind's blue-600" },
  { hex: '#0d6efd', name: "Bootstrap 5's primary blue" },
  { hex: '#007bff', name: "Bootstrap 4's primary blue" },
  { hex: '#6200ee', name: "Material's default purple" },
  { hex: '#1976d2', name: "MUI's default primary blue" },
];

/** OKLab distance under which two colours read as the same accent (about 2.5 ΔE-OK units: barely told apart side by side). */
export const SAME_ACCENT = 0.025;
const ACCENT_ROLES = ['primary', 'secondary', 'tertiary', 'link'];
const DECLARATION = /--color-(primary|secondary|tertiary|link):\s*(#[0-9a-f]{6})\s*;/gi;

export const accentsCheck: SiteCheck = {
  meta: { id: 'quality-accents', reads: ['css'], description: "no accent colour is a framework's default (Tailwind's indigo-500 family, Bootstrap's primary blue ...)" },
  run(input) {
    const findings: Finding[] = [];
    const lines = input.css.split('\n');
    lines.forEach((line, i) => {
      for (const m of line.matchAll(DECLARATION)) {
        const role = (m[1] ?? '').toLowerCase();
        const colour = parse(m[2] ?? '');
        if (!ACCENT_ROLES.includes(role) || colour === undefined) continue;
        for (const accent of FRAMEWORK_ACCENTS) {
          const other = parse(accent.hex);
          if (other === undefined || distance(colour, other) >= SAME_ACCENT) continue;
          findings.push({
            severity: 'error',
            rule: 'quality/framework-accent',
            message: `found --color-${role}: ${m[2]}, within ${SAME_ACCENT} (OKLab) of ${accent.name} ${accent.hex}, expected a brand colour that is not a framework default`,
            place: { file: input.cssFile, line: i + 1 },
          });
          break;
        }
      }
    });
    return findings;
  },
};
