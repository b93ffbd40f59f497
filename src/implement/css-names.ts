// The one table from a DESIGN.md token to the CSS custom property that carries it: implement writes by it, verify checks by it.
import { COLOR_ROLES, TYPE_LEVELS } from '../shared/types.js';
import type { DesignTokens } from './design-tokens.js';

/** The properties a typography level becomes besides its font stack (`--text-<level>-<part>`). */
export const TEXT_PARTS = ['size', 'weight', 'line-height', 'tracking'] as const;
export type TextPart = (typeof TEXT_PARTS)[number];

/**
 * Custom-property names by token group. A colour role is one property whose value flips in the dark scheme (the
 * `-dark` twin of a role redefines the same property); a component property is `--<component>-<short name>`.
 */
export const cssVar = {
  color: (role: string): string => `--color-${role}`,
  font: (level: string): string => `--font-${level}`,
  text: (level: string, part: TextPart): string => `--text-${level}-${part}`,
  space: (key: string): string => `--space-${key}`,
  radius: (key: string): string => `--radius-${key}`,
  shadow: (key: string): string => `--shadow-${key}`,
  component: (component: string, short: string): string => `--${component}-${short}`,
} as const;

/** `var(--name)`. */
export const varOf = (property: string): string => `var(${property})`;

/**
 * The custom properties each colour, typography, spacing and rounded token of the DESIGN.md becomes: what the
 * token-usage check expects the stylesheet to define and read.
 */
export function tokenProperties(tokens: DesignTokens): { path: string; properties: string[] }[] {
  const out: { path: string; properties: string[] }[] = [];
  for (const role of COLOR_ROLES) {
    out.push({ path: `colors.${role}`, properties: [cssVar.color(role)] });
    out.push({ path: `colors.${role}-dark`, properties: [cssVar.color(role)] });
  }
  for (const level of TYPE_LEVELS) {
    out.push({ path: `typography.${level}`, properties: [cssVar.font(level), ...TEXT_PARTS.map((p) => cssVar.text(level, p))] });
  }
  for (const key of Object.keys(tokens.spacing)) out.push({ path: `spacing.${key}`, properties: [cssVar.space(key)] });
  for (const key of Object.keys(tokens.rounded)) out.push({ path: `rounded.${key}`, properties: [cssVar.radius(key)] });
  return out;
}
