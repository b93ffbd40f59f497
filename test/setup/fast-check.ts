// Property tests draw their cases from a fixed seed under CI (CI=true, as .ci/run sets it), so a run there is
// repeatable and a red build is never a draw of the dice; outside CI every run draws new cases, so a developer's runs
// keep exploring, and a failure prints the seed and path that reproduce it (fc.assert(..., { seed, path })).
import fc from 'fast-check';

if (process.env['CI'] === 'true' || process.env['CI'] === '1') fc.configureGlobal({ seed: 20_261_130 });
