/** A build gives back the memory of its largest moment once it is garbage (src/integrations/free-memory.ts). */
import { describe, expect, it } from 'vitest';
import { returnFreedMemory } from '../../src/integrations/free-memory.ts';

const rss = () => process.memoryUsage().rss;

/** Makes 3 million small objects, and drops them: what they took is garbage when this returns. */
function useMemory(): number {
  const before = rss();
  const objects = Array.from({ length: 3_000_000 }, (_, i) => ({ i, text: `clause ${i}` }));
  expect(objects.length).toBe(3_000_000);
  return rss() - before;
}

describe('memory freed by a collection', () => {
  it('goes back to the system, not to V8’s pool of pages', () => {
    const before = rss();
    const grown = useMemory();
    returnFreedMemory();
    // Most of what the objects took is given back (an ordinary collection keeps it pooled, resident).
    expect(rss() - before).toBeLessThan(grown * 0.4);
  });
});
