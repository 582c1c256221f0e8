import { describe, expect, it } from 'vitest';
import { ces } from '../../src/kpis/index.js';

describe('ces', () => {
  it('gives the mean effort score and the share of easy answers (5–7 of 7)', () => {
    // definition: Gartner, "Customer Effort Score" (CES 2.0, 1–7 agreement with "the company made it
    // easy for me to handle my issue"): mean score, and the share agreeing (5–7)
    const result = ces([{ score: 7 }, { score: 6 }, { score: 5 }, { score: 2 }]);
    expect(result.value).toBe(5);
    expect(result.easy).toMatchObject({ value: 0.75, numerator: 3, denominator: 4 });
  });
  it('defaults easy to above the midpoint on another scale', () => {
    expect(ces([{ score: 4 }, { score: 3 }], { scale: [1, 5] }).easy.value).toBe(0.5);
  });
  it('excludes missing and off-scale scores and returns null for none', () => {
    expect(ces([{ score: 8 }, {}] as { score?: number }[])).toMatchObject({ value: null, count: 0, excluded: 2 });
  });
  it('throws INVALID_OPTION for an easy threshold off the scale', () => {
    expect(() => ces([], { easyFrom: 9 })).toThrow(expect.objectContaining({ code: 'INVALID_OPTION', path: ['easyFrom'] }));
  });
  it('throws INVALID_OPTION at scale for a scale the default easy threshold does not fit, or too wide to sum', () => {
    expect(() => ces([], { scale: [1, 1.5] })).toThrow(
      expect.objectContaining({ code: 'INVALID_OPTION', path: ['scale'], message: 'scale 1–1.5 does not hold the default easyFrom 2: give easyFrom' }),
    );
    expect(() => ces([{ score: 1e308 }, { score: 1e308 }], { scale: [-1e308, 1e308] })).toThrow(expect.objectContaining({ code: 'INVALID_OPTION', path: ['scale'] }));
  });
});
