/** posters.yaml: an edition's printable posters, each line citing its clause. */
import { z } from 'zod';
import { idSchema } from './common.ts';

export const posterKinds = ['awareness', 'recording-notice', 'counter-card', 'stance'] as const;
export const posterRoles = ['headline', 'lead', 'heading', 'scene', 'item', 'text', 'closing', 'note'] as const;
/** Paper sizes (portrait, printed as PDF) and screens (PNG only). */
export const posterSizes = ['a4', 'a3', 'a5', 'signage-landscape', 'signage-portrait'] as const;

const posterLine = z
  .strictObject({
    role: z
      .enum(posterRoles)
      .describe(
        'How the line is set: headline (the band at the top), lead, heading, scene (a card with its pictogram, for a poster written as a message), item (a list entry), text, closing (the message), note (small print)',
      ),
    text: z.string().trim().min(1, { error: 'empty' }).describe("The words printed: the city's exact words in the cited clause, unless reworded says why they differ"),
    clause: idSchema.describe('Clause (or list item) id the line comes from'),
    behaviour: idSchema
      .optional()
      .describe('Shared behaviour taxonomy id whose pictogram a scene or item shows; by default the first behaviour the cited list item is tagged with'),
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
      .array(z.enum(posterSizes))
      .min(1)
      .default(['a4', 'a3'])
      .describe(
        'Where it hangs: paper a4, a3 (portrait posters), a5 (a desk card for the counter), each a PDF; screens signage-landscape (1920 × 1080) and signage-portrait (1080 × 1920), each a PNG. A long list that cannot fit A4 is printed on A3 only',
      ),
    lang: z
      .string()
      .regex(/^[a-z]{2,3}(?:-[A-Za-z0-9]{2,8})*$/, { error: 'lang' })
      .default('ja')
      .describe('Language of the words (BCP 47), written into the PDF and its tags: ja unless the poster is a translation'),
    lines: z.array(posterLine).min(1).describe("The poster's words, top to bottom"),
  })
  .describe('One printable poster of an edition');
export type Poster = z.infer<typeof posterSchema>;
export type PosterSize = (typeof posterSizes)[number];

export const postersFileSchema = z.strictObject({ posters: z.array(posterSchema).min(1) }).describe('The posters of one edition: posters.yaml');
export type PostersFile = z.infer<typeof postersFileSchema>;
