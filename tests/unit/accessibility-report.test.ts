import { describe, expect, it } from 'vitest';
import { byCriterionNumber, criterionFromTag, criterionResults, verdictCounts, type AccessibilityReport } from '../../src/lib/accessibility-report.ts';

const report: AccessibilityReport = {
  generatedAt: '2026-11-22T00:00:00Z',
  tools: {},
  axeTags: [],
  ruleCriteria: { 'image-alt': ['1.1.1'], 'color-contrast': ['1.4.3'], 'html-has-lang': ['3.1.1'] },
  pages: {
    '/a/': { axe: { violations: [], passes: ['color-contrast', 'html-has-lang'], incomplete: [], inapplicable: ['image-alt'] }, checks: { structure: true, keyboard: true } },
    '/a/faq/': { axe: { violations: ['color-contrast'], passes: ['html-has-lang'], incomplete: [], inapplicable: ['image-alt'] }, checks: { structure: true, keyboard: false } },
    '/b/': { axe: { violations: ['html-has-lang'], passes: [], incomplete: [], inapplicable: [] }, checks: {} },
  },
};

describe('accessibility results by success criterion', () => {
  const results = Object.fromEntries(criterionResults(report, ['/a/', '/a/faq/'], ['1.1.1', '1.4.3', '3.1.1', '2.1.1', '1.2.1']).map((r) => [r.id, r]));

  it('reports a problem with the pages where it was found', () => {
    expect(results['1.4.3']).toMatchObject({ verdict: 'problems', failingPages: ['/a/faq/'] });
    expect(results['2.1.1']).toMatchObject({ verdict: 'problems', methods: ['keyboard'] });
  });
  it('says "no problems found" only for criteria a check actually ran on, on these pages only', () => {
    expect(results['3.1.1']).toMatchObject({ verdict: 'no-problems-found' });
  });
  it('says "not applicable" when the rules found nothing of their kind, and "untested" when nothing tests it', () => {
    expect(results['1.1.1']!.verdict).toBe('not-applicable');
    expect(results['1.2.1']).toMatchObject({ verdict: 'untested', methods: [] });
  });
  it('counts each verdict once per criterion for the summary', () => {
    expect(verdictCounts(Object.values(results))).toEqual({ problems: 2, 'no-problems-found': 1, 'not-applicable': 1, untested: 1 });
  });
  it('reads axe tags and orders criteria by number', () => {
    expect(criterionFromTag('wcag1410')).toBe('1.4.10');
    expect(criterionFromTag('wcag2a')).toBeUndefined();
    expect(['1.4.10', '1.4.4', '1.1.1'].map((id) => ({ id })).sort(byCriterionNumber).map((c) => c.id)).toEqual(['1.1.1', '1.4.4', '1.4.10']);
  });
});
