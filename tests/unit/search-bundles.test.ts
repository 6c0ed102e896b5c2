/** Each edition's search bundle, and what a search of several editions makes of their lexicons. */
import { describe, expect, it } from 'vitest';
import { bundlePath, mergeLexicons } from '../../src/lib/search/bundles.ts';
import { matchReading, matchStem } from '../../src/lib/search/lexicon.ts';

describe('search bundles', () => {
  it('puts an edition bundle under the site root, a path of its own', () => {
    expect(bundlePath('/', 'reiji')).toBe('/pagefind/reiji/');
    expect(bundlePath('/kasuhara/', 'reiji')).toBe('/kasuhara/pagefind/reiji/');
  });

  it('reads a kana query or a base form as any of the merged editions would', () => {
    const one = { readings: { めんだん: '面談' }, stems: { 言: 'う言う' } };
    const other = { readings: { めんだん: '面談 面接談話', ぼうりょく: '暴力' }, stems: { 感じ: '1感じる' }, words: ['staff'] };
    const merged = mergeLexicons([one, other]);
    expect(matchReading('めんだん', merged)?.words).toEqual(['面談', '面接談話']);
    expect(matchReading('ぼうりょくを', merged)?.words).toEqual(['暴力']);
    expect(matchStem('言われた', merged)?.words).toEqual(['言う']);
    expect(matchStem('感じたら', merged)?.words).toEqual(['感じる']);
    expect(merged.words).toEqual(['staff']);
  });

  it('keeps an edition lexicon as it is when it is the only one', () => {
    const one = { readings: { めんだん: '面談' }, stems: {} };
    expect(mergeLexicons([one])).toEqual(one);
  });
});
