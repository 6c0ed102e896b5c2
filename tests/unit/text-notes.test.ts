/** Notes on a clause's words stand beside the text they concern; a date never reads 策定：…策定. */
import { describe, expect, it } from 'vitest';
import type { Clause } from '../../src/schema/index.ts';
import { dateLabel } from '../../src/lib/date-label.ts';
import { placeNotes } from '../../src/lib/text-notes.ts';

describe('notes on the words of a clause', () => {
  const clause: Clause = {
    id: 'c',
    title: '見出しの語',
    body: ['最初の段落。', { list: [{ text: '職員の{メンタル|めんたる}ケア' }, { text: 'もう一度メンタルケア' }] }, { offences: [] } as never, '誤記のある段落'],
    corrections: [{ original: 'マニュアルケア', corrected: 'メンタルケア', reason: 'テスト' }],
    keptAsWritten: [
      { text: '誤記', note: '表記のまま' },
      { text: '見出しの語', note: '見出しにだけある' },
      { text: 'どこにもない', note: '置き場のない注記' },
    ],
  };

  it('stand beside the first text that carries their words, readings aside', () => {
    const { at } = placeNotes(clause);
    expect([...at.keys()]).toEqual(['職員の{メンタル|めんたる}ケア', '誤記のある段落']);
    expect(at.get('職員の{メンタル|めんたる}ケア')!.map((n) => n.kind)).toEqual(['correction']);
  });

  it('stand under the heading when only the heading carries the words, and after the body when nothing shown does', () => {
    const { title, unplaced } = placeNotes(clause);
    expect(title.map((n) => n.kind === 'kept' && n.text)).toEqual(['見出しの語']);
    expect(unplaced.map((n) => n.kind === 'kept' && n.text)).toEqual(['どこにもない']);
  });
});

describe('the label of a date', () => {
  it('is left out when the date as written already says what it marks', () => {
    expect(dateLabel({ event: 'established', asWritten: '令和７年６月２０日策定' })).toBeUndefined();
    expect(dateLabel({ event: 'established', asWritten: '令和７年６月２０日' })).toBe('策定');
    expect(dateLabel({ event: 'dated', asWritten: '令和8年5月' })).toBeUndefined();
  });
});
