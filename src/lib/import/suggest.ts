/**
 * Suggested rules and measures: sentences of the document that say what the city does (time limits
 * with their minutes, recording, filming bans, police, lawyers, name badges, several staff,
 * warnings…), each with the sentence as its quote and the clause it stands in. They are
 * suggestions only (suggested: true) until the author has checked each against its clause.
 */
import type { Clause, Measure, MeasureInput, ResponseRule, ResponseRuleInput } from '../../schema/index.ts';
import { walkClauses } from '../clauses.ts';
import { plainText } from '../inline.ts';
import { blockUnits } from '../source-text.ts';
import { toAsciiDigits } from '../wareki.ts';
import type { Unsure } from './model.ts';
import { sentencesOf, squash as squashWords } from './words.ts';

const squash = (s: string) => toAsciiDigits(squashWords(s));

type RuleKind = ResponseRule['kind'];
type MeasureKind = Measure['kind'];

interface Pattern<K> {
  kind: K;
  test: RegExp;
  not?: RegExp;
}

const RULES: Array<Pattern<RuleKind>> = [
  { kind: 'time-limit', test: /([0-9]+(分|時間)).*(以内|まで|目安|目途|めど|超え|打ち切|上限)|(時間|面談時間).{0,10}(を|は)?.{0,6}制限|時間を(設定|区切|決め)/ },
  { kind: 'filming-ban', test: /(撮影|録画|配信).{0,40}(禁止|ご遠慮|お断り|控えて)/ },
  { kind: 'recording', test: /録音(し|を実施|を行|させていただ|することがあ|します|できます|すること)/, not: /(禁止|ご遠慮|お断り|無断|同意なく)/ },
  { kind: 'multiple-staff', test: /(複数(の|人)?(の)?(職員|人数|名)|複数人|複数で).{0,12}(対応|同席|行)/ },
  { kind: 'warning', test: /(警告(を行|します|する|し、)|注意、警告)/ },
  { kind: 'end-response', test: /(対応を(終了|中止|打ち切)|対応の中止|対応終了を判断|対応を打ち切る)/ },
  { kind: 'leave-premises', test: /(退去(を求め|を命じ|命令|するよう|の強制)|退室を求め)/ },
  { kind: 'police', test: /警察(に|へ|と)?.{0,6}(通報|連絡|相談|連携|臨場)/ },
  { kind: 'lawyer', test: /弁護士.{0,10}(相談|連携|指示|通じ)/ },
  { kind: 'safety', test: /(安全(を|の)?確保|身の安全)/ },
  { kind: 'meeting-place', test: /(面談|面会|対応)(は|の場所は)?、?.{0,40}(庁舎|場所)(等)?で(行|実施)/ },
  { kind: 'sns-takedown', test: /削除(を求め|を要請|依頼)/ },
  { kind: 'legal-action', test: /法的(な)?(措置|対応)(を(とり|取り|講じ|行)|等)/ },
];

const MEASURES: Array<Pattern<MeasureKind>> = [
  { kind: 'poster', test: /(ポスター|チラシ).{0,20}(掲示|作成|配布)/ },
  { kind: 'manual', test: /マニュアル.{0,20}(策定|作成|整備|配布)|マニュアルを作成|(対応方法|手順).{0,6}(の)?(策定|作成)/ },
  { kind: 'training', test: /研修|講演会/ },
  { kind: 'name-badge', test: /(名札|記名章)/ },
  { kind: 'staff-care', test: /(メンタル(ヘルス)?|心の)ケア|産業医|個別面談/ },
  { kind: 'consultation-desk', test: /相談(窓口|体制|対応体制).{0,10}(設け|設置|整備|開設)|相談窓口を|相談先に相談|相談を受けるための窓口/ },
  { kind: 'security-camera', test: /防犯カメラ/ },
  { kind: 'public-notice', test: /(ホームページ|HP|広報).{0,20}(周知|掲載|公表)|周知・啓発|を策定し、公表/ },
  { kind: 'support-system', test: /(体制|組織)(を)?(整え|整備|づくり|作り)/ },
  { kind: 'case-sharing', test: /事案.{0,6}(を)?.{0,6}共有/ },
  { kind: 'recording', test: /(通話録音|録音機|録音装置|録音の実施)/ },
  { kind: 'expert-cooperation', test: /(顧問弁護士|専門家|専門機関).{0,10}(連携|協力)/ },
];

const CHANNELS: Array<[RegExp, 'phone' | 'counter' | 'interview' | 'email' | 'visit']> = [
  [/電話|通話/, 'phone'],
  [/窓口/, 'counter'],
  [/面談|面会|来庁/, 'interview'],
  [/メール/, 'email'],
  [/訪問/, 'visit'],
];

export interface Suggestions {
  rules: ResponseRuleInput[];
  measures: MeasureInput[];
  unsure: Unsure[];
}

/** Each sentence of a clause's own body (list items as they stand); a table's cells are labels, not statements. */
function sentences(clause: Clause): string[] {
  return clause.body
    .filter((b) => typeof b === 'string' || !('table' in b || 'offences' in b))
    .flatMap((b, i) => [...blockUnits(b, [i])].map((u) => plainText(u.text)))
    .flatMap(sentencesOf);
}

/** What a sentence says in its own voice: words in 「」 are someone's words it quotes (an answer to a survey, a phrase to say). */
const ownVoice = (s: string) => s.replace(/「[^「」]*」/g, '「」');

const basisOf = (s: string): 'rule' | 'principle' | 'guide' | 'as-needed' =>
  /目安|目途|めど/.test(s) ? 'guide' : /原則/.test(s) ? 'principle' : /必要に応じ|場合があ|ことがあ|ことができ/.test(s) ? 'as-needed' : 'rule';

/** 30分 → 30, １時間 → 60; a range when two amounts stand with から／〜 between them. */
function minutesOf(s: string): { minutes?: number; maxMinutes?: number } {
  const amounts = [...toAsciiDigits(s).matchAll(/([0-9]+)\s*(分|時間)/g)].map((m) => Number(m[1]) * (m[2] === '時間' ? 60 : 1));
  if (!amounts.length) return {};
  if (amounts.length >= 2 && /から|〜|～|~/.test(s) && amounts[1]! > amounts[0]!) return { minutes: amounts[0]!, maxMinutes: amounts[1]! };
  return { minutes: amounts[0]! };
}

export function suggest(clauses: Clause[], lineOf: (clauseId: string) => number | undefined): Suggestions {
  const rules: ResponseRuleInput[] = [];
  const measures: MeasureInput[] = [];
  const unsure: Unsure[] = [];
  const seen = new Set<string>();
  for (const { clause } of walkClauses(clauses)) {
    // Under a heading about time (対応時間の目安), an amount of minutes is the limit itself.
    const aboutTime = /(時間|目安)/.test(plainText(clause.title ?? ''));
    for (const raw of sentences(clause)) {
      const quote = raw.trim();
      const s = squash(ownVoice(quote));
      if (s.length < 4) continue;
      for (const p of RULES) {
        const hit = p.test.test(s) || (p.kind === 'time-limit' && aboutTime && /[0-9]+(分|時間)/.test(s));
        if (!hit || p.not?.test(s) || seen.has(`${p.kind}|${quote}`)) continue;
        seen.add(`${p.kind}|${quote}`);
        const basis = basisOf(s);
        const channels = CHANNELS.filter(([re]) => re.test(s)).map(([, c]) => c);
        if (p.kind === 'time-limit') {
          const { minutes, maxMinutes } = minutesOf(quote);
          rules.push({ kind: 'time-limit', suggested: true, clause: clause.id, quote, basis, ...(minutes ? { minutes } : {}), ...(maxMinutes ? { maxMinutes } : {}), ...(channels.length ? { channels } : {}), ...(/(膠着|こう着|繰り返し|堂々巡り)/.test(s) ? { startsAfterDeadlock: true } : {}) });
        } else if (p.kind === 'recording') {
          if (channels.length) rules.push({ kind: 'recording', suggested: true, clause: clause.id, quote, basis, channels });
          else {
            rules.push({ kind: 'other', suggested: true, clause: clause.id, quote });
            unsure.push({ line: lineOf(clause.id), message: `録音についての文「${short(quote)}」に場面（電話・窓口・面談など）が書かれていないため、kind: other として提案しました。場面を確かめて kind: recording と channels にしてください。` });
          }
        } else rules.push({ kind: p.kind as Exclude<RuleKind, 'time-limit' | 'recording'>, suggested: true, clause: clause.id, quote, ...(basis !== 'rule' ? { basis } : {}) });
      }
      for (const p of MEASURES) {
        if (!p.test.test(s) || p.not?.test(s) || seen.has(`m:${p.kind}|${quote}`)) continue;
        seen.add(`m:${p.kind}|${quote}`);
        measures.push({ kind: p.kind, suggested: true, clause: clause.id, quote });
      }
    }
  }
  return { rules, measures, unsure };
}

const short = (s: string) => (s.length > 30 ? `${s.slice(0, 30)}…` : s);
