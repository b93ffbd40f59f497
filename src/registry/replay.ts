// Replay: read every journal file of a batch and join its records into each site's history.
import { WdmError } from '../shared/errors.js';
import { CHECK_LEVELS, decodeLine, type CheckLevel, type Update } from './line-codec.js';
import { listJournalFiles, type JournalFile } from './journal-files.js';
import { describeIoError, errnoOf, currentFs, type FsPort } from './fs-port.js';
import { rankOf, stateAt, type ProgressState, type RecordedState, type StateName } from './states.js';

/** What the journal says about one site for one inputs key. */
export interface KeyHistory {
  /** Rank of the highest success recorded (0 = none). */
  best: number;
  /** Outputs claimed by each success state, by rank. */
  outputs: Map<number, Record<string, string>>;
  /** Rank of the highest state a failure was recorded while attempting (0 = none), and its message. */
  failedAttempt: number;
  failMessage: string;
  /** The outputs the failure described, when it recorded them. */
  failOutputs?: Record<string, string>;
  /** The strongest check level any `verified` record of this key carried (absent before levels were recorded). */
  check?: CheckLevel;
}

export interface SiteHistory {
  byKey: Map<string, KeyHistory>;
  /** The key of the last record read (only used when the caller gives no current keys). */
  lastKey: string;
}

/** Every site's history. Records join commutatively, so file order never changes a resolved state. */
export type JournalContents = Map<string, SiteHistory>;

export interface SiteState {
  domain: string;
  state: StateName;
  /** The highest success reached for the current key (pending when none). */
  reached: ProgressState;
  key: string | undefined;
  /** Outputs claimed by each success state up to `reached`. */
  outputs: Partial<Record<RecordedState, Record<string, string>>>;
  /** The failure message when `state` is failed. */
  message?: string;
  /** The state the failure was attempting when `state` is failed. */
  attempted?: RecordedState;
  /** When `state` is failed: the outputs (path → sha256) whose bytes failed, if the failure recorded them. */
  failedOutputs?: Record<string, string>;
  /**
   * The failure recorded for this key even when a success at or above its attempt hides it: the journal cannot tell
   * which came last, but the bytes can (`verifyOutputs` shows it failed when its outputs are the files on disk).
   */
  failure?: { attempted: RecordedState; message: string; outputs?: Record<string, string> };
  /** When verified (or finalized): which checks it passed (fast path, sampled full, full). */
  check?: CheckLevel;
}

export function applyUpdate(contents: JournalContents, update: Update): void {
  let site = contents.get(update.domain);
  if (!site) {
    site = { byKey: new Map(), lastKey: update.key };
    contents.set(update.domain, site);
  }
  site.lastKey = update.key;
  let history = site.byKey.get(update.key);
  if (!history) {
    history = { best: 0, outputs: new Map(), failedAttempt: 0, failMessage: '' };
    site.byKey.set(update.key, history);
  }
  if (update.state === 'failed') {
    const attempt = rankOf(update.attempted);
    // On equal attempts the later record wins its message and outputs only if it says more: replay stays a join.
    if (attempt > history.failedAttempt || (attempt === history.failedAttempt && failureOrder(update.message, update.outputs) > failureOrder(history.failMessage, history.failOutputs))) {
      history.failedAttempt = attempt;
      history.failMessage = update.message;
      if (update.outputs) history.failOutputs = { ...update.outputs };
      else delete history.failOutputs;
    }
    return;
  }
  const rank = rankOf(update.state);
  if (rank > history.best) history.best = rank;
  if (update.check !== undefined && (history.check === undefined || CHECK_LEVELS.indexOf(update.check) > CHECK_LEVELS.indexOf(history.check))) history.check = update.check;
  if (update.outputs) history.outputs.set(rank, { ...history.outputs.get(rank), ...update.outputs });
}

/**
 * A total order on failures of the same attempted state, so that which one a site shows does not depend on the
 * order files are read (the join must stay commutative): by message, then by outputs.
 */
function failureOrder(message: string, outputs: Readonly<Record<string, string>> | undefined): string {
  return `${message}\u0000${outputs ? JSON.stringify(Object.entries(outputs).sort()) : ''}`;
}

/** The state a history gives: the highest success, unless a failure attempted something higher. */
export function resolveHistory(domain: string, key: string | undefined, history: KeyHistory | undefined): SiteState {
  if (!history) return { domain, state: 'pending', reached: 'pending', key, outputs: {} };
  const outputs: SiteState['outputs'] = {};
  for (let rank = 1; rank <= history.best; rank++) {
    const claimed = history.outputs.get(rank);
    if (claimed) outputs[stateAt(rank) as RecordedState] = claimed;
  }
  const reached = stateAt(history.best);
  const failure: SiteState['failure'] =
    history.failedAttempt > 0
      ? { attempted: stateAt(history.failedAttempt) as RecordedState, message: history.failMessage, ...(history.failOutputs ? { outputs: history.failOutputs } : {}) }
      : undefined;
  if (history.failedAttempt > history.best) {
    const attempted = stateAt(history.failedAttempt) as RecordedState;
    const failed: SiteState = { domain, state: 'failed', reached, key, outputs, message: history.failMessage, attempted };
    if (history.failOutputs) failed.failedOutputs = history.failOutputs;
    return failed;
  }
  const verified = history.best >= rankOf('verified');
  return { domain, state: reached, reached, key, outputs, ...(failure ? { failure } : {}), ...(verified && history.check !== undefined ? { check: history.check } : {}) };
}

/**
 * Each site's state for its current inputs key. With `currentKeys`, exactly the sites listed (a site absent from
 * the journal, or recorded under another key, is pending). Without it, every journalled site under its last key.
 */
export function resolveStates(contents: JournalContents, currentKeys?: ReadonlyMap<string, string>): Map<string, SiteState> {
  const states = new Map<string, SiteState>();
  if (currentKeys) {
    for (const [domain, key] of currentKeys) {
      states.set(domain, resolveHistory(domain, key, contents.get(domain)?.byKey.get(key)));
    }
    return states;
  }
  for (const [domain, site] of contents) {
    states.set(domain, resolveHistory(domain, site.lastKey, site.byKey.get(site.lastKey)));
  }
  return states;
}

/** A line that failed to decode and was not the file's torn tail. */
export interface BadLine {
  file: string;
  line: number;
  reason: string;
  text: string;
}

export interface ParsedFile {
  updates: Update[];
  /** 1-based number of the ignored torn last line, if any. */
  tornLine?: number;
  bad: BadLine[];
  /** Lines in the file (complete or torn). */
  lines: number;
}

/** Parse one journal file. Only the last line may be torn (one writer per file); any other bad line is reported. */
export function parseJournalText(file: string, text: string): ParsedFile {
  const updates: Update[] = [];
  const rest = visitJournalText(file, text, (update) => void updates.push(update));
  return { updates, ...rest };
}

/**
 * `parseJournalText` handing each update to `onUpdate` as its line is read, so a reader that folds the updates
 * (replay, counting) never holds a file's lines or updates all at once: a compacted journal of 10,000 sites is one
 * ~30 MB file.
 */
export function visitJournalText(file: string, text: string, onUpdate: (update: Update) => void): Omit<ParsedFile, 'updates'> {
  const result: Omit<ParsedFile, 'updates'> = { bad: [], lines: 0 };
  let start = 0;
  while (start < text.length) {
    const newline = text.indexOf('\n', start);
    result.lines++;
    // Without a final newline, the last part is an unfinished write.
    if (newline === -1) {
      result.tornLine = result.lines;
      break;
    }
    const part = text.slice(start, newline);
    start = newline + 1;
    const decoded = decodeLine(part);
    if (decoded.ok) onUpdate(decoded.update);
    // After power loss the tail can hold a newline-terminated block of zeros: still the torn tail.
    else if (start >= text.length) result.tornLine = result.lines;
    else result.bad.push({ file, line: result.lines, reason: decoded.reason, text: part.slice(0, 120) });
  }
  return result;
}

export function corruptLineError(bad: BadLine): WdmError {
  return new WdmError(
    'E_REGISTRY',
    `Unexpected journal line ${bad.line} in ${bad.file}: ${bad.reason}; expected one JSON record, a tab and its CRC-32 per line`,
    { file: bad.file, line: bad.line },
    'this is damage, not an interrupted write: repair the journal (repairJournal, `wdm-design status --repair`), ' +
      'which keeps every valid line and sets the damaged file aside, then rerun the build to redo what was lost',
  );
}

export interface ReadFile {
  file: JournalFile;
  parsed: ParsedFile;
}

/**
 * Read all journal files of a batch. A file that vanishes between listing and reading was absorbed by a
 * concurrent compaction whose output already exists, so the listing is retried rather than the file skipped.
 */
export function readJournalFiles(dir: string, batch: string, fsp: FsPort = currentFs()): ReadFile[] {
  let out: ReadFile[] = [];
  eachJournalFile(dir, batch, fsp, () => (out = []), (file, text) => void out.push({ file, parsed: parseJournalText(file.path, text) }));
  return out;
}

/**
 * Visit the batch's journal files one at a time, so that only one file's parsed lines are alive at once (a
 * 10,000-site journal is ~30 MB of lines: held whole, its parse was a build's peak memory). When a listed file has
 * vanished (absorbed by a concurrent compaction), `restart` is called and the listing is read again from the start.
 */
function eachJournalFile(dir: string, batch: string, fsp: FsPort, restart: () => void, visit: (file: JournalFile, text: string) => void): void {
  for (let attempt = 0; attempt < 50; attempt++) {
    restart();
    let vanished = false;
    for (const file of listJournalFiles(fsp, dir, batch)) {
      let text: string;
      try {
        text = fsp.readFileSync(file.path).toString('utf8');
      } catch (error) {
        if (errnoOf(error) === 'ENOENT') {
          vanished = true;
          break;
        }
        throw new WdmError('E_REGISTRY', `Could not read journal ${file.path}: ${describeIoError(error)}`, { file: file.path }, 'check the file permissions of the registry folder');
      }
      visit(file, text);
    }
    if (!vanished) return;
  }
  throw new WdmError('E_REGISTRY', `Journal files of batch ${batch} in ${dir} kept vanishing while being read`, { file: dir }, 'another process is compacting in a tight loop; retry');
}

export interface ReplayResult {
  contents: JournalContents;
  /** Complete record lines read (for the compaction bound). */
  records: number;
  /** Torn tails ignored: file and line. */
  torn: Array<{ file: string; line: number }>;
  files: string[];
}

/**
 * Replay a batch's journal. A torn last line of a file is ignored; any other bad line throws E_REGISTRY naming it.
 * With `currentKeys`, only the histories `resolveStates(contents, currentKeys)` reads are kept (each site's current
 * key): the same states, without holding what earlier inputs recorded (after a rule change, a 10,000-site journal
 * holds two keys' outputs a site: 77 MB replayed whole). `records` still counts every line.
 */
export function replay(dir: string, batch: string, fsp: FsPort = currentFs(), currentKeys?: ReadonlyMap<string, string>): ReplayResult {
  let result: ReplayResult = { contents: new Map(), records: 0, torn: [], files: [] };
  eachJournalFile(
    dir,
    batch,
    fsp,
    () => (result = { contents: new Map(), records: 0, torn: [], files: [] }),
    (file, text) => {
      const parsed = visitJournalText(file.path, text, (update) => {
        if (currentKeys === undefined || currentKeys.get(update.domain) === update.key) applyUpdate(result.contents, update);
        result.records++;
      });
      const bad = parsed.bad[0];
      if (bad) throw corruptLineError(bad);
      if (parsed.tornLine !== undefined) result.torn.push({ file: file.path, line: parsed.tornLine });
      result.files.push(file.path);
    },
  );
  return result;
}

/** What the compaction bound needs of a journal: its record lines, and the lines its compaction would write. */
export interface JournalCount {
  records: number;
  live: number;
}

/**
 * Per site and key, only what decides how many summary lines it gives (see `summaryUpdates`), packed in one number:
 * the best rank reached (bits 0-2), a bit per rank whose success recorded outputs (bits 3-7: rank r at bit 3 + r)
 * and the furthest rank a failure attempted (bits 8-10).
 */
type KeyTally = number;
const tallyBest = (t: KeyTally): number => t & 0b111;
const tallyWithOutputs = (t: KeyTally, rank: number): boolean => (t & (1 << (3 + rank))) !== 0;
const tallyFailedAttempt = (t: KeyTally): number => (t >> 8) & 0b111;

/**
 * `replay` reduced to counting: the same records and the same `liveRecordCount`, without holding any site's
 * outputs or messages (one number a site and key, in one flat map keyed by the site and key). The journal writer
 * checks its compaction bound with it while a long build runs, so the check costs no memory that grows with the
 * outputs recorded (a map of maps and a tally object a site held ~40 MB at 100,000 sites).
 */
export function countJournal(dir: string, batch: string, fsp: FsPort = currentFs()): JournalCount {
  let tallies = new Map<string, KeyTally>();
  let records = 0;
  eachJournalFile(
    dir,
    batch,
    fsp,
    () => {
      tallies = new Map();
      records = 0;
    },
    (file, text) => {
      const bad = visitJournalText(file.path, text, (update) => {
        tallyUpdate(tallies, update);
        records++;
      }).bad[0];
      if (bad) throw corruptLineError(bad);
    },
  );
  let live = 0;
  for (const tally of tallies.values()) {
    const best = tallyBest(tally);
    for (let rank = 1; rank <= 4; rank++) if (rank === best || tallyWithOutputs(tally, rank)) live++;
    if (tallyFailedAttempt(tally) > best) live++;
  }
  return { records, live };
}

/** `applyUpdate`, keeping only a `KeyTally`. The map's key is unambiguous: the domain's length, then it, then the key. */
function tallyUpdate(tallies: Map<string, KeyTally>, update: Update): void {
  const id = `${update.domain.length}:${update.domain}${update.key}`;
  let tally = tallies.get(id) ?? 0;
  if (update.state === 'failed') {
    const attempted = rankOf(update.attempted);
    if (attempted > tallyFailedAttempt(tally)) tally = (tally & ~(0b111 << 8)) | (attempted << 8);
  } else {
    const rank = rankOf(update.state);
    if (rank > tallyBest(tally)) tally = (tally & ~0b111) | rank;
    if (update.outputs) tally |= 1 << (3 + rank);
  }
  tallies.set(id, tally);
}

/** How many lines a compacted journal of these contents would have. */
export function liveRecordCount(contents: JournalContents): number {
  return summaryUpdates(contents).length;
}

/** The join written as a minimal list of updates: what compaction writes. Sorted, so equal contents give equal bytes. */
export function summaryUpdates(contents: JournalContents, keepKeys?: ReadonlyMap<string, string>): Update[] {
  const updates: Update[] = [];
  for (const domain of [...contents.keys()].sort()) {
    const site = contents.get(domain);
    if (!site) continue;
    const keys = [...site.byKey.keys()].sort();
    // The last key goes last so that replaying the summary keeps it as the last key.
    const ordered = [...keys.filter((k) => k !== site.lastKey), site.lastKey];
    for (const key of ordered) {
      if (keepKeys && keepKeys.get(domain) !== key && key !== site.lastKey) continue;
      const history = site.byKey.get(key);
      if (!history) continue;
      for (let rank = 1; rank <= 4; rank++) {
        const outputs = history.outputs.get(rank);
        if (outputs || rank === history.best) {
          const update: Update = { domain, key, state: stateAt(rank) as RecordedState };
          if (outputs) update.outputs = outputs;
          // The check level belongs to verified; kept on finalized too so a summary never loses it.
          if (rank >= rankOf('verified') && history.check !== undefined) update.check = history.check;
          updates.push(update);
        }
      }
      if (history.failedAttempt > history.best) {
        updates.push({ domain, key, state: 'failed', attempted: stateAt(history.failedAttempt) as RecordedState, message: history.failMessage, ...(history.failOutputs ? { outputs: history.failOutputs } : {}) });
      }
    }
  }
  return updates;
}
