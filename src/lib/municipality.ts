/**
 * What a local government is called on its own pages: 市 of a city, 町 of a town, 村, 区, and 都・道・府・県
 * of a prefecture. The word comes from the kind the edition records (city.kind), never from the end of
 * its name, so the interface never says 市 of a town.
 */
import { kindWord, type GovernmentKind, type KindWord } from './local-government.ts';

export type MunicipalityWord = KindWord | '自治体';

/** The word of an edition's local government: its kind's (a prefecture's own 都・道・府・県, from its name). */
export function municipalityWord(city: { name: string; kind: GovernmentKind }): MunicipalityWord {
  return kindWord(city.kind, city.name);
}

/** Its residents: 市民, 町民…; 住民 when the name gives no word. */
export const residentsWord = (w: MunicipalityWord) => (w === '自治体' ? '住民' : `${w}民`);

/** An edition's name where editions are listed: 試町（見本県）, and a prefecture by its name alone. */
export const placeName = (city: { name: string; prefecture: string; kind: GovernmentKind }) => (city.kind === 'prefecture' ? city.name : `${city.name}（${city.prefecture}）`);
