/** What a build wrote: page and file counts, bytes, the largest HTML page. */
import { readdirSync, statSync } from 'node:fs';
import { join, relative } from 'node:path';

export interface DistSummary {
  pages: number;
  files: number;
  bytes: number;
  largestPage: { path: string; bytes: number };
}

export function summariseDist(dir: string): DistSummary {
  const summary: DistSummary = { pages: 0, files: 0, bytes: 0, largestPage: { path: '', bytes: 0 } };
  for (const entry of readdirSync(dir, { recursive: true, withFileTypes: true })) {
    if (!entry.isFile()) continue;
    const file = join(entry.parentPath, entry.name);
    const size = statSync(file).size;
    summary.files += 1;
    summary.bytes += size;
    if (entry.name.endsWith('.html')) {
      summary.pages += 1;
      if (size > summary.largestPage.bytes) summary.largestPage = { path: `/${relative(dir, file).replace(/\\/g, '/')}`, bytes: size };
    }
  }
  return summary;
}
