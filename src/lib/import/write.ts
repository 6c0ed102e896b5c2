/**
 * The files of an imported draft edition, as text: edition.yaml (prefilled, suggestions marked),
 * policy.yaml (each clause with the line of the source it starts at), the kept source. Pure: the
 * CLI writes them.
 */
import { Document, isMap, isSeq, type YAMLMap } from 'yaml';
import type { Clause, EditionInput } from '../../schema/index.ts';
import type { GovernmentKind } from '../local-government.ts';
import { normaliseSourceText } from '../source-text.ts';
import type { ReadDocument } from './model.ts';
import type { Imported } from './pipeline.ts';

export interface ImportRequest {
  slug: string;
  name: string;
  prefecture?: string | undefined;
  /** The kind of local government, given or read from the name (src/lib/new-government.ts). */
  kind: GovernmentKind;
  code?: string | undefined;
  reading?: string | undefined;
  url?: string | undefined;
  /** The file as the city gave it (its name is recorded). */
  fileName: string;
  /** The kept source's file name, e.g. policy.txt. */
  keptName: string;
  today: string;
}

export const PLACEHOLDER = { prefecture: '都道府県', reading: 'よみがな' } as const;

const FORMS: Record<ReadDocument['format'], string> = {
  pdf: 'PDF 文書',
  html: 'ウェブページ',
  docx: 'Word 文書',
  text: 'テキスト',
};

/** A clause with its keys in reading order, empty parts left out. */
function tidyClause(c: Clause): Record<string, unknown> {
  return {
    id: c.id,
    ...(c.number ? { number: c.number } : {}),
    ...(c.title ? { title: c.title } : {}),
    ...(c.body.length ? { body: c.body } : {}),
    ...(c.clauses?.length ? { clauses: c.clauses.map(tidyClause) } : {}),
  };
}

const yamlText = (doc: Document) => doc.toString({ lineWidth: 0, flowCollectionPadding: false });

export function policyYaml(imp: Imported, req: ImportRequest): string {
  const doc = new Document({ clauses: imp.clauses.map(tidyClause) });
  // Each clause says where it starts in the kept source.
  const mark = (seq: unknown) => {
    if (!isSeq(seq)) return;
    for (const item of seq.items) {
      if (!isMap(item)) continue;
      const id = String((item as YAMLMap).get('id'));
      const line = imp.lines.get(id);
      if (line) item.commentBefore = ` 原文 ${line} 行目`;
      mark((item as YAMLMap).get('clauses', true));
    }
  };
  mark(doc.get('clauses', true));
  doc.commentBefore = [
    ` ${req.name}の文書の本文（npm run import で ${req.fileName} から作った下書き）。`,
    ` 番号・見出し・文言は原文のとおりです。「原文 N 行目」は source/${req.keptName} の行です。`,
    ' id は他のページから引用する名前で、公開すると URL の一部（#s1-2）になります。公開する前なら、',
    ' 分かりやすい名前（basic-idea など）に変えてかまいません（edition.yaml と faq/ の引用も合わせて直します）。',
    ' 原文にない言葉は書けません（npm run check が原文と照らし合わせます）。',
  ].join('\n');
  return yamlText(doc);
}

export function editionData(imp: Imported, doc: ReadDocument, req: ImportRequest): EditionInput {
  const title = imp.title ?? `${req.name}の文書`;
  const definition = imp.definition;
  const firstClause = imp.clauses[0]?.id ?? 's1';
  return {
    city: {
      name: req.name,
      reading: req.reading?.trim() || PLACEHOLDER.reading,
      prefecture: req.prefecture?.trim() || PLACEHOLDER.prefecture,
      kind: req.kind,
      ...(req.code ? { code: req.code } : {}),
    },
    draft: true,
    theme: { accent: '#264d73' },
    document: {
      title,
      kind: imp.kind,
      dates: imp.dates,
      ...(imp.signatory ? { signatory: imp.signatory } : {}),
      source: 'document',
    },
    sources: [
      {
        id: 'document',
        title,
        publisher: req.name,
        form: FORMS[doc.format],
        ...(imp.dates[0] ? { date: imp.dates[0].asWritten } : {}),
        ...(req.url ? { url: req.url } : {}),
        transcribedFrom: req.fileName,
        format: doc.format,
        retrieved: req.today,
        kept: `source/${req.keptName}`,
      },
    ],
    definition: definition
      ? { family: definition.family, clause: definition.clause, ...(definition.found ? { quote: definition.quote } : {}), suggested: true }
      : { family: 'law-2025-three-elements', clause: firstClause, suggested: true },
    stance: [imp.stance ?? firstClause],
    rules: imp.rules,
    measures: imp.measures,
    contacts: [],
    publication: [`この版は、${req.fileName}（${FORMS[doc.format]}）を npm run import で読み込んだ下書きです。`],
    revisions: [{ date: req.today, summary: '版を作成しました（下書き、npm run import）。' }],
  };
}

export function editionYaml(imp: Imported, doc: ReadDocument, req: ImportRequest): string {
  const data = editionData(imp, doc, req);
  const { contacts: _, theme: __, ...shown } = data;
  const ydoc = new Document(shown);
  const at = (path: Array<string | number>) => ydoc.getIn(path, true) as { commentBefore?: string | null; comment?: string | null } | undefined;
  ydoc.commentBefore = [
    ` ${req.name}の版（npm run import で ${req.fileName} から作った下書き、${req.today}）。`,
    ` 読み取りの報告: source/import-report.md（どこに何を置いたか、確かでないもの、入れなかったもの）。`,
    ' suggested: true は、npm run import が原文から見つけた提案です。公開されません。',
    ' 条項と引用（quote）を原文と見比べて、正しければ suggested の行を消してください。違っていれば直すか、提案ごと消します。',
    ' 提案が残っているあいだは draft: true のままにします（公開する版には残せません）。',
  ].join('\n');
  const note = (path: Array<string | number>, text: string) => {
    const node = ydoc.getIn(path, true) as { commentBefore?: string | null } | undefined;
    if (node) node.commentBefore = text;
  };
  const pairNote = (key: string, text: string) => {
    const map = ydoc.contents as YAMLMap;
    const pair = map.items.find((p) => String((p.key as { value?: unknown }).value ?? p.key) === key);
    if (pair) (pair.key as { commentBefore?: string }).commentBefore = text;
  };
  if (!req.reading) note(['city', 'reading'], ' ひらがなで書いてください');
  if (!req.prefecture) note(['city', 'prefecture'], ' 例: 香川県');
  const kinds = ' 種類: prefecture 都道府県、city 市、ward 特別区（東京都の区）、town 町、village 村';
  note(['city', 'kind'], req.code ? kinds : `${kinds}\n 全国地方公共団体コード（code: '000000'、検査数字を含む 6 桁）を、公開する前に書き足してください`);
  pairNote('definition', imp.definition?.found
    ? ` 定義の型: ${imp.definition.because}。quote はその言葉です。`
    : ' 定義の型を原文から判定できませんでした。content/shared/definition-families.yaml から選んでください。');
  pairNote('stance', ' この方針の考え方が書かれた条項（版のトップページに引用されます）');
  pairNote('rules', ' 原文から見つけた対応の規則の提案。原文にない規則は書かないでください。');
  pairNote('measures', ' 原文から見つけた取組の提案。');
  const find = lineFinder(doc.kept);
  const where = (quote: string | undefined, clause: string) => (quote && find(quote, imp.lines.get(clause))) || imp.lines.get(clause);
  for (const key of ['rules', 'measures'] as const)
    imp[key].forEach((r, i) => {
      const line = where(r.quote, r.clause);
      if (line) at([key, i])!.commentBefore = ` 原文 ${line} 行目`;
    });
  return yamlText(ydoc);
}

/** The kept source's file name: the file's own name, as .txt. */
export function keptName(fileName: string): string {
  const base = fileName.split(/[\\/]/).at(-1)!.replace(/\.[^.]+$/, '') || 'source';
  return `${base.replace(/[\s\u3000"'<>|?*:]+/g, '-')}.txt`;
}

/** The line of the kept source on which some text starts (widths, spaces and line breaks aside), at or after a line. */
export function lineFinder(kept: string): (text: string, from?: number) => number | undefined {
  const starts: number[] = [];
  let joined = '';
  for (const line of kept.split('\n')) {
    starts.push(joined.length);
    joined += normaliseSourceText(line);
  }
  return (text, from = 1) => {
    const at = joined.indexOf(normaliseSourceText(text), starts[Math.max(0, from - 1)] ?? 0);
    if (at < 0) return undefined;
    let line = starts.findIndex((s) => s > at);
    if (line < 0) line = starts.length;
    return line;
  };
}
