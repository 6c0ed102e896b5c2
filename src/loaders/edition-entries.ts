/**
 * The entries pages read, built from the checked content: each edition (with its policy and posters),
 * its FAQs, its check guide — in Japanese, and again in each language it has a translation into.
 */
import type { EditionSource } from '../lib/content/read-content.ts';
import { confirmed } from '../lib/content/suggestions.ts';
import { editionPages, languagePages } from '../lib/edition-pages.ts';
import { markdownWithRuby, markJapanese, plainText } from '../lib/inline.ts';
import type { Tokenizer } from '../lib/morphology.ts';
import type { PageLanguage } from '../lib/paths.ts';
import { linkClausesInAnswer } from '../lib/plain-markdown.ts';
import { localise, localNames, type LocalisedParts } from '../lib/translations/localise.ts';
import { translatedPosters } from '../lib/translations/posters.ts';
import { addRuby } from '../lib/translations/ruby.ts';
import type { LoadedEntry } from './content-loader.ts';

type ClauseHref = (slug: string, id: string, language?: PageLanguage) => string;

/** The pages the edition has in a language: in Japanese, or in a translation's language. */
function pagesOf(e: EditionSource, parts?: LocalisedParts) {
  const pages = editionPages({ ...e, posters: parts ? translatedPosters(parts) : e.posters, faqs: confirmed(e.faqs.map((f) => f.data)) });
  return parts ? languagePages(parts.facts.language, pages) : pages;
}

/** The edition's entry in a language: its words, with what it has and what it lacks of a translation. */
function editionEntry(e: EditionSource, parts?: LocalisedParts): LoadedEntry {
  const posters = parts ? translatedPosters(parts) : e.posters;
  const data = {
    ...e.edition,
    ...(parts && localNames(e.edition, parts)),
    // What the importer suggested and the author has not confirmed is never published.
    rules: confirmed(parts?.rules ?? e.edition.rules),
    measures: confirmed(parts?.measures ?? e.edition.measures),
    slug: e.slug,
    clauses: parts?.clauses ?? e.policy.clauses,
    pages: pagesOf(e, parts),
    languages: ['ja', ...e.translations.map((t) => t.language)],
    // Which pages each language has, so a page links only the versions of it that exist.
    versions: Object.fromEntries([['ja', pagesOf(e)], ...localParts(e).map((p) => [p.facts.language, pagesOf(e, p)])]),
    posters,
    ...(parts && { local: { ...parts.facts, inJapanese: { rules: shownInJapanese(parts, 'rules', e.edition.rules), measures: shownInJapanese(parts, 'measures', e.edition.measures) } } }),
  };
  return { id: parts ? `${e.slug}/${parts.facts.language}` : e.slug, data };
}

/** Positions, among the published (confirmed) rules or measures, of those still shown in Japanese. */
function shownInJapanese(parts: LocalisedParts, section: 'rules' | 'measures', all: Array<{ suggested?: boolean | undefined }>): number[] {
  const published = all.map((item, i) => ({ item, key: `${section}:${i + 1}` })).filter(({ item }) => !item.suggested);
  return published.flatMap(({ key }, position) => (parts.facts.untranslated.includes(key) ? [position] : []));
}

/** Readings for plain Japanese, none for other languages. */
const rubyFor = (tokenizer: Tokenizer) => (text: string) => addRuby(text, (s) => tokenizer.tokenize(s));

// Each collection asks for the same parts: made once per edition read.
const made = new WeakMap<EditionSource, LocalisedParts[]>();
function localParts(e: EditionSource): LocalisedParts[] {
  let parts = made.get(e);
  if (!parts) made.set(e, (parts = e.translations.map((t) => localise(e, t))));
  return parts;
}

export const editionEntries = (editions: EditionSource[]): LoadedEntry[] => editions.map((e) => editionEntry(e));

export const localEditionEntries = (editions: EditionSource[]): LoadedEntry[] =>
  editions.flatMap((e) => localParts(e).map((p) => editionEntry(e, p)));

/** What the site-wide pages list of each edition in each language: not its clauses, rules or posters. */
export const languageVersionEntries = (editions: EditionSource[]): LoadedEntry[] =>
  localEditionEntries(editions).map(({ id, data }) => ({ id, data: { slug: data.slug, city: data.city, pages: data.pages, ui: data.ui, local: data.local } }));

const shownFaqs = (e: EditionSource) => e.faqs.filter((f) => !f.data.suggested);

export const faqEntries = (editions: EditionSource[], clauseHref: ClauseHref): LoadedEntry[] =>
  editions.flatMap((e) => shownFaqs(e).map((f) => ({ id: `${e.slug}/${f.id}`, data: { ...f.data, id: f.id, edition: e.slug }, markdown: linkClausesInAnswer(f.body, (id) => clauseHref(e.slug, id)) })));

/** Each FAQ in each language: translated, or its Japanese (language ja) until it is. */
export function localFaqEntries(editions: EditionSource[], tokenizer: Tokenizer, clauseHref: ClauseHref): LoadedEntry[] {
  return editions.flatMap((e) => {
    const shown = shownFaqs(e);
    const ruby = rubyFor(tokenizer);
    return localParts(e).flatMap((p) =>
      shown.map((f) => {
        const words = p.faqs.get(f.id)!;
        const language = words.translated ? p.facts.language : 'ja';
        const markdown = linkClausesInAnswer(words.answer, (id) => clauseHref(e.slug, id, p.facts.language));
        const easy = p.facts.language === 'easy';
        return {
          id: `${e.slug}/${p.facts.language}/${f.id}`,
          data: { ...f.data, id: f.id, edition: e.slug, question: plainText(words.question), questionMarked: easy ? ruby(words.question) : words.question, language, pageLanguage: p.facts.language },
          // Markdown is rendered by the content layer, not InlineText: its readings go in here.
          markdown: easy ? markdownWithRuby(ruby(markdown)) : p.facts.language === 'en' && words.translated ? markJapanese(markdown) : markdown,
        };
      }),
    );
  });
}

export const localCheckGuideEntries = (editions: EditionSource[]): LoadedEntry[] =>
  editions.flatMap((e) => localParts(e).flatMap((p) => (p.check ? [{ id: `${e.slug}/${p.facts.language}`, data: p.check }] : [])));
