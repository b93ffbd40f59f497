// DesignTokens → the `:root` custom properties of styles.css, built only from parsed values (never raw strings).
import { COLOR_ROLES, TYPE_LEVELS, type Shadow, type TypeLevel } from '../shared/types.js';
import { HEADING_LEVELS, phoneSizes, type HeadingLevel } from '../design/typography.js';
import { num } from '../shared/format.js';
import { cssVar, varOf } from './css-names.js';
import { parseDimension } from './css-values.js';
import type { DesignTokens, Dimension, FontFamily, Rgb, TypeToken } from './design-tokens.js';
import { ROOT_PX } from '../shared/vocabulary.js';

/** Viewport range over which headings scale fluidly (px). */
const FLUID_MIN_VIEWPORT = 320;
const FLUID_MAX_VIEWPORT = 1280;


const hex2 = (n: number): string => Math.max(0, Math.min(255, Math.round(n))).toString(16).padStart(2, '0');
export const hexOf = (c: Rgb): string => `#${hex2(c.r)}${hex2(c.g)}${hex2(c.b)}`;

export function dimensionCss(d: Dimension): string {
  return d.value === 0 ? '0' : `${num(d.value)}${d.unit}`;
}

const toPx = (d: Dimension): number => (d.unit === 'px' ? d.value : d.value * ROOT_PX);
const rem = (px: number): string => (px === 0 ? '0' : `${num(px / ROOT_PX)}rem`);

/** Quotes every named family unless it is a run of plain identifiers (so `-apple-system` keeps working). */
export function fontStackCss(families: readonly FontFamily[]): string {
  return families
    .map((f) => (f.kind === 'generic' || /^-?[A-Za-z][A-Za-z0-9-]*$/.test(f.name) ? f.name : `'${f.name}'`))
    .join(', ');
}

/**
 * `clamp(min, intercept + slope·vw, max)` so the size is `minPx` at 320 px and the token size at 1280 px wide. The
 * heading sizes on a phone come from the design stage's `phoneSizes`, the rule the DESIGN.md prose states.
 */
export function fluidSize(token: TypeToken, minPxGiven: number | undefined): string {
  const maxPx = toPx(token.fontSize);
  if (minPxGiven === undefined) return rem(maxPx);
  const minPx = Math.min(maxPx, minPxGiven);
  if (maxPx - minPx < 0.5) return rem(maxPx);
  const slope = (maxPx - minPx) / (FLUID_MAX_VIEWPORT - FLUID_MIN_VIEWPORT);
  const intercept = minPx - slope * FLUID_MIN_VIEWPORT;
  return `clamp(${rem(minPx)}, ${rem(intercept)} + ${num(slope * 100)}vw, ${rem(maxPx)})`;
}

function shadowCss(shadows: readonly Shadow[], color: Rgb, opacityScale: number): string {
  if (shadows.length === 0) return 'none';
  return shadows
    .map((s) => {
      const a = Math.min(1, s.opacity * opacityScale);
      return `0 ${num(s.y, 2)}px ${num(s.blur, 2)}px ${num(s.spread, 2)}px rgb(${color.r} ${color.g} ${color.b} / ${num(a, 3)})`;
    })
    .join(', ');
}

/** Shadows on a dark page need a colour darker than the page and more opacity to read at all. */
function darken(c: Rgb, factor: number): Rgb {
  return { r: c.r * factor, g: c.g * factor, b: c.b * factor };
}

export function tokensCss(tokens: DesignTokens): string {
  const lines: string[] = [':root {', '  color-scheme: light dark;'];
  for (const role of COLOR_ROLES) lines.push(`  ${cssVar.color(role)}: ${hexOf(tokens.colors.light[role])};`);

  const px = (level: TypeLevel): number => toPx(tokens.typography[level].fontSize);
  const phone: Partial<Record<TypeLevel, number>> = phoneSizes({
    display: px('display'),
    'headline-lg': px('headline-lg'),
    'headline-md': px('headline-md'),
    'headline-sm': px('headline-sm'),
    'body-lg': px('body-lg'),
  });
  for (const level of TYPE_LEVELS) {
    const t = tokens.typography[level];
    lines.push(`  ${cssVar.font(level)}: ${fontStackCss(t.fontFamily)};`);
    lines.push(`  ${cssVar.text(level, 'size')}: ${fluidSize(t, (HEADING_LEVELS as readonly string[]).includes(level) ? phone[level as HeadingLevel] : undefined)};`);
    lines.push(`  ${cssVar.text(level, 'weight')}: ${t.fontWeight};`);
    lines.push(`  ${cssVar.text(level, 'line-height')}: ${typeof t.lineHeight === 'number' ? num(t.lineHeight) : dimensionCss(t.lineHeight)};`);
    lines.push(`  ${cssVar.text(level, 'tracking')}: ${dimensionCss(t.letterSpacing)};`);
  }
  for (const [key, px] of Object.entries(tokens.spacing)) lines.push(`  ${cssVar.space(key)}: ${px === 0 ? '0' : `${num(px)}px`};`);
  for (const [key, px] of Object.entries(tokens.rounded)) lines.push(`  ${cssVar.radius(key)}: ${px === 0 ? '0' : `${num(px)}px`};`);

  const levels = Object.keys(tokens.wdm.elevation.levels).sort();
  const lightShadow = tokens.colors.light['on-surface'];
  const darkShadow = darken(tokens.colors.dark.neutral, 0.4);
  for (const key of levels) lines.push(`  ${cssVar.shadow(key)}: ${shadowCss(tokens.wdm.elevation.levels[key] ?? [], lightShadow, 1)};`);
  lines.push(...componentLines(tokens, false, '  '));
  // Readable line length and a hairline: structural constants of the layout, not design tokens.
  lines.push('  --measure: 68ch;', '  --hairline: 1px;', '  --focus-ring: 3px;');
  lines.push('}', '', '@media (prefers-color-scheme: dark) {', '  :root {');
  for (const role of COLOR_ROLES) lines.push(`    ${cssVar.color(role)}: ${hexOf(tokens.colors.dark[role])};`);
  for (const key of levels) lines.push(`    ${cssVar.shadow(key)}: ${shadowCss(tokens.wdm.elevation.levels[key] ?? [], darkShadow, 2.5)};`);
  lines.push(...componentLines(tokens, true, '    '));
  lines.push('  }', '}', '');
  return lines.join('\n');
}

const COMPONENT_PROPS: Record<string, string> = {
  backgroundColor: 'bg',
  textColor: 'fg',
  rounded: 'radius',
  padding: 'padding',
  height: 'height',
  width: 'width',
  size: 'size',
};
const REF = /^\{(colors|rounded|spacing)\.([a-z0-9][a-z0-9-]*)\}$/;

/**
 * Component tokens as `--<component>-<prop>` custom properties. Colour references become `var(--color-<role>)`,
 * whose value flips with the scheme; in the dark block a `-dark` twin re-points its base component, so a twin that
 * names a different role than its light component is honoured. Only validated names and values are written.
 */
function componentLines(tokens: DesignTokens, dark: boolean, indent: string): string[] {
  const out: string[] = [];
  for (const name of Object.keys(tokens.components).sort()) {
    const isTwin = name.endsWith('-dark');
    if (isTwin !== dark || !/^[a-z0-9][a-z0-9-]*$/.test(name)) continue;
    const base = dark ? name.slice(0, -'-dark'.length) : name;
    const props = tokens.components[name] ?? {};
    for (const prop of Object.keys(COMPONENT_PROPS)) {
      const raw = props[prop];
      if (raw === undefined) continue;
      let value: string | undefined;
      const ref = typeof raw === 'string' ? REF.exec(raw) : null;
      if (ref?.[1] === 'colors' && ref[2]) {
        const role = ref[2].replace(/-dark$/, '');
        if ((COLOR_ROLES as readonly string[]).includes(role)) value = varOf(cssVar.color(role));
      } else if (ref?.[1] === 'rounded' && ref[2] && ref[2] in tokens.rounded) {
        value = varOf(cssVar.radius(ref[2]));
      } else if (ref?.[1] === 'spacing' && ref[2] && ref[2] in tokens.spacing) {
        value = varOf(cssVar.space(ref[2]));
      } else if (prop !== 'backgroundColor' && prop !== 'textColor') {
        const dim = typeof raw === 'number' ? { value: raw, unit: 'px' as const } : parseDimension(raw, ['px', 'rem', 'em']);
        if (dim && dim.value >= 0) value = dimensionCss(dim);
      }
      if (value !== undefined) out.push(`${indent}${cssVar.component(base, COMPONENT_PROPS[prop] as string)}: ${value};`);
    }
  }
  return out;
}
