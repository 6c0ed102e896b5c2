/** Heading and list markers in all their widths, with the sequence they belong to. */
import { describe, expect, it } from 'vitest';
import { leadingMarker, splitEnumeration } from '../../src/lib/import/markers.ts';

describe('markers as Japanese documents write them', () => {
  it.each([
    ['第１章　総則', 'dai-章', 1, '第１章', '総則'],
    ['第十二条　この要綱は…', 'dai-条', 12, '第十二条', 'この要綱は…'],
    ['第１　目的', 'dai', 1, '第１', '目的'],
    ['1 基本方針', 'digit', 1, '1', '基本方針'],
    ['１ 基本的な考え方', 'digit', 1, '１', '基本的な考え方'],
    ['2. 周知', 'digit-dot', 2, '2.', '周知'],
    ['２．周知', 'digit-dot', 2, '２．', '周知'],
    ['(1) 基本姿勢', 'paren-digit', 1, '(1)', '基本姿勢'],
    ['（１）要求の内容が妥当性を欠く場合', 'paren-digit', 1, '（１）', '要求の内容が妥当性を欠く場合'],
    ['(２）混ざった幅', 'paren-digit', 2, '(２）', '混ざった幅'],
    ['⑶ 丸括弧の一文字', 'paren-digit-glyph', 3, '⑶', '丸括弧の一文字'],
    ['⑪妥当性を欠く謝罪の要求', 'circled', 11, '⑪', '妥当性を欠く謝罪の要求'],
    ['❷ 黒丸', 'circled-black', 2, '❷', '黒丸'],
    ['ウ 過剰な謝罪を控える', 'kana', 3, 'ウ', '過剰な謝罪を控える'],
    ['（イ）括弧', 'paren-kana', 2, '（イ）', '括弧'],
    ['二、記録を残すこと。', 'kanji', 2, '二、', '記録を残すこと。'],
  ])('%s', (text, cls, ordinal, raw, rest) => {
    const m = leadingMarker(text)!;
    expect(m.marker).toMatchObject({ cls, ordinal, raw, kind: 'number' });
    expect(m.rest).toBe(rest);
  });

  it('reads symbols, brackets, bullets and notes by kind', () => {
    expect(leadingMarker('■ 対応時間の目安')!.marker).toMatchObject({ kind: 'symbol', raw: '■' });
    expect(leadingMarker('▽録音について')!.marker).toMatchObject({ kind: 'symbol', raw: '▽' });
    expect(leadingMarker('【参考】カスタマーハラスメントが抵触する法律')).toMatchObject({ marker: { kind: 'bracket' }, rest: '【参考】カスタマーハラスメントが抵触する法律' });
    expect(leadingMarker('・提供する行政サービスに')!.marker.kind).toBe('bullet');
    expect(leadingMarker('▶身体的な攻撃')!.marker.kind).toBe('bullet');
    expect(leadingMarker('※相手方の特性に応じた')!.marker.kind).toBe('note');
  });

  it('takes the 見出し of an article as its caption', () => {
    expect(leadingMarker('第２条（定義）　この要綱において')!.marker).toMatchObject({ raw: '第２条', caption: '（定義）' });
  });

  it('does not take the start of a word or a sentence for a marker', () => {
    for (const text of ['アンケートの結果', '一方で、職員の', '2022年2月厚生労働省', '(2022 年 2 月厚生労働省', '30分以内', '十分に理解し', '1,955,678人']) expect(leadingMarker(text), text).toBeUndefined();
  });

  it('splits a line that enumerates several items of one sequence, and only at its next number', () => {
    expect(splitEnumeration('①事実や根拠がない要求 ②関係のない場合')).toEqual(['①事実や根拠がない要求', '②関係のない場合']);
    expect(splitEnumeration('▶威圧的な言動 ▶土下座の要求')).toEqual(['▶威圧的な言動', '▶土下座の要求']);
    expect(splitEnumeration('① 次の③に当たる場合')).toEqual(['① 次の③に当たる場合']);
  });
});
