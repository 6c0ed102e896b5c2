/** A minimal Atom 1.0 feed (RFC 4287): what feed readers need to follow an edition's revisions. */
import { isoToSortKey } from './wareki.ts';

export interface AtomEntry {
  id: string;
  title: string;
  /** ISO date (YYYY-MM-DD). */
  updated: string;
  link: string;
  summary: string;
}

export interface AtomFeed {
  id: string;
  title: string;
  link: string;
  self: string;
  author: string;
  entries: AtomEntry[];
}

const XML_ESCAPES: Record<string, string> = { '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', "'": '&apos;' };
const xml = (s: string) => s.replace(/[&<>"']/g, (c) => XML_ESCAPES[c]!);
const timestamp = (date: string) => `${isoToSortKey(date)}T00:00:00+09:00`;

export function atomFeed(feed: AtomFeed): string {
  const updated = feed.entries.map((e) => e.updated).sort().at(-1) ?? '1970-01-01';
  const entries = feed.entries.map(
    (e) => `  <entry>
    <id>${xml(e.id)}</id>
    <title>${xml(e.title)}</title>
    <updated>${timestamp(e.updated)}</updated>
    <link rel="alternate" href="${xml(e.link)}"/>
    <summary>${xml(e.summary)}</summary>
  </entry>`,
  );
  return `<?xml version="1.0" encoding="utf-8"?>
<feed xmlns="http://www.w3.org/2005/Atom" xml:lang="ja">
  <id>${xml(feed.id)}</id>
  <title>${xml(feed.title)}</title>
  <updated>${timestamp(updated)}</updated>
  <link rel="alternate" href="${xml(feed.link)}"/>
  <link rel="self" href="${xml(feed.self)}"/>
  <author><name>${xml(feed.author)}</name></author>
${entries.join('\n')}
</feed>
`;
}
