/**
 * The open data of an edition: what the city published, structured; nothing of the site's own
 * settings. Every citation names its source. Made by parsing with the published schema, which
 * keeps only the fields it describes.
 */
import { openDataSchema, type Clause, type Edition, type FaqFile, type OpenData } from '../schema/index.ts';
import { clauseSourceId, type SourcedEdition } from './sources.ts';

/** The clause tree with every clause's source written out (inherited from its section). */
function withSources(edition: SourcedEdition, clauses: Clause[]): Clause[] {
  return clauses.map((c) => ({ ...c, source: clauseSourceId(edition, c.id), ...(c.clauses ? { clauses: withSources(edition, c.clauses) } : {}) }));
}

export function editionOpenData(edition: Edition, faqs: Array<FaqFile & { id: string; answer: string }>, at: { schema: string; url: string }): OpenData {
  const source = (clause: string) => clauseSourceId(edition, clause);
  return openDataSchema.parse({
    ...edition,
    $schema: at.schema,
    version: 1,
    url: at.url,
    clauses: withSources(edition, edition.clauses),
    rules: edition.rules.map((r) => ({ ...r, source: source(r.clause) })),
    measures: edition.measures.map((m) => ({ ...m, source: source(m.clause) })),
    faqs: faqs.map((f) => ({ ...f, cites: f.cites.map((c) => ({ ...c, source: source(c.clause) })) })),
  });
}
