/**
 * What of an edition is translated, unit by unit, each keyed by a stable id (a clause id, an FAQ id,
 * a check step's element…) and fingerprinted by the Japanese words it holds, so that a translation
 * made from older words is known to be stale.
 */
import { createHash } from 'node:crypto';
import type { EditionSource } from '../content/read-content.ts';
import { walkClauses } from '../clauses.ts';
import { textShape, type Shape } from './text-shape.ts';

/** The sections of a translation file, one per kind of unit. */
export const unitSections = ['edition', 'clauses', 'rules', 'measures', 'faqs', 'check', 'posters'] as const;
export type UnitSection = (typeof unitSections)[number];

/** ja: the original; easy: やさしい日本語, this site's plain rewrite; en: this site's reference translation. */
export const translatedLanguages = ['easy', 'en'] as const;
export type TranslatedLanguage = (typeof translatedLanguages)[number];

/** What each language translates: English the whole edition; plain Japanese what a resident reads first (home summary, FAQs, check guide). */
export const sectionsOf: Record<TranslatedLanguage, readonly UnitSection[]> = {
  en: unitSections,
  easy: ['rules', 'measures', 'faqs', 'check'],
};

export interface SourceUnit {
  section: UnitSection;
  id: string;
  /** The Japanese words the translation mirrors. */
  shape: Shape;
  /** Fingerprint of those words: a translation records the one it was made from. */
  hash: string;
}

export const fingerprint = (shape: Shape) => createHash('sha256').update(JSON.stringify(shape)).digest('hex').slice(0, 10);

function unit(section: UnitSection, id: string, value: unknown): SourceUnit[] {
  const shape = textShape(value);
  return shape === undefined ? [] : [{ section, id, shape, hash: fingerprint(shape) }];
}

/** Every unit of an edition, in page order. */
export function editionUnits(source: EditionSource): SourceUnit[] {
  const { edition, policy, faqs, check, posters } = source;
  return [
    ...unit('edition', 'edition', { name: edition.city.name, title: edition.document.title }),
    ...[...walkClauses(policy.clauses)].flatMap(({ clause }) => unit('clauses', clause.id, { title: clause.title, body: clause.body })),
    ...edition.rules.flatMap((rule, i) => unit('rules', String(i + 1), rule)),
    ...edition.measures.flatMap((measure, i) => unit('measures', String(i + 1), measure)),
    ...faqs.flatMap((faq) => unit('faqs', faq.id, { question: faq.data.question, answer: faq.body.trim() })),
    ...(check
      ? [
          ...unit('check', 'welcome', { quote: check.welcome.map((q) => q.quote) }),
          ...check.steps.flatMap((step) => unit('check', step.element, step)),
          ...unit('check', 'accommodation', { quote: check.accommodation.map((q) => q.quote) }),
          ...unit('check', 'decided-by', { quote: check.decidedBy.map((q) => q.quote) }),
          ...unit('check', 'next', { quote: check.next.map((q) => q.quote) }),
        ]
      : []),
    ...posters.flatMap((poster) => unit('posters', poster.id, { lines: poster.lines })),
  ];
}

/** The units a language translates. */
export const unitsFor = (units: SourceUnit[], language: TranslatedLanguage) => units.filter((u) => sectionsOf[language].includes(u.section));
