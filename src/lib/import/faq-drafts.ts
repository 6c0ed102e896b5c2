/**
 * FAQ drafts: a neutral question of the engine, answered with the city's own quoted words, citing
 * the clauses they stand in. From the definition and the lists of conduct at import; from each kind
 * of confirmed rule afterwards (npm run draft-faqs). Every citation is checked before a draft is
 * written, and every draft is suggested: true until the author confirms it.
 */
import type { Clause, FaqFile, ListItem, ResponseRuleInput } from '../../schema/index.ts';
import { clauseHeading, walkClauses } from '../clauses.ts';
import { amountsNotIn, clauseIndex } from '../content/citations.ts';
import { confirmed } from '../content/suggestions.ts';
import { plainText } from '../inline.ts';
import { behavioursQuestion, definitionQuestion, ruleQuestions, type DraftQuestion } from './faq-questions.ts';

export interface FaqDraft {
  id: string;
  data: FaqFile;
  body: string;
}

const quoteLines = (quotes: string[]) => quotes.map((q) => `> ${q}`).join('\n>\n');

function draft(id: string, q: DraftQuestion, cites: Array<{ clause: string; quote: string }>, body: string, clauses: Clause[]): FaqDraft | undefined {
  const index = clauseIndex(clauses);
  // Only what resolves: every cited clause exists and holds its quote; no amount the clauses do not state.
  const ok = cites.filter((c) => index.ownerOf(c.clause) && index.quotes(c.clause, c.quote));
  if (!ok.length || ok.length < cites.length) return undefined;
  if (amountsNotIn(body, ok.map((c) => index.textOf(c.clause))).length) return undefined;
  return { id, data: { suggested: true, question: q.question, group: q.group, order: q.order, cites: ok }, body };
}

/** One draft per kind of confirmed rule with a question: its quotes as the answer. */
export function ruleFaqDrafts(edition: { rules: ResponseRuleInput[] }, clauses: Clause[], taken: ReadonlySet<string>): FaqDraft[] {
  const byKind = new Map<string, Array<{ clause: string; quote: string }>>();
  for (const r of confirmed(edition.rules)) {
    if (!r.quote || !ruleQuestions[r.kind]) continue;
    byKind.set(r.kind, [...(byKind.get(r.kind) ?? []), { clause: r.clause, quote: r.quote }]);
  }
  return [...byKind.entries()].flatMap(([kind, cites]) => {
    if (taken.has(kind)) return [];
    const d = draft(kind, ruleQuestions[kind as keyof typeof ruleQuestions]!, cites, quoteLines(cites.map((c) => c.quote)), clauses);
    return d ? [d] : [];
  });
}

/** The definition, and the lists of conduct that stand under it or under a heading about conduct. */
export function importFaqDrafts(definition: { clause: string; quote?: string | undefined } | undefined, clauses: Clause[], taken: ReadonlySet<string>): FaqDraft[] {
  const out: FaqDraft[] = [];
  if (definition?.quote && !taken.has('what-is')) {
    // A definition given as a list of elements (① … ② … ③ …) is answered with the whole list.
    const clause = [...walkClauses(clauses)].find(({ clause: c }) => c.id === definition.clause)?.clause;
    const list = clause?.body.find((b): b is { list: ListItem[] } => typeof b === 'object' && 'list' in b && b.list.some((i) => plainText(i.text).includes(definition.quote!)));
    const body = list ? list.list.map((i) => `- ${i.marker ? `${i.marker} ` : ''}${plainText(i.text)}`).join('\n') : quoteLines([definition.quote]);
    const d = draft('what-is', definitionQuestion, [{ clause: definition.clause, quote: definition.quote }], body, clauses);
    if (d) out.push(d);
  }
  // Lists under the definition, or under a heading about conduct that is not about the response to it.
  const lists = [...walkClauses(clauses)].filter(({ clause, ancestors }) => {
    const chain = [...ancestors, clause];
    const titles = chain.map((c) => (c.title ? plainText(c.title) : ''));
    // A list under a heading about the response (対応), or one level below it, is what the city does, not conduct.
    if (titles.slice(-2).some((t) => /(対応|対策|取組)/.test(t))) return false;
    const about = chain.some((c) => c.id === definition?.clause) || titles.some((t) => /(行為|言動|例)/.test(t));
    return about && clause.body.some((b) => typeof b === 'object' && 'list' in b);
  });
  if (lists.length && !taken.has('which-behaviours')) {
    const cites: Array<{ clause: string; quote: string }> = [];
    const parts: string[] = [];
    for (const { clause } of lists.slice(0, 8)) {
      const items = clause.body.flatMap((b) => (typeof b === 'object' && 'list' in b ? b.list.map((i) => plainText(i.text)) : []));
      if (clause.title) parts.push(`**${plainText(clauseHeading(clause))}**`);
      parts.push(items.map((i) => `- ${i}`).join('\n'));
      cites.push({ clause: clause.id, quote: items[0]! });
    }
    const d = draft('which-behaviours', behavioursQuestion, cites, parts.join('\n\n'), clauses);
    if (d) out.push(d);
  }
  return out;
}

/** faq/<id>.md: front matter and the answer. */
export function faqFile(d: FaqDraft, stringify: (v: unknown) => string): string {
  return `---\n${stringify(d.data).trimEnd()}\n---\n${d.body}\n`;
}
