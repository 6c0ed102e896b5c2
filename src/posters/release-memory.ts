/**
 * resvg keeps each drawing it parsed and each image it rendered outside the JavaScript heap, freed
 * only when V8 collects their small wrappers, and V8 feels no pressure to: without help the posters
 * of 50 editions held 1.9 GB. A minor collection after each render frees them while the wrappers are
 * still young, for a few milliseconds; a full collection on every render (as before) cost more than
 * the drawing saved (two poster threads at N = 50: 46–50 s, against 28–34 s now). A full collection
 * still runs when the process has grown a step past what the last one left.
 */
import { collectEachStep, collectGarbage } from '../lib/garbage.ts';

const STEP_BYTES = 512 * 1024 * 1024;
const fullStep = collectEachStep(STEP_BYTES, () => process.memoryUsage.rss(), 2 * STEP_BYTES);

export async function releaseNativeMemory(): Promise<void> {
  if (await fullStep()) return;
  collectGarbage('minor');
  // The native finalisers run on the next tick.
  await new Promise((resolve) => setImmediate(resolve));
}
