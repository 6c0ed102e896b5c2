/**
 * Gives the memory V8 has freed back to the system. V8 keeps the pages a collection frees in a pool
 * for the heap's next growth and empties it only under memory pressure, so a build kept the pages of
 * its largest moment (the content sync) for all its pages: 0.8 GB of 2.3 GB at 1,000 editions. A
 * last-resort collection is what V8 runs under memory pressure: it collects, and empties the pool.
 * Between those points, the heap is kept close to what it holds.
 */
import { setFlagsFromString } from 'node:v8';
import { runInNewContext } from 'node:vm';

type Collect = (options: { type: 'major'; execution: 'sync'; flavor: 'last-resort' }) => void;
let collect: Collect | undefined;

export function returnFreedMemory(): void {
  if (!collect) {
    setFlagsFromString('--expose-gc');
    // The flag gives the function to the contexts made after it, not to this one.
    collect = runInNewContext('gc') as Collect;
  }
  collect({ type: 'major', execution: 'sync', flavor: 'last-resort' });
}

/**
 * The heap grows by at most this share over what it held after its last full collection. V8 picks a
 * factor of up to 4 when collecting looks costly, and at 1,000 editions the content loaders' garbage
 * then reached 3 GB before it was collected; at 25% the build peaked at 2.2 GB (docs/scale.md).
 */
const HEAP_GROWTH_PERCENT = 25;

export function capHeapGrowth(): void {
  setFlagsFromString(`--heap-growing-percent=${HEAP_GROWTH_PERCENT}`);
}
