import { designFor } from './src/design/index.js';
import { testSelection, testSite } from './test/design/fixtures.js';
const sel = testSelection();
for (let i = 0; i < 500; i++) designFor(sel, testSite(`w${i}.com`));
const t = performance.now();
for (let i = 0; i < 5000; i++) designFor(sel, testSite(`site${i}.com`));
console.log('us/site', ((performance.now() - t) / 5000) * 1000);
