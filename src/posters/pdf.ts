/**
 * A poster as a tagged PDF, drawn with PDFKit from the same layout as the PNG: its words are real
 * text in the embedded (subset) font, on the baselines satori gives them, in reading order; the
 * structure tree says what each is (H1 headline, H2 heading, P, L/LI/LBody for scenes and items,
 * Figure with alternative text for the QR code), and bands, cards and pictograms are artifacts
 * (each pictogram stands beside the words that name its behaviour). The document's language, its
 * title shown in the title bar, and every line of text in the metadata as well.
 */
import PDFDocument from 'pdfkit';
import { FORMATS, mmToPx, type LayoutOk, type Placed, type PosterSize } from '../lib/posters/layout.ts';
import type { Palette } from '../lib/posters/palette.ts';
import { posterUi } from '../lib/posters/poster-text.ts';
import { posterFonts } from './fonts.ts';
import { baselineOf, ICON_IN_DISC, inkColour, preparePoster, qrPathAt, textBox, type PosterJob } from './render.ts';

type Text = Extract<Placed, { kind: 'text' }>;
type Doc = InstanceType<typeof PDFDocument>;
type Struct = ReturnType<Doc['struct']>;

/** The standard structure type of a poster line. */
const STRUCTURE = { headline: 'H1', heading: 'H2', lead: 'P', text: 'P', closing: 'P', note: 'P' } as const;

export async function posterPdf(job: PosterJob, size: PosterSize): Promise<Uint8Array> {
  const { layout, palette } = preparePoster(job, size);
  const format = FORMATS[size];
  if (!format.pt) throw new Error(`${size} is a screen, not paper: it has no PDF.`);
  const [pw, ph] = format.pt;
  const s = 72 / format.dpi;
  // The drawing in px is a hair smaller than the page in points: centre it, as the PNG is the page.
  const ox = (pw - format.px[0] * s) / 2;
  const oy = (ph - format.px[1] * s) / 2;
  const pt = (mm: number) => mmToPx(mm, format.dpi) * s;

  const doc = new PDFDocument({
    size: [pw, ph],
    margin: 0,
    pdfVersion: '1.7',
    tagged: true,
    lang: job.lang,
    displayTitle: true,
    info: {
      Title: job.title,
      Author: job.city,
      Subject: [...job.lines.map((l) => l.text), job.city, job.source].join('\n'),
      Keywords: ['カスタマーハラスメント', job.city].join(', '),
      Creator: 'Otagai',
      Producer: 'PDFKit',
      // Never the time of drawing: a build is a pure function of the commit.
      CreationDate: new Date(`${job.dated ?? '2000-01-01'}${job.dated?.length === 7 ? '-01' : ''}T00:00:00Z`),
    },
  });
  const chunks: Buffer[] = [];
  doc.on('data', (c: Buffer) => chunks.push(c));
  const done = new Promise<Buffer>((resolve, reject) => {
    doc.on('end', () => resolve(Buffer.concat(chunks)));
    doc.on('error', reject);
  });
  const fonts = posterFonts();
  // PDFKit takes a parsed font as it takes a file (its types know only files).
  doc.registerFont('w400', fonts.pdf[400] as unknown as Buffer);
  doc.registerFont('w700', fonts.pdf[700] as unknown as Buffer);

  // Shapes first (under the text), as one artifact.
  doc.markContent('Artifact', { type: 'Layout' });
  drawShapes(doc, layout, job, palette, { ox, oy, pt });
  doc.endMarkedContent();

  const root = doc.struct('Document', { lang: job.lang });
  doc.addStructure(root);
  const texts = layout.items.filter((i): i is Text => i.kind === 'text');
  const linesOf = (block: Text['block']) => texts.filter((t) => t.block === block);
  const draw = (item: Text) => () => {
    const box = textBox(item, format.dpi);
    const metrics = fonts.metrics[item.weight];
    doc
      .font(`w${item.weight}`)
      .fontSize(box.fontSize * s)
      .fillColor(inkColour(item.ink, palette))
      .text(item.text, ox + box.left * s, oy + baselineOf(box, metrics.ascender, metrics.descender) * s, { lineBreak: false, baseline: 'alphabetic' });
  };
  const element = (type: string, items: Text[]) => doc.struct(type as never, {}, items.map(draw));

  let list: Struct | undefined;
  job.lines.forEach((line, index) => {
    const items = linesOf(index);
    if (line.role === 'item' || line.role === 'scene') {
      const previous = job.lines[index - 1]?.role;
      if (!list || previous !== line.role) {
        list?.end();
        list = doc.struct('L');
        root.add(list);
      }
      const li = doc.struct('LI');
      list.add(li);
      li.add(element('LBody', items));
      li.end();
      return;
    }
    list?.end();
    list = undefined;
    root.add(element(STRUCTURE[line.role], items));
  });
  list?.end();

  root.add(element('P', linesOf('city')));
  root.add(element('P', linesOf('source')));
  const qr = layout.items.find((i) => i.kind === 'qr');
  if (job.url && qr?.kind === 'qr') {
    root.add(element('P', [...linesOf('caption'), ...linesOf('url')]));
    root.add(
      doc.struct('Figure', { alt: posterUi(job.lang).qrAlt(job.url) }, () => {
        // The same module grid as the PNG's, in its px, scaled onto the page.
        doc.save();
        doc.translate(ox, oy).scale(s);
        doc.path(qrPathAt(job.url!, mmToPx(qr.x, format.dpi), mmToPx(qr.y, format.dpi), mmToPx(qr.size, format.dpi))).fill(palette.text);
        doc.restore();
      }),
    );
  }
  root.end();
  doc.end();
  return new Uint8Array(await done);
}

function drawShapes(doc: Doc, layout: LayoutOk, job: PosterJob, palette: Palette, at: { ox: number; oy: number; pt: (mm: number) => number }): void {
  const x = (mm: number) => at.ox + at.pt(mm);
  const y = (mm: number) => at.oy + at.pt(mm);
  for (const item of layout.items) {
    if (item.kind === 'rect') {
      const fill = item.fill === 'accent' ? palette.accent : palette.tint;
      if (item.radius) doc.roundedRect(x(item.x), y(item.y), at.pt(item.width), at.pt(item.height), at.pt(item.radius)).fill(fill);
      else doc.rect(x(item.x), y(item.y), at.pt(item.width), at.pt(item.height)).fill(fill);
    } else if (item.kind === 'pictogram') {
      const r = at.pt(item.size / 2);
      doc.circle(x(item.x) + r, y(item.y) + r, r).fill(palette.accent);
      const icon = job.pictograms[item.name];
      if (!icon) continue;
      const inner = item.size * ICON_IN_DISC;
      doc.save();
      doc.translate(x(item.x + (item.size - inner) / 2), y(item.y + (item.size - inner) / 2));
      doc.scale(at.pt(inner) / icon.size);
      for (const d of icon.paths) doc.path(d).fill(palette.onAccent);
      doc.restore();
    }
  }
}
