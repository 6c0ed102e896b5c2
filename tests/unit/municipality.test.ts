/** The interface calls a local government by its own word: 市 of a city, 町 of a town, never 市 of a town. */
import { describe, expect, it } from 'vitest';
import { municipalityWord, residentsWord } from '../../src/lib/municipality.ts';
import { governmentValues, wordsFor } from '../../src/lib/words.ts';

describe('the word a local government goes by', () => {
  it('comes from the kind it records, a prefecture’s from its name (都・道・府, else 県)', () => {
    const cities = [
      { name: '坂出市', kind: 'city' },
      { name: '架空町', kind: 'town' },
      { name: '見本村', kind: 'village' },
      { name: '千代田区', kind: 'ward' },
      { name: '東京都', kind: 'prefecture' },
      { name: '北海道', kind: 'prefecture' },
      { name: '大阪府', kind: 'prefecture' },
      { name: '香川県', kind: 'prefecture' },
    ] as const;
    expect(cities.map(municipalityWord)).toEqual(['市', '町', '村', '区', '都', '道', '府', '県']);
  });

  it('never from the end of the name', () => {
    // A name whose last character says another kind (or none, as a translated name) is still called by its recorded kind.
    expect(municipalityWord({ name: '見本市場町', kind: 'town' })).toBe('町');
    expect(municipalityWord({ name: '見本', kind: 'village' })).toBe('村');
    expect(governmentValues({ name: 'Kakuu Town', kind: 'town' }, 'en')).toEqual({ name: 'Kakuu Town', kind: 'town', residents: 'residents' });
  });

  it("words a town's pages as a town's", () => {
    const t = wordsFor('ja');
    const g = governmentValues({ name: '架空町', kind: 'town' }, 'ja');
    expect(t('page.home', g)).toBe('この町の対策');
    expect(t('nav.edition', g)).toBe('この町のページ');
    expect(t('edition.lead', { ...g, prefecture: '見本県', document: '対策' })).toBe('見本県架空町が定めた対策を、町の文言のまま掲載しています。');
    expect(t('measureKind.public-notice', g)).toBe('町民への周知');
    expect(residentsWord('自治体')).toBe('住民');
  });
});
