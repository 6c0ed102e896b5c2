/** The interface calls a local government by its own word: 市 of a city, 町 of a town, never 市 of a town. */
import { describe, expect, it } from 'vitest';
import { municipalityWord, residentsWord } from '../../src/lib/municipality.ts';
import { governmentValues, wordsFor } from '../../src/lib/words.ts';

describe('the word a local government goes by', () => {
  it('is read from the end of its name', () => {
    expect(['坂出市', '架空町', '見本村', '千代田区', '東京都', '北海道', '大阪府', '香川県', '見本広域連合'].map(municipalityWord)).toEqual(['市', '町', '村', '区', '都', '道', '府', '県', '自治体']);
  });

  it("words a town's pages as a town's", () => {
    const t = wordsFor('ja');
    const g = governmentValues('架空町', 'ja');
    expect(t('page.home', g)).toBe('この町の対策');
    expect(t('nav.edition', g)).toBe('この町のページ');
    expect(t('edition.lead', { ...g, prefecture: '見本県', document: '対策' })).toBe('見本県架空町が定めた対策を、町の文言のまま掲載しています。');
    expect(t('measureKind.public-notice', g)).toBe('町民への周知');
    expect(residentsWord('自治体')).toBe('住民');
  });
});
