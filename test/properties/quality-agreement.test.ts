import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { agreement, type AgreementMethod } from '../../src/quality/index.js';

const table = (raters: number) =>
  fc.array(fc.array(fc.option(fc.integer({ min: 1, max: 4 }), { nil: null, freq: 6 }), { minLength: raters, maxLength: raters }), { minLength: 1, maxLength: 25 });

describe('agreement properties', () => {
  it('does not depend on the order of the items', () => {
    fc.assert(
      fc.property(
        table(3).chain((rows) => fc.tuple(fc.constant(rows), fc.shuffledSubarray(rows, { minLength: rows.length }))),
        fc.constantFrom<AgreementMethod>('percent', 'krippendorff'),
        ([rows, shuffled], method) => {
          const a = agreement(rows, { method, level: 'ordinal' }).value;
          const b = agreement(shuffled, { method, level: 'ordinal' }).value;
          if (a === null) expect(b).toBeNull();
          else expect(b).toBeCloseTo(a, 10);
        },
      ),
      { numRuns: 200 },
    );
  });

  it('is 1 (or null without variation) when raters always agree', () => {
    fc.assert(
      fc.property(fc.array(fc.integer({ min: 1, max: 5 }), { minLength: 1, maxLength: 20 }), (values) => {
        const rows = values.map((value) => [value, value]);
        for (const method of ['percent', 'cohen', 'fleiss', 'krippendorff'] as const) {
          const { value } = agreement(rows, { method });
          if (new Set(values).size > 1 || method === 'percent') expect(value).toBeCloseTo(1, 12);
          else expect(value).toBeNull();
        }
      }),
      { numRuns: 200 },
    );
  });

  it('keeps kappa and alpha at most 1', () => {
    fc.assert(
      fc.property(table(2), (rows) => {
        for (const method of ['cohen', 'krippendorff'] as const) {
          const { value } = agreement(rows, { method });
          if (value !== null) expect(value).toBeLessThanOrEqual(1 + 1e-12);
        }
      }),
      { numRuns: 200 },
    );
  });
});
