// heap.ts: a full collection between sites once the heap has grown a slack past what the last one left, never before.
import { describe, expect, it } from 'vitest';
import { heapBound } from '../../src/pipeline/heap.js';

/** An object only a WeakRef points at once this returns (in large-object space: no scavenge moves or frees it). */
function garbage(): WeakRef<number[]> {
  return new WeakRef(new Array<number>(1 << 20).fill(1));
}

// A WeakRef's target is kept until the end of the job that made or read it: the test lets that job end first.
const nextTurn = () => new Promise<void>((resolve) => setImmediate(resolve));

describe('the heap bound', () => {
  it('collects once the heap grew past the slack: garbage made since is freed', async () => {
    const bound = heapBound(1 << 20);
    const ref = garbage();
    await nextTurn();
    bound.tick();
    expect(ref.deref()).toBeUndefined();
  });

  it('does not collect while the heap is within the slack', async () => {
    const bound = heapBound(1 << 30);
    const ref = garbage();
    await nextTurn();
    bound.tick();
    expect(ref.deref()).toBeDefined();
  });
});
