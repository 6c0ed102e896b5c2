/** What a page in another language shows in Japanese, so that it can say so (lang="ja" and a notice). */
import type { Edition, FaqGroup } from '../../schema/index.ts';
import type { PageLanguage } from '../paths.ts';
import type { UnitSection } from './units.ts';

/** The ids of a section's units the edition shows in Japanese on its pages in this language (none in Japanese). */
export function untranslatedIn(edition: Edition, section: UnitSection): Set<string> {
  if (!('local' in edition)) return new Set();
  const local = (edition as Edition & { local: { untranslated: string[] } }).local;
  return new Set(local.untranslated.filter((k) => k.startsWith(`${section}:`)).map((k) => k.slice(section.length + 1)));
}

/** lang="ja" for an FAQ a page in another language shows in Japanese; nothing when it is in the page's language. */
export const faqLanguage = (faq: object, page: PageLanguage) => (page !== 'ja' && 'language' in faq && faq.language === 'ja' ? 'ja' : undefined);

/** A shared group's label in the page's language, the Japanese when it has none. */
export const groupLabel = (group: FaqGroup, language: PageLanguage) => (language === 'ja' ? group.label : (group.translations?.[language]?.label ?? group.label));
