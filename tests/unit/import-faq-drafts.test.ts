/**
 * FAQ drafts: the engine's neutral question, answered only with the city's quoted words, each
 * citation resolving to the clause that holds it; drafted from confirmed rules only, and always a
 * suggestion until the author confirms it.
 */
import { describe, expect, it } from 'vitest';
import { clauseIndex } from '../../src/lib/content/citations.ts';
import { importFaqDrafts, ruleFaqDrafts } from '../../src/lib/import/faq-drafts.ts';
import { structureDocument } from '../../src/lib/import/pipeline.ts';
import { readText } from '../../src/import/text.ts';

const text = [
  '見本市カスタマーハラスメント対策基本方針',
  '',
  '1 定義',
  '',
  'カスタマーハラスメントとは、次の3つの要素を全て満たすものをいいます。',
  '',
  '- ① 市民その他の利害関係者が行う',
  '- ② 社会通念上許容される範囲を超えた言動により',
  '- ③ 職員の就業環境を害すること',
  '',
  '2 該当する行為の例',
  '',
  '- ・身体的な攻撃（暴行、傷害）',
  '- ・土下座の要求',
  '',
  '3 対応',
  '',
  '(1) 時間について',
  '',
  '面談や電話の時間は、原則として１時間以内とします。',
  '',
  '(2) 録音について',
  '',
  '面談は、複数の職員で対応し、面談の開始から終了まで録音します。',
].join('\n');
const imp = structureDocument(readText(text));
const index = clauseIndex(imp.clauses);
const resolves = (cites: Array<{ clause: string; quote?: string | undefined }>) => cites.every((c) => index.ownerOf(c.clause) && index.quotes(c.clause, c.quote!));

describe('FAQ drafts at import', () => {
  const drafts = importFaqDrafts(imp.definition, imp.clauses, new Set());

  it('answers what customer harassment is with the whole definition the city gives, as a list when it is one', () => {
    const what = drafts.find((d) => d.id === 'what-is')!;
    expect(what.data).toMatchObject({ suggested: true, question: 'カスタマーハラスメントとは何ですか？', group: 'about' });
    expect(what.body).toBe('- ① 市民その他の利害関係者が行う\n- ② 社会通念上許容される範囲を超えた言動により\n- ③ 職員の就業環境を害すること');
    expect(resolves(what.data.cites)).toBe(true);
  });

  it('answers which conduct counts with the lists of conduct, not with what the city does', () => {
    const which = drafts.find((d) => d.id === 'which-behaviours')!;
    expect(which.body).toContain('- 身体的な攻撃（暴行、傷害）\n- 土下座の要求');
    expect(which.body).not.toContain('録音');
    expect(resolves(which.data.cites)).toBe(true);
  });

  it('drafts nothing already there', () => {
    expect(importFaqDrafts(imp.definition, imp.clauses, new Set(['what-is', 'which-behaviours']))).toEqual([]);
  });
});

describe('FAQ drafts from confirmed rules', () => {
  const rules = imp.rules.filter((r) => r.kind === 'time-limit' || r.kind === 'recording');

  it('come only from rules the author confirmed', () => {
    expect(rules.every((r) => r.suggested)).toBe(true);
    expect(ruleFaqDrafts({ rules }, imp.clauses, new Set())).toEqual([]);
  });

  it('answer with the rule quotes, cite their clauses and are suggestions themselves', () => {
    const confirmed = rules.map(({ suggested: _, ...r }) => r);
    const drafts = ruleFaqDrafts({ rules: confirmed }, imp.clauses, new Set());
    expect(drafts.map((d) => d.id).sort()).toEqual(['recording', 'time-limit']);
    const time = drafts.find((d) => d.id === 'time-limit')!;
    expect(time.body).toBe('> 面談や電話の時間は、原則として１時間以内とします。');
    expect(time.data.suggested).toBe(true);
    expect(resolves(time.data.cites)).toBe(true);
  });

  it('skip a rule whose quote is not in its clause', () => {
    const wrong = [{ kind: 'time-limit' as const, clause: imp.rules.find((r) => r.kind === 'recording')!.clause, quote: '面談や電話の時間は、原則として１時間以内とします。', basis: 'principle' as const, caveats: [] }];
    expect(ruleFaqDrafts({ rules: wrong }, imp.clauses, new Set())).toEqual([]);
  });
});
