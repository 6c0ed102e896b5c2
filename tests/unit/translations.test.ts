import { describe, expect, it } from 'vitest';
import { readFixture } from '../helpers/content-fixture.ts';
import { numbersIn, numbersNotIn, sourceNumbers } from '../../src/lib/translations/numbers.ts';
import { applyShape, shapeMismatches, textShape } from '../../src/lib/translations/text-shape.ts';

const clause = {
  id: 'definition',
  number: '2',
  title: '定義',
  body: ['見本の定義です。', { list: [{ id: 'example-shouting', text: '大声で威圧する', behaviours: ['intimidation'] }] }, { table: { columns: ['行為', '例'], rows: [['暴言', '']] } }],
};

describe('a translation mirrors the words of its original', () => {
  it('leaves ids, markers and tags out of what is translated', () => {
    expect(textShape(clause)).toEqual({ title: '定義', body: ['見本の定義です。', { list: ['大声で威圧する'] }, { table: { columns: ['行為', '例'], rows: [['暴言', '']] } }] });
  });

  it('puts the translated words back with the original ids, so anchors line up', () => {
    const english = applyShape(clause, { title: 'Definition', body: ['The definition.', { list: ['Shouting'] }, { table: { columns: ['Act', 'Example'], rows: [['Abuse', '']] } }] });
    expect(english.id).toBe('definition');
    expect(english.body[1]).toEqual({ list: [{ id: 'example-shouting', text: 'Shouting', behaviours: ['intimidation'] }] });
    expect(english.body[2]).toEqual({ table: { columns: ['Act', 'Example'], rows: [['Abuse', '']] } });
  });

  it('says where a translation does not mirror: a missing item, an untranslated text, an extra field', () => {
    const shape = textShape(clause)!;
    expect(shapeMismatches(shape, { title: 'Definition', body: ['The definition.', { list: [] }, { table: { columns: ['Act', 'Example'], rows: [['Abuse', '']] } }] })).toEqual([
      { path: ['body', 1, 'list'], kind: 'length', expected: '1' },
    ]);
    expect(shapeMismatches(shape, { title: ' ', body: shape && (shape as { body: unknown }).body, note: 'x' }).map((m) => m.kind)).toEqual(['empty', 'extra']);
  });
});

describe('a translation states no number its original lacks', () => {
  it('reads digits, kanji amounts and English amounts', () => {
    expect([...numbersIn('原則として三十分、１時間以内')]).toEqual([1, 30]);
    expect([...numbersIn('no one may stay for one hour, one of the staff')]).toEqual([1]);
    expect(numbersNotIn('a fine of up to 500,000 yen', sourceNumbers(['50万円以下の罰金']))).toEqual([]);
  });

  it('lets "one hour" stand for １時間 and refuses "60 minutes"', () => {
    const original = sourceNumbers(['面談の時間は、原則として１時間以内とします。']);
    expect(numbersNotIn('As a rule, meetings are limited to one hour.', original)).toEqual([]);
    expect(numbersNotIn('As a rule, meetings are limited to 60 minutes.', original)).toEqual([60]);
  });

  it('allows the Western year of an era date and "more than one" for 複数', () => {
    const original = sourceNumbers(['令和７年６月２０日策定', '複数の職員で対応します。']);
    expect(numbersNotIn('Established June 20, 2025 (令和7年). Handled by more than one staff member.', original)).toEqual([]);
  });
});

describe('translations of the fixture edition', () => {
  const sample = (edits: Parameters<typeof readFixture>[0] = []) => readFixture(edits);

  it('counts coverage per language: English but one stale clause, plain Japanese partly', () => {
    const { problems, editions } = sample();
    expect(problems).toEqual([]);
    const coverage = Object.fromEntries(editions[0]!.translations.map((t) => [t.language, t.coverage]));
    expect(coverage.en).toEqual({ total: 18, current: 17, stale: 1, todo: 0, missing: 0 });
    expect(coverage.easy).toMatchObject({ total: 10, current: 2 });
  });

  it('marks the translations of an edited Japanese clause stale, and only those', () => {
    // The city revises a sentence: its document (kept source), the clause and the measure quoting it change.
    const revise = (file: string) => ({ file: `editions/sample/${file}`, replace: '啓発ポスターを掲示します。', with: '啓発ポスターを庁舎に掲示します。' });
    const { problems, editions } = sample([revise('source/policy.txt'), revise('policy.yaml'), revise('edition.yaml')]);
    expect(problems).toEqual([]);
    const en = editions[0]?.translations.find((t) => t.language === 'en');
    expect(en?.coverage).toMatchObject({ current: 16, stale: 2 });
    expect(en?.units.get('clauses:publicity')?.status).toBe('stale');
    expect(en?.units.get('measures:1')?.status).toBe('stale');
    expect(en?.units.get('clauses:basic-idea')?.status).toBe('current');
  });

  it('refuses an unknown unit with its file, line and the nearest id', () => {
    const { problems } = sample([{ file: 'editions/sample/translations/en/policy.yaml', replace: '  publicity:', with: '  publicty:' }]);
    expect(problems.map((p) => p.text)).toContainEqual(expect.stringMatching(/translations\/en\/policy\.yaml:\d+ clauses\.publicty.*「publicty」はありません.*publicity/));
  });

  it('refuses a translation that states a number its original lacks', () => {
    const { problems } = sample([{ file: 'editions/sample/translations/en/faq.yaml', replace: 'limited to 45 minutes', with: 'limited to 30 minutes' }]);
    expect(problems.map((p) => p.text)).toContainEqual(expect.stringMatching(/translations\/en\/faq\.yaml:\d+ faqs\.time-limit.*「30」/));
  });
});
