/**
 * One Pagefind host: a worker thread with a Pagefind process of its own (the pagefind package keeps
 * one per module instance, and a worker has its own). Pagefind answers one request at a time, and
 * indexing waited on it; two hosts index two editions side by side. The worker is given an
 * edition's requests, writes its bundle and answers with any errors.
 */
import { mkdir, readdir, rename, rm, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { parentPort } from 'node:worker_threads';
import * as pagefind from 'pagefind';
import { PAGEFIND_SCRIPT } from '../lib/search/bundles.ts';
import type { BundleJob, HostAnswer } from './search-index-hosts.ts';

async function writeBundle({ bundle, folder, requests, files }: BundleJob): Promise<string[]> {
  // Pagefind's process panics, and never answers, when it cannot make its folder: made here first, a failure has its reason.
  await mkdir(bundle, { recursive: true });
  const { index, errors } = await pagefind.createIndex({ excludeSelectors: ['rt', 'rp'] });
  if (!index) return [`Pagefind could not start: ${errors.join('; ')}`];
  // Requests are sent without waiting for each answer; a failed one is recorded, never left rejected.
  const refused = (
    await Promise.all(
      requests.map(({ path, record, html }) =>
        (record ? index.addCustomRecord(record) : index.addHTMLFile(html!)).then(
          (answer) => (answer.errors.length ? `${path}: ${answer.errors.join('; ')}` : ''),
          (error: unknown) => `${path}: ${String(error)}`,
        ),
      ),
    )
  ).filter(Boolean);
  if (refused.length) return [`Pagefind could not index ${refused.join(', ')}`];
  const written = await index.writeFiles({ outputPath: bundle });
  if (written.errors.length) return [`Pagefind could not write its index: ${written.errors.join('; ')}`];
  await index.deleteIndex();
  await Promise.all(files.map((f) => writeFile(join(bundle, f.name), f.bytes)));
  // Each bundle is written with Pagefind's scripts and styles: one copy of its script serves them all.
  for (const name of await readdir(bundle)) {
    if (!/^pagefind(-[a-z-]+)?\.(js|css)$/.test(name)) continue;
    if (name === PAGEFIND_SCRIPT) await rename(join(bundle, name), join(folder, name));
    else await rm(join(bundle, name));
  }
  return [];
}

parentPort!.on('message', (job: BundleJob | 'close') => {
  const answer = async (): Promise<HostAnswer> => {
    if (job === 'close') {
      await pagefind.close();
      return { errors: [] };
    }
    return { errors: await writeBundle(job).catch((error: unknown) => [String(error)]) };
  };
  void answer().then((a) => parentPort!.postMessage(a));
});
