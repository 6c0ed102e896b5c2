/**
 * Stubs for the units a language lacks, written into its translation files beside what is there:
 * each stub holds the Japanese words (to be replaced), the fingerprint they carry, and `todo: true`.
 * Comments and the order of what exists are kept (yaml's Document API).
 */
import { isMap, parseDocument, type Document } from 'yaml';
import type { SourceUnit, UnitSection } from './units.ts';

/** The file of a language's folder each section is written to. */
export const fileOfSection: Record<UnitSection, string> = {
  clauses: 'policy.yaml',
  faqs: 'faq.yaml',
  edition: 'edition.yaml',
  rules: 'edition.yaml',
  measures: 'edition.yaml',
  check: 'check.yaml',
  posters: 'posters.yaml',
};

const HEADER = (language: string) =>
  `# この版の ${language} の訳（このサイトによるもの）。各項目は原文の ID ごと。from は訳した原文の指紋です（docs/translations.md）。\n`;

/** Adds a stub for each unit to the file's text (empty when the file is new); returns the new text. */
export function addStubs(text: string, language: string, units: SourceUnit[]): string {
  const doc: Document = parseDocument(text || HEADER(language));
  for (const u of units) {
    if (!isMap(doc.get(u.section))) doc.set(u.section, doc.createNode({}));
    doc.setIn([u.section, u.id], doc.createNode({ from: u.hash, todo: true, ...(typeof u.shape === 'object' && !Array.isArray(u.shape) ? u.shape : { text: u.shape }) }));
  }
  return doc.toString({ lineWidth: 0 });
}

/** Marks units as translated from the current Japanese: their fingerprint is updated and todo removed. */
export function acceptUnits(text: string, units: SourceUnit[]): { text: string; accepted: string[] } {
  const doc = parseDocument(text);
  const accepted: string[] = [];
  for (const u of units) {
    if (!doc.hasIn([u.section, u.id])) continue;
    doc.setIn([u.section, u.id, 'from'], u.hash);
    doc.deleteIn([u.section, u.id, 'todo']);
    accepted.push(`${u.section}:${u.id}`);
  }
  return { text: doc.toString({ lineWidth: 0 }), accepted };
}
