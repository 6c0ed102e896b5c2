/**
 * An edition's own interface words (edition.yaml `ui:`): checked against the catalogue, so an
 * override can reword a message but never name a key that does not exist or change its values.
 */
import { describe, expect, it } from 'vitest';
import { overrideProblem, wordOverridesSchema } from '../../src/schema/words.ts';
import { readFixture } from '../helpers/content-fixture.ts';

const issues = (data: unknown) => {
  const result = wordOverridesSchema.safeParse(data);
  return result.success ? [] : result.error.issues.map((i) => ({ path: i.path.join('.'), message: i.message }));
};

describe('word overrides', () => {
  it('accept a reworded message with the same values, in any language', () => {
    expect(issues({ ja: { 'page.home': '{kind}の取組' }, en: { 'page.home': 'What this {kind} does' }, easy: { 'nav.home': 'はじめ' } })).toEqual([]);
  });

  it('refuse an unknown key, naming the nearest one', () => {
    const [issue] = issues({ ja: { 'nav.hom': 'ホーム' } });
    expect(issue?.path).toBe('ja.nav.hom');
    expect(issue?.message).toContain('「nav.hom」というキーは');
    expect(issue?.message).toContain('近いキー: 「nav.home」');
  });

  it('refuse a message that drops a value, naming it', () => {
    expect(overrideProblem('edition.lead', '{name}が定めた{document}です。')).toMatch(/\{kind\}、\{prefecture\} がありません/);
  });

  it('refuse a message that asks for a value no page gives, naming it', () => {
    expect(overrideProblem('nav.home', '{name}のトップ')).toMatch(/\{name\} は、このキーでは使えません/);
  });

  it('refuse a message that is not ICU MessageFormat', () => {
    expect(overrideProblem('page.home', 'この{kind の対策')).toMatch(/ICU MessageFormat として読めません/);
  });

  it('refuse a language the site does not have', () => {
    expect(issues({ fr: { 'nav.home': 'Accueil' } })).toHaveLength(1);
  });

  it("are reported by npm run check at the override's line", () => {
    const { problems } = readFixture([
      { file: 'editions/sample/edition.yaml', replace: /\nmeasures:/, with: "\nui:\n  ja:\n    nav.hom: 'ホーム'\n    page.home: '対策'\nmeasures:" },
    ]);
    const texts = problems.filter((p) => p.file.endsWith('sample/edition.yaml')).map((p) => p.text);
    expect(texts.find((t) => t.includes('nav.hom'))).toMatch(/edition\.yaml:\d+ .*近いキー: 「nav\.home」/);
    expect(texts.find((t) => t.includes('page.home'))).toContain('{kind} がありません');
  });
});
