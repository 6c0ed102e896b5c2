/**
 * V8's own collector, called where a build knows it has just let go of much: V8 collects when the
 * heap nears its limit, not when a phase's garbage is done with, so a long build's peak memory is
 * mostly garbage it never needed to keep. A build is not started with --expose-gc; the flag is set
 * at run time and gc() taken from a fresh context.
 */
import { setFlagsFromString } from 'node:v8';
import { runInNewContext } from 'node:vm';

type Collect = (options: { type: 'minor' | 'major' }) => void;
let collect: Collect | undefined;

export function collectGarbage(type: 'minor' | 'major'): void {
  if (!collect) setFlagsFromString('--expose-gc');
  collect ??= runInNewContext('gc') as Collect;
  collect({ type });
}

/**
 * A full collection each time the heap (or what `used` measures) has grown `stepBytes` past what the
 * last one left: a few per build, however many editions (a full collection of a large heap costs a
 * few hundred ms). The first comes at `first`, or a step past the size at the start.
 */
export function collectEachStep(stepBytes: number, used = () => process.memoryUsage().heapUsed, first?: number): () => Promise<boolean> {
  let next = first ?? used() + stepBytes;
  return async () => {
    if (used() < next) return false;
    collectGarbage('major');
    // Native memory the collected objects held is freed by their finalisers, on the next tick.
    await new Promise((resolve) => setImmediate(resolve));
    next = used() + stepBytes;
    return true;
  };
}
