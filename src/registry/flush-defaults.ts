// The journal's flush defaults, apart so wdm.config.yaml's defaults read them without loading the journal.

/**
 * Defaults chosen by bench/registry.mjs on the 2-core ext4 machine (see docs/registry.md): one fsync costs ~250 µs
 * whatever it carries, so per-update cost falls from ~250 µs (N=1) to ~9 µs (N=32) and ~3 µs (N=128); beyond 64 the
 * gain is under 3 µs/update while more acknowledged work waits. 64 updates or 20 ms, whichever comes first, keeps
 * flushing under 5% of the ~0.9 ms a site costs, and bounds the wait of a slow trickle of updates to 20 ms.
 */
export const DEFAULT_FLUSH_EVERY = 64;
export const DEFAULT_FLUSH_MS = 20;
