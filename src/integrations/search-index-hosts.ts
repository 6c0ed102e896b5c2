/**
 * Pagefind hosts (search-index-worker.ts): the index is read in this thread and written by up to
 * two hosts side by side, each with its own Pagefind process, one edition at a time each.
 */
import { availableParallelism } from 'node:os';
import { Worker } from 'node:worker_threads';
import { childPeakMemory } from '../lib/child-memory.ts';

/** One page or one clause for Pagefind, as its addHTMLFile or addCustomRecord takes it. */
export interface IndexRequest {
  /** The page's path, for messages. */
  path: string;
  html?: { url: string; content: string };
  record?: { url: string; content: string; language: string; meta: Record<string, string>; filters: Record<string, string[]> };
}

export interface BundleJob {
  bundle: string;
  folder: string;
  requests: IndexRequest[];
  /** Files of this site written into the bundle beside Pagefind's (the lexicons). */
  files: Array<{ name: string; bytes: Uint8Array }>;
}

export interface HostAnswer {
  errors: string[];
}

function ask(worker: Worker, message: BundleJob | 'close'): Promise<HostAnswer> {
  return new Promise((resolve, reject) => {
    const done = (answer: HostAnswer) => {
      worker.off('error', fail);
      resolve(answer);
    };
    const fail = (error: Error) => {
      worker.off('message', done);
      reject(error);
    };
    worker.once('message', done);
    worker.once('error', fail);
    worker.postMessage(message);
  });
}

export function pagefindHosts(count = Math.min(2, availableParallelism())) {
  const workers = Array.from({ length: count }, () => new Worker(new URL('./search-index-worker.ts', import.meta.url)));
  const idle = [...workers];
  const waiting: Array<() => void> = [];
  const running = new Set<Promise<void>>();
  const errors: string[] = [];
  const check = () => {
    if (errors.length) throw new Error(errors.join('\n'));
  };
  return {
    /** Starts writing a bundle on a free host (waiting for one); fails with an earlier bundle's error. */
    async write(job: BundleJob): Promise<void> {
      while (idle.length === 0) await new Promise<void>((wake) => waiting.push(wake));
      check();
      const worker = idle.pop()!;
      const done: Promise<void> = ask(worker, job)
        .then(
          (answer) => void errors.push(...answer.errors),
          (error: unknown) => void errors.push(String(error)),
        )
        .finally(() => {
          running.delete(done);
          idle.push(worker);
          waiting.shift()?.();
        });
      running.add(done);
    },
    /** Ends the hosts at once (the build failed). */
    stop: () => Promise.all(workers.map((w) => w.terminate())),
    /** Waits for every bundle, then ends the hosts; returns the Pagefind processes' peak memory together. */
    async close(): Promise<number> {
      try {
        await Promise.all([...running]);
        const peak = childPeakMemory(/pagefind/i, process.pid, 'sum');
        check();
        await Promise.all(workers.map((w) => ask(w, 'close')));
        return peak;
      } finally {
        await Promise.all(workers.map((w) => w.terminate()));
      }
    },
  };
}
