/** /compare.json: how the editions differ, as open data, published as JSON Schema at /schema/compare.v1.json. */
import { z } from 'zod';
import { idSchema } from './common.ts';
import { channelSchema, ruleBasisSchema, ruleKindSchema } from './rules.ts';
import { behaviourKindSchema, definitionFamilySchema } from './shared.ts';

/** Where a cell's words stand in its city's document. */
const cited = {
  url: z.string().min(1).describe('Path of the cited clause on this site, e.g. /sakaide/policy/#response-time-limit'),
  clause: z.string().min(1).describe('Headings of the cited clause and those above it, as the city numbers them'),
  source: z.string().min(1).optional().describe("Title of the source, when it is not the edition's main document"),
};

/** Per edition slug, the cells of one row; an empty list: the edition's document does not state it. */
const bySlug = <T extends z.ZodType>(cell: T) => z.record(idSchema, z.array(cell));

export const comparisonDataSchema = z
  .object({
    $schema: z.url(),
    version: z.literal(1),
    description: z.string().min(1).describe('What the file holds, in Japanese'),
    editions: z
      .array(
        z.object({
          slug: idSchema,
          city: z.string().min(1).describe('市区町村名'),
          prefecture: z.string().min(1).describe('都道府県名'),
          document: z.string().min(1).describe("Title of the city's document"),
          url: z.string().min(1).describe("Path of the edition's home on this site"),
          definitionFamily: idSchema.describe('Definition family id'),
        }),
      )
      .describe('The editions compared, in the order of the columns'),
    definitions: z
      .array(
        z.object({
          family: definitionFamilySchema.pick({ id: true, label: true, summary: true }),
          editions: z.array(z.object({ slug: idSchema, text: z.array(z.string()).describe("The city's definition, block by block, in its words"), ...cited })),
        }),
      )
      .describe('Each definition family with the definitions of the editions that use it'),
    behaviours: z
      .array(
        z.object({
          ...behaviourKindSchema.pick({ id: true, label: true, group: true }).shape,
          listedBy: z.array(idSchema).describe('Slugs of the editions that list this kind of behaviour'),
          onlyOne: z.boolean().describe('Exactly one edition lists it (of two or more)'),
          cells: bySlug(z.object({ text: z.string().min(1).describe("The example in the city's words"), ...cited })),
        }),
      )
      .describe('The shared behaviour taxonomy × editions: each cell is the examples an edition lists'),
    behavioursListedByNone: z.array(idSchema).describe('Taxonomy ids no edition lists'),
    rules: z
      .array(
        z.object({
          topic: idSchema.describe('What the rules are about: time-limit, recording, filming, police, lawyer, decided-by'),
          cells: bySlug(
            z.object({
              kind: z.enum([...ruleKindSchema.options, 'decided-by']).describe("The rule's kind; decided-by: what the city says about who judges"),
              basis: ruleBasisSchema.optional(),
              minutes: z.number().int().positive().optional(),
              maxMinutes: z.number().int().positive().optional(),
              startsAfterDeadlock: z.literal(true).optional(),
              channels: z.array(channelSchema).optional(),
              quote: z.string().min(1).optional().describe("The city's words the rule rests on"),
              announcement: z.string().min(1).optional(),
              ...cited,
            }),
          ),
        }),
      )
      .describe('Response rules side by side, by topic'),
  })
  .describe('How the editions of Otagai differ: definitions, behaviours listed and response rules, each in the cities’ words');
export type ComparisonData = z.infer<typeof comparisonDataSchema>;
