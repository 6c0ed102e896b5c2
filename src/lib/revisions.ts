/** An edition's revisions on this site: first publication, last revision, newest-first history. */
export interface Revision {
  date: string;
  summary: string;
}

export function revisionDates(revisions: Revision[]): { first?: string | undefined; last?: string | undefined } {
  return { first: revisions[0]?.date, last: revisions.at(-1)?.date };
}

export const newestFirst = (revisions: Revision[]) => [...revisions].reverse();
