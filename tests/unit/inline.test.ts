import { describe, expect, it } from 'vitest';
import { inlineToHtml, linkedClauseIds, markJapanese, parseInline, plainText, strayMarkup } from '../../src/lib/inline.ts';

const href = (id: string) => `/x/policy/#${id}`;

describe('inline markup', () => {
  it('turns {漢字|よみ} into ruby with fallback brackets, readings kept out of the search index', () => {
    expect(inlineToHtml('{叩|たた}く', href)).toBe('<ruby>叩<rt>たた</rt></ruby>く');
  });
  it('keeps a reading on exactly the kanji it belongs to', () => {
    expect(parseInline('執{拗|よう}な言動')).toEqual([
      { kind: 'text', text: '執' },
      { kind: 'ruby', base: '拗', reading: 'よう' },
      { kind: 'text', text: 'な言動' },
    ]);
  });
  it('links [text](#clause-id) to the clause on the policy page', () => {
    expect(inlineToHtml('[(2) 判断](#judgement)を参照', href)).toBe('<a href="/x/policy/#judgement">(2) 判断</a>を参照');
    expect(linkedClauseIds('[a](#one)と[b](#two)')).toEqual(['one', 'two']);
  });
  it('gives the plain text a reader sees, without readings', () => {
    expect(plainText('{誹謗|ひぼう}中傷は[こちら](#x)')).toBe('誹謗中傷はこちら');
  });
  it('escapes HTML in the city text', () => {
    expect(inlineToHtml('<script>&', href)).toBe('&lt;script&gt;&amp;');
  });
  it('leaves Japanese brackets alone and reports marks that did not parse', () => {
    expect(plainText('【2 窓口等対応困難時の対応フロー】')).toBe('【2 窓口等対応困難時の対応フロー】');
    expect(strayMarkup('執拗^{よう}な')).toEqual(['^{', '}']);
    expect(strayMarkup('{叩|たた}く')).toEqual([]);
  });
});

describe('Japanese inside English text', () => {
  it('marks each Japanese run lang="ja", leaving tags and English alone', () => {
    expect(markJapanese('Sakaide City (坂出市) and the <a href="#x">Act (労働施策総合推進法)</a>')).toBe(
      'Sakaide City (<span lang="ja">坂出市</span>) and the <a href="#x">Act (<span lang="ja">労働施策総合推進法</span>)</a>',
    );
    expect(markJapanese('a dogeza (土下座: kneeling)')).toBe('a dogeza (<span lang="ja">土下座</span>: kneeling)');
  });
});
