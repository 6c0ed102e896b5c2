/**
 * The national index: editions by prefecture in the national code order (every prefecture listed,
 * with none where it has none), by the 五十音 row of their reading, and the filter's matching.
 */
import { readFileSync } from 'node:fs';
import { parse } from 'yaml';
import { describe, expect, it } from 'vitest';
import { byGojuon, byPrefecture, gojuonRow, type Prefecture } from '../../src/lib/national.ts';
import { matches } from '../../src/scripts/edition-filter.ts';
import { chosenSlugs } from '../../src/scripts/compare-chooser.ts';

const prefectures = parse(readFileSync('content/shared/prefectures.yaml', 'utf8')) as Prefecture[];
const edition = (slug: string, name: string, reading: string, prefecture: string) => ({ slug, city: { name, reading, prefecture } });
const editions = [
  edition('b', '見本町', 'みほんちょう', '香川県'),
  edition('a', '架空市', 'かくうし', '香川県'),
  edition('c', '試験村', 'しけんむら', '北海道'),
  edition('d', '雛形区', 'ひながたく', '東京都'),
  edition('e', '学園市', 'がくえんし', '東京都'),
];

describe('editions by prefecture', () => {
  it('lists all 47 prefectures in code order, each with its editions by reading', () => {
    const groups = byPrefecture(editions, prefectures);
    expect(groups.map((g) => g.prefecture.code)).toEqual(Array.from({ length: 47 }, (_, i) => String(i + 1).padStart(2, '0')));
    expect(groups.filter((g) => g.editions.length > 0).map((g) => [g.prefecture.name, g.editions.map((e) => e.slug)])).toEqual([
      ['北海道', ['c']],
      ['東京都', ['e', 'd']],
      ['香川県', ['a', 'b']],
    ]);
  });

  it('places a prefecture the list does not know after the 47, as a group of its own', () => {
    const groups = byPrefecture([edition('x', '架空市', 'かくうし', '架空県'), ...editions], prefectures);
    expect(groups).toHaveLength(48);
    expect(groups.at(-1)).toMatchObject({ prefecture: { code: 'x1', name: '架空県' }, editions: [{ slug: 'x' }] });
  });
});

describe('editions by 五十音 row', () => {
  it('folds voiced and small kana into their row', () => {
    expect(gojuonRow('がくえんし').id).toBe('ka');
    expect(gojuonRow('ぱんだ').id).toBe('ha');
    expect(gojuonRow('ゔぁ').id).toBe('a');
    expect(gojuonRow('わかやま').id).toBe('wa');
    expect(() => gojuonRow('abc')).toThrow(/五十音/);
  });

  it('gives only the rows that have editions, in 五十音 order', () => {
    expect(byGojuon(editions).map((r) => [r.row.id, r.editions.map((e) => e.slug)])).toEqual([
      ['ka', ['a', 'e']],
      ['sa', ['c']],
      ['ha', ['d']],
      ['ma', ['b']],
    ]);
  });
});

describe('the front page filter', () => {
  it('matches a name, a reading in hiragana or katakana, and everything when empty', () => {
    expect(matches('架空', '架空市', 'かくうし')).toBe(true);
    expect(matches('かくう', '架空市', 'かくうし')).toBe(true);
    expect(matches('カクウ', '架空市', 'かくうし')).toBe(true);
    expect(matches(' ', '架空市', 'かくうし')).toBe(true);
    expect(matches('みほん', '架空市', 'かくうし')).toBe(false);
  });
});

describe('the compare chooser', () => {
  it('takes the editions in the address that exist, in the data\'s order', () => {
    expect(chosenSlugs('?e=c&e=a&e=nowhere', ['a', 'b', 'c'])).toEqual(['a', 'c']);
    expect(chosenSlugs('', ['a'])).toEqual([]);
  });
});
