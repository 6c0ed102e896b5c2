/**
 * The shared structuring stage on text of every numbering style: nesting by the order a document
 * first uses its styles, headings only where the number follows the sequence, lists from bare runs,
 * line breaks and stray spaces read through, the contents list and furniture left out.
 */
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import type { Clause } from '../../src/schema/index.ts';
import { walkClauses } from '../../src/lib/clauses.ts';
import { structureDocument } from '../../src/lib/import/pipeline.ts';
import { readText } from '../../src/import/text.ts';

const imported = (text: string) => structureDocument(readText(text));
/** The tree as "number title" lines, indented by depth. */
const outline = (clauses: Clause[]) =>
  [...walkClauses(clauses)].map(({ clause, ancestors }) => `${'  '.repeat(ancestors.length)}${[clause.number, clause.title].filter(Boolean).join(' ')}`);
const find = (clauses: Clause[], title: string) => [...walkClauses(clauses)].find(({ clause }) => clause.title === title)!.clause;

describe('every numbering style, nested in the order the document uses them', () => {
  const imp = imported(readFileSync('tests/fixtures/import/numbering.txt', 'utf8'));

  it('builds the clause tree with the markers as written', () => {
    expect(outline(imp.clauses)).toEqual([
      '第１章 総則',
      '  第１条 （目的）',
      '  第２条 （定義）',
      '第２章 対応',
      '  第３条',
      '第３章 雑則',
      '  1. 周知',
      '    （１） 掲示',
      '    (2) 配布',
      '      ⑴ 小さな数字',
      '      ⑵ 二つ目',
      '        ① 丸数字',
      '          ア 片仮名',
      '            （ア） 括弧の片仮名',
      '              ❶ 黒丸数字',
      '                ■ 四角',
      '                  ○ 白丸',
      '                    ▽ 逆三角',
      '                      【参考】見出しの括弧',
      '                        《二重山括弧》',
      '  ２. 全角の数字と点',
    ]);
  });

  it('gives an article its 見出し, whether written before it or after its number', () => {
    expect(find(imp.clauses, '（目的）').body).toEqual(['この要綱は、職員をカスタマーハラスメントから守るために必要な事項を定める。']);
    expect(find(imp.clauses, '（定義）').number).toBe('第２条');
  });

  it('reads a number out of sequence as running text, not a heading', () => {
    expect(find(imp.clauses, '《二重山括弧》').body).toContain('(2)で述べた掲示は、本文の中の参照であり、見出しではありません。');
  });

  it('makes a run of bare numbered lines a list, with their markers', () => {
    const article = [...walkClauses(imp.clauses)].find(({ clause }) => clause.number === '第３条')!.clause;
    expect(article.body).toEqual(['町は、次に掲げる対応をとる。', { list: [{ marker: '一、', text: '組織として対応すること。' }, { marker: '二、', text: '記録を残すこと。' }] }]);
  });

  it('takes the title and finds the definition', () => {
    expect(imp.title).toBe('見本郡見本町カスタマーハラスメント防止要綱');
    expect(imp.definition).toMatchObject({ family: 'law-2025-three-elements', clause: find(imp.clauses, '（定義）').id });
  });
});

describe('text extracted from a PDF', () => {
  // Double-spaced, wrapped at the page width, with stray spaces: as a PDF's text comes out.
  const pdfText = [
    '見本市職員カスタマーハラスメント対策基本方針',
    '',
    '                       令和７年６月２０日策定',
    '',
    '１ 基本的な考え方',
    '',
    '  見本市では、市民の市政運営に対する意見や要望等の重要性を十分に理',
    '',
    '解し、誠実にその内容を受け止め、行政サービスの向上や業務 改善につな',
    '',
    'げることに努めています。',
    '',
    '  一方で、その過程において、職員に対し侮辱的な言動や暴言により不当',
    '',
    'な要求等を行う行為には、組織的に毅然と対応します。',
    '',
    '２ 対応',
    '',
    ' （１）威圧的な言動・過度な要求をする者に対する面談場所、録音の実施',
    '',
    '等について',
    '',
    '   ・面談は、複数の職員で対応し、面談の開始から終了まで録音します 。',
    '',
    '   ・カスタマーハラスメント防止のため、必要に応じて窓口や電話での会',
    '',
    '話を録音します。',
    '',
  ].join('\n');
  const imp = imported(pdfText);

  it('joins the lines of a paragraph, keeps paragraphs apart, and removes stray spaces', () => {
    expect(find(imp.clauses, '基本的な考え方').body).toEqual([
      '見本市では、市民の市政運営に対する意見や要望等の重要性を十分に理解し、誠実にその内容を受け止め、行政サービスの向上や業務改善につなげることに努めています。',
      '一方で、その過程において、職員に対し侮辱的な言動や暴言により不当な要求等を行う行為には、組織的に毅然と対応します。',
    ]);
  });

  it('joins a heading broken over two lines, and list items broken over lines', () => {
    const c = find(imp.clauses, '威圧的な言動・過度な要求をする者に対する面談場所、録音の実施等について');
    expect(c.number).toBe('（１）');
    expect(c.body).toEqual([{ list: [{ text: '面談は、複数の職員で対応し、面談の開始から終了まで録音します。' }, { text: 'カスタマーハラスメント防止のため、必要に応じて窓口や電話での会話を録音します。' }] }]);
  });

  it('takes the date under the title for edition.yaml, as written and as ISO', () => {
    expect(imp.dates).toEqual([{ event: 'established', asWritten: '令和７年６月２０日策定', iso: '2025-06-20' }]);
    expect(imp.clauses.some((c) => c.id === 'preamble')).toBe(false);
  });

  it('suggests the rules it states, each unconfirmed with its quote and clause', () => {
    const c = find(imp.clauses, '威圧的な言動・過度な要求をする者に対する面談場所、録音の実施等について');
    expect(imp.rules).toContainEqual({ kind: 'recording', suggested: true, clause: c.id, quote: '面談は、複数の職員で対応し、面談の開始から終了まで録音します。', basis: 'rule', channels: ['interview'] });
    expect(imp.rules).toContainEqual({ kind: 'multiple-staff', suggested: true, clause: c.id, quote: '面談は、複数の職員で対応し、面談の開始から終了まで録音します。' });
    expect(imp.rules.every((r) => r.suggested)).toBe(true);
  });
});

describe('a document with a contents list, furniture and a signature', () => {
  const text = [
    '見本町カスタマーハラスメント対応指針',
    '',
    '目 次',
    '',
    'はじめに\t1',
    '1 対応\t2',
    '(1) 時間の目安\t2',
    '資料集\t',
    '',
    'はじめに',
    '',
    'この指針は、職員の対応を定めるものです。',
    '',
    '1 対応',
    '',
    '(1) 時間の目安',
    '',
    '同じ話の繰り返しやこう着状態となってから 30 分を目安に、対応を終了します。',
    '',
    'なお、相手から「責任者を出せ。」な',
    '',
    'どと要求されても、複数人で対応することを原則とします。',
    '',
    '相談先\t連絡先',
    '人事係\t33-1244',
    '法務係\t33-1293',
    '',
    '資料集 （省略）',
    '',
    '令和8年5月',
    '',
    '見本町長 見本太郎',
  ].join('\n');
  const imp = imported(text);

  it('leaves out the contents list, and knows its unmarked headings', () => {
    expect(outline(imp.clauses)).toEqual(['はじめに', '1 対応', '  (1) 時間の目安', '資料集', '']);
    expect(imp.leftOut).toContainEqual({ what: 'contents', text: '4 項目（原文 3〜8 行目）' });
  });

  it('joins a sentence broken by a page break', () => {
    expect(find(imp.clauses, '時間の目安').body).toContain('なお、相手から「責任者を出せ。」などと要求されても、複数人で対応することを原則とします。');
  });

  it('leaves out internal extensions and says so', () => {
    expect(JSON.stringify(imp.clauses)).not.toContain('33-1244');
    expect(imp.leftOut.filter((l) => l.what === 'extension').map((l) => l.text)).toEqual(['33-1244', '33-1293']);
  });

  it('suggests a time limit with its minutes, counted from the deadlock', () => {
    expect(imp.rules.find((r) => r.kind === 'time-limit')).toMatchObject({ minutes: 30, basis: 'guide', startsAfterDeadlock: true, suggested: true });
  });

  it('ends with the signature, and takes its date and signatory', () => {
    expect(imp.clauses.at(-1)).toMatchObject({ id: 'signature', body: [{ signature: ['令和8年5月', '見本町長 見本太郎'] }] });
    expect(imp.dates).toEqual([{ event: 'dated', asWritten: '令和8年5月', iso: '2026-05' }]);
    expect(imp.signatory).toBe('見本町長 見本太郎');
    expect(imp.kind).toBe('response-guideline');
  });
});

describe('readings left by extraction', () => {
  it('become reading marks on the kanji they belong to, each guess reported', () => {
    const imp = imported('1 行為\n\n執拗^{よう}な言動や、殴る、蹴る、叩く^{たた}などの行為、^{ひぼう}誹謗中傷は、許されません。');
    expect(imp.clauses[0]!.body).toEqual(['執{拗|よう}な言動や、殴る、蹴る、{叩|たた}くなどの行為、{誹謗|ひぼう}中傷は、許されません。']);
    expect(imp.unsure.map((u) => u.message)).toEqual([expect.stringContaining('拗（よう）'), expect.stringContaining('叩（たた）'), expect.stringContaining('誹謗（ひぼう）')]);
  });
});
