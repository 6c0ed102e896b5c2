/**
 * A policy page as search records, one per clause: a resident's answer is often one clause
 * (a listed behaviour, a measure), so each clause is a result of its own, linking to
 * /<slug>/policy/#<clause-id> with the clause's heading as its title. A clause's text is its own:
 * its sub-clauses and listed items with ids are records of their own.
 */
import { walkText } from './page-text.ts';

export interface ClauseRecord {
  url: string;
  /** The clause's heading (number and title), or a listed item's words. */
  title: string;
  /** The heading of the clause it belongs to (for a listed item or an untitled clause). */
  context: string;
  content: string;
}

/** A clause is a titled section (id on its heading), an untitled one (id on the section), or a listed item with an id. */
const CLAUSE = 'section.clause > h2[id], section.clause > h3[id], section.clause > h4[id], section.clause > h5[id], section.clause > h6[id], section.clause[id], main li[id]';
/** What is not a clause's own text: its sub-clauses and items (records of their own), list markers (①), readings, words search ignores. */
const notOwn = (el: Element) =>
  (el.tagName === 'SECTION' && el.classList.contains('clause')) ||
  (el.tagName === 'LI' && el.hasAttribute('id')) ||
  el.classList.contains('marker') ||
  el.tagName === 'RT' ||
  el.tagName === 'RP' ||
  el.hasAttribute('data-pagefind-ignore');
/** Blocks are words apart: a poster's listed lines would otherwise run together (言動拘束的な行動). */
const BLOCKS = new Set(['P', 'LI', 'H1', 'H2', 'H3', 'H4', 'H5', 'H6', 'DT', 'DD', 'TR']);

const squash = (s: string) => s.replace(/\s+/g, ' ').trim();

/** A clause's own text, read in place (a copy of each clause would copy its sub-clauses again and again). */
const ownText = (root: Element): string => squash(walkText(root, notOwn, BLOCKS, ' '));

/** The heading of the nearest titled clause around an element. */
function contextOf(el: Element): string {
  for (let section = el.parentElement?.closest('section.clause'); section; section = section.parentElement?.closest('section.clause')) {
    const heading = section.querySelector(':scope > h2, :scope > h3, :scope > h4, :scope > h5, :scope > h6');
    if (heading) return squash(heading.textContent ?? '');
  }
  return '';
}

const short = (text: string, max = 60) => (text.length > max ? `${text.slice(0, max - 1)}…` : text);

/** The records of a policy page's search body (src/lib/search/page-text.ts searchBody). */
export function clauseRecords(body: Element | null, pageUrl: string): ClauseRecord[] {
  const records: ClauseRecord[] = [];
  for (const el of body?.querySelectorAll(CLAUSE) ?? []) {
    const isHeading = /^H\d$/.test(el.tagName);
    const root = isHeading ? el.parentElement! : el;
    const content = ownText(root);
    if (!content) continue;
    const heading = isHeading ? squash(el.textContent ?? '') : '';
    const firstLine = el.tagName === 'LI' ? ownText(el.querySelector(':scope > h4, :scope > span:last-of-type') ?? el) : content;
    records.push({ url: `${pageUrl}#${el.id}`, title: heading || short(firstLine), context: isHeading ? '' : contextOf(el), content });
  }
  return records;
}

/**
 * What is indexed of a record: its title and its text, the title once. A listed item's text is
 * its title, and the excerpt would show it twice ("居座り… 6居座り…").
 */
export function recordText({ title, content }: ClauseRecord): string {
  return content.startsWith(title.replace(/…$/, '')) ? content : `${title} ${content}`;
}
