/**
 * Questions that ask for a date, a length of time, a number of people or of times, or an amount
 * (いつ, 何分, 何人…; when, how long, how many people…), and what such an answer looks like in a
 * record's text, per language of the pages. The index marks each record with the kinds it gives (a
 * Pagefind filter), so such a question also fetches the records that give one, which the words alone
 * may rank too low to load.
 */
const NUMERAL = '[0-9〇一二三四五六七八九十百千元]';
// English pages spell small numbers out ("limited to one hour").
const NUMBER = String.raw`(?:\d+|an?|one|two|three|four|five|six|seven|eight|nine|ten|fifteen|twenty|thirty|forty|fifty|sixty|ninety)`;
const MONTH = '(?:january|february|march|april|may|june|july|august|september|october|november|december)';

interface Kind {
  asks: RegExp;
  says: RegExp;
}

/** Matched on NFKC-normalised text (digits are half-width), English lower-cased. */
const ANSWER_KINDS = {
  ja: {
    // いつも is "always", not "when".
    date: { asks: /いつ(?!も)|何年|何月|何日(?!間)|日付/u, says: new RegExp(`(令和|平成|昭和)${NUMERAL}+年|[0-9]{4}年|${NUMERAL}+月${NUMERAL}+日`, 'u') },
    duration: { asks: /何分|何時間|何日間/u, says: new RegExp(`${NUMERAL}+(分|時間|日間)`, 'u') },
    people: { asks: /何人|何名/u, says: new RegExp(`${NUMERAL}+(人|名)|複数`, 'u') },
    times: { asks: /何回|何度/u, says: new RegExp(`${NUMERAL}+(回|度)`, 'u') },
    amount: { asks: /いくら|何円/u, says: new RegExp(`${NUMERAL}+円`, 'u') },
  },
  en: {
    // "When" asks for a date as a question about the past ("when was it issued"), not in "when I shout"
    // or "when is it harassment".
    date: { asks: /\bwhen (?:was|were|did|has|have)\b|\bsince when\b|\bwhat (?:date|year|month)\b/, says: new RegExp(String.raw`\b(?:19|20)\d{2}\b|\b(?:reiwa|heisei) \d+|\b${MONTH} \d{1,2}\b`) },
    duration: { asks: /\bhow long\b|\bhow many (?:minutes|hours|days)\b|\bhow much time\b/, says: new RegExp(String.raw`\b${NUMBER} (?:minutes?|hours?|days?)\b`) },
    people: { asks: /\bhow many (?:people|persons|staff|officers|employees|workers|members|clerks)\b/, says: new RegExp(String.raw`\b${NUMBER} (?:or more )?(?:people|persons|staff|members|officers|employees)\b|\b(?:multiple|several) (?:staff|people|members|officers)\b`) },
    times: { asks: /\bhow many times\b|\bhow often\b/, says: new RegExp(String.raw`\b${NUMBER} times\b|\b(?:once|twice)\b`) },
    amount: { asks: /\bhow much\b(?! time)|\bwhat does it cost\b/, says: new RegExp(String.raw`\b\d[\d,]* yen\b|¥`) },
  },
} as const satisfies Record<string, Record<string, Kind>>;

export type AnswerKind = keyof (typeof ANSWER_KINDS)['ja'];

const KINDS = Object.keys(ANSWER_KINDS.ja) as AnswerKind[];
/** English is read as English; Japanese and the easy-Japanese pages as Japanese. */
const kindsOf = (language: string) => ANSWER_KINDS[language === 'en' ? 'en' : 'ja'];

/** The Pagefind filter that holds the kinds a record gives. */
export const GIVES_FILTER = 'gives';

/** The kind of answer a question asks for, if it asks for one. */
export const answerKindAsked = (normalizedQuery: string, language = 'ja'): AnswerKind | undefined => KINDS.find((k) => kindsOf(language)[k].asks.test(normalizedQuery));

/** The kinds of answer a record's text gives. */
export const answerKindsGiven = (normalizedText: string, language = 'ja'): AnswerKind[] => {
  const text = language === 'en' ? normalizedText.toLowerCase() : normalizedText;
  return KINDS.filter((k) => kindsOf(language)[k].says.test(text));
};

/** Pagefind filter tags for an HTML page whose indexed text is `normalizedText`, to go in its head. */
export const givesFilterTags = (normalizedText: string, language = 'ja'): string =>
  answerKindsGiven(normalizedText, language).map((k) => `<meta data-pagefind-filter="${GIVES_FILTER}[content]" content="${k}">`).join('');
