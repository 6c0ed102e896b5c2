/**
 * Files to import, made in the test: a PDF (pdfkit, the project's BIZ UDPGothic) with a running
 * header, page numbers, a paragraph that wraps and runs across a page break, and a reading set as
 * small kana above its kanji; a PDF with no text at all; a Word file (docx). The town is fictional.
 */
import PDFDocument from 'pdfkit';
import { AlignmentType, Document, HeadingLevel, Packer, Paragraph, Table, TableCell, TableRow, TextRun, WidthType } from 'docx';

export const FONT = 'node_modules/@expo-google-fonts/biz-udpgothic/400Regular/BIZUDPGothic_400Regular.ttf';

const pdfBytes = (draw: (doc: PDFKit.PDFDocument) => void, margin = 72): Promise<Uint8Array> =>
  new Promise((resolve, reject) => {
    const doc = new PDFDocument({ size: 'A4', margin, info: { Title: '見本町カスタマーハラスメント対策基本方針' } });
    const chunks: Buffer[] = [];
    doc.on('data', (c: Buffer) => chunks.push(c));
    doc.on('end', () => resolve(new Uint8Array(Buffer.concat(chunks))));
    doc.on('error', reject);
    draw(doc);
    doc.end();
  });

/** The words the PDF carries, to assert on. */
export const PDF_WORDS = {
  title: '見本町職員カスタマーハラスメント対策基本方針',
  header: '見本町カスタマーハラスメント対策基本方針（令和８年４月）',
  long: '見本町は、町民の皆様から寄せられるご意見やご要望を大切にし、行政サービスの向上につなげます。一方で、職員の人格を否定する言動や暴力など、職員の尊厳を傷つける行為には、組織として毅然と対応し、職員を守ります。この方針は、町民の皆様と職員がお互いに尊重し合える関係を築くために定めるものです。',
  ruby: { before: '大声や', base: '恫喝', reading: 'どうかつ', after: 'など威圧的な言動' },
  items: ['面談や電話の時間は、原則として３０分以内とします。', '面談は、複数の職員で対応し、録音します。'],
} as const;

/**
 * Two A4 pages, 10.5 pt body: a header on each page, "- 1 -" at the foot, headings １ and （１）,
 * a long paragraph that pdfkit wraps (and that continues on page 2), a line with ruby.
 */
export function policyPdf(): Promise<Uint8Array> {
  return pdfBytes((doc) => {
    const left = 72;
    const width = 451;
    const size = 10.5;
    let page = 0;
    // The running header and the page number, drawn outside the text area of every page.
    const furniture = () => {
      page += 1;
      const { x, y } = doc;
      const bottom = doc.page.margins.bottom;
      doc.page.margins.bottom = 0;
      doc.fontSize(8).text(PDF_WORDS.header, left, 36, { lineBreak: false });
      doc.fontSize(9).text(`- ${page} -`, 285, 800, { lineBreak: false });
      doc.page.margins.bottom = bottom;
      doc.fontSize(size);
      doc.x = x;
      doc.y = y;
    };
    doc.on('pageAdded', furniture);
    doc.font(FONT);
    furniture();
    doc.fontSize(14).text(PDF_WORDS.title, left, 90, { lineBreak: false });
    doc.fontSize(size).text('令和８年４月１日策定', 400, 120, { lineBreak: false });
    doc.text('１ 基本的な考え方', left, 160, { lineBreak: false });
    // Low on page 1: pdfkit wraps the paragraph at the margin and carries it over to page 2.
    doc.text(`\u3000${PDF_WORDS.long}`, left, 730, { width, lineGap: 6 });
    const y0 = doc.y + 24;
    doc.text('２ カスタマーハラスメントに該当する行為', left, y0, { lineBreak: false });
    // Ruby: small kana centred above the two kanji it reads.
    const { before, base, reading, after } = PDF_WORDS.ruby;
    const y = y0 + 30;
    const x = left + doc.widthOfString('　') + doc.widthOfString(before);
    const baseWidth = doc.widthOfString(base);
    doc.text(`\u3000${before}${base}${after}`, left, y, { lineBreak: false });
    doc.fontSize(5.25);
    doc.text(reading, x + (baseWidth - doc.widthOfString(reading)) / 2, y - 6.5, { lineBreak: false });
    doc.fontSize(size);
    doc.text('３ カスタマーハラスメントへの対応', left, y + 40, { lineBreak: false });
    doc.text('（１）時間と記録について', left + 10.5, y + 65, { lineBreak: false });
    PDF_WORDS.items.forEach((item, i) => doc.text(`・${item}`, left + 21, y + 90 + i * 22, { lineBreak: false }));
  });
}

/** A PDF of one page with shapes only: what a scan without OCR looks like to a reader. */
export function scannedPdf(): Promise<Uint8Array> {
  return pdfBytes((doc) => {
    doc.rect(72, 72, 300, 400).fill('#dddddd');
    doc.rect(90, 100, 200, 12).fill('#333333');
  });
}

export const DOCX_WORDS = {
  title: '見本村カスタマーハラスメント対策基本方針',
  definition: 'カスタマーハラスメントとは、村民等からの著しい迷惑行為（暴行、脅迫その他の違法な行為又は正当な理由がない過度な要求、暴言その他の不当な行為をいいます。）であって、職員の就業環境を害するものをいいます。',
  items: ['① 身体的な攻撃（暴行、傷害）', '② 精神的な攻撃（脅迫、侮辱、暴言）', '③ 土下座の要求'],
  table: [
    ['場面', '目安'],
    ['電話', '３０分'],
    ['面談', '１時間'],
  ],
} as const;

/** A Word file with Heading styles, a list with typed markers, a table and a date. */
export async function policyDocx(): Promise<Uint8Array> {
  const p = (text: string, extra: Record<string, unknown> = {}) => new Paragraph({ children: [new TextRun(text)], ...extra });
  const doc = new Document({
    sections: [
      {
        children: [
          p(DOCX_WORDS.title, { heading: HeadingLevel.TITLE }),
          p('令和８年４月１日施行', { alignment: AlignmentType.RIGHT }),
          p('第１　目的', { heading: HeadingLevel.HEADING_1 }),
          p('この方針は、村民の皆様の声を大切にしながら、職員が安心して働ける環境を守るために定めます。'),
          p('第２　定義', { heading: HeadingLevel.HEADING_1 }),
          p(DOCX_WORDS.definition),
          p('第３　該当する行為', { heading: HeadingLevel.HEADING_1 }),
          ...DOCX_WORDS.items.map((t) => p(t)),
          p('第４　対応の時間', { heading: HeadingLevel.HEADING_1 }),
          new Table({
            width: { size: 100, type: WidthType.PERCENTAGE },
            rows: DOCX_WORDS.table.map((row) => new TableRow({ children: row.map((cell) => new TableCell({ children: [p(cell)] })) })),
          }),
          p('対応の時間は、上の表を目安とします。'),
        ],
      },
    ],
  });
  return new Uint8Array(await Packer.toBuffer(doc));
}
