import { describe, expect, it } from 'vitest';
import { checkAccent, contrastRatio } from '../../src/lib/contrast.ts';

describe('contrast', () => {
  it('computes WCAG ratios', () => {
    expect(contrastRatio('#000000', '#ffffff')).toBeCloseTo(21, 5);
    expect(contrastRatio('#767676', '#ffffff')).toBeCloseTo(4.54, 2);
  });
  it('accepts a dark accent under white text and rejects a light one', () => {
    expect(checkAccent('#264d73').ok).toBe(true);
    const light = checkAccent('#7fb2e5');
    expect(light.ok).toBe(false);
    expect(light.text).toBeLessThan(4.5);
  });
});
