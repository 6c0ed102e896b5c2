/** The interface catalogues: one typed accessor, three languages key for key, and no 市 said of a town. */
import { describe, expect, it } from 'vitest';
import { languages, messageArguments, type Language } from '../../src/lib/i18n.ts';
import { pageWords, setPageLanguage } from '../../src/lib/page-words.ts';
import { cliMessages, cliWords, type CliKey } from '../../src/lib/cli-words.ts';
import { describeProblem, MESSAGE_IDS } from '../../src/lib/content/problems.ts';
import { catalogues, governmentValues, joinAnd, kindWord, wordsFor, type WordKey } from '../../src/lib/words.ts';

const keys = Object.keys(catalogues.ja) as WordKey[];
/** Values that take a number ({count, plural…} in English); every other value is a word. */
const numeric = new Set(['count', 'number', 'total', 'minutes', 'hours', 'problems', 'noProblems', 'notApplicable', 'untested']);

/** Every value a message names, filled in: the government's as given, numbers as 2, the rest as 〇〇. */
function valuesFor(message: string, government: Record<string, string>) {
  return Object.fromEntries(messageArguments(message).map((a) => [a, government[a] ?? (numeric.has(a) ? 2 : a === 'desk' ? 'yes' : '〇〇')]));
}

describe('wordsFor', () => {
  it('formats a key of the catalogue with its values', () => {
    const t = wordsFor('ja');
    expect(t('nav.home')).toBe('トップ');
    expect(t('faq.all', { name: '架空町' })).toBe('架空町のよくある質問の一覧へ');
    expect(wordsFor('en')('a11y.pagesCount', { count: 1 })).toMatch(/^1 page \(/);
    expect(wordsFor('en')('duration.hoursMinutes', { hours: 1, minutes: 30 })).toBe('1 hour 30 minutes');
  });

  it("takes an edition's override for its language only", () => {
    const overrides = { ja: { 'page.home': '{kind}の取組' } };
    expect(wordsFor('ja', overrides)('page.home', { kind: '町' })).toBe('町の取組');
    expect(wordsFor('ja', overrides)('nav.home')).toBe('トップ');
    expect(wordsFor('en', overrides)('page.home', { kind: 'town' })).toBe("This town's policy");
  });

  it('names a government by its kind in each language', () => {
    expect(governmentValues({ name: '架空町', kind: 'town' }, 'ja')).toEqual({ name: '架空町', kind: '町', residents: '町民' });
    expect(governmentValues({ name: '架空町', kind: 'town' }, 'easy')).toEqual({ name: '架空町', kind: '町', residents: '町民' });
    expect(governmentValues({ name: '見本村', kind: 'village' }, 'en')).toEqual({ name: '見本村', kind: 'village', residents: 'residents' });
    expect(['市', '区', '県', '都', '自治体'].map((k) => kindWord(k as '市', 'en'))).toEqual(['city', 'ward', 'prefecture', 'prefecture', 'local government']);
  });

  it("joins lists in the language's own words", () => {
    expect(joinAnd(wordsFor('ja'), ['A', 'B', 'C'])).toBe('A、BとC');
    expect(joinAnd(wordsFor('en'), ['A', 'B'])).toBe('A and B');
    expect(joinAnd(wordsFor('ja'), ['A'])).toBe('A');
  });
});

describe('the page language', () => {
  it('is Japanese until the route sets it, then the route’s language with its overrides', () => {
    const locals: App.Locals = {};
    expect(pageWords(locals)('nav.home')).toBe('トップ');
    setPageLanguage(locals, 'en', { en: { 'nav.home': 'Start' } });
    expect(pageWords(locals)('nav.home')).toBe('Start');
    setPageLanguage(locals, 'ja');
    expect(pageWords(locals)('nav.home')).toBe('トップ');
  });
});

describe('nothing says 市 of a town', () => {
  const governments = [
    { name: '架空町', kind: '町', residents: '町民', prefecture: '見本県' },
    { name: '見本村', kind: '村', residents: '村民', prefecture: '見本県' },
    { name: '見本県', kind: '県', residents: '県民', prefecture: '見本県' },
  ];
  for (const language of ['ja', 'easy'] as const) {
    for (const government of governments) {
      it(`in ${language}, of ${government.name}`, () => {
        const t = wordsFor(language);
        const saying市 = keys.filter((key) => t(key, valuesFor(catalogues[language][key], government)).includes('市'));
        expect(saying市).toEqual([]);
      });
    }
  }

  it('(the test can fail: a message with 市 in it is caught)', () => {
    const t = wordsFor('ja', { ja: { 'page.home': 'この市の対策' } });
    expect(t('page.home', { kind: '町' })).toContain('市');
  });
});

describe('messages to an author name no kind of government', () => {
  // A town's or a prefecture's author reads the same check messages: they say 自治体. Only messages
  // about city codes and 政令指定都市 wards speak of 市, and the examples of CLI usage name a city.
  const aboutCities = new Set(['code-not-prefecture', 'ward-outside-tokyo']);

  it('in npm run check', () => {
    const saying市 = MESSAGE_IDS.filter((id) => !aboutCities.has(id) && describeProblem({ file: 'x', path: [], message: id }).includes('市'));
    expect(saying市).toEqual([]);
  });

  it('in the CLIs', () => {
    const saying市 = (Object.keys(cliMessages) as CliKey[]).filter((key) => cliMessages[key].replace(/例: .*$/su, '').includes('市'));
    expect(saying市).toEqual([]);
  });
});

describe('the three catalogues', () => {
  it('have exactly the same keys', () => {
    for (const language of languages) expect(Object.keys(catalogues[language]).sort(), language).toEqual([...keys].sort());
  });

  it('give every message the same values in every language', () => {
    const differing = (language: Language) => keys.filter((k) => messageArguments(catalogues[language][k]).join() !== messageArguments(catalogues.ja[k]).join());
    expect(differing('en')).toEqual([]);
    expect(differing('easy')).toEqual([]);
  });

  it('format every message of every language without an error or an empty result', () => {
    const government = { name: '架空町', kind: '町', residents: '町民' };
    for (const language of languages) {
      const t = wordsFor(language);
      for (const key of keys) expect(t(key, valuesFor(catalogues[language][key], government)).trim(), `${language} ${key}`).not.toBe('');
    }
  });

  it('keep English in English and やさしい日本語 without the words it replaces', () => {
    const japanese = /[\u3040-\u30ff\u4e00-\u9fff]/;
    // The site's own name keeps its Japanese; every other English message is English.
    // Language names are autonyms (日本語, やさしい日本語) in every catalogue; the filter's hint shows a reading to type.
    expect(keys.filter((k) => k !== 'site.name' && !k.startsWith('language.') && k !== 'front.filterHint' && japanese.test(catalogues.en[k]))).toEqual([]);
    expect(keys.filter((k) => /自治体|いずれか|ご覧/.test(catalogues.easy[k]))).toEqual([]);
  });
});

describe('the command-line words', () => {
  it('are keyed ICU messages that format with their values', () => {
    expect(cliWords('check.problems', { count: 4 })).toBe('4 件の問題があります。上の各行を直して、もう一度 npm run check を実行してください。');
    for (const key of Object.keys(cliMessages) as CliKey[]) expect(cliWords(key, valuesFor(cliMessages[key], {})), key).not.toMatch(/^\s*$/);
  });
});
