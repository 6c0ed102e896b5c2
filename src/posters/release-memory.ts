/**
 * resvg keeps each rendered image (35 MB for A4 at 300 dpi, 70 MB for A3) outside the JavaScript heap,
 * where V8 feels no pressure to collect it: without help a build of 200 editions holds gigabytes.
 * After a large render, when the process has grown past a limit, we collect garbage and yield one tick
 * so the native finalisers free the pixels. Collecting only then keeps the cost flat as builds grow:
 * a full collection costs more the more pages a build holds.
 */
import { setFlagsFromString } from 'node:v8';
import { runInNewContext } from 'node:vm';

const LIMIT_BYTES = 768 * 1024 * 1024;
let collect: (() => void) | undefined;

export async function releaseNativeMemory(): Promise<void> {
  if (process.memoryUsage.rss() < LIMIT_BYTES) return;
  if (!collect) {
    setFlagsFromString('--expose-gc');
    collect = runInNewContext('gc') as () => void;
  }
  collect();
  await new Promise((resolve) => setImmediate(resolve));
}
