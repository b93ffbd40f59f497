import { test } from 'vitest';
import { designFor } from '../../src/design/index.js';
import { testSelection, testSite } from './fixtures.js';
test('probe', () => {
  for (const [d, pal] of [['smithlaw.com', {}], ['x.com', { strategy: 'vivid', hue: [350, 20] as [number, number], chroma: [0.15, 0.22] as [number, number] }], ['y.com', { brandColor: '#ffff00' }], ['z.com', { brandColor: '#1a4d8f', strategy: 'earthy' }]] as const) {
    const des = designFor(testSelection({ palette: pal }), testSite(d));
    console.log(d, JSON.stringify(des.palette.light), JSON.stringify(des.palette.dark), JSON.stringify(des.palette.names), JSON.stringify(des.palette.adjustments, null, 0), JSON.stringify(des.palette.pairs.map(p=>[p.text,p.background,p.light,p.dark])));
  }
  const sel = testSelection();
  const t0 = performance.now();
  for (let i = 0; i < 500; i++) designFor(sel, testSite(`site${i}.com`));
  console.log('ms/site', (performance.now() - t0) / 500);
  const t1 = performance.now();
  for (let i = 0; i < 500; i++) designFor(testSelection({ palette: { strategy: 'vivid', hue: [0, 359], chroma: [0.15, 0.3] } }), testSite(`site${i}.com`));
  console.log('ms/site vivid', (performance.now() - t1) / 500);
});
