/** Phrase-aware Japanese line breaking with kinsoku, as posters set their text. */
import { describe, expect, it } from 'vitest';
import { breakLines, kinsokuPhrases, kinsokuViolations, NO_LINE_START } from '../../src/lib/posters/line-break.ts';
import { phrases } from '../../src/posters/phrases.ts';

/** Every character one em wide: widths are character counts. */
const count = (s: string) => [...s].length;

describe('kinsoku', () => {
  it('never lets a phrase begin with a closing mark or end with an opening bracket', () => {
    expect(kinsokuPhrases(['録音します', '。', 'ご了承', 'ください。'])).toEqual(['録音します。', 'ご了承', 'ください。']);
    expect(kinsokuPhrases(['厚生労働省', '「', 'マニュアル', '」より'])).toEqual(['厚生労働省', '「マニュアル」', 'より']);
    expect(kinsokuPhrases(['しているか', 'も？', '！', 'はい'])).toEqual(['しているか', 'も？！', 'はい']);
  });

  it('breaks only between phrases, and moves 。、」？！ with the word before them', () => {
    // Four-em lines: a greedy character break would start a line with 。
    const result = breakLines(['録音し', 'ます。', 'ご了承', 'ください。'], count, 4);
    expect(result.lines).toEqual(['録音し', 'ます。', 'ご了承', 'ください。']);
    expect(kinsokuViolations(result.lines)).toEqual([]);
    expect(breakLines(['言って', 'やらなきゃ！', '〈暴言〉'], count, 9).lines).toEqual(['言ってやらなきゃ！', '〈暴言〉']);
  });

  it('splits a phrase longer than the line only as a last resort, and says so', () => {
    const result = breakLines(['カスタマーハラスメント'], count, 5);
    expect(result.splitPhrases).toEqual(['カスタマーハラスメント']);
    expect(result.lines.every((l) => count(l) <= 5)).toBe(true);
    expect(kinsokuViolations(result.lines)).toEqual([]);
    // The small ー and ッ may not start a line even when a phrase must be split.
    const tight = breakLines(['ハッーッーッ'], count, 1);
    expect(tight.lines.every((l) => !NO_LINE_START.has([...l][0]!) || l === tight.lines[0])).toBe(true);
  });

  it('balances a headline over its lines instead of leaving a stray word', () => {
    const parts = ['職員に', '対する', 'カスタマー・', 'ハラスメントとは'];
    const greedy = breakLines(parts, count, 18);
    const balanced = breakLines(parts, count, 18, { balance: true });
    expect(greedy.lines.length).toBe(2);
    expect(balanced.lines.length).toBe(2);
    const spread = (lines: string[]) => Math.max(...lines.map(count)) - Math.min(...lines.map(count));
    expect(spread(balanced.lines)).toBeLessThanOrEqual(spread(greedy.lines));
    expect(balanced.lines.join('')).toBe(parts.join(''));
  });

  it('with BudouX phrases, keeps the words of real poster lines whole and lines free of kinsoku breaks', () => {
    const texts = [
      'こちらは札幌市民の声を聴く課です。会話の正確な把握のため録音させていただきます。ご了承ください。',
      'カスタマー・ハラスメント防止のため、威圧的な言動・過度な要求をする者でなくても、必要に応じて窓口や電話での会話を録音します。',
      '精神的な攻撃（脅迫、中傷、名誉毀損、侮辱、暴言）',
    ];
    for (const text of texts) {
      for (const width of [6, 9, 13, 20]) {
        const result = breakLines(phrases(text), count, width);
        expect(result.lines.join('')).toBe(text);
        expect(kinsokuViolations(result.lines), `${text} at ${width}`).toEqual([]);
        for (const line of result.lines) expect(count(line) <= width || result.splitPhrases.length > 0).toBe(true);
      }
    }
    // "録音させていただきます。" stays one phrase: no line ends inside it at a width that can hold it.
    const lines = breakLines(phrases(texts[0]!), count, 16).lines;
    expect(lines.some((l) => l.includes('録音させていただきます。'))).toBe(true);
  });
});
