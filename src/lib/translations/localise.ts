/**
 * An edition as a page in another language reads it: the same entry, ids and structure, with the
 * words of every current unit replaced by the translation's. A unit that is stale, a stub or missing
 * keeps its Japanese and is listed in `untranslated`, so the page marks it lang="ja" with a notice.
 */
import type { CheckGuideFile, Clause, Poster } from '../../schema/index.ts';
import type { EditionSource } from '../content/read-content.ts';
import { isFields, unitKey, type EditionTranslation } from './read-translations.ts';
import { applyShape, textShape } from './text-shape.ts';
import { editionUnits, unitsFor, type UnitSection } from './units.ts';

export interface LocalisedFacts {
  language: EditionTranslation['language'];
  official?: EditionTranslation['official'];
  coverage: EditionTranslation['coverage'];
  /** Unit keys (`clauses:definition`) shown in Japanese: not yet translated, or translated from older words. */
  untranslated: string[];
  /** The government's name and its document's title as written, for the Japanese beside the translation. */
  original: { name: string; title: string };
}

export function translatorOf(translation: EditionTranslation) {
  /** The value with the unit's words, when the unit is current; else as it is. */
  return <T>(section: UnitSection, id: string, value: T, shapeOf: unknown = value): T => {
    const unit = translation.units.get(unitKey(section, id));
    if (unit?.status !== 'current') return value;
    const shape = textShape(shapeOf);
    const words = unit.words;
    if (shapeOf === value) return applyShape(value, shape !== undefined && isFields(shape) ? words : (words as { text?: unknown }).text ?? words);
    return words as T;
  };
}

export interface LocalisedParts {
  facts: LocalisedFacts;
  name: string;
  title: string;
  clauses: Clause[];
  rules: EditionSource['edition']['rules'];
  measures: EditionSource['edition']['measures'];
  posters: Poster[];
  check?: CheckGuideFile | undefined;
  /** Each FAQ's words in the language (its Japanese when not current) and whether they are translated. */
  faqs: Map<string, { question: string; answer: string; translated: boolean }>;
}

/** The edition's city and document under their names in the translation's language. */
export const localNames = (edition: EditionSource['edition'], parts: Pick<LocalisedParts, 'name' | 'title'>) => ({
  city: { ...edition.city, name: parts.name },
  document: { ...edition.document, title: parts.title },
});

/** The parts of an edition that pages show, in the translation's language. */
export function localise(source: EditionSource, translation: EditionTranslation): LocalisedParts {
  const t = translatorOf(translation);
  const units = unitsFor(editionUnits(source), translation.language);
  const current = (section: UnitSection, id: string) => translation.units.get(unitKey(section, id))?.status === 'current';
  const localClause = (c: Clause): Clause => {
    const own = t('clauses', c.id, { title: c.title, body: c.body });
    return { ...c, ...own, ...(c.clauses && { clauses: c.clauses.map(localClause) }) };
  };
  const { edition, check } = source;
  const named = t('edition', 'edition', { name: edition.city.name, title: edition.document.title });
  const listed = <T extends { quote: string }>(id: string, items: T[]): T[] => {
    const words = t('check', id, items.map((q) => q.quote), { quote: items.map((q) => q.quote) });
    return items.map((q, i) => ({ ...q, quote: words[i] ?? q.quote }));
  };
  return {
    facts: {
      language: translation.language,
      official: translation.official,
      coverage: translation.coverage,
      untranslated: units.filter((u) => !current(u.section, u.id)).map((u) => unitKey(u.section, u.id)),
      original: { name: edition.city.name, title: edition.document.title },
    },
    name: named.name,
    title: named.title,
    clauses: translation.language === 'en' ? source.policy.clauses.map(localClause) : source.policy.clauses,
    rules: edition.rules.map((rule, i) => t('rules', String(i + 1), rule)),
    measures: edition.measures.map((measure, i) => t('measures', String(i + 1), measure)),
    posters: source.posters.map((poster) => ({ ...poster, ...t('posters', poster.id, { lines: poster.lines }) })),
    check: check && {
      ...check,
      welcome: listed('welcome', check.welcome),
      steps: check.steps.map((step) => t('check', step.element, step)),
      accommodation: listed('accommodation', check.accommodation),
      decidedBy: listed('decided-by', check.decidedBy),
      next: listed('next', check.next),
    },
    faqs: new Map(
      source.faqs.map((f) => {
        const words = t('faqs', f.id, { question: f.data.question, answer: f.body.trim() });
        return [f.id, { ...words, translated: current('faqs', f.id) }];
      }),
    ),
  };
}
