// Component tokens in DESIGN.md form, each with a `-dark` twin, referencing every colour role of both schemes.
import type { ColorRole } from '../shared/types.js';
import { remembered } from '../shared/memo.js';
import { roundedFor } from './shape.js';

/** The only sub-tokens the DESIGN.md linter accepts without a warning. */
export const SUB_TOKENS = [
  'backgroundColor',
  'textColor',
  'typography',
  'rounded',
  'padding',
  'size',
  'height',
  'width',
] as const;
export type SubToken = (typeof SUB_TOKENS)[number];
type Spec = Partial<Record<SubToken, string>>;

// Colours as roles, so the twin can point at `<role>-dark`; everything else is shared between the schemes.
interface Component {
  name: string;
  background?: ColorRole;
  text?: ColorRole;
  rest: Spec;
}

const color = (role: ColorRole, dark: boolean): string => `{colors.${role}${dark ? '-dark' : ''}}`;
const px = (n: number): string => `${n}px`;

function requirePx(spacing: Record<string, number>, step: string): number {
  const v = spacing[step];
  if (v === undefined) throw new Error(`Spacing has no "${step}" step`);
  return v;
}

/**
 * Every component with both a background and a text colour is a declared 4.5:1 pair, because the linter checks
 * them at 4.5; the 3:1 pairs (primary and outline on the page) are therefore never put in one component.
 */
export function componentsFor(
  shape: { radius: string },
  spacing: Record<string, number>,
): Record<string, Record<string, string>> {
  roundedFor(shape.radius); // an unknown radius style is an error here too, not a silent default
  // Pill designs round their buttons and badges fully; other styles keep the medium and small radii.
  const pill = shape.radius === 'pill';
  const sm = requirePx(spacing, 'sm');
  const md = requirePx(spacing, 'md');
  const lg = requirePx(spacing, 'lg');
  // The tokens depend on these four values only, and a batch has a handful of combinations: made once each, and
  // every site given its own copy of the objects (the strings are shared, which the front matter's writer and the
  // memos behind it find again at once).
  const key = `${pill ? 'pill' : ''} ${sm} ${md} ${lg}`;
  const made = remembered(madeComponents, key, MADE_LIMIT, () => componentsOf(pill, sm, md, lg));
  const out: Record<string, Record<string, string>> = {};
  for (const name of Object.keys(made)) out[name] = { ...made[name] };
  return out;
}

const madeComponents = new Map<string, Record<string, Record<string, string>>>();
const MADE_LIMIT = 256;

function componentsOf(pill: boolean, sm: number, md: number, lg: number): Record<string, Record<string, string>> {
  const button: Spec = { typography: '{typography.label}', rounded: pill ? '{rounded.full}' : '{rounded.md}' };
  const list: Component[] = [
    { name: 'page', background: 'surface', text: 'on-surface', rest: { typography: '{typography.body-md}' } },
    {
      name: 'button-primary',
      background: 'primary',
      text: 'on-primary',
      rest: { ...button, padding: px(md), height: '44px' },
    },
    {
      name: 'button-secondary',
      background: 'secondary',
      text: 'on-secondary',
      rest: { ...button, padding: px(md), height: '44px' },
    },
    {
      name: 'badge',
      background: 'tertiary',
      text: 'on-tertiary',
      rest: { typography: '{typography.caption}', rounded: pill ? '{rounded.full}' : '{rounded.sm}', padding: px(sm) },
    },
    { name: 'link', text: 'link', rest: { typography: '{typography.body-md}' } },
    {
      name: 'card',
      background: 'surface-container',
      text: 'on-surface',
      rest: { typography: '{typography.body-md}', rounded: '{rounded.lg}', padding: px(lg) },
    },
    {
      name: 'card-muted',
      background: 'surface-container',
      text: 'on-surface-variant',
      rest: { typography: '{typography.body-sm}', rounded: '{rounded.lg}', padding: px(lg) },
    },
    {
      name: 'navigation',
      background: 'surface',
      text: 'on-surface',
      rest: { typography: '{typography.label}', height: '64px' },
    },
    {
      name: 'footer',
      background: 'neutral',
      text: 'on-neutral',
      rest: { typography: '{typography.body-sm}', padding: px(lg) },
    },
    {
      name: 'input',
      background: 'surface',
      text: 'on-surface',
      rest: { typography: '{typography.body-md}', rounded: '{rounded.sm}', padding: px(sm), height: '44px' },
    },
    { name: 'divider', background: 'outline', rest: { height: '1px' } },
  ];
  const out: Record<string, Record<string, string>> = {};
  for (const c of list) {
    for (const dark of [false, true]) {
      const tokens: Record<string, string> = {};
      if (c.background !== undefined) tokens.backgroundColor = color(c.background, dark);
      if (c.text !== undefined) tokens.textColor = color(c.text, dark);
      Object.assign(tokens, c.rest);
      out[dark ? `${c.name}-dark` : c.name] = tokens;
    }
  }
  return out;
}
