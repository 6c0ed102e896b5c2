/** A long build collects its garbage a step at a time: often enough to keep the heap flat, rarely enough to stay cheap. */
import { expect, it } from 'vitest';
import { collectEachStep } from '../../src/lib/garbage.ts';

it('runs a full collection only once the heap has grown a whole step past the last', async () => {
  let heap = 100;
  const step = collectEachStep(50, () => heap);
  heap = 149;
  expect(await step()).toBe(false);
  heap = 150;
  expect(await step()).toBe(true);
  // The next step is measured from the heap as the collection left it (here 150), not from the start.
  heap = 199;
  expect(await step()).toBe(false);
  heap = 200;
  expect(await step()).toBe(true);
});
