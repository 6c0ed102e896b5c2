/**
 * The import's report, for the city's web team: what was placed where, what it was unsure of (with
 * the lines of the kept source), what it left out, and what to do next. Printed, and written beside
 * the kept source as import-report.md.
 */
import type { Clause } from '../../schema/index.ts';
import { walkClauses } from '../clauses.ts';
import { plainText } from '../inline.ts';
import type { LeftOut, ReadDocument } from './model.ts';
import type { Imported } from './pipeline.ts';
import { lineFinder, type ImportRequest } from './write.ts';

const LEFT_OUT: Record<LeftOut['what'], string> = {
  header: 'ページ上部の繰り返し（ヘッダー）',
  footer: 'ページ下部の繰り返し（フッター）',
  'page-number': 'ページ番号',
  navigation: 'サイトのナビゲーション・ヘッダー',
  breadcrumbs: 'パンくずリスト',
  'site-footer': 'サイトのフッター',
  sidebar: 'サイドバー（関連情報など）',
  furniture: 'ページの付属物（更新日、印刷など）',
  contents: '目次（このサイトが条項の見出しから作ります）',
  extension: '内線番号（職員向けの連絡先）',
  separator: '区切り線',
};

const short = (s: string, n = 40) => {
  const t = plainText(s).replace(/\s+/g, ' ');
  return t.length > n ? `${t.slice(0, n)}…` : t;
};

const heading = (c: Clause) => [c.number, c.title ? plainText(c.title) : undefined].filter(Boolean).join(' ') || `（見出しなし）${short(typeof c.body[0] === 'string' ? c.body[0] : '', 20)}`;

export interface ReportInput {
  imp: Imported;
  doc: ReadDocument;
  req: ImportRequest;
  faqs: Array<{ id: string; question: string }>;
  editionDir: string;
}

export function importReport({ imp, doc, req, faqs, editionDir }: ReportInput): string {
  const out: string[] = [];
  const line = (n: number | undefined) => (n ? `原文 ${n} 行目` : '');
  const all = [...walkClauses(imp.clauses)];
  const counts = { headed: 0, lists: 0, tables: 0, notes: 0 };
  for (const { clause } of all) {
    if (clause.title) counts.headed += 1;
    for (const b of clause.body) {
      if (typeof b === 'object' && 'list' in b) counts.lists += 1;
      if (typeof b === 'object' && 'table' in b) counts.tables += 1;
      if (typeof b === 'object' && 'note' in b) counts.notes += 1;
    }
  }
  const kept = `${editionDir}/source/${req.keptName}`;

  out.push(`# 読み込みの報告: ${req.fileName}`, '');
  out.push(`${req.today} に npm run import で読み込みました。版: ${editionDir}/（下書き、draft: true）`, '');
  out.push('## どこに何を置いたか', '');
  out.push(`- 原文: ${req.fileName}（${doc.format.toUpperCase()}${doc.pages ? `、${doc.pages} ページ` : ''}）から読み取った文字を ${kept} に保存しました（${doc.kept.split('\n').length} 行）。npm run check は、公開する文言がすべてこの原文にあるかを照らし合わせます。`);
  out.push(`- 文書名: ${imp.title ?? '（見つかりませんでした）'}${imp.titleLine ? `（${line(imp.titleLine)}）` : ''} → edition.yaml document.title`);
  out.push(`- 文書の種類: ${imp.kind}（${imp.kind === 'response-guideline' ? '文書名に「指針」など' : '基本方針として'}）→ edition.yaml document.kind`);
  if (imp.dates.length) imp.dates.forEach((d, i) => out.push(`- 日付: ${d.asWritten} → ${d.iso}（${d.event}、${line(imp.dateLines[i])}）→ edition.yaml document.dates`));
  else out.push('- 日付: 原文に和暦の日付が見つかりませんでした（document.dates は空です）。');
  if (imp.signatory) out.push(`- 署名: ${imp.signatory} → edition.yaml document.signatory`);
  out.push(`- 本文: 条項 ${all.length}（見出しのあるもの ${counts.headed}）、箇条書き ${counts.lists}、表 ${counts.tables}、注記 ${counts.notes} → policy.yaml。各条項の前に原文の行番号を書いてあります。`, '');
  out.push('  見出し:', '');
  for (const { clause, ancestors } of all) if (clause.title || clause.number) out.push(`  ${'  '.repeat(ancestors.length)}- ${heading(clause)}（${clause.id}、${line(imp.lines.get(clause.id))}）`);
  out.push('');
  if (imp.definition?.found) out.push(`- 定義: 条項 ${imp.definition.clause}（${line(imp.lines.get(imp.definition.clause))}）。定義の型 ${imp.definition.family} — ${imp.definition.because}。根拠の言葉:「${short(imp.definition.quote, 80)}」→ edition.yaml definition（suggested: true）`);
  else out.push(`- 定義: 定義の型を判定できませんでした${imp.definition ? `（定義の見出しのある条項 ${imp.definition.clause}）` : ''}。edition.yaml definition を書いてください。`);
  out.push(`- 基本的な考え方: 条項 ${imp.stance ?? '（見つからず、最初の条項）'} → edition.yaml stance`);
  out.push(`- 対応の規則の提案 ${imp.rules.length} 件、取組の提案 ${imp.measures.length} 件 → edition.yaml rules / measures（すべて suggested: true、未確認で公開されません）:`, '');
  const find = lineFinder(doc.kept);
  for (const r of [...imp.rules, ...imp.measures]) {
    const at = (r.quote && find(r.quote, imp.lines.get(r.clause))) || imp.lines.get(r.clause);
    const minutes = 'minutes' in r && r.minutes ? `、${r.minutes}${'maxMinutes' in r && r.maxMinutes ? `〜${r.maxMinutes}` : ''} 分` : '';
    out.push(`  - ${r.kind}${minutes}: 条項 ${r.clause}（${line(at)}）「${short(r.quote ?? '', 50)}」`);
  }
  out.push('');
  if (faqs.length) {
    out.push(`- よくある質問の下書き ${faqs.length} 件 → faq/（suggested: true、確かめるまで公開されません）:`, '');
    for (const f of faqs) out.push(`  - faq/${f.id}.md: ${f.question}`);
    out.push('');
  }
  out.push('## 確かでないもの（原文と見比べてください）', '');
  if (!imp.unsure.length) out.push('- ありません。');
  for (const u of imp.unsure) out.push(`- ${u.line ? `${line(u.line)}: ` : ''}${u.message}`);
  out.push('');
  out.push('## 入れなかったもの', '');
  if (!imp.leftOut.length) out.push('- ありません。');
  const groups = new Map<LeftOut['what'], LeftOut[]>();
  for (const l of imp.leftOut) groups.set(l.what, [...(groups.get(l.what) ?? []), l]);
  for (const [what, list] of groups) {
    const items = list.slice(0, 8).map((l) => `${what === 'contents' ? l.text : `「${short(l.text, 40)}」`}${l.pages ? `（${l.pages.length} ページ: ${l.pages.join(', ')}）` : l.line ? `（${line(l.line)}）` : ''}`);
    out.push(`- ${LEFT_OUT[what]}: ${items.join('、')}${list.length > 8 ? ` ほか ${list.length - 8} か所` : ''}`);
  }
  if (groups.has('extension')) out.push('  内線番号を外したことを版に書くときは、その条項に omitted: のブロックを足してください。');
  out.push('');
  out.push('## 次にすること', '');
  out.push(
    `1. policy.yaml の条項の区切り・見出し・箇条書きを原文（${kept}）と見比べる。直すときも原文の言葉のまま（npm run check が照らし合わせます）。`,
    '2. edition.yaml の city（よみがな・都道府県）、document を確かめる。',
    '3. edition.yaml の suggested: true を一つずつ確かめ、正しければその行を消す（定義の型、対応の規則、取組）。違っていれば直すか消す。',
    `4. npm run draft-faqs -- ${req.slug} で、確かめた規則からよくある質問の下書きを作る。faq/ の下書きも確かめて suggested の行を消す。`,
    '5. npm run check で、問題がないことを確かめる。',
    `6. npm run build -- --edition ${req.slug} でこの版だけをビルドし、npm run preview で見る。`,
    '7. 公開するとき: edition.yaml に site（公開先の URL）を書き、draft: false にする。',
  );
  return `${out.join('\n')}\n`;
}
