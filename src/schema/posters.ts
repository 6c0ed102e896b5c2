/** posters.yaml: an edition's printable posters, each line citing its clause. */
import { z } from 'zod';
import { idSchema } from './common.ts';

export const posterKinds = ['awareness', 'recording-notice', 'counter-card', 'stance'] as const;
export const posterRoles = ['headline', 'lead', 'heading', 'item', 'text', 'closing', 'note'] as const;

const posterLine = z
  .strictObject({
    role: z
      .enum(posterRoles)
      .describe('How the line is set: headline (the band at the top), lead, heading, item (a list entry), text, closing (the message), note (small print)'),
    text: z.string().trim().min(1, { error: 'empty' }).describe("The words printed: the city's exact words in the cited clause, unless reworded says why they differ"),
    clause: idSchema.describe('Clause (or list item) id the line comes from'),
    reworded: z
      .string()
      .trim()
      .min(1, { error: 'empty' })
      .optional()
      .describe("Only when the poster's words differ from the clause: why, and how they follow from it"),
  })
  .describe('One line of a poster, citing its clause');

export const posterSchema = z
  .strictObject({
    id: idSchema.describe('File name of the poster: /<slug>/posters/<id>-a4.pdf'),
    kind: z.enum(posterKinds).describe('awareness 啓発ポスター; recording-notice 録音のお知らせ; counter-card 窓口での対応; stance 基本姿勢'),
    sizes: z
      .array(z.enum(['a4', 'a3']))
      .min(1)
      .default(['a4', 'a3'])
      .describe('Paper sizes (portrait); a long list that cannot fit A4 is printed on A3 only'),
    lines: z.array(posterLine).min(1).describe("The poster's words, top to bottom"),
  })
  .describe('One printable poster of an edition');
export type Poster = z.infer<typeof posterSchema>;

export const postersFileSchema = z.strictObject({ posters: z.array(posterSchema).min(1) }).describe('The posters of one edition: posters.yaml');
export type PostersFile = z.infer<typeof postersFileSchema>;
