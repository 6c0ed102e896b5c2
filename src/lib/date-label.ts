/** How a document's date is labelled on a page: 策定：令和７年６月２０日 — but never 策定：令和７年６月２０日策定. */
import type { DatedEvent } from '../schema/index.ts';
import { wordsFor, type Words } from './words.ts';

/** The label shown before a date, or undefined when there is none (a bare date) or the date as written already says it. */
export function dateLabel(date: Pick<DatedEvent, 'event' | 'asWritten'>, t: Words = wordsFor('ja')): string | undefined {
  if (date.event === 'dated') return undefined;
  const label = t(`dateEvent.${date.event}`);
  return date.asWritten.includes(label) ? undefined : label;
}
