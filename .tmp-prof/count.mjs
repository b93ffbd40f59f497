import { designFor } from './src/design/index.js';
import { testSelection, testSite } from './test/design/fixtures.js';
const sel = testSelection();
for (let i = 0; i < 1000; i++) { const d = designFor(sel, testSite(`site${i}.com`)); globalThis.C.adj += d.palette.adjustments.length; }
console.log(JSON.stringify(globalThis.C));
const roles = {};
for (let i = 0; i < 1000; i++) for (const a of designFor(sel, testSite(`site${i}.com`)).palette.adjustments) roles[a.scheme+a.role]=(roles[a.scheme+a.role]||0)+1;
console.log(roles);
