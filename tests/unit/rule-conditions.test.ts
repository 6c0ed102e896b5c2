/** A rule's stage, scope and caveats, as pages show them beside the rule. A fictional flow, written here. */
import { describe, expect, it } from 'vitest';
import type { Clause } from '../../src/schema/index.ts';
import { conditionWords, conditionsNotIn, flowStage, ruleConditions } from '../../src/lib/rule-conditions.ts';

const step = (id: string, kind: 'stage' | 'decision', name: string, decidedBy?: string) => ({ id, kind, name, decidedBy, actions: [], points: [], cautions: [], closing: [] });
const clauses: Clause[] = [
  {
    id: 'flow',
    title: '対応の流れ',
    corrections: [],
    body: [{ caption: '流れ', flow: [step('first', 'stage', '一次対応'), step('decide', 'decision', '判断', '{係長|かかりちょう}を含む2名以上'), step('second', 'stage', '二次対応'), step('third', 'stage', '三次対応', '課長が判断')] }],
  },
];

describe('a rule’s stage', () => {
  it('is named with who decides it begins: its own decider, or the decision step just before it', () => {
    expect(flowStage(clauses, 'first')).toEqual({ id: 'first', name: '一次対応', decidedBy: undefined });
    expect(flowStage(clauses, 'second')).toEqual({ id: 'second', name: '二次対応', decidedBy: '係長を含む2名以上' });
    expect(flowStage(clauses, 'third')?.decidedBy).toBe('課長が判断');
    expect(flowStage(clauses, 'nowhere')).toBeUndefined();
  });
});

describe('a rule’s conditions', () => {
  const rule = {
    stage: 'second',
    scope: { clause: 'flow', quote: '大声を出す人に対する' },
    caveats: [{ clause: 'flow', quote: '同意を得ることを基本とします' }, { clause: 'flow', quote: '※状況に応じて判断します。' }],
  };

  it('gather the stage, the scope and every caveat, and none for a rule with none', () => {
    const c = ruleConditions(clauses, rule)!;
    expect(conditionWords(c)).toEqual(['二次対応', '大声を出す人に対する', '同意を得ることを基本とします', '※状況に応じて判断します。']);
    expect(ruleConditions(clauses, { caveats: [] })).toBeUndefined();
  });

  it('leave out only what the quote shown already says, whitespace aside', () => {
    const c = conditionsNotIn(ruleConditions(clauses, rule), '大声を 出す人に対する面談は、同意を得ることを基本とします。');
    expect(c?.scope).toBeUndefined();
    expect(c?.caveats.map((x) => x.quote)).toEqual(['※状況に応じて判断します。']);
    expect(c?.stage?.name).toBe('二次対応');
    expect(conditionsNotIn(ruleConditions(clauses, { ...rule, stage: undefined }), '大声を出す人に対する。同意を得ることを基本とします。※状況に応じて判断します。')).toBeUndefined();
  });
});
