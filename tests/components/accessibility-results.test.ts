/** The accessibility page's results: what the record says, and a plain notice when the pages have changed since. */
import { experimental_AstroContainer as AstroContainer } from 'astro/container';
import { beforeAll, describe, expect, it } from 'vitest';
import AccessibilityResults from '../../src/components/AccessibilityResults.astro';
import type { AccessibilityRecord, SuccessCriterion } from '../../src/schema/index.ts';

const record: AccessibilityRecord = {
  testedAt: '2026-11-30T10:00:00.000Z',
  commit: '0123456789abcdef0123456789abcdef01234567',
  tools: { 'axe-core': '4.14.1' },
  axeTags: ['wcag2aa'],
  ruleCriteria: { 'color-contrast': ['1.4.3'] },
  fingerprints: { sample: 'aaaa' },
  pages: { '/sample/': { axe: { violations: [], passes: ['color-contrast'], incomplete: [] }, checks: {} } },
};
const criteria: SuccessCriterion[] = [{ id: '1.4.3', name: 'コントラスト（最低限レベル）', level: 'AA', standard: 'jis2016' }];
const props = { record, testedPages: ['/sample/'], criteria, shownAt: (p: string) => p };

let container: AstroContainer;
beforeAll(async () => {
  container = await AstroContainer.create();
});

describe('AccessibilityResults', () => {
  it('states the date tested, the commit tested and the pages covered', async () => {
    const html = await container.renderToString(AccessibilityResults, { props: { ...props, current: true } });
    expect(html).toContain('2026年11月30日');
    expect(html).toContain('<code>0123456789ab</code>');
    expect(html).toContain('1ページ');
    expect(html).toContain('問題なし（自動試験）');
    expect(html).not.toContain('現在のページの試験結果ではありません');
  });
  it('says plainly when the pages have changed since the run', async () => {
    const html = await container.renderToString(AccessibilityResults, { props: { ...props, current: false } });
    expect(html).toContain('2026年11月30日に試験した時点のページについてのものです');
    expect(html).toContain('現在のページの試験結果ではありません');
  });
  it('marks a run made on uncommitted changes', async () => {
    const html = await container.renderToString(AccessibilityResults, { props: { ...props, current: true, record: { ...record, commit: `${record.commit}+dirty` } } });
    expect(html).toContain('コミット前の変更を含む');
  });
});
