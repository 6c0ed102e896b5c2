/**
 * Questions that ask for a date, a length of time, a number of people or of times, or an amount
 * (いつ, 何分, 何人…), and what such an answer looks like in a record's text. The index marks each
 * record with the kinds it gives (a Pagefind filter), so such a question also fetches the records
 * that give one, which the words alone may rank too low to load.
 */
const NUMERAL = '[0-9〇一二三四五六七八九十百千元]';

/** Matched on NFKC-normalised text (digits are half-width). いつも is "always", not "when". */
const ANSWER_KINDS = {
  date: { asks: /いつ(?!も)|何年|何月|何日(?!間)|日付/u, says: new RegExp(`(令和|平成|昭和)${NUMERAL}+年|[0-9]{4}年|${NUMERAL}+月${NUMERAL}+日`, 'u') },
  duration: { asks: /何分|何時間|何日間/u, says: new RegExp(`${NUMERAL}+(分|時間|日間)`, 'u') },
  people: { asks: /何人|何名/u, says: new RegExp(`${NUMERAL}+(人|名)|複数`, 'u') },
  times: { asks: /何回|何度/u, says: new RegExp(`${NUMERAL}+(回|度)`, 'u') },
  amount: { asks: /いくら|何円/u, says: new RegExp(`${NUMERAL}+円`, 'u') },
} as const;

export type AnswerKind = keyof typeof ANSWER_KINDS;

const KINDS = Object.keys(ANSWER_KINDS) as AnswerKind[];

/** The Pagefind filter that holds the kinds a record gives. */
export const GIVES_FILTER = 'gives';

/** The kind of answer a question asks for, if it asks for one. */
export const answerKindAsked = (normalizedQuery: string): AnswerKind | undefined => KINDS.find((k) => ANSWER_KINDS[k].asks.test(normalizedQuery));

/** The kinds of answer a record's text gives. */
export const answerKindsGiven = (normalizedText: string): AnswerKind[] => KINDS.filter((k) => ANSWER_KINDS[k].says.test(normalizedText));

/** Pagefind filter tags for an HTML page whose indexed text is `normalizedText`, to go in its head. */
export const givesFilterTags = (normalizedText: string): string =>
  answerKindsGiven(normalizedText).map((k) => `<meta data-pagefind-filter="${GIVES_FILTER}[content]" content="${k}">`).join('');
