// The registry's public surface: journal, replay and status, atomic output writes, verification and finalize.
export { openJournal, compactIfNeeded, DEFAULT_FLUSH_EVERY, DEFAULT_FLUSH_MS, DEFAULT_COMPACT_AT } from './journal.js';
export type { Journal, JournalOptions, CompactBound } from './journal.js';
export type { Update, SuccessUpdate, FailureUpdate } from './line-codec.js';
export { encodeLine, decodeLine } from './line-codec.js';
export { replay, resolveStates, parseJournalText, countJournal, liveRecordCount } from './replay.js';
export type { SiteState, JournalContents, ReplayResult, BadLine, JournalCount } from './replay.js';
export { compactJournal } from './compact.js';
export type { CompactOptions, CompactResult } from './compact.js';
export { repairJournal } from './repair.js';
export { mergeJournals, batchOfJournalFile } from './merge.js';
export type { MergeReport, MergedFile, MergeOptions } from './merge.js';
export type { RepairReport, RepairedFile } from './repair.js';
export { readStatus, sitesIn, countStates } from './status.js';
export type { BatchStatus } from './status.js';
export { parseStateName, rankOf, STATE_NAMES, PROGRESS_STATES } from './states.js';
export type { StateName, ProgressState, RecordedState } from './states.js';
export { atomicWriteFile, openAtomicStream, writeFileIfChanged, writeOutputGroup, syncGroup } from './atomic-write.js';
export { GroupSyncer } from './group-sync.js';
export type { AtomicStream, Durability, WriteOptions, OutputFile, GroupResult } from './atomic-write.js';
export { verifyOutputs } from './verify-outputs.js';
export type { VerifiedStates, OutputProblem } from './verify-outputs.js';
export { finalizeBatch } from './finalize.js';
export type { FinalizeInput, FinalizeResult } from './finalize.js';
export { nodeFs, currentFs, useFs, describeIoError, errnoOf, hintForErrno, makeDirs } from './fs-port.js';
export type { FsPort, FileStat } from './fs-port.js';
export {
  outputRoot,
  showPath,
  checkConfined,
  ensureConfinedDir,
  prepareConfinedWrite,
  removeConfined,
  renameConfined,
  readRegularFile,
  createConfinedFile,
  copyRegularFile,
  ConfineError,
} from './confine.js';
export type { ConfineProblem, OutputRoot } from './confine.js';
export { isWriterAlive, selfWriter, writerTag, tokenOf } from './writer-identity.js';
export type { WriterId } from './writer-identity.js';
