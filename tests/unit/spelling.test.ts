/** Misspelt English queries still find the pages' words, and correct words are left alone. */
import { describe, expect, it } from 'vitest';
import { editDistance, englishWords, nearWords } from '../../src/lib/search/spelling.ts';

const vocabulary = new Set(englishWords('Accommodation, harassment and recorded calls; without realizing; staff and stuff; loss'));

describe('nearWords', () => {
  it('finds the pages’ word one edit away: added, dropped, changed or swapped letters', () => {
    expect(nearWords('accomodation', vocabulary)).toEqual(['accommodation']);
    expect(nearWords('harrassment', vocabulary)).toEqual(['harassment']);
    expect(nearWords('recrded', vocabulary)).toEqual(['recorded']);
    expect(nearWords('realising', vocabulary)).toEqual(['realizing']);
    expect(nearWords('recodred', vocabulary)).toEqual(['recorded']);
  });

  it('leaves a word the pages use, and short words, as typed', () => {
    expect(nearWords('recorded', vocabulary)).toEqual([]);
    expect(nearWords('boss', vocabulary)).toEqual([]);
    expect(nearWords('stiff', vocabulary)).toEqual([]);
  });

  it('finds nothing for a word far from every word of the pages', () => {
    expect(nearWords('lawyer', vocabulary)).toEqual([]);
  });
});

describe('editDistance', () => {
  it('counts a swap of two letters as one edit', () => {
    expect(editDistance('form', 'from', 2)).toBe(1);
    expect(editDistance('kitten', 'sitting', 3)).toBe(3);
    expect(editDistance('a', 'abcdef', 2)).toBe(3);
  });
});
