/**
 * Each clause's source: its own, inherited from the section above, or the main document's; and the
 * words that name what a page rests on. A fictional edition, written here: nothing from a real city.
 */
import { describe, expect, it } from 'vitest';
import type { Clause, Source } from '../../src/schema/index.ts';
import { citationSource, citedSources, clauseSource, restsOnPhrase, sourceShortName, thirdPartyNote } from '../../src/lib/sources.ts';

const clause = (id: string, extra: Partial<Clause> = {}): Clause => ({ id, body: [], corrections: [], ...extra });
const sources: Source[] = [
  { id: 'policy', title: '見本町の基本方針', kind: 'basic-policy', form: 'テスト', transcribedFrom: 'x' },
  { id: 'list', title: '見本町の取組', kind: 'measures', form: 'テスト', transcribedFrom: 'x' },
  { id: 'report', title: '見本町の取組の紹介', kind: 'case-study', form: 'テスト', transcribedFrom: 'x' },
];
const edition = {
  city: { name: '見本町' },
  document: { source: 'policy', kind: 'basic-policy' },
  sources,
  clauses: [
    clause('idea', { title: '考え方' }),
    clause('measures', { title: '取組', source: 'list', clauses: [clause('badges', { body: [{ list: [{ id: 'badge-item', text: '名札' }] }] })] }),
    clause('report', { title: '紹介', source: 'report', clauses: [clause('calls', { clauses: [clause('deep', { source: 'policy' })] })] }),
  ],
};

describe('the source of a clause', () => {
  it('is the main document at the top, inherited below a section that names another, and overridden again below', () => {
    expect(clauseSource(edition, 'idea').id).toBe('policy');
    expect(clauseSource(edition, 'badges').id).toBe('list');
    expect(clauseSource(edition, 'badge-item').id).toBe('list');
    expect(clauseSource(edition, 'calls').id).toBe('report');
    expect(clauseSource(edition, 'deep').id).toBe('policy');
  });

  it('is listed once per source, in the order the edition lists its sources', () => {
    expect(citedSources(edition, ['calls', 'idea', 'badge-item', 'idea']).map((s) => s.id)).toEqual(['policy', 'list', 'report']);
  });

  it('is named by its kind, or by its title when another source shares the kind', () => {
    expect(sourceShortName(edition, sources[2]!)).toBe('事例紹介');
    const twoReports = { ...edition, sources: [...sources, { ...sources[2]!, id: 'second', title: '別の紹介' }] };
    expect(sourceShortName(twoReports, sources[2]!)).toBe('見本町の取組の紹介');
    expect(citationSource(edition, 'calls')).toMatchObject({ id: 'report', short: '事例紹介', full: '事例紹介「見本町の取組の紹介」', thirdParty: true });
  });
});

describe('what a page rests on', () => {
  it('names the government’s own sources and calls a third party’s report what it is', () => {
    const phrase = restsOnPhrase(edition, sources);
    expect(phrase).toBe('見本町の基本方針「見本町の基本方針」と取組の一覧「見本町の取組」と、見本町の取組を記した事例紹介「見本町の取組の紹介」');
    expect(thirdPartyNote(edition, sources)).toMatch(/^事例紹介「見本町の取組の紹介」の言葉は、第三者が見本町の取組を紹介したものです。/);
  });

  it('names only the main document when that is all a page cites, and says nothing of third parties', () => {
    expect(restsOnPhrase(edition, citedSources(edition, ['idea']))).toBe('見本町の基本方針「見本町の基本方針」');
    expect(thirdPartyNote(edition, citedSources(edition, ['idea', 'badges']))).toBeUndefined();
  });
});
