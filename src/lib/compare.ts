/**
 * How the editions differ, computed from their content alone: the definition family each uses,
 * which behaviours of the shared taxonomy each lists (in its own words, with the item to cite),
 * and the response rules each states side by side. Pure data in, pure data out; the page
 * /compare/ and /compare.json are both drawn from `compareEditions`.
 *
 * Nothing here names a city or holds a rule: an edition that states nothing on a topic gets an
 * empty cell, which the page shows as 記載なし — never a rule borrowed from another edition.
 */
import { comparisonDataSchema, type BehaviourKind, type Block, type Clause, type ComparisonData, type DefinitionFamily, type EditionFile, type ListItem, type ResponseRule } from '../schema/index.ts';
import { citationLabel, walkClauses } from './clauses.ts';
import { escapeHtml, parseInline, plainText, type InlineSegment } from './inline.ts';
import type { SitePaths } from './paths.ts';
import { conditionsNotIn, ruleConditions, type RuleConditions } from './rule-conditions.ts';
import { citationSource, type CitationSource } from './sources.ts';
import { wordsFor, type Words } from './words.ts';

const ja = wordsFor('ja');

/** What the comparison needs of an edition. A page's `Edition` is one; so is an edition read from content with `comparedEdition`. */
export interface ComparedEdition {
  slug: string;
  city: EditionFile['city'];
  document: EditionFile['document'];
  sources: EditionFile['sources'];
  definition: EditionFile['definition'];
  rules: ResponseRule[];
  clauses: Clause[];
  /** The edition's pages, when known (to link to its check guide). */
  pages?: readonly string[] | undefined;
  /** From the edition's check guide: what the city says about who judges or decides. */
  decidedBy?: Array<{ clause: string; quote: string }> | undefined;
}

/** An edition as readContent returns it, shaped for comparison. */
export function comparedEdition(source: {
  slug: string;
  edition: EditionFile;
  policy: { clauses: Clause[] };
  check?: { decidedBy: Array<{ clause: string; quote: string }> } | undefined;
}): ComparedEdition {
  return { ...source.edition, slug: source.slug, clauses: source.policy.clauses, decidedBy: source.check?.decidedBy };
}

// ---------------------------------------------------------------- where a citation comes from

export interface Citation {
  /** The anchor on the edition's policy page (a clause or list item id). */
  anchor: string;
  /** Headings of the clause and those above it, as the city numbers them. */
  label: string;
  /** The source the clause comes from: the city's own document, a list of measures, a third party's case study… */
  source: CitationSource;
}

export function citation(edition: ComparedEdition, anchor: string): Citation {
  return { anchor, label: citationLabel(edition.clauses, anchor), source: citationSource(edition, anchor) };
}

// ---------------------------------------------------------------- behaviours: taxonomy × editions

interface FoundItem {
  item: ListItem;
  /** Tags carried by the items this one sits under. */
  inherited: ReadonlySet<string>;
}

function* walkList(items: ListItem[], inherited: ReadonlySet<string>): Generator<FoundItem> {
  for (const item of items) {
    yield { item, inherited };
    if (item.items) yield* walkList(item.items, new Set([...inherited, ...(item.behaviours ?? [])]));
  }
}

function* itemsOf(clause: Clause): Generator<FoundItem> {
  for (const block of clause.body) {
    if (typeof block !== 'object') continue;
    if ('list' in block) yield* walkList(block.list, new Set());
    if ('flow' in block) for (const step of block.flow) for (const key of ['actions', 'cautions', 'closing'] as const) yield* walkList(step[key], new Set());
  }
}

/** One example a city lists, in its words. */
export interface ListedExample {
  /** Inline text as the city wrote it ({漢字|よみ} readings kept). */
  text: string;
  citation: Citation;
}

export interface MatrixRow {
  behaviour: BehaviourKind;
  /** Per edition, in the order of `Matrix.editions`: the examples tagged with this behaviour (empty: the edition does not list it). */
  cells: ListedExample[][];
  /** Slugs of the editions that list it. */
  listedBy: string[];
  /** Exactly one edition lists it (of two or more). */
  onlyOne: boolean;
}

export interface Matrix {
  editions: string[];
  rows: MatrixRow[];
  /** Taxonomy entries no edition lists. */
  unlisted: BehaviourKind[];
}

/**
 * The examples an edition tags with each taxonomy id. An item under another item that carries
 * the same tag is left out: the cell cites the item above, whose clause shows the details.
 */
export function listedBehaviours(edition: ComparedEdition): Map<string, ListedExample[]> {
  const found = new Map<string, ListedExample[]>();
  for (const { clause } of walkClauses(edition.clauses)) {
    for (const { item, inherited } of itemsOf(clause)) {
      for (const tag of item.behaviours ?? []) {
        if (inherited.has(tag)) continue;
        const anchor = item.id ?? clause.id;
        const list = found.get(tag) ?? [];
        list.push({ text: item.text, citation: citation(edition, anchor) });
        found.set(tag, list);
      }
    }
  }
  return found;
}

export function behaviourMatrix(editions: ComparedEdition[], behaviours: BehaviourKind[]): Matrix {
  const listed = editions.map(listedBehaviours);
  const rows: MatrixRow[] = [];
  const unlisted: BehaviourKind[] = [];
  for (const behaviour of behaviours) {
    const cells = listed.map((m) => m.get(behaviour.id) ?? []);
    const listedBy = editions.filter((_, i) => cells[i]!.length > 0).map((e) => e.slug);
    if (listedBy.length === 0) unlisted.push(behaviour);
    else rows.push({ behaviour, cells, listedBy, onlyOne: listedBy.length === 1 && editions.length > 1 });
  }
  return { editions: editions.map((e) => e.slug), rows, unlisted };
}

// ---------------------------------------------------------------- definitions by family

export interface DefinitionEntry {
  slug: string;
  clause: Clause;
  citation: Citation;
}

export interface FamilyGroup {
  family: DefinitionFamily;
  editions: DefinitionEntry[];
}

/** Families in their shared order, each with the editions that use it; families no edition uses are left out. */
export function definitionsByFamily(editions: ComparedEdition[], families: DefinitionFamily[]): FamilyGroup[] {
  return families
    .map((family) => ({
      family,
      editions: editions
        .filter((e) => e.definition.family === family.id)
        .map((e) => {
          const clause = [...walkClauses(e.clauses)].find(({ clause: c }) => c.id === e.definition.clause)!.clause;
          return { slug: e.slug, clause, citation: citation(e, clause.id) };
        }),
    }))
    .filter((g) => g.editions.length > 0);
}

/**
 * The definition itself, where a page quotes it beside others: the clause's paragraphs and lists.
 * Notes (※ page references such as 「※P7【…】も参照」) are left to the clause the quote links to.
 */
export function definitionBlocks(clause: Clause): Block[] {
  return clause.body.filter((b) => typeof b === 'string' || 'list' in b);
}

/** The words of a definition as plain text, paragraph by paragraph (for JSON). */
export function definitionText(clause: Clause): string[] {
  const listLines = (items: ListItem[]): string[] => items.flatMap((i) => [[i.marker, plainText(i.text)].filter(Boolean).join(' '), ...listLines(i.items ?? [])]);
  return definitionBlocks(clause).flatMap((block) => (typeof block === 'string' ? [plainText(block)] : 'list' in block ? listLines(block.list) : []));
}

// ---------------------------------------------------------------- response rules side by side

export const RULE_TOPICS = [
  { id: 'time-limit', kinds: ['time-limit'] },
  { id: 'recording', kinds: ['recording'] },
  { id: 'filming', kinds: ['filming-ban'] },
  { id: 'police', kinds: ['police'] },
  { id: 'lawyer', kinds: ['lawyer', 'legal-action'] },
] as const satisfies ReadonlyArray<{ id: string; kinds: ReadonlyArray<ResponseRule['kind']> }>;

export type RuleTopicId = (typeof RULE_TOPICS)[number]['id'] | 'decided-by';

export interface RuleEntry {
  kind: ResponseRule['kind'] | 'decided-by';
  basis?: ResponseRule['basis'] | undefined;
  minutes?: number | undefined;
  maxMinutes?: number | undefined;
  startsAfterDeadlock?: boolean | undefined;
  channels?: string[] | undefined;
  announcement?: string | undefined;
  quote?: string | undefined;
  /** The stage, scope and caveats the quote leaves out. */
  conditions?: RuleConditions | undefined;
  citation: Citation;
}

export interface RuleTopic {
  id: RuleTopicId;
  /** Per edition, in the editions' order; empty: the edition's document states nothing on it. */
  cells: RuleEntry[][];
}

export function ruleComparison(editions: ComparedEdition[]): RuleTopic[] {
  const topics: RuleTopic[] = RULE_TOPICS.map((topic) => ({
    id: topic.id,
    cells: editions.map((e) =>
      e.rules
        .filter((r) => (topic.kinds as ReadonlyArray<string>).includes(r.kind))
        .map((r) => ({
          kind: r.kind,
          basis: r.basis,
          minutes: 'minutes' in r ? r.minutes : undefined,
          maxMinutes: 'maxMinutes' in r ? r.maxMinutes : undefined,
          startsAfterDeadlock: 'startsAfterDeadlock' in r ? r.startsAfterDeadlock : undefined,
          channels: 'channels' in r ? r.channels : undefined,
          announcement: 'announcement' in r ? r.announcement : undefined,
          quote: r.quote,
          conditions: conditionsNotIn(ruleConditions(e.clauses, r), r.quote ?? ''),
          citation: citation(e, r.clause),
        })),
    ),
  }));
  topics.push({
    id: 'decided-by',
    cells: editions.map((e) => (e.decidedBy ?? []).map((d) => ({ kind: 'decided-by' as const, quote: d.quote, citation: citation(e, d.clause) }))),
  });
  return topics;
}

// ---------------------------------------------------------------- the whole comparison

export interface Comparison {
  editions: ComparedEdition[];
  families: FamilyGroup[];
  matrix: Matrix;
  rules: RuleTopic[];
}

export function compareEditions(editions: ComparedEdition[], behaviours: BehaviourKind[], families: DefinitionFamily[]): Comparison {
  return {
    editions,
    families: definitionsByFamily(editions, families),
    matrix: behaviourMatrix(editions, behaviours),
    rules: ruleComparison(editions),
  };
}

// ---------------------------------------------------------------- engine wording for numbers

/** 30 → 30分, 60 → 1時間, 90 → 1時間30分. */
export function formatMinutes(minutes: number, t: Words = ja): string {
  const hours = Math.floor(minutes / 60);
  const rest = minutes % 60;
  return hours === 0 ? t('duration.minutes', { minutes: rest }) : rest === 0 ? t('duration.hours', { hours }) : t('duration.hoursMinutes', { hours, minutes: rest });
}

/** The length a time limit states, or undefined when the city gives no number: 1時間, 30分〜1時間, こう着状態になってから30分. */
export function timeLimitLength(rule: Pick<RuleEntry, 'minutes' | 'maxMinutes' | 'startsAfterDeadlock'>, t: Words = ja): string | undefined {
  if (rule.minutes === undefined) return undefined;
  const from = formatMinutes(rule.minutes, t);
  const length = rule.maxMinutes !== undefined ? t('duration.range', { from, to: formatMinutes(rule.maxMinutes, t) }) : from;
  return rule.startsAfterDeadlock ? t('compare.afterDeadlock', { length }) : length;
}

/** Inline text as HTML with its readings as <ruby> and its clause links flattened to text, for use inside a link. */
export function inlineWithoutLinks(source: string): string {
  const render = (segments: InlineSegment[]): string =>
    segments
      .map((s) =>
        s.kind === 'text'
          ? escapeHtml(s.text)
          : s.kind === 'ruby'
            ? `<ruby>${escapeHtml(s.base)}<rp>（</rp><rt data-pagefind-ignore>${escapeHtml(s.reading)}</rt><rp>）</rp></ruby>`
            : render(s.children),
      )
      .join('');
  return render(parseInline(source));
}

// ---------------------------------------------------------------- the same data as JSON (/compare.json)

/** The comparison as open data: plain text, each statement with the URL of the clause it rests on. */
/** /compare.json, parsed with its published schema: what the file holds is what the schema says. */
export function comparisonJson(c: Comparison, paths: Pick<SitePaths, 'clause' | 'edition'>, schemaUrl: string): ComparisonData {
  const cite = (slug: string, x: Citation) => ({
    url: paths.clause(slug, x.anchor),
    clause: x.label,
    source: x.source.title,
  });
  const bySlug = <T>(cells: T[][], map: (slug: string, entry: T) => object) =>
    Object.fromEntries(c.editions.map((e, i) => [e.slug, cells[i]!.map((entry) => map(e.slug, entry))]));
  return comparisonDataSchema.parse({
    $schema: schemaUrl,
    version: 1,
    description: ja('compare.jsonDescription'),
    editions: c.editions.map((e) => ({
      slug: e.slug,
      city: e.city.name,
      prefecture: e.city.prefecture,
      document: e.document.title,
      url: paths.edition(e.slug),
      definitionFamily: e.definition.family,
    })),
    definitions: c.families.map((g) => ({
      family: { id: g.family.id, label: g.family.label, summary: g.family.summary },
      editions: g.editions.map((d) => ({ slug: d.slug, text: definitionText(d.clause), ...cite(d.slug, d.citation) })),
    })),
    behaviours: c.matrix.rows.map((r) => ({
      id: r.behaviour.id,
      label: r.behaviour.label,
      group: r.behaviour.group,
      listedBy: r.listedBy,
      onlyOne: r.onlyOne,
      cells: bySlug(r.cells, (slug, x) => ({ text: plainText(x.text), ...cite(slug, x.citation) })),
    })),
    behavioursListedByNone: c.matrix.unlisted.map((b) => b.id),
    rules: c.rules.map((t) => ({
      topic: t.id,
      cells: bySlug(t.cells, (slug, r) => ({
        kind: r.kind,
        ...(r.basis ? { basis: r.basis } : {}),
        ...(r.minutes !== undefined ? { minutes: r.minutes } : {}),
        ...(r.maxMinutes !== undefined ? { maxMinutes: r.maxMinutes } : {}),
        ...(r.startsAfterDeadlock ? { startsAfterDeadlock: true } : {}),
        ...(r.channels ? { channels: r.channels } : {}),
        ...(r.quote ? { quote: r.quote } : {}),
        ...(r.announcement ? { announcement: r.announcement } : {}),
        ...(r.conditions?.stage ? { stage: { name: r.conditions.stage.name, ...(r.conditions.stage.decidedBy ? { decidedBy: r.conditions.stage.decidedBy } : {}) } } : {}),
        ...(r.conditions?.scope ? { scope: r.conditions.scope.quote } : {}),
        ...(r.conditions?.caveats.length ? { caveats: r.conditions.caveats.map((c) => c.quote) } : {}),
        ...cite(slug, r.citation),
      })),
    })),
  });
}
