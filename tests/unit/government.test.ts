/**
 * An edition's kind and 全国地方公共団体コード, as the author is told of them: file:line field and what is
 * expected, in Japanese. The fixture is the fictional `sample` (見本市), moved to a real prefecture where
 * the code is checked against it; the command flags are checked as new-edition and import read them.
 */
import { rmSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { governmentFromFlags } from '../../src/lib/new-government.ts';
import { loadPrefectures, readContent } from '../../src/lib/content/read-content.ts';
import { contentSchemas } from '../../src/schema/index.ts';
import { fixtureContent, readFixture, type Edit } from '../helpers/content-fixture.ts';
import { EDITION } from '../helpers/error-cases.ts';

const inKagawa: Edit = { file: EDITION, replace: 'prefecture: 見本県', with: 'prefecture: 香川県' };
const withCode = (code: string): Edit => ({ file: EDITION, replace: '  kind: city\n', with: `  kind: city\n  code: ${code}\n` });
const texts = (edits: Edit[]) => readFixture(edits).problems.map((p) => p.text);

describe('the kind an edition records', () => {
  it('when missing, is asked for with the kind its name makes clear', () => {
    const problems = readFixture([{ file: EDITION, replace: '  kind: city\n', with: '' }]).problems;
    expect(problems.map((p) => p.text)).toEqual([
      'editions/sample/edition.yaml:1 city.kind（種類）: 種類（kind）がありません。名前「見本市」の終わりから、city（市）と読めます（kind: city）。次のどれかを書いてください: prefecture（都道府県）、city（市）、ward（特別区）、town（町）、village（村）。',
    ].map((t) => expect.stringContaining(t)));
  });

  it('when missing from a name that says nothing, lists the kinds without a guess', () => {
    const [text] = texts([{ file: EDITION, replace: '  kind: city\n', with: '' }, { file: EDITION, replace: 'name: 見本市', with: 'name: 見本' }]);
    expect(text).toMatch(/city\.kind（種類）: 種類（kind）がありません。次のどれかを書いてください: prefecture（都道府県）、city（市）/);
  });

  it('is one of the five kinds, the nearest named', () => {
    expect(texts([{ file: EDITION, replace: 'kind: city', with: 'kind: cty' }])).toEqual([expect.stringMatching(/edition\.yaml:5 city\.kind（種類）: 「cty」は使えません。.*city/)]);
  });

  it('agrees with the end of the name', () => {
    expect(texts([{ file: EDITION, replace: 'kind: city', with: 'kind: town' }])).toEqual([
      expect.stringContaining('edition.yaml:5 city.kind（種類）: 名前「見本市」は city（市） の名前ですが、種類（kind）が town（町）になっています。'),
    ]);
  });

  it('is a 特別区 only in 東京都: a ward elsewhere is a 政令指定都市’s and not an edition', () => {
    const ward = (prefecture: string, code: string) => [
      withCode(code),
      { file: EDITION, replace: 'name: 見本市', with: 'name: 見本区' },
      { file: EDITION, replace: 'kind: city', with: 'kind: ward' },
      { file: EDITION, replace: 'prefecture: 見本県', with: `prefecture: ${prefecture}` },
    ];
    expect(texts(ward('大阪府', "'271004'"))).toEqual([expect.stringMatching(/:5 city\.kind（種類）: 種類 ward（特別区）は東京都の区だけです。大阪府の「見本区」は政令指定都市の区/)]);
    expect(texts(ward('東京都', "'131997'"))).toEqual([]);
  });

  it('of a prefecture, names the prefecture itself', () => {
    const prefecture = [{ file: EDITION, replace: 'name: 見本市', with: 'name: 香川県' }, { file: EDITION, replace: 'kind: city', with: 'kind: prefecture' }];
    expect(texts([withCode("'370002'"), ...prefecture, inKagawa])).toEqual([]);
    expect(texts(prefecture)).toEqual([expect.stringContaining('名前（name）と都道府県（prefecture）を同じにしてください（いまは「香川県」と「見本県」）')]);
    expect(texts([withCode("'372030'"), ...prefecture, inKagawa])).toEqual([expect.stringContaining('「372030」は市区町村のコードです。都道府県のコードは、先頭 2 桁の後が 000 です（「370002」）。')]);
  });
});

describe('the 全国地方公共団体コード', () => {
  it('says which check digit is expected when the last digit is wrong', () => {
    expect(texts([inKagawa, withCode("'372031'")])).toEqual([
      expect.stringContaining('editions/sample/edition.yaml:6 city.code（全国地方公共団体コード）: 「372031」の最後の桁（検査数字）が違います。先頭 5 桁「37203」の検査数字は 0 なので、コードは「372030」になります。総務省の全国地方公共団体コードの一覧で確かめてください。'),
    ]);
  });

  it("begins with the two digits of the edition's prefecture", () => {
    expect(texts([inKagawa, withCode("'142069'")])).toEqual([
      expect.stringContaining('editions/sample/edition.yaml:6 city.code（全国地方公共団体コード）: 「142069」の先頭 2 桁「14」は神奈川県のコードです。香川県のコードは「37」で始まります。都道府県（prefecture）かコードを確かめてください。'),
    ]);
    expect(texts([inKagawa, withCode("'482005'")])).toEqual([expect.stringContaining('先頭 2 桁「48」は、どの都道府県のコード（01〜47）でもありません')]);
  });

  it('is six digits; a YAML number keeps the leading zero it lost', () => {
    expect(texts([inKagawa, withCode("'37203'")])).toEqual([expect.stringMatching(/:6 city\.code（全国地方公共団体コード）: 「37203」は全国地方公共団体コードの形ではありません。検査数字（最後の桁）を含む 6 桁/)]);
    const hokkaido = { file: EDITION, replace: 'prefecture: 見本県', with: 'prefecture: 北海道' };
    const read = readFixture([hokkaido, withCode('012106')]);
    expect(read.problems).toEqual([]);
    expect(read.editions[0]!.edition.city.code).toBe('012106');
  });

  it('is told missing: a warning for a draft, a problem once published', () => {
    const dir = fixtureContent([inKagawa, { file: EDITION, replace: 'document:', with: 'draft: true\ndocument:' }]);
    try {
      const drafted = readContent(dir, contentSchemas);
      expect(drafted.problems).toEqual([]);
      expect(drafted.warnings.map((w) => w.message)).toEqual(['code-missing']);
      expect(drafted.prefectures).toHaveLength(47);
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
    expect(texts([inKagawa])).toEqual([expect.stringMatching(/:1 city\.code（全国地方公共団体コード）: 全国地方公共団体コード（code）がありません。.*「37…」の形/)]);
  });

  it('cannot be checked against a prefecture the list does not hold (a fixture’s 見本県): only its check digit is', () => {
    expect(texts([])).toEqual([]);
    expect(texts([withCode("'372031'")])).toEqual([expect.stringContaining('検査数字は 0')]);
  });
});

describe('new-edition and import: --kind and --code', () => {
  const dir = fixtureContent();
  const prefectures = loadPrefectures(dir, contentSchemas.prefecture);
  rmSync(dir, { recursive: true, force: true });
  const choose = (flags: Parameters<typeof governmentFromFlags>[0]) => governmentFromFlags(flags, prefectures);

  it('read the kind from a clear suffix, and a prefecture is its own prefecture', () => {
    expect(choose({ name: '見本町', prefecture: '香川県' })).toEqual({ kind: 'town', prefecture: '香川県', code: undefined });
    expect(choose({ name: '見本村', prefecture: '香川県' })).toMatchObject({ kind: 'village' });
    expect(choose({ name: '見本区', prefecture: '東京都', code: '131997' })).toEqual({ kind: 'ward', prefecture: '東京都', code: '131997' });
    expect(choose({ name: '香川県' })).toEqual({ kind: 'prefecture', prefecture: '香川県', code: undefined });
  });

  it('ask for --kind when the name does not say, listing the kinds', () => {
    expect(choose({ name: '見本', prefecture: '香川県' })).toEqual({ refusal: expect.stringContaining('--kind で種類を指定してください: prefecture（都道府県）、city（市）、ward（特別区）、town（町）、village（村）') });
    expect(choose({ name: '見本', kind: 'village' })).toMatchObject({ kind: 'village' });
    expect(choose({ name: '見本', kind: 'mura' })).toEqual({ refusal: expect.stringContaining('--kind「mura」は種類に使えません') });
  });

  it('refuse a ward outside 東京都, explaining that a 政令指定都市’s ward is not an edition', () => {
    expect(choose({ name: '見本区', prefecture: '大阪府' })).toEqual({ refusal: expect.stringContaining('大阪府の「見本区」は政令指定都市の区で、それだけでは版になりません') });
    expect(choose({ name: '見本区' })).toEqual({ refusal: expect.stringContaining('--prefecture 東京都 を付けてください') });
  });

  it('check --code as npm run check does', () => {
    expect(choose({ name: '見本市', prefecture: '香川県', code: '372031' })).toEqual({ refusal: expect.stringContaining('--code: 「372031」の最後の桁（検査数字）が違います。先頭 5 桁「37203」の検査数字は 0') });
    expect(choose({ name: '見本市', prefecture: '香川県', code: '142069' })).toEqual({ refusal: expect.stringContaining('神奈川県のコードです') });
    expect(choose({ name: '見本市', prefecture: '香川県', code: '3720' })).toEqual({ refusal: expect.stringContaining('6 桁の数字') });
    expect(choose({ name: '見本町', kind: 'city' })).toEqual({ refusal: expect.stringContaining('名前「見本町」は town（町） の名前ですが、種類（kind）が city（市）') });
  });
});
