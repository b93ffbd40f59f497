// The pipeline: runs the pure stages over batches, with concurrency, shards and write-if-changed.
export * from './project.js';
export * from './files.js';
export * from './site.js';
export * from './generate.js';
export * from './explain.js';
export * from './build.js';
export * from './status.js';
export { parseStateName, STATE_NAMES } from '../registry/index.js';
export type { BatchStatus, StateName } from '../registry/index.js';
export * from './cache.js';
export * from './check.js';
export * from './git.js';
export * from './diff.js';
export * from '../review/index.js';
export * from './changes.js';
export * from './init.js';
export * from './scaffold.js';
export * from './preview.js';
