// Selection and Site fixtures for the design tests, following src/shared/types.ts exactly.
import type { FontPairing, Selection, Site } from '../../src/shared/types.js';

export const PAIRINGS: FontPairing[] = [
  {
    id: 'classic-serif',
    heading: 'Georgia, "Times New Roman", Times, serif',
    body: 'system-ui, -apple-system, "Segoe UI", Roboto, "Helvetica Neue", Arial, sans-serif',
    mono: 'ui-monospace, SFMono-Regular, Menlo, Consolas, monospace',
    headingWeight: 700,
    bodyWeight: 400,
  },
  {
    id: 'modern-sans',
    heading: 'system-ui, -apple-system, "Segoe UI", Roboto, sans-serif',
    body: 'system-ui, -apple-system, "Segoe UI", Roboto, sans-serif',
    mono: 'ui-monospace, Menlo, Consolas, monospace',
    headingWeight: 800,
    bodyWeight: 400,
  },
];

type Overrides = Omit<Partial<Selection>, 'palette' | 'typography' | 'shape'> & {
  palette?: Partial<Selection['palette']>;
  typography?: Partial<Selection['typography']>;
  shape?: Partial<Selection['shape']>;
};

export function testSelection(overrides: Overrides = {}): Selection {
  const { palette, typography, shape, ...rest } = overrides;
  return {
    domain: 'smithlaw.com',
    name: 'Smith Law',
    nameSource: 'derived',
    tagline: 'Trusted counsel',
    taglineSource: 'rules',
    category: 'legal',
    categoryLabel: 'Legal services',
    categorySource: 'given',
    inferredFrom: [],
    words: ['smith', 'law'],
    tone: 'corporate',
    layout: { template: 'services', sections: ['hero', 'services', 'contact'] },
    copy: { hero: { title: 'Smith Law', lead: 'Trusted counsel', items: [] } },
    voice: ['trustworthy'],
    ...rest,
    palette: { strategy: 'analogous', hue: [220, 260], chroma: [0.08, 0.14], neutralHue: 240, neutralChroma: 0.01, ...palette },
    typography: { pairings: PAIRINGS, scale: 'major-third', base: 16, ...typography },
    shape: { radius: 'soft', density: 'comfortable', elevation: 'subtle', ...shape },
  };
}

export function testSite(domain = 'smithlaw.com', extra: Partial<Site> = {}): Site {
  return { domain, unicode: domain, source: { file: 'batches/test.yaml', line: 1 }, ...extra };
}
