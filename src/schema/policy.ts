/** policy.yaml: the document's text, clause by clause, in the city's words. */
import { z } from 'zod';
import { idSchema, inlineText } from './common.ts';

/** A list entry: plain text, or text with an id, a marker, behaviour tags and sub-items. */
export interface ListItem {
  id?: string | undefined;
  marker?: string | undefined;
  text: string;
  behaviours?: string[] | undefined;
  items?: ListItem[] | undefined;
}

export const listItemSchema: z.ZodType<ListItem> = z.lazy(() =>
  z.union([
    // A bare string is short for { text }; the pipe says so in the published JSON Schema too.
    inlineText.transform((text) => ({ text })).pipe(z.strictObject({ text: z.string() })),
    z.strictObject({
      id: idSchema.optional().describe('Needed when the item is cited or tagged'),
      marker: z.string().min(1).optional().describe('The marker as written: ①, ア, ・'),
      text: inlineText,
      behaviours: z.array(idSchema).min(1).optional().describe('Shared behaviour taxonomy ids this item is an example of'),
      items: z.array(listItemSchema).min(1).optional(),
    }),
  ]),
);

const offenceRow = z.strictObject({
  offence: z.string().min(1).optional().describe('罪名; omitted when the row continues the offence above (drawn as one cell)'),
  article: z.string().min(1).describe('条文 as written, e.g. 第 249 条 第 1 項'),
  reference: idSchema.describe('Legal reference id of the article (shared legal-references.yaml)'),
  summary: z.string().min(1).describe('概要'),
  penalty: z.string().min(1).optional().describe('法定刑; omitted when the row shares the one above (drawn as one cell)'),
  example: z.string().min(1).optional().describe('(例) as written'),
});

const flowStep = z.strictObject({
  id: idSchema,
  kind: z.enum(['stage', 'decision']).describe('stage: a response stage; decision: the judgement between stages'),
  name: z.string().min(1).describe('Name as the flow chart writes it'),
  when: inlineText.optional().describe("When this step begins, in the city's words"),
  decidedBy: inlineText.optional().describe("Who decides, in the city's words"),
  detail: idSchema.optional().describe('Clause that explains this step in full'),
  actions: z.array(listItemSchema).default([]).describe('What is done at this step'),
  points: z.array(inlineText).default([]).describe('Points the chart highlights'),
  cautions: z.array(listItemSchema).default([]).describe('Cautions the chart attaches to the step'),
  closing: z.array(listItemSchema).default([]).describe('What is done when the step ends'),
});

const tableBlock = z.strictObject({
  caption: z.string().min(1).optional().describe('The caption the document gives the table, when it gives one'),
  columns: z.array(z.string().min(1)).min(2),
  rows: z.array(z.array(z.string())).min(1),
});

/** One block of a clause's body. */
export const blockSchema = z.union([
  inlineText.describe('A paragraph'),
  z.strictObject({ list: z.array(listItemSchema).min(1), ordered: z.boolean().optional() }).describe('A list'),
  z.strictObject({ note: inlineText }).describe('A note (※)'),
  z
    .strictObject({
      caption: z.string().min(1),
      columns: z
        .strictObject({ offence: z.string().min(1), article: z.string().min(1), summary: z.string().min(1), penalty: z.string().min(1), example: z.string().min(1) })
        .describe('Column headings as the document writes them'),
      offences: z.array(offenceRow).min(1),
    })
    .describe('A table of criminal-law offences'),
  z.strictObject({ flow: z.array(flowStep).min(1), caption: z.string().min(1) }).describe('A response flow of stages'),
  z.strictObject({ table: tableBlock }).describe('A table as the document gives it'),
  z.strictObject({ omitted: z.string().min(1) }).describe('Says what this edition leaves out here and why'),
  z.strictObject({ signature: z.array(z.string().min(1)).min(1) }).describe('Date and signatory lines, right-aligned'),
]);
export type Block = z.infer<typeof blockSchema>;

/** An extraction error corrected in a clause, recorded where it stands. */
export const correctionSchema = z.strictObject({
  original: z.string().min(1).describe('The text as the extraction had it'),
  corrected: z.string().min(1).describe('The text as published here'),
  reason: z.string().min(1).describe('Why the correction is plainly an extraction error'),
});
export type Correction = z.infer<typeof correctionSchema>;

/** Words the document itself writes unusually (a likely slip), published as written and said so beside them. */
export const keptAsWrittenSchema = z.strictObject({
  text: z.string().min(1).describe('The words exactly as the document writes them (checked against the clause)'),
  note: z.string().min(1).describe('What is unusual about them, and that they are kept as written'),
});
export type KeptAsWritten = z.infer<typeof keptAsWrittenSchema>;

/** An addressable unit of the city's text, with a stable id (#id on the policy page). */
export interface Clause {
  id: string;
  number?: string | undefined;
  title?: string | undefined;
  source?: string | undefined;
  body: Block[];
  corrections: Correction[];
  keptAsWritten?: KeptAsWritten[] | undefined;
  clauses?: Clause[] | undefined;
}

export const clauseSchema: z.ZodType<Clause, unknown> = z.lazy(() =>
  z.strictObject({
    id: idSchema,
    number: z.string().min(1).optional().describe('Number as written: 1, (1), ア'),
    title: inlineText.optional(),
    source: idSchema
      .optional()
      .describe('Source id of this clause and those under it, when they come from another source than the section above (the main document at the top)'),
    body: z.array(blockSchema).default([]),
    corrections: z.array(correctionSchema).default([]).describe('Extraction errors corrected in this clause'),
    keptAsWritten: z.array(keptAsWrittenSchema).min(1).optional().describe("The document's own slips kept as written in this clause, each said so beside it"),
    clauses: z.array(clauseSchema).min(1).optional(),
  }),
);

export const policySchema = z.strictObject({
  clauses: z.array(clauseSchema).min(1).describe('The document, clause by clause, in its own order'),
});
export type PolicyFile = z.infer<typeof policySchema>;
