// The site states of a batch, their order, and how users may name them (full word or one letter).
import { WdmError } from '../shared/errors.js';
import { ownValue } from '../shared/own.js';

/** Success states in the order a site moves through them. */
export const PROGRESS_STATES = ['pending', 'designed', 'implemented', 'verified', 'finalized'] as const;
export type ProgressState = (typeof PROGRESS_STATES)[number];
/** A state that can be written to the journal as a success (pending is the absence of records). */
export type RecordedState = Exclude<ProgressState, 'pending'>;
export type StateName = ProgressState | 'failed';

export const STATE_NAMES: readonly StateName[] = [...PROGRESS_STATES, 'failed'];

const LETTERS: Readonly<Record<string, StateName>> = {
  p: 'pending',
  d: 'designed',
  i: 'implemented',
  v: 'verified',
  f: 'finalized',
  x: 'failed',
};

/** 0 for pending up to 4 for finalized. */
export function rankOf(state: ProgressState): number {
  return PROGRESS_STATES.indexOf(state);
}

export function stateAt(rank: number): ProgressState {
  const state = PROGRESS_STATES[rank];
  if (state === undefined) throw new RangeError(`no state has rank ${rank}`);
  return state;
}

export function isRecordedState(value: unknown): value is RecordedState {
  return typeof value === 'string' && value !== 'pending' && (PROGRESS_STATES as readonly string[]).includes(value);
}

/** What a state may be called, for messages: `pending, designed, ... or a letter P, D, I, V, F, X`. */
export const STATE_CHOICES = `${STATE_NAMES.join(', ')} or a letter ${Object.keys(LETTERS).join(', ').toUpperCase()}`;

/** `designed`, `Designed`, `D` and `d` all give `designed`; anything else (`constructor` too) gives undefined. */
export function stateNameOf(text: string): StateName | undefined {
  const lower = text.trim().toLowerCase();
  if ((STATE_NAMES as readonly string[]).includes(lower)) return lower as StateName;
  return ownValue(LETTERS, lower);
}

/** As stateNameOf; anything else is a usage error listing what is valid. */
export function parseStateName(text: string): StateName {
  const name = stateNameOf(text);
  if (name !== undefined) return name;
  throw new WdmError(
    'E_USAGE',
    `Unexpected status "${text}", expected one of ${STATE_CHOICES}`,
    {},
    'pass a state name or its letter, e.g. --status verified or --status V',
  );
}
