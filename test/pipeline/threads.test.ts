// generate's worker-thread rule (pipeline/threads.ts): auto starts a pool only with enough sites and idle cores.
import { describe, expect, it } from 'vitest';
import { generateThreads, GENERATE_AUTO_MIN_SITES, GENERATE_WORKER_MEMORY_BYTES } from '../../src/pipeline/threads.js';

const GB = 1024 ** 3;
const idle2 = { cores: 2, load: 0.1, freeBytes: 8 * GB };

describe('generateThreads', () => {
  it.each([
    ['auto, few sites', 'auto', GENERATE_AUTO_MIN_SITES - 1, idle2, 0],
    ['auto, enough sites, 2 idle cores: one thread beside the main', 'auto', GENERATE_AUTO_MIN_SITES, idle2, 1],
    ['auto, a core taken by other work', 'auto', 10000, { ...idle2, load: 1.2 }, 0],
    ['auto, one core', 'auto', 10000, { cores: 1, load: 0, freeBytes: 8 * GB }, 0],
    ['auto, 16 idle cores: capped', 'auto', 100000, { cores: 16, load: 0.5, freeBytes: 64 * GB }, 4],
    ['auto, 8 cores, 5 busy', 'auto', 100000, { cores: 8, load: 5, freeBytes: 64 * GB }, 2],
    ['auto, memory for one thread only', 'auto', 100000, { cores: 16, load: 0, freeBytes: 2 * GENERATE_WORKER_MEMORY_BYTES }, 1],
    ['undefined is auto', undefined, 10000, idle2, 1],
    ['0 is none', 0, 10000, idle2, 0],
    ['a number, whatever the load', 2, 10000, { ...idle2, load: 9 }, 2],
    ['a number is a ceiling: sites', 8, 3, { cores: 16, load: 0, freeBytes: 64 * GB }, 3],
    ['a number is a ceiling: cores', 64, 10000, idle2, 2],
  ] as const)('%s', (_label, workers, sites, machine, want) => {
    expect(generateThreads(workers, sites, machine)).toBe(want);
  });
});
