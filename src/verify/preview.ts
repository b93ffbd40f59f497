// The batch contact sheet: one self-contained HTML page (inline CSS, no script, no network) from parsed DESIGN.md tokens.
import { COLOR_ROLES, type ColorRole, type Scheme, type TypeLevel } from '../shared/types.js';
import type { DesignTokens, TypeToken } from '../implement/design-tokens.js';
import { dimensionCss, fontStackCss, hexOf } from '../implement/css-tokens.js';
import { num } from '../shared/format.js';
import { distinctness, lookOf, type DistinctnessReport } from './distinctness.js';

export interface PreviewSite {
  tokens: DesignTokens;
  /** Link to the site's page, relative to the contact sheet (`../../sites/010/smithlaw.com/index.html`). */
  href: string;
}

export interface PreviewProblem {
  /** Project-relative DESIGN.md path. */
  file: string;
  message: string;
}

export interface ContactSheetInput {
  batch: string;
  sites: readonly PreviewSite[];
  /** Designs that could not be read; listed so a reviewer sees them too. */
  problems?: readonly PreviewProblem[];
}

/** The colour a swatch's sample text is set in: the role's partner, chosen so the pair is one the design checks. */
const SAMPLE_ON: Partial<Record<ColorRole, ColorRole>> = {
  primary: 'on-primary',
  'on-primary': 'primary',
  secondary: 'on-secondary',
  'on-secondary': 'secondary',
  tertiary: 'on-tertiary',
  'on-tertiary': 'tertiary',
  neutral: 'on-neutral',
  'on-neutral': 'neutral',
  surface: 'on-surface',
  'on-surface': 'surface',
  'surface-container': 'on-surface-variant',
  'on-surface-variant': 'surface-container',
  link: 'surface',
};

const SPECIMEN: readonly { level: TypeLevel; sample: (t: DesignTokens) => string }[] = [
  { level: 'display', sample: (t) => t.name },
  { level: 'headline-lg', sample: (t) => t.wdm.copy['hero']?.title ?? t.name },
  { level: 'body-md', sample: (t) => t.description },
];

const ESCAPES: Record<string, string> = { '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', "'": '&#39;' };
export function escapeHtml(text: string): string {
  return text.replace(/[&<>"']/g, (c) => ESCAPES[c] ?? c);
}

/** Keeps `</style>`, braces and semicolons out of one value placed in the style element (tokens are validated already; this is the second lock). */
function cssSafe(text: string): string {
  return text.replace(/[<>{};\\]/g, '');
}

function typeCss(t: TypeToken): string {
  const size = t.fontSize.unit === 'px' ? `${num(t.fontSize.value)}px` : dimensionCss(t.fontSize);
  const lineHeight = typeof t.lineHeight === 'number' ? num(t.lineHeight) : dimensionCss(t.lineHeight);
  return `font-family: ${cssSafe(fontStackCss(t.fontFamily))}; font-size: ${cssSafe(size)}; font-weight: ${t.fontWeight}; line-height: ${cssSafe(lineHeight)}; letter-spacing: ${cssSafe(dimensionCss(t.letterSpacing))};`;
}

const SHEET_CSS = `
:root { color-scheme: light dark; --bg: #f4f4f2; --card: #ffffff; --fg: #1d1d1b; --muted: #55554f; --line: #c9c9c2; --link: #1f4fa3; }
@media (prefers-color-scheme: dark) { :root { --bg: #161615; --card: #20201e; --fg: #ededea; --muted: #b4b4ad; --line: #4a4a45; --link: #9cc0f5; } }
* { box-sizing: border-box; }
body { margin: 0; background: var(--bg); color: var(--fg); font: 15px/1.5 system-ui, -apple-system, 'Segoe UI', Roboto, sans-serif; }
header.sheet { padding: 24px clamp(16px, 4vw, 48px) 8px; }
h1 { margin: 0 0 4px; font-size: 28px; }
header.sheet p { margin: 0; color: var(--muted); }
main { display: grid; gap: 24px; padding: 16px clamp(16px, 4vw, 48px) 48px; }
.site { background: var(--card); border: 1px solid var(--line); border-radius: 12px; padding: 20px; min-width: 0; }
.site h2 { margin: 0; font-size: 20px; overflow-wrap: anywhere; }
.meta { margin: 4px 0 12px; color: var(--muted); overflow-wrap: anywhere; }
.meta a { color: var(--link); }
.scheme { margin: 12px 0 4px; font-size: 13px; font-weight: 600; text-transform: uppercase; letter-spacing: 0.06em; color: var(--muted); }
.swatches { display: grid; grid-template-columns: repeat(auto-fill, minmax(104px, 1fr)); gap: 8px; margin: 0; padding: 0; list-style: none; }
.swatch { min-width: 0; }
.chip { display: flex; align-items: center; justify-content: center; height: 56px; border-radius: 8px; border: 1px solid var(--line); font: 700 24px/1 system-ui, sans-serif; }
.label { display: block; font-size: 12px; line-height: 1.3; color: var(--muted); overflow-wrap: anywhere; }
.label b { color: var(--fg); font-weight: 600; }
.specimen { margin-top: 16px; padding: 16px; border-radius: 8px; overflow: hidden; }
.specimen p { margin: 0 0 8px; overflow-wrap: anywhere; }
.specimen .level { display: block; font: 12px/1.3 system-ui, sans-serif; letter-spacing: 0; opacity: 1; }
.problems, .distinct { background: var(--card); border: 1px solid var(--line); border-radius: 12px; padding: 20px; }
.distinct { margin: 0 clamp(16px, 4vw, 48px); }
.distinct h2 { margin: 0 0 8px; font-size: 20px; }
.distinct ul { margin: 8px 0 0; padding-left: 20px; }
.pages { display: flex; gap: 12px; align-items: flex-start; margin: 12px 0 4px; overflow: hidden; }
.page { flex: none; overflow: hidden; border: 1px solid var(--line); border-radius: 8px; background: var(--bg); }
.page iframe { display: block; border: 0; transform: scale(0.25); transform-origin: 0 0; pointer-events: none; }
.page--wide { width: 320px; height: 200px; }
.page--wide iframe { width: 1280px; height: 800px; }
.page--narrow { width: 98px; height: 200px; }
.page--narrow iframe { width: 390px; height: 800px; }
@media (min-width: 900px) { main { grid-template-columns: repeat(2, minmax(0, 1fr)); } }
`;

function swatchRow(t: DesignTokens, scheme: Scheme, prefix: string, css: string[]): string {
  const colors = t.colors[scheme];
  const items = COLOR_ROLES.map((role) => {
    const bg = hexOf(colors[role]);
    const partner = SAMPLE_ON[role];
    const cls = `${prefix}-${scheme}-${role}`;
    css.push(`.${cls} { background: ${bg};${partner ? ` color: ${hexOf(colors[partner])};` : ''} }`);
    // Outline has no text partner: its chip shows the colour only, and the Aa is left out rather than fail contrast.
    const sample = partner ? 'Aa' : '';
    const label = `${role}${scheme === 'dark' ? '-dark' : ''}`;
    return `<li class="swatch"><span class="chip ${cls}">${sample}</span><span class="label"><b>${escapeHtml(label)}</b> ${bg}</span></li>`;
  });
  return `<p class="scheme">${scheme === 'light' ? 'Light' : 'Dark'} palette</p>\n<ul class="swatches">\n${items.join('\n')}\n</ul>`;
}

function siteCard(site: PreviewSite, index: number, css: string[]): string {
  const t = site.tokens;
  const prefix = `s${index + 1}`;
  const specimenClass = `${prefix}-specimen`;
  css.push(`.${specimenClass} { background: ${hexOf(t.colors.light.surface)}; color: ${hexOf(t.colors.light['on-surface'])}; }`);
  const specimen = SPECIMEN.map(({ level, sample }) => {
    const cls = `${prefix}-${level}`;
    css.push(`.${cls} { ${typeCss(t.typography[level])} }`);
    return `<p class="${cls}"><span class="level">${level}</span>${escapeHtml(sample(t))}</p>`;
  });
  return [
    `<article class="site" aria-labelledby="${prefix}-name">`,
    `<h2 id="${prefix}-name">${escapeHtml(t.name)}</h2>`,
    `<p class="meta">${escapeHtml(t.wdm.unicode)} · ${escapeHtml(t.wdm.categoryLabel)} · ${escapeHtml(lookOf(t))} · art ${escapeHtml(t.wdm.composition.scene)} · <a href="${escapeHtml(site.href)}">open the site</a></p>`,
    // Live pages, scaled: the layout is judged from the page itself (no script; the frames load only the site's files).
    `<div class="pages">`,
    `<div class="page page--wide"><iframe src="${escapeHtml(site.href)}" title="${escapeHtml(t.name)} at 1280 px" loading="lazy" tabindex="-1" width="1280" height="800"></iframe></div>`,
    `<div class="page page--narrow"><iframe src="${escapeHtml(site.href)}" title="${escapeHtml(t.name)} at 390 px" loading="lazy" tabindex="-1" width="390" height="800"></iframe></div>`,
    `</div>`,
    swatchRow(t, 'light', prefix, css),
    swatchRow(t, 'dark', prefix, css),
    `<div class="specimen ${specimenClass}">`,
    ...specimen,
    `</div>`,
    `</article>`,
  ].join('\n');
}

function distinctnessSection(report: DistinctnessReport): string {
  const shared =
    report.shared.length === 0
      ? '<p>No two sites of one family share a look.</p>'
      : `<ul>\n${report.shared.map((e) => `<li><b>${e.domains.length} sites</b> of ${escapeHtml(e.family)} share ${escapeHtml(e.look)}: ${e.domains.map(escapeHtml).join(', ')}</li>`).join('\n')}\n</ul>`;
  const heroes =
    report.oneHero.length === 0
      ? ''
      : `<p>One hero across a family:</p>\n<ul>\n${report.oneHero.map((h) => `<li>${escapeHtml(h.family)}: all ${h.sites} sites have the ${escapeHtml(h.hero)}</li>`).join('\n')}\n</ul>`;
  return [
    '<section class="distinct" aria-labelledby="distinct-title">',
    '<h2 id="distinct-title">Distinctness</h2>',
    `<p>${report.sites} sites, ${report.looks} distinct looks (layout, hero, header, rhythm, cards and hue family); ${report.sitesSharing} sites share their look with another site of their family.</p>`,
    shared,
    heroes,
    '</section>',
  ]
    .filter((l) => l !== '')
    .join('\n');
}

/** Sites appear in the order given (the pipeline sorts by domain); the output depends on nothing else. */
export function renderContactSheet(input: ContactSheetInput): string {
  const css: string[] = [];
  const cards = input.sites.map((site, i) => siteCard(site, i, css));
  const report = distinctness(input.sites.map((s) => s.tokens));
  const problems = input.problems ?? [];
  const problemList =
    problems.length === 0
      ? ''
      : `<section class="problems" aria-labelledby="problems-title">\n<h2 id="problems-title">Designs that could not be read</h2>\n<ul>\n${problems
          .map((p) => `<li><b>${escapeHtml(p.file)}</b>: ${escapeHtml(p.message)}</li>`)
          .join('\n')}\n</ul>\n</section>`;
  const count = `${input.sites.length} site${input.sites.length === 1 ? '' : 's'}`;
  return [
    '<!DOCTYPE html>',
    '<html lang="en">',
    '<head>',
    '<meta charset="utf-8">',
    '<meta name="viewport" content="width=device-width, initial-scale=1">',
    `<title>Batch ${escapeHtml(input.batch)}: contact sheet</title>`,
    `<style>${SHEET_CSS}${css.join('\n')}\n</style>`,
    '</head>',
    '<body>',
    '<header class="sheet">',
    `<h1>Batch ${escapeHtml(input.batch)}</h1>`,
    `<p>${count}: each page at 1280 and 390 px, its palettes in the light and dark scheme, type specimens, and a link to it.</p>`,
    '</header>',
    distinctnessSection(report),
    '<main>',
    ...cards,
    problemList,
    '</main>',
    '</body>',
    '</html>',
    '',
  ]
    .filter((line) => line !== '')
    .join('\n')
    .concat('\n');
}
