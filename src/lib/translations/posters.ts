/**
 * The posters a language version prints, and the edition they are drawn for: the loader gives them
 * to the pages, the build draws them beforehand in its poster workers (same words, so same files).
 */
import type { EditionSource } from '../content/read-content.ts';
import { localNames, type LocalisedParts } from './localise.ts';

/** The counter notices are translated; each is printed once all its lines are. */
const TRANSLATED_POSTERS = new Set(['counter-card', 'recording-notice']);

export const translatedPosters = (parts: LocalisedParts) =>
  parts.facts.language === 'en'
    ? parts.posters.filter((p) => TRANSLATED_POSTERS.has(p.kind) && !parts.facts.untranslated.includes(`posters:${p.id}`)).map((p) => ({ ...p, lang: 'en' }))
    : [];

/** The edition as a language version's posters name it: its name, title and clauses in that language. */
export const localPosterEdition = (e: EditionSource, parts: LocalisedParts) => ({
  ...e.edition,
  ...localNames(e.edition, parts),
  slug: e.slug,
  clauses: parts.clauses,
  posters: translatedPosters(parts),
});
