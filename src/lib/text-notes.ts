/**
 * Where a clause's notes on its own words stand: a correction of an extraction error, or the
 * document's own slip kept as written, is shown beside the first text of the clause that carries
 * those words (a paragraph, list item, flow entry or table cell), not at the end of the section.
 */
import type { Clause, Correction, KeptAsWritten } from '../schema/index.ts';
import { blockTexts, normaliseForQuote } from './clauses.ts';
import { plainText } from './inline.ts';

export type TextNote = ({ kind: 'correction' } & Correction) | ({ kind: 'kept' } & KeptAsWritten);

export interface PlacedNotes {
  /** Notes by the exact text (as in policy.yaml) they stand beside. */
  at: ReadonlyMap<string, TextNote[]>;
  /** Notes on words only the clause's title carries. */
  title: TextNote[];
  /** Notes whose words no text shown with notes carries (e.g. a table of offences): shown after the clause's body. */
  unplaced: TextNote[];
}

const words = (note: TextNote) => (note.kind === 'correction' ? note.corrected : note.text);
const carries = (text: string, note: TextNote) => normaliseForQuote(plainText(text)).includes(normaliseForQuote(words(note)));

export function placeNotes(clause: Clause): PlacedNotes {
  const notes: TextNote[] = [
    ...clause.corrections.map((c) => ({ kind: 'correction' as const, ...c })),
    ...(clause.keptAsWritten ?? []).map((k) => ({ kind: 'kept' as const, ...k })),
  ];
  const texts = clause.body.flatMap((b) => (typeof b === 'object' && ('offences' in b || 'signature' in b) ? [] : blockTexts(b)));
  const at = new Map<string, TextNote[]>();
  const title: TextNote[] = [];
  const unplaced: TextNote[] = [];
  for (const note of notes) {
    const site = texts.find((t) => carries(t, note));
    if (site !== undefined) at.set(site, [...(at.get(site) ?? []), note]);
    else if (clause.title && carries(clause.title, note)) title.push(note);
    else unplaced.push(note);
  }
  return { at, title, unplaced };
}
