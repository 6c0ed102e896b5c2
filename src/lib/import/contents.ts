/**
 * A document's own contents list (目次) is left out of the policy: the site makes its own. What it
 * lists is still useful: a heading without a marker (はじめに, 資料集) is one it names.
 */
import { leadingMarker } from './markers.ts';
import type { LeftOut, Unit } from './model.ts';
import { squash } from './words.ts';

/** "はじめに ･････ 1", "(1) 定義\t2": the entry without its leader and page number. */
const entryText = (s: string) => s.replace(/[\s.・･…‥．]*[0-9０-９]{1,3}[\s]*$/, '').trim();

export interface Contents {
  units: Unit[];
  /** Entries without a marker, squashed: headings the body may give without one. */
  unmarked: Set<string>;
  /** All entries as written, for the report. */
  entries: string[];
  leftOut: LeftOut[];
}

export function dropContents(units: Unit[]): Contents {
  const start = units.findIndex((u) => u.kind === 'text' && /^(目次|もくじ)$/.test(squash(u.text)));
  if (start < 0) return { units, unmarked: new Set(), entries: [], leftOut: [] };
  const entries: string[] = [];
  let end = start + 1;
  for (; end < units.length; end++) {
    const u = units[end]!;
    const texts = u.kind === 'table' ? u.rows.map((r) => entryText(r.filter(Boolean).join(' '))).filter(Boolean) : [entryText(u.text)];
    if (u.kind === 'text' && (/[。]/.test(u.text) || squash(u.text).length > 60)) break;
    // The body starts where the first entry stands again.
    if (entries.length && u.kind === 'text' && squash(texts[0]!) === squash(entries[0]!)) break;
    entries.push(...texts);
  }
  const dropped = units.slice(start, end);
  const first = dropped[0]!;
  const last = dropped.at(-1)!;
  return {
    units: [...units.slice(0, start), ...units.slice(end)],
    unmarked: new Set(entries.filter((e) => !leadingMarker(e)).map(squash)),
    entries,
    leftOut: [{ what: 'contents', text: `${entries.length} 項目（原文 ${first.line}〜${last.lastLine} 行目）` }],
  };
}
