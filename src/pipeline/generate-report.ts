// A generate run's report and its counts: light, so a run the cache answers alone need not load the design stages.
import type { BatchReport, GenerateReport, SiteOutcome } from './generate.js';

export function emptyReport(): GenerateReport {
  return { batches: [], sites: [], written: 0, unchanged: 0, cached: 0, restored: 0, rejected: 0, designed: 0 };
}

/** Adds one site's outcome to the batch's and the run's counts (and keeps it when asked). */
export function countOutcome(report: GenerateReport, b: BatchReport, result: SiteOutcome, keep: boolean): void {
  b.designed += 1;
  report.designed += 1;
  if (result.cached) {
    b.cached += 1;
    report.cached += 1;
  }
  if (result.outcome === 'written') {
    b.written += 1;
    report.written += 1;
  } else {
    b.unchanged += 1;
    report.unchanged += 1;
  }
  if (keep) report.sites.push(result);
  b.domains?.push(result.domain);
}
