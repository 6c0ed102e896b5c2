/**
 * What a local government is called on its own pages: 市 of a city, 町 of a town, 村, 区, and 都・道・府・県
 * of a prefecture, read from the end of its name (坂出市 → 市, 架空町 → 町). The interface never says 市 of a town.
 */
const WORDS = ['市', '町', '村', '区', '都', '道', '府', '県'] as const;
export type MunicipalityWord = (typeof WORDS)[number] | '自治体';

export function municipalityWord(name: string): MunicipalityWord {
  const last = name.trim().at(-1);
  return (WORDS as readonly string[]).includes(last ?? '') ? (last as MunicipalityWord) : '自治体';
}

/** Its residents: 市民, 町民…; 住民 when the name gives no word. */
export const residentsWord = (w: MunicipalityWord) => (w === '自治体' ? '住民' : `${w}民`);
