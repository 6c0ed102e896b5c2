/** The benchmark's report: one row per edition count, the growth between them, and a readable table. */
import { PAGEFIND_PEAK } from '../build-phases.ts';

export interface SizeRun {
  editions: number;
  wallSeconds: number;
  cpuSeconds: number;
  peakMemoryBytes: number;
  pages: number;
  posterFiles: number;
  pagesPerSecond: number;
  distBytes: number;
  searchIndexBytes: number;
  phases: Record<string, number>;
  search?: SearchMeasure | undefined;
}

export interface SearchMeasure {
  queries: number;
  /** Bytes the browser fetched from /pagefind/ for a first query on a fresh page (median over queries). */
  coldQueryBytes: number;
  coldQueryMs: number;
  warmQueryMs: number;
  /** The same first query asked of Pagefind without the query layer. */
  pagefindAloneColdBytes: number;
  pagefindAloneColdMs: number;
}

export interface Growth {
  from: number;
  to: number;
  secondsPerEdition: number;
  cpuSecondsPerEdition: number;
  memoryBytesPerEdition: number;
  distBytesPerEdition: number;
  searchIndexBytesPerEdition: number;
}

export function growth(runs: SizeRun[]): Growth[] {
  const sorted = [...runs].sort((a, b) => a.editions - b.editions);
  return sorted.slice(1).map((to, i) => {
    const from = sorted[i]!;
    const n = to.editions - from.editions;
    const per = (f: (r: SizeRun) => number) => (f(to) - f(from)) / n;
    return {
      from: from.editions,
      to: to.editions,
      secondsPerEdition: per((r) => r.wallSeconds),
      cpuSecondsPerEdition: per((r) => r.cpuSeconds),
      memoryBytesPerEdition: per((r) => r.peakMemoryBytes),
      distBytesPerEdition: per((r) => r.distBytes),
      searchIndexBytesPerEdition: per((r) => r.searchIndexBytes),
    };
  });
}

/** The marginal cost per added edition is flat when the last step costs at most `tolerance` more than the one before. */
export function scalesFlat(steps: Growth[], tolerance = 0.2): boolean | undefined {
  if (steps.length < 2) return undefined;
  const [a, b] = steps.slice(-2) as [Growth, Growth];
  return b.secondsPerEdition <= a.secondsPerEdition * (1 + tolerance);
}

const mb = (b: number) => `${(b / 1024 / 1024).toFixed(1)} MB`;
const kb = (b: number) => `${(b / 1024).toFixed(1)} KB`;

export function table(runs: SizeRun[], steps: Growth[]): string {
  const rows = [
    '| editions | wall s | CPU s | peak memory | Pagefind peak | pages | pages/s | poster files | dist/ | search index | cold query | cold / warm query ms |',
    '| ---: | ---: | ---: | ---: | ---: | ---: | ---: | ---: | ---: | ---: | ---: | ---: |',
    ...runs.map(
      (r) =>
        `| ${r.editions} | ${r.wallSeconds.toFixed(1)} | ${r.cpuSeconds.toFixed(1)} | ${mb(r.peakMemoryBytes)} | ${mb(r.phases[PAGEFIND_PEAK] ?? 0)} | ${r.pages} | ${r.pagesPerSecond.toFixed(1)} | ${r.posterFiles} | ${mb(r.distBytes)} | ${mb(r.searchIndexBytes)} | ${r.search ? kb(r.search.coldQueryBytes) : '–'} | ${r.search ? `${r.search.coldQueryMs.toFixed(0)} / ${r.search.warmQueryMs.toFixed(0)}` : '–'} |`,
    ),
  ];
  const growthRows = [
    '| from → to | s per added edition | CPU s per edition | memory per edition | dist/ per edition | index per edition |',
    '| --- | ---: | ---: | ---: | ---: | ---: |',
    ...steps.map(
      (g) => `| ${g.from} → ${g.to} | ${g.secondsPerEdition.toFixed(2)} | ${g.cpuSecondsPerEdition.toFixed(2)} | ${mb(g.memoryBytesPerEdition)} | ${kb(g.distBytesPerEdition)} | ${kb(g.searchIndexBytesPerEdition)} |`,
    ),
  ];
  const phases = [
    '| editions | content checks s | posters s | search index s | pages and the rest s |',
    '| ---: | ---: | ---: | ---: | ---: |',
    ...runs.map((r) => {
      const p = (k: string) => (r.phases[k] ?? 0) / 1000;
      const rest = r.wallSeconds - p('content checks ms') - p('posters ms') - p('search index ms');
      return `| ${r.editions} | ${p('content checks ms').toFixed(1)} | ${p('posters ms').toFixed(1)} | ${p('search index ms').toFixed(1)} | ${rest.toFixed(1)} |`;
    }),
  ];
  return [rows.join('\n'), growthRows.join('\n'), phases.join('\n')].join('\n\n');
}
