/**
 * Broken posters.yaml files: each class of mistake gives its own message with the file, the line
 * and the field — and a poster can only print the city's own words and the rules its document states.
 */
import { describe, expect, it } from 'vitest';
import { readFixture } from '../helpers/content-fixture.ts';
import type { Case as ErrorCase } from '../helpers/error-cases.ts';

const POSTERS = 'editions/sample/posters.yaml';

const problemsFor = readFixture;

type Case = Omit<ErrorCase, 'file'>;

const cases: Case[] = [
  {
    name: 'a line that is not the city\'s words',
    edits: [{ file: POSTERS, replace: 'text: 大声で威圧する', with: 'text: 大きな声で威圧する' }],
    message: 'poster-quote-not-found', line: 9, field: 'posters[0].lines[1].text', says: /「大きな声で威圧する」が、条項「example-shouting」の本文に見つかりません。.*reworded/,
  },
  {
    name: 'a line that cites a clause the edition does not have',
    edits: [{ file: POSTERS, replace: 'clause: example-shouting', with: 'clause: example-shoutin' }],
    message: 'unknown-clause', line: 10, field: 'posters[0].lines[1].clause', says: /「example-shoutin」はこの版の policy.yaml にありません/,
  },
  {
    name: 'a reworded line that adds a number the clause does not state',
    edits: [{ file: POSTERS, replace: '        text: 面談は、原則として４５分以内とします。\n', with: '        text: 面談は30分までです。\n        reworded: 短くしました。\n' }],
    message: 'number-not-in-source', line: 21, field: 'posters[1].lines[1].text', says: /「30分」は、根拠の条項（cites）の本文にありません/,
  },
  {
    name: 'an awareness poster without its closing message',
    edits: [{ file: POSTERS, replace: /      - role: closing\n.*\n.*\n/, with: '' }],
    message: 'poster-missing-role', line: 4, field: 'posters[0].lines', says: /種類「awareness」のポスターには role: closing の行が必要です/,
  },
  {
    name: 'a counter card item that rests on no rule of the edition',
    edits: [{ file: POSTERS, replace: '        text: 面談は、原則として４５分以内とします。\n        clause: response-time', with: '        text: 啓発ポスターを掲示します。\n        clause: publicity' }],
    message: 'poster-rule-not-stated', line: 22, field: 'posters[1].lines[1].clause', says: /条項「publicity」を根拠とする対応の規則が edition.yaml の rules にありません/,
  },
  {
    name: 'a recording notice for a city that does not say it records',
    edits: [{ file: POSTERS, replace: 'kind: counter-card', with: 'kind: recording-notice' }],
    message: 'poster-not-recording', line: 19, field: 'posters[1].lines[0].clause', says: /録音のお知らせには、自治体が録音すると書いている条項だけを使ってください/,
  },
  {
    name: 'a role that does not exist',
    edits: [{ file: POSTERS, replace: 'role: item\n        text: 大声', with: 'role: bullet\n        text: 大声' }],
    message: 'one-of', line: 8, field: 'posters[0].lines[1].role', says: /「bullet」は使えません。次のどれかを書いてください: headline、lead/,
  },
  {
    name: 'a paper size that is not offered',
    edits: [{ file: POSTERS, replace: '    kind: awareness\n', with: '    kind: awareness\n    sizes: [b4]\n' }],
    message: 'one-of', line: 4, field: 'posters[0].sizes[0]', says: /「b4」は使えません/,
  },
  {
    name: 'a pictogram for a behaviour the shared taxonomy does not have',
    edits: [{ file: POSTERS, replace: '        text: 大声で威圧する\n        clause: example-shouting\n', with: '        text: 大声で威圧する\n        clause: example-shouting\n        behaviour: shoutin\n' }],
    message: 'unknown-behaviour', line: 11, field: 'posters[0].lines[1].behaviour', says: /行為の分類 ID「shoutin」は共通の分類/,
  },
  {
    name: 'a language that is not a BCP 47 tag',
    edits: [{ file: POSTERS, replace: '    kind: awareness\n', with: '    kind: awareness\n    lang: 日本語\n' }],
    message: 'lang', line: 4, field: 'posters[0].lang', says: /「日本語」は言語の書き方ではありません/,
  },
  {
    name: 'a screen that is not offered',
    edits: [{ file: POSTERS, replace: '    kind: awareness\n', with: '    kind: awareness\n    sizes: [a4, signage-square]\n' }],
    message: 'one-of', line: 4, field: 'posters[0].sizes[1]', says: /「signage-square」は使えません。次のどれかを書いてください: a4、a3、a5、signage-landscape、signage-portrait/,
  },
  {
    name: 'an awareness poster that shows no behaviour, neither as items nor as scenes',
    edits: [{ file: POSTERS, replace: '      - role: item\n        text: 大声で威圧する', with: '      - role: text\n        text: 大声で威圧する' }],
    message: 'poster-missing-role', line: 4, field: 'posters[0].lines', says: /role: item（または scene） の行が必要です/,
  },
  {
    name: 'two posters with one id',
    edits: [{ file: POSTERS, replace: '- id: counter-card', with: '- id: awareness' }],
    message: 'duplicate-id', line: 14, field: 'posters[1].id', says: /ID「awareness」は 2 行目でも使われています/,
  },
];

describe('poster content errors name the file, the line, the field and what is expected', () => {
  for (const c of cases) {
    it(c.name, () => {
      const { problems } = problemsFor(c.edits);
      const match = problems.find((p) => p.message === c.message);
      expect(match, problems.map((p) => p.text).join('\n')).toBeDefined();
      expect(match!.file.endsWith(POSTERS)).toBe(true);
      expect(match!.line).toBe(c.line);
      expect(match!.text).toContain(`:${c.line} ${c.field}`);
      expect(match!.text).toMatch(c.says);
    });
  }

  it('accepts reworded lines that keep to the clause, and gives the edition its posters', () => {
    const { problems, editions } = problemsFor([
      { file: POSTERS, replace: '        text: 面談は、原則として４５分以内とします。\n', with: '        text: 面談は４５分以内です。\n        reworded: 文末を短くしました。\n' },
    ]);
    expect(problems.map((p) => p.text)).toEqual([]);
    expect(editions[0]!.posters.map((p) => p.id)).toEqual(['awareness', 'counter-card']);
    expect(editions[0]!.posters[0]!.sizes).toEqual(['a4', 'a3']);
    expect(editions[0]!.posters[0]!.lang).toBe('ja');
  });

  it('accepts scenes with their pictograms, a desk card and screens', () => {
    const { problems, editions } = problemsFor([
      { file: POSTERS, replace: '      - role: item\n        text: 大声で威圧する', with: '      - role: scene\n        behaviour: intimidation\n        text: 大声で威圧する' },
      { file: POSTERS, replace: '    kind: awareness\n', with: '    kind: awareness\n    sizes: [a4, a5, signage-landscape, signage-portrait]\n' },
    ]);
    expect(problems.map((p) => p.text)).toEqual([]);
    expect(editions[0]!.posters[0]!.lines[1]).toMatchObject({ role: 'scene', behaviour: 'intimidation' });
  });
});

describe('a pictogram the icon set does not have stops the check, naming the shared file, line and field', () => {
  it('names the icon', () => {
    const { problems } = problemsFor([{ file: 'shared/behaviours.yaml', replace: 'pictogram: material-symbols:sports-mma', with: 'pictogram: material-symbols:sports-mmma' }]);
    const match = problems.find((p) => p.message === 'unknown-pictogram');
    expect(match, problems.map((p) => p.text).join('\n')).toBeDefined();
    expect(match!.text).toMatch(/shared\/behaviours\.yaml:\d+ \[\d+\]\.pictogram（絵記号）: 絵記号「material-symbols:sports-mmma」は Material Symbols にありません/);
  });

  it('refuses a name that is not of the set', () => {
    const { problems } = problemsFor([{ file: 'shared/behaviours.yaml', replace: 'pictogram: material-symbols:sports-mma', with: 'pictogram: fontawesome:fist' }]);
    expect(problems.find((p) => p.message === 'pictogram')?.text).toMatch(/「fontawesome:fist」は絵記号の名前の形ではありません/);
  });
});
