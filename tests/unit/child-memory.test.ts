/** The Pagefind process's memory is read from /proc while it runs: a child process stands in for it. */
import { spawn } from 'node:child_process';
import { existsSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { childPeakMemory } from '../../src/lib/child-memory.ts';

describe.skipIf(!existsSync('/proc/self/status'))('child process memory', () => {
  it('reads the peak memory of a running child by its name, and nothing of others', async () => {
    const child = spawn('sleep', ['5']);
    await new Promise((done) => child.once('spawn', done));
    try {
      // The child may still be the forked node for a moment before it becomes sleep.
      let peak = 0;
      for (let i = 0; i < 50 && peak === 0; i++, await new Promise((done) => setTimeout(done, 20))) peak = childPeakMemory(/^sleep$/);
      expect(peak).toBeGreaterThan(100 * 1024);
      expect(childPeakMemory(/^no-such-process$/)).toBe(0);
    } finally {
      child.kill();
    }
  });
});
