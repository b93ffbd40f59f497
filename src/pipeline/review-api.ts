// The review stage's pure formatting, for the CLI (which imports pipeline and registry only).
export * from '../review/index.js';
