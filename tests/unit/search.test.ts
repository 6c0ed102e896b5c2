import { describe, expect, it } from 'vitest';
import { normalizeHtmlText, normalizeText } from '../../src/lib/search/normalize.ts';
import { planQuery, rankHits, runPlan, type GlossaryEntry } from '../../src/lib/search/query.ts';

const glossary: GlossaryEntry[] = [
  { id: 'ch', terms: ['カスハラ', 'かすはら'], means: ['カスタマーハラスメント'] },
  { id: 'shout', terms: ['怒鳴', 'どなる'], means: ['大声', '威圧的な言動'] },
  { id: 'time', terms: ['何分', '何時間'], means: ['時間'] },
  { id: 'sns', terms: ['sns', 'ネット'], means: ['SNS', '投稿'] },
];

describe('normalisation', () => {
  it('folds full width and case so ＳＮＳ, SNS and sns meet', () => {
    expect(normalizeText('ＳＮＳ')).toBe('sns');
    expect(normalizeText('１時間')).toBe('1時間');
    expect(normalizeText('ｶｽﾊﾗ')).toBe('カスハラ');
  });
  it('keeps Japanese sentence punctuation, which search excerpts show to residents', () => {
    expect(normalizeHtmlText('<p>なぜですか？（ＳＮＳ：１件）</p>')).toBe('<p>なぜですか？（SNS：1件）</p>');
  });
  it('normalises page text but never its markup', () => {
    expect(normalizeHtmlText('<p class="Ａ">ＳＮＳ＜投稿＞ &amp; １</p>')).toBe('<p class="Ａ">SNS&lt;投稿&gt; &amp; 1</p>');
  });
});

describe('query plan', () => {
  it('replaces the words residents use with the words policies use', () => {
    const plan = planQuery('カスハラって何', glossary);
    expect(plan.expansions).toEqual(['カスタマーハラスメント']);
    expect(plan.attempts[0]).toBe('カスタマーハラスメント');
  });
  it('keeps katakana words whole (ー is part of the word)', () => {
    expect(planQuery('カスタマーハラスメントとは', []).keywords).toEqual(['カスタマーハラスメント']);
  });
  it('drops particles and inflections, keeping the content words of a sentence', () => {
    const plan = planQuery('電話は何時間まで続けていいの', glossary);
    expect(plan.keywords).toEqual(['電話', '時間', '続け']);
    expect(plan.attempts).toContain('時間');
  });
  it('understands kana spellings and full width through the glossary', () => {
    expect(planQuery('どなる', glossary).expansions).toEqual(['大声', '威圧的な言動']);
    expect(planQuery('ＳＮＳに書き込んだら', glossary).expansions).toEqual(['sns', '投稿']);
  });
  it('never matches a policy word it has just put in (クビ → 処罰 is not read again as 罰)', () => {
    const punish: GlossaryEntry[] = [{ id: 'p', terms: ['クビ', '罰', '処罰'], means: ['処罰'] }];
    const plan = planQuery('あの職員をクビにしろ', punish);
    expect(plan.keywords).toContain('処罰');
    expect(plan.keywords.join(' ')).not.toContain('処処罰');
    expect(plan.concepts).toHaveLength(2); // 処罰 and 職員, each once
  });
  it('reads a short kana term only where a word starts (とは in カスハラとは, not in ことはある)', () => {
    const defining: GlossaryEntry[] = [{ id: 'd', terms: ['とは'], means: ['定義'] }];
    expect(planQuery('カスハラとは', defining).expansions).toEqual(['定義']);
    expect(planQuery('言われることはある', defining).expansions).toEqual([]);
  });
  it('keeps kana endings out of the words searched for', () => {
    expect(planQuery('出ていけと言われることはある', []).keywords).not.toContain('れる');
  });
  it('falls back to the query itself when nothing else is left', () => {
    expect(planQuery('の', []).attempts).toEqual(['の']);
  });
});

describe('ranking', () => {
  const hits = [
    { url: '/a/policy/', title: '見本市カスタマーハラスメント対策基本方針', type: 'policy' },
    { url: '/a/faq/dogeza/', title: '土下座を求めると、カスタマーハラスメントになりますか？', type: 'faq' },
    { url: '/a/faq/what-is/', title: '「カスタマーハラスメント」とは、どのようなものですか？', type: 'faq' },
    { url: '/a/faq/shouting/', title: '怒鳴ったり暴言を言ったりすると、どうなりますか？', type: 'faq' },
  ];
  const inOrder = <T>(list: T[]) => list.map((hit, i) => ({ hit, relevance: 1 / (1 + i) }));
  it('puts the question that says what was asked first', () => {
    expect(rankHits(inOrder(hits), planQuery('怒鳴ったらどうなる', glossary))[0]!.url).toBe('/a/faq/shouting/');
  });
  it('answers a word on its own with the page that explains it', () => {
    expect(rankHits(inOrder(hits), planQuery('かすはら', glossary))[0]!.url).toBe('/a/faq/what-is/');
  });
  it('lets the titles decide between two pages the engine scores almost alike', async () => {
    const recording: GlossaryEntry[] = [
      { id: 'rec', terms: ['録音', 'ろくおん'], means: ['録音'] },
      { id: 'film', terms: ['撮影', '動画'], means: ['撮影'] },
    ];
    const pages = [
      { url: '/a/faq/filming/', title: '窓口で撮影や録音をしてもよいですか？', type: 'faq', score: 5.62 },
      { url: '/a/faq/recording/', title: '会話が録音されるのはなぜですか？', type: 'faq', score: 5.61 },
    ];
    const ranked = await runPlan(planQuery('ろくおんされるの', recording), async () => pages);
    expect(ranked[0]!.url).toBe('/a/faq/recording/');
    // Even 2% behind, since the filming question also names 撮影, which was not asked.
    const behind = [{ ...pages[0]!, score: 5.73 }, pages[1]!];
    expect((await runPlan(planQuery('録音', recording), async () => behind))[0]!.url).toBe('/a/faq/recording/');
    // A clear lead in the engine's score still counts.
    const clear = await runPlan(planQuery('ろくおん', recording), async () => [{ ...pages[0]!, score: 12 }, pages[1]!]);
    expect(clear[0]!.url).toBe('/a/faq/filming/');
  });
  it('tries later attempts only while results are sparse', async () => {
    const asked: string[] = [];
    const plan = planQuery('カスハラ 怒鳴', glossary);
    await runPlan(plan, async (q) => (asked.push(q), hits), 3);
    expect(asked).toEqual([plan.attempts[0]]);
  });
});
