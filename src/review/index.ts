// Review: pure comparisons of generated designs (diff reports and their formats, staleness, git scope).
export * from './design-facts.js';
export * from './colour-math.js';
export * from './compare-designs.js';
export * from './diff-report.js';
export * from './change-groups.js';
export * from './format-text.js';
export * from './format-markdown.js';
export * from './format-json.js';
export * from './staleness.js';
export * from './scope.js';
export * from './unified.js';
