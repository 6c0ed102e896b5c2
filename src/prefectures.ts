/** The prefectures in the national code order, from the build's content folder (content/shared/prefectures.yaml). */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { parse } from 'yaml';
import { z } from 'zod';
import type { Prefecture } from './lib/national.ts';
import { buildOptions } from './paths.ts';

const prefectureList = z.array(z.strictObject({ code: z.string().regex(/^\d{2}$/), name: z.string().regex(/^.+[都道府県]$/), reading: z.string().regex(/^[ぁ-ゖー]+$/) }));

let read: Prefecture[] | undefined;

export function prefectures(): Prefecture[] {
  read ??= prefectureList.parse(parse(readFileSync(join(buildOptions.contentDir, 'shared/prefectures.yaml'), 'utf8')));
  return read;
}
