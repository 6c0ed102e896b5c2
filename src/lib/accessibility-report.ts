/**
 * Results of the automated accessibility run (written by the browser tests to
 * test-results/accessibility.json, then kept as content/shared/accessibility-record.json)
 * turned into a per-criterion verdict for an edition's pages.
 * Verdicts say only what was tested: a criterion no automated check covers is "untested".
 */
export const CHECK_CRITERIA = {
  structure: ['2.4.1', '3.1.1'],
  keyboard: ['2.1.1', '2.4.7'],
  reflow: ['1.4.10'],
  textResize: ['1.4.4'],
  forcedColours: [],
  htmlValid: ['4.1.1'],
} as const satisfies Record<string, readonly string[]>;

export type CheckId = keyof typeof CHECK_CRITERIA;

/** Success criteria in their numeric order: 1.4.4 before 1.4.10. */
export const byCriterionNumber = (a: { id: string }, b: { id: string }) => {
  const pa = a.id.split('.').map(Number);
  const pb = b.id.split('.').map(Number);
  return pa[0]! - pb[0]! || pa[1]! - pb[1]! || pa[2]! - pb[2]!;
};

export interface PageResult {
  axe: { violations: string[]; passes: string[]; incomplete: string[]; inapplicable?: string[] };
  checks: Partial<Record<CheckId, boolean>>;
}

export interface AccessibilityReport {
  generatedAt: string;
  commit?: string | undefined;
  tools: Record<string, string>;
  axeTags: string[];
  /** axe rule id → success criteria it tests (from the rule's wcag tags). */
  ruleCriteria: Record<string, string[]>;
  pages: Record<string, PageResult>;
}

/** axe's tag "wcag1410" → "1.4.10". */
export function criterionFromTag(tag: string): string | undefined {
  const m = tag.match(/^wcag(\d)(\d)(\d{1,2})$/);
  return m ? `${m[1]}.${m[2]}.${m[3]}` : undefined;
}

export type Verdict = 'problems' | 'no-problems-found' | 'not-applicable' | 'untested';

export interface CriterionResult {
  id: string;
  verdict: Verdict;
  /** What tested it: axe rule ids and this project's own checks. */
  methods: string[];
  failingPages: string[];
}

export function criterionResults(report: Pick<AccessibilityReport, 'ruleCriteria' | 'pages'>, pagePaths: string[], criterionIds: string[]): CriterionResult[] {
  const pages = pagePaths.filter((p) => report.pages[p]).map((p) => [p, report.pages[p]!] as const);
  return criterionIds.map((id) => {
    const rules = Object.entries(report.ruleCriteria).filter(([, scs]) => scs.includes(id)).map(([rule]) => rule);
    const checks = (Object.keys(CHECK_CRITERIA) as CheckId[]).filter((c) => (CHECK_CRITERIA[c] as readonly string[]).includes(id));
    const applied = new Set<string>();
    const inapplicable = new Set<string>();
    const failing = new Set<string>();
    for (const [path, result] of pages) {
      for (const rule of rules) {
        if (result.axe.passes.includes(rule) || result.axe.violations.includes(rule)) applied.add(rule);
        if (result.axe.violations.includes(rule)) failing.add(path);
        if (result.axe.inapplicable?.includes(rule)) inapplicable.add(rule);
      }
      for (const check of checks) {
        if (result.checks[check] === undefined) continue;
        applied.add(check);
        if (result.checks[check] === false) failing.add(path);
      }
    }
    // Rules that ran but found nothing of their kind (no images for an alt-text rule) make the criterion not applicable.
    const verdict: Verdict =
      failing.size > 0 ? 'problems' : applied.size > 0 ? 'no-problems-found' : inapplicable.size > 0 ? 'not-applicable' : 'untested';
    const methods = applied.size > 0 ? applied : inapplicable;
    return { id, verdict, methods: [...methods].sort(), failingPages: [...failing].sort() };
  });
}

/** How many criteria got each verdict, for the results summary. */
export function verdictCounts(results: CriterionResult[]): Record<Verdict, number> {
  const counts: Record<Verdict, number> = { problems: 0, 'no-problems-found': 0, 'not-applicable': 0, untested: 0 };
  for (const r of results) counts[r.verdict] += 1;
  return counts;
}
