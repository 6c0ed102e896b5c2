import { createRequire } from 'node:module';
import { dirname, join } from 'node:path';
import kuromoji from 'kuromoji';
import { beforeAll, describe, expect, it } from 'vitest';
import { buildLexicon, lexiconBuilder, matchReading, matchStem, type Lexicon, type Token } from '../../src/lib/search/lexicon.ts';
import { normalizeHtmlText, normalizeText } from '../../src/lib/search/normalize.ts';
import { planQuery, rankHits, runPlan, type Found, type GlossaryEntry } from '../../src/lib/search/query.ts';
import { clauseRecords, recordText } from '../../src/lib/search/clause-records.ts';
import { indexedText, searchBody } from '../../src/lib/search/page-text.ts';

const glossary: GlossaryEntry[] = [
  { id: 'ch', terms: ['カスハラ', 'かすはら'], means: ['カスタマーハラスメント'] },
  { id: 'badge', terms: ['名札', 'なふだ'], means: ['記名章'] },
  { id: 'time', terms: ['何分', '何時間'], means: ['時間'] },
];

/** A lexicon read by kuromoji from a few sentences, as the build reads the editions' pages. */
let lexicon: Lexicon;
let sentences: Token[][];
beforeAll(async () => {
  const dicPath = join(dirname(createRequire(import.meta.url).resolve('kuromoji/package.json')), 'dict');
  const tokenizer = await new Promise<kuromoji.Tokenizer<kuromoji.IpadicFeatures>>((done, fail) => kuromoji.builder({ dicPath }).build((e, t) => (e ? fail(e) : done(t))));
  const text = ['暴力を振るう行為には警察に通報します', '不安を感じる職員は相談してください', '職員に話すように言う', '記名章は名字のみです', '大声で執{拗|よう}に叩く', '窓口に長く居座り'];
  sentences = text.map((s) => tokenizer.tokenize(s.replace(/\{([^|]+)\|[^}]+\}/g, '$1')));
  lexicon = buildLexicon(sentences, new Map([['叩', 'たた']]));
});

describe('normalisation', () => {
  it('folds full width and case so ＳＮＳ, SNS and sns meet', () => {
    expect(normalizeText('ＳＮＳ')).toBe('sns');
    expect(normalizeText('１時間')).toBe('1時間');
    expect(normalizeText('ｶｽﾊﾗ')).toBe('カスハラ');
  });
  it('normalises page text but never its markup', () => {
    expect(normalizeHtmlText('<p class="Ａ">ＳＮＳ＜投稿＞ &amp; １</p>')).toBe('<p class="Ａ">SNS&lt;投稿&gt; &amp; 1</p>');
  });
});

describe('lexicon (read at build time)', () => {
  it('is built page by page: ruby read after the sentence that needs it still gives its reading', () => {
    const builder = lexiconBuilder();
    sentences.forEach((sentence) => builder.add(sentence));
    builder.addRuby('叩', 'たた');
    expect(builder.finish()).toEqual(lexicon);
    expect(matchStem('たたかれた', lexicon)?.words).toEqual(['叩く']);
  });

  it('reads kana as the content writes it: ぼうりょく → 暴力, けいさつ → 警察, きめいしょう → 記名章', () => {
    expect(matchReading('ぼうりょくをふるわれた', lexicon)?.words).toEqual(['暴力']);
    expect(matchReading('けいさつ', lexicon)?.words).toEqual(['警察']);
    expect(matchReading('きめいしょう', lexicon)?.words).toContain('記名章');
  });
  it('finds base forms: 感じたら → 感じる, 言われた → 言う, 話したい → 話す, ふるわれた → 振るう', () => {
    expect(matchStem('感じたら', lexicon)?.words).toEqual(['感じる']);
    expect(matchStem('言われた', lexicon)?.words).toEqual(['言う']);
    expect(matchStem('話したい', lexicon)?.words).toEqual(['話す']);
    expect(matchStem('ふるわれた', lexicon, 2)?.words).toEqual(['振るう']);
  });
  it('uses the readings the content gives in ruby where the analyser has none (たたく → 叩く)', () => {
    expect(matchStem('たたかれた', lexicon, 2)?.words).toEqual(['叩く']);
  });
  it('never reads a stem where the next letter cannot inflect it', () => {
    expect(matchStem('言動', lexicon)).toBeUndefined();
  });
});

describe('query plan', () => {
  it('always searches what was typed; the glossary only adds (名札 stays 名札, and 記名章 is added)', () => {
    const plan = planQuery('名札が名字だけ', glossary, lexicon);
    expect(plan.concepts[0]!.words).toEqual(['名札', '記名章']);
    expect(plan.concepts.map((c) => c.label)).toContain('名字');
  });
  it('drops particles, endings and question words, keeping the content words of a sentence', () => {
    const plan = planQuery('電話は何時間まで続けていいの', glossary, lexicon);
    expect(plan.concepts.map((c) => c.label)).toEqual(['電話', '何時間', '続け']);
  });
  it('reads a kana query with the lexicon, and gives inflected words their base form', () => {
    const plan = planQuery('ぼうりょくふるわれたら', glossary, lexicon);
    expect(plan.concepts.map((c) => c.words)).toEqual([
      ['ぼうりょく', '暴力'],
      ['ふるわ', '振るう', '振る'],
    ]);
    expect(planQuery('不安を感じたら', glossary, lexicon).concepts[1]!.words).toContain('感じる');
  });
  it('joins what the segmenter cuts too fine (カス|ハラ, 盗|撮)', () => {
    expect(planQuery('盗撮', [], lexicon).concepts.map((c) => c.label)).toEqual(['盗撮']);
    expect(planQuery('カスハラ', glossary, lexicon).concepts).toHaveLength(1);
  });
  it('ends a word at a particle: what follows is read as words, not as its inflection', () => {
    const labels = (q: string, lex = lexicon) => planQuery(q, [], lex).concepts.map((c) => c.label);
    expect(labels('帰らずにずっといすわる')).toEqual(['帰ら', 'ずっ', 'いすわる']);
    expect(labels('窓口の職員につきまとい')).toEqual(['窓口', '職員', 'つきまとい']);
    // とき and こと are grammar, not a particle and a word; どうする is only grammar.
    expect(labels('怒鳴られたときはどうする')).toEqual(['怒鳴']);
    // An ending after kana inflects them: しない is no word 内 (ない), even where the content reads 内 so.
    expect(labels('言い争いはしない', { readings: { ない: '内' }, stems: {} })).toEqual(['言い', '争い']);
  });
  it('searches a verb typed in kana by its written stem too (いすわる → 居座る, 居座: the pages say 居座り)', () => {
    expect(planQuery('いすわる', [], lexicon).concepts[0]!.words).toEqual(['いすわる', '居座る', '居座']);
  });
  it('keeps a kana word the lexicon does not know, in both kana', () => {
    expect(planQuery('しつこい', [], lexicon).concepts[0]!.words).toEqual(['しつこい', 'シツコイ']);
  });
});

describe('running a plan', () => {
  const page = (url: string, title: string, type = 'faq') => ({ url, title, type });
  const engine = (index: Record<string, Array<{ url: string; title: string; type: string; score: number }>>) => async (word: string): Promise<Array<Found<{ url: string; title: string; type: string }>>> =>
    (index[word] ?? []).map((h) => ({ id: h.url, score: h.score, data: async () => h }));

  it('ranks a page with every word first, then pages with some, marking them partial', async () => {
    const plan = planQuery('録音 警察', [], lexicon);
    const both = { ...page('/a/faq/both/', '録音と警察'), score: 1 };
    const one = { ...page('/a/faq/one/', '録音について'), score: 5 };
    const ranked = await runPlan(plan, engine({ 録音: [one, both], 警察: [both] }));
    expect(ranked.map((r) => [r.hit.url, r.complete])).toEqual([
      ['/a/faq/both/', true],
      ['/a/faq/one/', false],
    ]);
    expect(ranked[1]!.matched).toEqual(['録音']);
  });
  it('answers from the words that occur when the whole phrase occurs nowhere', async () => {
    const ranked = await runPlan(planQuery('録音 存在しない語', [], lexicon), engine({ 録音: [{ ...page('/a/faq/r/', '録音'), score: 1 }] }));
    expect(ranked.map((r) => r.hit.url)).toEqual(['/a/faq/r/']);
    expect(ranked[0]!.complete).toBe(false);
  });
  it('comes back empty only when no word occurs anywhere', async () => {
    expect(await runPlan(planQuery('存在しない語', [], lexicon), engine({}))).toEqual([]);
  });
  it('puts the FAQ before a clause that contains the same words', () => {
    const plan = planQuery('録音', [], lexicon);
    const hits = [
      { hit: page('/a/policy/#rec', '録音の実施', 'clause'), covered: 1, relevance: 1, matched: ['録音'] },
      { hit: page('/a/faq/rec/', '会話が録音されるのはなぜですか？'), covered: 1, relevance: 0.9, matched: ['録音'] },
    ];
    expect(rankHits(hits, plan)[0]!.hit.url).toBe('/a/faq/rec/');
  });
  it('puts an edition home page after the clause that answers, even when it contains one word more', () => {
    const plan = planQuery('電話 録音 職員', [], lexicon);
    const hits = [
      { hit: page('/a/', '見本市の対策', 'home'), covered: 3, relevance: 1, matched: ['電話', '録音', '職員'] },
      { hit: page('/a/policy/#rec', '電話の録音', 'clause'), covered: 2, relevance: 0.5, matched: ['電話', '録音'] },
    ];
    expect(rankHits(hits, plan).map((h) => h.hit.url)).toEqual(['/a/policy/#rec', '/a/']);
  });
  it('lets the titles decide between two pages the engine scores almost alike', async () => {
    const plan = planQuery('ろくおん', [{ id: 'rec', terms: ['ろくおん'], means: ['録音'] }, { id: 'film', terms: ['撮影'], means: ['撮影'] }], lexicon);
    const filming = { ...page('/a/faq/filming/', '窓口で撮影や録音をしてもよいですか？'), score: 5.73 };
    const recording = { ...page('/a/faq/recording/', '会話が録音されるのはなぜですか？'), score: 5.61 };
    const ranked = await runPlan(plan, engine({ 録音: [filming, recording], ろくおん: [] }));
    expect(ranked[0]!.hit.url).toBe('/a/faq/recording/');
  });
});

describe('clause records', () => {
  const html = `<main data-pagefind-body><section class="clause"><h2 id="means"><span>1</span>類型</h2><p>次のとおり</p>
    <ul><li id="means-spit"><span class="marker">①</span><span>つばを吐きかける</span></li><li><span>その他</span></li></ul>
    <section class="clause"><h3 id="sub">下位の条項</h3><p>別の本文</p></section></section>
    <section class="clause" id="untitled"><p>見出しのない条項</p></section></main>`;
  const records = clauseRecords(searchBody(`<html><body><header><ul><li id="menu">x</li></ul></header>${html}<footer></footer></body></html>`), '/a/policy/');
  it('makes each clause and each listed item with an id a record linking to its anchor, titled by its heading', () => {
    expect(records.map((r) => [r.url, r.title])).toEqual([
      ['/a/policy/#means', '1類型'],
      ['/a/policy/#means-spit', 'つばを吐きかける'],
      ['/a/policy/#sub', '下位の条項'],
      ['/a/policy/#untitled', '見出しのない条項'],
    ]);
  });
  it("keeps a clause's own text: its sub-clauses and items are records of their own", () => {
    expect(records[0]!.content).toContain('その他');
    expect(records[0]!.content).not.toContain('つば');
    expect(records[0]!.content).not.toContain('別の本文');
    expect(records[1]!.context).toBe('1類型');
  });
  it("indexes a title once (a clause's text begins with its heading, an item's is its title), without list markers (①)", () => {
    expect(recordText(records[1]!)).toBe('つばを吐きかける');
    expect(recordText(records[0]!)).toBe('1類型 次のとおり その他');
  });
});

describe('indexed text of a search body', () => {
  const html = '<main data-pagefind-body><h2>録音<span data-pagefind-ignore>（目次へ）</span></h2><p><ruby>叩<rt>たた</rt></ruby>く</p><ul><li><p>一</p></li></ul></main>';
  it('leaves out readings and what search ignores, and ends each block with a line end', () => {
    expect(indexedText(searchBody(html))).toBe('録音\n叩く\n一\n');
  });
  it('keeps the words of an item apart from a list inside it', () => {
    const nested = '<main data-pagefind-body><ul><li>actions<ul><li>Intimidating</li></ul></li></ul></main>';
    expect(indexedText(searchBody(nested))).toBe('actions\nIntimidating\n');
  });
  it('reads the body without changing it: read twice, the same text', () => {
    const body = searchBody(html);
    expect(indexedText(body)).toBe(indexedText(body));
  });
});
