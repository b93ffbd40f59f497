// Keeps a long run's heap near what it holds live: a full collection once the heap has grown a fixed slack past it.
import v8 from 'node:v8';
import vm from 'node:vm';

/**
 * V8 lets the old generation grow to several times what is live before it collects it when collections are cheap
 * (a 10,000-site generate held ~30 MB live in a 137 MB heap). A batch run makes its garbage at a steady rate, so a
 * full collection every `slack` bytes of growth bounds the heap at live + slack; in `generate` that costs no CPU one
 * can measure (10,000 sites: 43.5 s against 43.3 s). Not used in `build`: there the same bound cut peak RSS at 300
 * sites (361 -> 275 MiB) but cost 1.1-1.3x CPU (README, Performance, Memory). Unlike a smaller
 * `--max-old-space-size`, this never fails a run: when live data grows, the bound grows with it.
 */
export const HEAP_SLACK = 64 << 20;

/**
 * How far V8 lets the heap grow past what its last full collection left, in percent. By default V8 picks a factor
 * of up to 4 when collections are cheap beside the work: a 300-site build held 55-87 MB live in a heap that grew to
 * ~300 MB (440-460 MiB RSS). At 50% the same build peaked at 271-286 MiB RSS for the same CPU (paired runs: 0.87-1.0x,
 * README Performance, Memory), and a 10,000-site generate too (0.88-0.90x CPU). At 25%, 3,000-site builds run side by
 * side peaked at 269 MiB against 289 MiB at 50%, for the same CPU (118.1 s against 118.9 s; 43 full collections
 * against 33). Unlike a smaller `--max-old-space-size`, it never fails a run: the heap still grows with what is live.
 */
export const HEAP_GROWING_PERCENT = 25;

let growthLimited = false;

/**
 * Sets V8's heap growing factor for the rest of the process (a process-wide flag; V8 reads it at each full
 * collection, so it holds from the next one on). Long batch runs call it; it changes no output.
 */
export function limitHeapGrowth(): void {
  if (growthLimited) return;
  growthLimited = true;
  v8.setFlagsFromString(`--heap-growing-percent=${HEAP_GROWING_PERCENT}`);
}

let collectMemo: (() => void) | null | undefined;

/** V8's full collection, exposed without the command-line flag (a context made after `--expose-gc` is set has `gc`). */
function collector(): (() => void) | null {
  if (collectMemo === undefined) {
    collectMemo = null;
    try {
      const exposed: unknown = (globalThis as { gc?: unknown }).gc ?? (v8.setFlagsFromString('--expose-gc'), vm.runInNewContext('gc'));
      if (typeof exposed === 'function') collectMemo = () => void exposed();
    } catch {
      // Without it the run is the same, only its heap may grow further.
    }
  }
  return collectMemo;
}

const used = (): number => v8.getHeapStatistics().used_heap_size;

export interface HeapBound {
  /** Called between sites: collects when the heap has grown `slack` past what the last collection left. */
  tick(): void;
}

export function heapBound(slack: number = HEAP_SLACK): HeapBound {
  let floor = used();
  return {
    tick() {
      const now = used();
      // V8 collected on its own: what it left is the new floor.
      if (now < floor) floor = now;
      if (now - floor < slack) return;
      const collect = collector();
      if (collect === null) return;
      collect();
      floor = used();
    },
  };
}
