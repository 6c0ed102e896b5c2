/**
 * The shared stage after any reader: line breaks read through, the contents list and page
 * furniture left out, the title and dates taken for edition.yaml, the clause tree built, and the
 * definition, stance, rules and measures found. Pure: a reader's lines in, an import out.
 */
import type { Clause, DatedEvent, MeasureInput, ResponseRuleInput } from '../../schema/index.ts';
import { dropContents } from './contents.ts';
import { detectDefinition, detectStance, documentDates, documentKind, signatory, takeTitle, type Definition } from './detect.ts';
import type { LeftOut, ReadDocument, Unit, Unsure } from './model.ts';
import { paragraphs } from './paragraphs.ts';
import { caretReadings } from './readings.ts';
import { buildTree, isDateOnly, toClauses } from './structure.ts';
import { suggest } from './suggest.ts';

export interface Imported {
  format: ReadDocument['format'];
  title?: string | undefined;
  kind: 'basic-policy' | 'response-guideline';
  dates: DatedEvent[];
  signatory?: string | undefined;
  clauses: Clause[];
  /** Where each clause starts in the kept source. */
  lines: Map<string, number>;
  definition?: Definition | undefined;
  stance?: string | undefined;
  rules: ResponseRuleInput[];
  measures: MeasureInput[];
  contents: string[];
  leftOut: LeftOut[];
  unsure: Unsure[];
  titleLine?: number | undefined;
  dateLines: number[];
}

/** Internal extensions (内線 214, 33-1244) are for staff; a resident's page leaves them out. */
const EXTENSION = /[ \u3000]*[（(]内線[ \u3000]*[0-9０-９]{2,5}[）)]|[ \u3000]*内線[ \u3000]*[0-9０-９]{2,5}|(?<![0-9０-９-])[ \u3000]*[0-9０-９]{2}-[0-9０-９]{4}(?![0-9０-９-])/g;

function stripExtensions(units: Unit[], leftOut: LeftOut[]): Unit[] {
  const strip = (text: string, line: number) => {
    const found = text.match(EXTENSION);
    if (!found) return text;
    for (const f of found) leftOut.push({ what: 'extension', text: f.trim(), line });
    return text.replace(EXTENSION, '').trim();
  };
  return units.map((u) => (u.kind === 'table' ? { ...u, rows: u.rows.map((r) => r.map((c) => strip(c, u.line))) } : { ...u, text: strip(u.text, u.line) }));
}

/** 漢字^{よみ} → {漢字|よみ}; each placement is a guess the report names. */
function readings(units: Unit[], unsure: Unsure[]): Unit[] {
  const read = (text: string, line: number) => {
    const r = caretReadings(text);
    for (const g of r.guesses) unsure.push({ line, message: `読み仮名を ${g} と付けました。どの漢字の読みか確かめてください。` });
    return r.text;
  };
  return units.map((u) => (u.kind === 'table' ? { ...u, rows: u.rows.map((r) => r.map((c) => read(c, u.line))) } : { ...u, text: read(u.text, u.line) }));
}

export function structureDocument(doc: ReadDocument): Imported {
  const layout = doc.format === 'pdf' ? 'wrapped' : doc.format === 'text' ? undefined : 'blocks';
  const read = paragraphs(doc.lines, layout);
  const leftOut = [...doc.leftOut, ...read.leftOut];
  const unsure = [...doc.unsure];
  let units = readings(stripExtensions(read.units, leftOut), unsure).filter((u) => u.kind === 'table' || u.text);
  const contents = dropContents(units);
  units = contents.units;
  leftOut.push(...contents.leftOut);
  const titled = takeTitle(units, doc.title);
  units = titled.units;
  const { dates, lines: dateLines } = documentDates(units);
  const signed = signatory(units);
  // A date standing alone before the body is the document's date: edition.yaml shows it.
  const firstBody = units.findIndex((u) => u.kind === 'table' || !isDateOnly(u.text));
  units = units.filter((u, i) => !(i < Math.max(firstBody, 3) && u.kind === 'text' && isDateOnly(u.text) && dates.some((d) => u.text.includes(d.asWritten))));
  const tree = buildTree(units, contents.unmarked);
  const built = toClauses(tree.root, contents.unmarked);
  unsure.push(...tree.unsure, ...built.unsure);
  const definition = detectDefinition(built.clauses);
  const found = suggest(built.clauses, (id) => built.lines.get(id));
  unsure.push(...found.unsure);
  return {
    format: doc.format,
    title: titled.title,
    kind: documentKind(titled.title),
    dates,
    signatory: signed,
    clauses: built.clauses,
    lines: built.lines,
    definition,
    stance: detectStance(built.clauses),
    rules: found.rules,
    measures: found.measures,
    contents: contents.entries,
    leftOut,
    unsure: unsure.sort((a, b) => (a.line ?? 0) - (b.line ?? 0)),
    titleLine: titled.line,
    dateLines,
  };
}
