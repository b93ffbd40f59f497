// Framework default accents (Tailwind's indigo, Bootstrap's blue ...): a brand colour this close to one reads as unbranded.
import { oklabDistance as distance, parse, toOklab } from './culori.js';

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

/** The accent roles a reader sees as the brand. */
export const ACCENT_ROLES = ['primary', 'secondary', 'tertiary', 'link'] as const;

// In OKLab already: the distance converts its arguments to OKLab, and a colour in that mode is taken as it is, so
// converting once here (and the candidate once below) gives the same doubles as converting on every comparison.
const PARSED = FRAMEWORK_ACCENTS.map((a) => ({ ...a, colour: toOklab(parse(a.hex)) }));

/** The framework accent a colour stands for (within SAME_ACCENT), if any. */
export function frameworkAccentNear(hex: string): { hex: string; name: string } | undefined {
  const parsed = parse(hex);
  if (parsed === undefined) return undefined;
  const colour = toOklab(parsed);
  const hit = PARSED.find((a) => a.colour !== undefined && distance(colour, a.colour) < SAME_ACCENT);
  return hit ? { hex: hit.hex, name: hit.name } : undefined;
}
