/**
 * What the readers hand to the shared structuring stage. A reader (PDF, HTML, Word, text) turns a
 * file into the text it keeps (the source, line by line) and the lines of that text with what the
 * layout says about them; everything after that is the same for every format.
 */

/** A line of the kept source, as its reader saw it. */
export interface RawLine {
  text: string;
  /** 1-based line of the kept source text. */
  line: number;
  /** Left and right edge in ems from the text's left margin (wrapped text: where a line ends says whether it goes on). */
  indent: number;
  right: number;
  /** A paragraph gap (a blank line, vertical space) stands before this line. */
  gap: boolean;
  /** An explicit heading of this level (Markdown #, HTML h1–h6). */
  heading?: number | undefined;
  /** An explicit list item at this depth (Markdown -, HTML li), 0 at the top. */
  item?: number | undefined;
  ordered?: boolean | undefined;
  /** Table cells, when the line is a table row; `header` for a row of column headings. */
  cells?: string[] | undefined;
  header?: boolean | undefined;
  caption?: string | undefined;
  /** Set larger than the body text (PDF): a heading even without a marker. */
  large?: boolean | undefined;
  /** A whole block already (an HTML paragraph): never joined to the line before. */
  block?: boolean | undefined;
  /** Continues the line before within one block (an HTML <br>). */
  continues?: boolean | undefined;
  /** A nested part of the document (a figure or quoted document): its numbering is its own. */
  scope?: number | undefined;
  /** Page furniture the reader recognised and the policy leaves out. */
  furniture?: 'header' | 'footer' | 'page-number' | undefined;
}

/** A paragraph, heading or list item after line breaks are read through; or a table. */
export type Unit = TextUnit | TableUnit;

export interface TextUnit {
  kind: 'text';
  text: string;
  line: number;
  lastLine: number;
  heading?: number | undefined;
  item?: number | undefined;
  ordered?: boolean | undefined;
  large?: boolean | undefined;
  scope?: number | undefined;
}

export interface TableUnit {
  kind: 'table';
  rows: string[][];
  header: boolean;
  caption?: string | undefined;
  line: number;
  lastLine: number;
  scope?: number | undefined;
}

/** What a reader made of a file. */
export interface ReadDocument {
  format: 'pdf' | 'html' | 'docx' | 'text';
  /** The text kept as the edition's source, as lines. */
  kept: string;
  lines: RawLine[];
  /** The title the file itself gives (PDF metadata, HTML <title>), when it gives one. */
  title?: string | undefined;
  /** What the reader left out before the structuring stage (site navigation, footers…), for the report. */
  leftOut: LeftOut[];
  /** Readings the reader had to guess, for the report. */
  unsure: Unsure[];
  pages?: number | undefined;
}

export interface LeftOut {
  what: 'header' | 'footer' | 'page-number' | 'navigation' | 'breadcrumbs' | 'site-footer' | 'sidebar' | 'furniture' | 'contents' | 'extension' | 'separator';
  text: string;
  line?: number | undefined;
  /** Pages it stood on (PDF). */
  pages?: number[] | undefined;
}

export interface Unsure {
  line?: number | undefined;
  message: string;
}
