/**
 * An English query as a plan for the same ranking as a Japanese one: each content word typed is a
 * concept; words that carry no meaning in a search box (can, I, my, the…) are left out. Pagefind's
 * English stemming then finds record, recorded, recording alike.
 */
import type { QueryPlan } from './query.ts';

/** Function words and question words that tell the pages apart not at all. */
const STOPWORDS = new Set(
  `a an the and or but if of to in on at by for with from about into as is are was were be been being am do does did done
  can could may might must shall should will would i me my mine you your yours he him his she her it its we us our they them their
  this that these those there here what which who whom whose when where why how not no yes so than too very just also any some
  get got have has had let lets please tell say said ok okay`.split(/\s+/),
);

export function planEnglishQuery(raw: string): QueryPlan {
  const normalized = raw.normalize('NFKC').toLowerCase().trim();
  const words = normalized.match(/[a-z][a-z'-]*|\d+/g) ?? [];
  const content = [...new Set(words.map((w) => w.replace(/'s$|'$/, '')).filter((w) => w.length > 1 && !STOPWORDS.has(w)))];
  // A query of function words only ("what is it") is still searched as typed.
  const concepts = (content.length > 0 ? content : words).map((w) => ({ label: w, words: [w] }));
  return { normalized, concepts, others: [], defining: false };
}

/** A query typed in Latin letters, with no Japanese in it: offered the English pages from a Japanese search. */
export const looksEnglish = (query: string) => /[a-z]{2}/i.test(query) && !/[\p{Script=Han}\p{Script=Hiragana}\p{Script=Katakana}]/u.test(query);
