// The pipeline: runs the pure stages over batches, with concurrency, shards and write-if-changed.
export * from './project.js';
export * from './files.js';
export * from './site.js';
export * from './generate.js';
export * from './explain.js';
