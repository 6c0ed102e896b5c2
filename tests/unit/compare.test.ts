/**
 * The comparison is computed from content alone: the matrix follows the editions' tagged lists
 * (a change to one edition's list changes it), each city's time limit is its own or none (on the
 * fixture cities), and every cell of the real editions' comparison cites an item of that city's policy.
 */
import { cpSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { contentSchemas } from '../../src/schema/index.ts';
import { anchors } from '../../src/lib/clauses.ts';
import {
  behaviourMatrix,
  compareEditions,
  comparedEdition,
  comparisonJson,
  definitionText,
  formatMinutes,
  inlineWithoutLinks,
  listedBehaviours,
  timeLimitLength,
  type Comparison,
} from '../../src/lib/compare.ts';
import { readContent } from '../../src/lib/content/read-content.ts';
import { sitePaths } from '../../src/lib/paths.ts';
import { fixtureContent, type Edit } from '../helpers/content-fixture.ts';
import { realContent } from '../helpers/content.ts';
import { fixtureSiteContent } from '../helpers/fixture-site.ts';

describe('engine wording for numbers', () => {
  it('writes minutes as a resident reads them', () => {
    expect(formatMinutes(30)).toBe('30分');
    expect(formatMinutes(60)).toBe('1時間');
    expect(formatMinutes(90)).toBe('1時間30分');
  });
  it('states a length only when the city gives a number', () => {
    expect(timeLimitLength({ minutes: 60 })).toBe('1時間');
    expect(timeLimitLength({ minutes: 30, maxMinutes: 60 })).toBe('30分〜1時間');
    expect(timeLimitLength({ minutes: 30, startsAfterDeadlock: true })).toBe('こう着状態になってから30分');
    expect(timeLimitLength({})).toBeUndefined();
  });
  it('keeps readings as ruby and flattens clause links, for text inside a link', () => {
    expect(inlineWithoutLinks('殴る、蹴る、{叩|たた}く')).toBe('殴る、蹴る、<ruby>叩<rt>たた</rt></ruby>く');
    expect(inlineWithoutLinks('[定義](#definition)を見る <b>')).toBe('定義を見る &lt;b&gt;');
  });
});

describe('the fixture cities compared (tests/fixtures/sites/cities/)', () => {
  const dir = fixtureSiteContent('cities');
  const content = readContent(dir, contentSchemas);
  rmSync(dir, { recursive: true, force: true });
  const editions = content.editions.map(comparedEdition);
  const c = compareEditions(editions, content.behaviours, content.families);
  const column = (slug: string) => c.editions.findIndex((e) => e.slug === slug);
  const rules = (topic: string, slug: string) => c.rules.find((t) => t.id === topic)!.cells[column(slug)]!;
  const row = (id: string) => c.matrix.rows.find((r) => r.behaviour.id === id);

  it("gives each city its own time limit, or none, never another city's", () => {
    const lengths = (slug: string) => rules('time-limit', slug).map((r) => [timeLimitLength(r) ?? null, r.basis]);
    expect(lengths('sample')).toEqual([['45分', 'principle'], [null, 'principle']]);
    expect(lengths('reiji')).toEqual([[null, 'principle'], ['30分〜1時間', 'guide'], ['こう着状態になってから30分', 'guide']]);
    expect(lengths('tameshi')).toEqual([]);
  });

  it('says where a time limit comes from when it is another source than the city\'s own document', () => {
    const reiji = rules('time-limit', 'reiji');
    expect(reiji[0]!.citation.source).toMatchObject({ id: 'guideline', thirdParty: false });
    for (const r of reiji.slice(1)) {
      expect(r.citation.source).toMatchObject({ id: 'case-study', short: '事例紹介', thirdParty: true });
      expect(r.citation.label).toBe('５ 事例紹介に記された取組 › (1) 対応マニュアル');
    }
  });

  it('takes who decides from the check guides only, and leaves it empty where the city says nothing', () => {
    expect(rules('decided-by', 'sample')).toEqual([]);
    expect(rules('decided-by', 'tameshi')).toEqual([]);
    expect(rules('decided-by', 'reiji')[0]!.quote).toBe('対応を終えるかどうかは、管理職を含む複数の職員で判断します。');
  });

  it('marks the behaviours only one city lists', () => {
    const only = Object.fromEntries(c.matrix.rows.filter((r) => r.onlyOne).map((r) => [r.behaviour.id, r.listedBy[0]]));
    expect(only).toEqual({ 'sogi-harassment': 'tameshi', filming: 'reiji', 'demand-excessive': 'reiji' });
    expect(row('intimidation')!.listedBy).toHaveLength(3);
    expect(row('intimidation')!.onlyOne).toBe(false);
  });

  it('groups the definitions by family, in the words of each city', () => {
    expect(c.families.map((g) => [g.family.id, g.editions.map((e) => e.slug)])).toEqual([
      ['law-2025-three-elements', ['reiji']],
      ['mhlw-2022-two-judgements', ['sample']],
      ['tokyo-ordinance-nuisance', ['tameshi']],
    ]);
    expect(definitionText(c.families[0]!.editions[0]!.clause)).toEqual(['① 市民等が行う', '② 社会通念上許容される範囲を超えた言動により', '③ 職員の就業環境を害すること', '障害のある方が合理的配慮を求めることは、カスタマーハラスメントに当たりません。']);
  });

  it('gives the same data as JSON, with the URL of each clause', () => {
    const json = comparisonJson(c, sitePaths('/'), 'https://otagai.example.jp/schema/compare.v1.json');
    expect(json.$schema).toBe('https://otagai.example.jp/schema/compare.v1.json');
    const time = json.rules.find((t) => t.topic === 'time-limit')!.cells;
    expect(time.tameshi).toEqual([]);
    expect(time.sample).toEqual([
      expect.objectContaining({ kind: 'time-limit', minutes: 45, basis: 'principle', quote: '面談は、原則として４５分以内とします。', url: '/sample/policy/#response-time' }),
      expect.objectContaining({ kind: 'time-limit', basis: 'principle', quote: '面談の時間を、原則として制限します。', url: '/sample/policy/#restraint-time-limit' }),
    ]);
    expect(JSON.parse(JSON.stringify(json))).toEqual(json);
  });
});

describe('the real editions compared', () => {
  const content = realContent();
  const editions = content.editions.map(comparedEdition);
  const c = compareEditions(editions, content.behaviours, content.families);

  it("fills every cell with the city's own words, citing an item of that city's policy", () => {
    for (const r of c.matrix.rows) {
      r.cells.forEach((cell, i) => {
        const ids = new Set(anchors(editions[i]!.clauses).map((a) => a.id));
        for (const x of cell) expect(ids.has(x.citation.anchor), `${r.behaviour.id} ${x.citation.anchor}`).toBe(true);
      });
    }
    for (const topic of c.rules)
      topic.cells.forEach((cell, i) => {
        const ids = new Set(anchors(editions[i]!.clauses).map((a) => a.id));
        for (const x of cell) expect(ids.has(x.citation.anchor)).toBe(true);
      });
  });

  it('puts every edition in one family, and a time limit in the comparison only where the edition states one', () => {
    expect(c.families.flatMap((g) => g.editions.map((e) => e.slug)).sort()).toEqual(editions.map((e) => e.slug).sort());
    editions.forEach((e, i) => expect(c.rules.find((t) => t.id === 'time-limit')!.cells[i]!.length).toBe(e.rules.filter((r) => r.kind === 'time-limit').length));
  });
});

/** The fictional `sample` edition and a copy of it, `sample-two`, optionally edited. */
function twoEditions(edits: Edit[] = []) {
  const dir = fixtureContent();
  cpSync(join(dir, 'editions/sample'), join(dir, 'editions/sample-two'), { recursive: true });
  const twoEdition = join(dir, 'editions/sample-two/edition.yaml');
  writeFileSync(twoEdition, readFileSync(twoEdition, 'utf8').replace('name: 見本市', 'name: 見本第二市'));
  for (const edit of edits) {
    const file = join(dir, edit.file);
    const before = readFileSync(file, 'utf8');
    const after = before.replace(edit.replace, edit.with);
    if (after === before) throw new Error(`Test edit did not apply to ${edit.file}`);
    writeFileSync(file, after);
  }
  try {
    const read = readContent(dir, contentSchemas);
    expect(read.problems).toEqual([]);
    return compareEditions(read.editions.map(comparedEdition), read.behaviours, read.families);
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}

describe('the matrix is generated from the editions’ lists', () => {
  const ids = (c: Comparison) => Object.fromEntries(c.matrix.rows.map((r) => [r.behaviour.id, r.listedBy]));

  it('lists what both editions list, and nothing else', () => {
    expect(ids(twoEditions())).toEqual({ intimidation: ['sample', 'sample-two'] });
  });

  it("changes when one edition's list changes: a new tag adds a row that only that edition lists", () => {
    const c = twoEditions([{ file: 'editions/sample-two/policy.yaml', replace: 'behaviours: [intimidation]', with: 'behaviours: [intimidation, filming]' }]);
    expect(ids(c)).toEqual({ intimidation: ['sample', 'sample-two'], filming: ['sample-two'] });
    const filming = c.matrix.rows.find((r) => r.behaviour.id === 'filming')!;
    expect(filming.onlyOne).toBe(true);
    expect(filming.cells.map((cell) => cell.map((x) => x.text))).toEqual([[], ['大声で威圧する']]);
  });

  it("changes when one edition's words change: the cell shows the new words", () => {
    const c = twoEditions([
      { file: 'editions/sample/policy.yaml', replace: 'text: 大声で威圧する', with: 'text: 机を{叩|たた}いて威圧する' },
      // The guide quotes that item: its quote must stay the city's words too.
      { file: 'editions/sample/check.yaml', replace: 'quote: 大声で威圧する', with: 'quote: 机を叩いて威圧する' },
      { file: 'editions/sample/posters.yaml', replace: 'text: 大声で威圧する', with: 'text: 机を叩いて威圧する' },
    ]);
    expect(c.matrix.rows[0]!.cells.map((cell) => cell.map((x) => x.text))).toEqual([['机を{叩|たた}いて威圧する'], ['大声で威圧する']]);
  });

  it('drops a row when the only edition that listed it no longer does', () => {
    const c = twoEditions([
      { file: 'editions/sample/policy.yaml', replace: 'behaviours: [intimidation]', with: 'behaviours: [persistence]' },
      { file: 'editions/sample-two/policy.yaml', replace: 'behaviours: [intimidation]', with: 'behaviours: [persistence]' },
    ]);
    expect(ids(c)).toEqual({ persistence: ['sample', 'sample-two'] });
    expect(c.matrix.unlisted.map((b) => b.id)).toContain('intimidation');
  });

  it('reads tags from list items of any depth', () => {
    const c = twoEditions([
      {
        file: 'editions/sample/policy.yaml',
        replace: '            behaviours: [intimidation]',
        with: '            behaviours: [intimidation]\n            items:\n              - id: example-sub\n                text: 机を叩く\n                behaviours: [physical-attack, intimidation]',
      },
    ]);
    const sample = c.editions.find((e) => e.slug === 'sample')!;
    const listed = listedBehaviours(sample);
    expect(listed.get('physical-attack')!.map((x) => x.citation.anchor)).toEqual(['example-sub']);
    expect(listed.get('intimidation')!.map((x) => x.citation.anchor)).toEqual(['example-shouting']);
    // Rows follow the taxonomy's order, whatever order the examples come in.
    expect(c.matrix.rows.map((r) => r.behaviour.id)).toEqual(['physical-attack', 'intimidation']);
    const reversed = [...c.matrix.rows.map((r) => r.behaviour)].reverse();
    expect(behaviourMatrix(c.editions, reversed).rows.map((r) => r.behaviour.id)).toEqual(['intimidation', 'physical-attack']);
  });
});
