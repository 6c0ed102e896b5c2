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

  it('adds up children that run side by side when asked', async () => {
    const children = [spawn('sleep', ['5']), spawn('sleep', ['5'])];
    await Promise.all(children.map((c) => new Promise((done) => c.once('spawn', done))));
    try {
      let largest = 0;
      let sum = 0;
      for (let i = 0; i < 50 && sum <= largest; i++, await new Promise((done) => setTimeout(done, 20))) {
        largest = childPeakMemory(/^sleep$/);
        sum = childPeakMemory(/^sleep$/, process.pid, 'sum');
      }
      expect(largest).toBeGreaterThan(100 * 1024);
      expect(sum).toBeGreaterThan(largest);
    } finally {
      for (const c of children) c.kill();
    }
  });
});
