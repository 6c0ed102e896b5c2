/** The open data of an edition: what the city published, structured; nothing of the site's own settings. Every citation names its source. */
import type { Clause, Edition, FaqFile, OpenData } from '../schema/index.ts';
import { clauseSourceId, type SourcedEdition } from './sources.ts';

/** The clause tree with every clause's source written out (inherited from its section). */
function withSources(edition: SourcedEdition, clauses: Clause[]): Clause[] {
  return clauses.map((c) => ({ ...c, source: clauseSourceId(edition, c.id), ...(c.clauses ? { clauses: withSources(edition, c.clauses) } : {}) }));
}

export function editionOpenData(edition: Edition, faqs: Array<FaqFile & { id: string; answer: string }>, at: { schema: string; url: string }): OpenData {
  const { draft: _draft, theme: _theme, site: _site, pages: _pages, ...published } = edition;
  const source = (clause: string) => clauseSourceId(edition, clause);
  return {
    $schema: at.schema,
    version: 1,
    url: at.url,
    ...published,
    clauses: withSources(edition, edition.clauses),
    rules: edition.rules.map((r) => ({ ...r, source: source(r.clause) })),
    measures: edition.measures.map((m) => ({ ...m, source: source(m.clause) })),
    faqs: faqs.map((f) => ({ ...f, cites: f.cites.map((c) => ({ ...c, source: source(c.clause) })) })),
  };
}
