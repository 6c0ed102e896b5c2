/**
 * The engine's neutral questions for FAQ drafts, by what the answer rests on: a kind of response
 * rule, the definition, or the examples of conduct a city lists. Words of the engine, keyed by
 * stable ids (the answers are always the city's own quoted words); they never name a city or a 市.
 */
import type { ResponseRule } from '../../schema/index.ts';

export interface DraftQuestion {
  question: string;
  /** FAQ group id (content/shared/faq-groups.yaml). */
  group: string;
  order: number;
}

export const ruleQuestions: Partial<Record<ResponseRule['kind'], DraftQuestion>> = {
  'time-limit': { question: '対応の時間に決まりはありますか？', group: 'time', order: 10 },
  recording: { question: '会話は録音されますか？', group: 'recording', order: 10 },
  'filming-ban': { question: '窓口で撮影や録音をしてもよいですか？', group: 'recording', order: 20 },
  'multiple-staff': { question: '職員は一人で対応するのですか？', group: 'response', order: 20 },
  warning: { question: '注意や警告を受けることはありますか？', group: 'response', order: 30 },
  'end-response': { question: '対応を打ち切られることはありますか？', group: 'response', order: 10 },
  'leave-premises': { question: '退去を求められることはありますか？', group: 'response', order: 40 },
  'meeting-place': { question: '面談はどこで行いますか？', group: 'response', order: 50 },
  police: { question: '警察に通報されることはありますか？', group: 'safety', order: 10 },
  safety: { question: '職員の安全はどのように守られますか？', group: 'safety', order: 20 },
  'sns-takedown': { question: 'SNS などへの投稿はどう扱われますか？', group: 'safety', order: 30 },
  lawyer: { question: '弁護士への相談など、法的な対応がとられることはありますか？', group: 'response', order: 60 },
  'legal-action': { question: '法的な措置がとられることはありますか？', group: 'response', order: 70 },
};

export const definitionQuestion: DraftQuestion = { question: 'カスタマーハラスメントとは何ですか？', group: 'about', order: 10 };
export const behavioursQuestion: DraftQuestion = { question: 'どのような言動がカスタマーハラスメントに当たりますか？', group: 'behaviours', order: 10 };
