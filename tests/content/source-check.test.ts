/**
 * Faithful by construction: an edition that keeps its source's text publishes only words found in
 * it (widths, spaces, line breaks and reading marks aside), and a published edition keeps no
 * unconfirmed suggestion of the importer. Fixture: the fictional `sample` edition and its source.
 */
import { describe, expect, it } from 'vitest';
import { normaliseSourceText } from '../../src/lib/source-text.ts';
import { readFixture } from '../helpers/content-fixture.ts';
import { EDITION, POLICY } from '../helpers/error-cases.ts';

const SOURCE = 'editions/sample/source/policy.txt';
/** The sample edition keeps its source's text (source/policy.txt, beside it in the fixture). */
const KEEP = { file: EDITION, replace: 'transcribedFrom: tests/fixtures/content/editions/sample/policy.yaml', with: 'transcribedFrom: policy.txt\n    format: text\n    kept: source/policy.txt' };
const read = (edits: Parameters<typeof readFixture>[0] = []) => readFixture([KEEP, ...edits]);

describe('the source check', () => {
  it('passes an edition whose words are all in its kept source, across PDF line breaks, widths and readings', () => {
    expect(read().problems.map((p) => p.text)).toEqual([]);
  });

  it('reads widths, spaces, line breaks and both reading marks alike', () => {
    expect(normaliseSourceText('（１）真摯^{しんし}に対\n応し、毅然^きと')).toBe(normaliseSourceText('(1){真摯|しんし}に対応し、毅然と'));
  });

  it('reports a word of the policy that is not in the source, with its line and where it stops matching', () => {
    const { problems } = read([{ file: POLICY, replace: '市民の声を大切にし', with: '住民の声を大切にし' }]);
    const p = problems.find((x) => x.message === 'text-not-in-source');
    expect(p, problems.map((x) => x.text).join('\n')).toBeDefined();
    expect(p!.file).toMatch(/sample\/policy\.yaml$/);
    expect(p!.text).toMatch(/:\d+ clauses\[0\]\.body\[0\]（本文）: 「見本市は、住民の声を大切にし/);
    expect(p!.text).toContain('「見本市は、」までは見つかりますが、「住民の声を大切にし');
  });

  it('checks titles and list items too', () => {
    const { problems } = read([
      { file: POLICY, replace: 'title: 周知', with: 'title: 周知と啓発' },
      { file: POLICY, replace: 'text: 大声で威圧する', with: 'text: 大声で怒鳴る' },
    ]);
    expect(problems.filter((p) => p.message === 'text-not-in-source').map((p) => p.path.join('.'))).toEqual([
      'clauses.1.body.1.list.0.text',
      'clauses.3.title',
    ].sort((a, b) => (a < b ? -1 : 1)));
  });

  it('passes an extraction error only as a recorded correction', () => {
    const broken = { file: SOURCE, replace: '啓発ポスター', with: '啓発ボスター' };
    expect(read([broken]).problems.map((p) => p.message)).toEqual(['text-not-in-source']);
    const recorded = {
      file: POLICY,
      replace: '      - 啓発ポスターを掲示します。',
      with: '      - 啓発ポスターを掲示します。\n    corrections:\n      - { original: 啓発ボスター, corrected: 啓発ポスター, reason: 抽出で濁点と半濁点を取り違えたため。 }',
    };
    expect(read([broken, recorded]).problems.map((p) => p.text)).toEqual([]);
  });

  it('names a kept source that is missing', () => {
    const { problems } = read([{ file: EDITION, replace: 'kept: source/policy.txt', with: 'kept: source/missing.txt' }]);
    expect(problems.map((p) => p.text)).toEqual([expect.stringMatching(/edition\.yaml:\d+ sources\[0\]\.kept（保存した原文）: 保存した原文「source\/missing\.txt」がありません/)]);
  });

  it('refuses a kept source outside the edition folder', () => {
    const { problems } = read([{ file: EDITION, replace: 'kept: source/policy.txt', with: 'kept: ../other/policy.txt' }]);
    expect(problems.map((p) => p.message)).toEqual(['source-text-path']);
  });
});

describe('suggestions of the importer', () => {
  const suggest = { file: EDITION, replace: '    quote: 面談は、原則として４５分以内とします。', with: '    quote: 面談は、原則として４５分以内とします。\n    suggested: true' };

  it('may stay in a draft', () => {
    const { problems } = read([suggest, { file: EDITION, replace: 'city:', with: 'draft: true\ncity:' }]);
    expect(problems.filter((p) => p.message === 'unconfirmed-suggestion')).toEqual([]);
  });

  it('cannot stay in a published edition: the check names the line', () => {
    const { problems } = read([suggest]);
    expect(problems.filter((p) => p.message === 'unconfirmed-suggestion').map((p) => p.text)).toEqual([
      expect.stringMatching(/edition\.yaml:\d+ rules\[0\]\.suggested（提案）: npm run import の提案/),
    ]);
  });

  it('is not a rule other content may rest on: a counter card cannot cite it', () => {
    const { problems } = read([suggest, { file: EDITION, replace: 'city:', with: 'draft: true\ncity:' }]);
    expect(problems.map((p) => p.message)).toEqual(['poster-rule-not-stated']);
  });

  it('an FAQ draft cannot stay in a published edition either', () => {
    const { problems } = read([{ file: 'editions/sample/faq/time-limit.md', replace: 'question:', with: 'suggested: true\nquestion:' }]);
    expect(problems.map((p) => p.message)).toEqual(['unconfirmed-suggestion']);
  });

  it('checks the quote a definition family was told by', () => {
    const { problems } = read([{ file: EDITION, replace: '  clause: definition', with: '  clause: definition\n  quote: 見本ではない定義' }]);
    expect(problems.map((p) => p.message)).toEqual(['quote-not-found']);
  });
});
