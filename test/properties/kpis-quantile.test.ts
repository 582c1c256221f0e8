import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { quantiles, SampleBuffer } from '../../src/stats/index.js';

/** Type 7 straight from its definition, on a sorted copy. */
function reference(values: number[], p: number): number {
  const sorted = [...values].sort((a, b) => a - b);
  const h = (sorted.length - 1) * p;
  const k = Math.floor(h);
  const low = sorted[k] as number;
  const high = sorted[Math.min(k + 1, sorted.length - 1)] as number;
  // at a whole rank type 7 is that order statistic itself (so a sample of −0 gives −0, not −0 + 0 = 0)
  return h === k ? low : low + (h - k) * (high - low);
}

const values = fc.array(fc.oneof(fc.integer({ min: -50, max: 50 }), fc.double({ noNaN: true, noDefaultInfinity: true, min: -1e9, max: 1e9 })), {
  minLength: 1,
  maxLength: 300,
});
const probabilities = fc.array(fc.double({ min: 0, max: 1, noNaN: true }), { minLength: 1, maxLength: 5 });

describe('exact quantiles', () => {
  it('selection gives type 7 of the sorted values', () => {
    fc.assert(
      fc.property(values, probabilities, (sample, ps) => {
        const result = quantiles(sample, ps)!;
        ps.forEach((p, index) => expect(result[index]).toBe(reference(sample, p)));
      }),
      { numRuns: 500 },
    );
  });
  it('quantiles are monotone in p and lie between the minimum and the maximum', () => {
    fc.assert(
      fc.property(values, probabilities, (sample, ps) => {
        const sortedPs = [...ps].sort((a, b) => a - b);
        const result = quantiles(sample, sortedPs)!;
        for (let index = 1; index < result.length; index++) expect(result[index]!).toBeGreaterThanOrEqual(result[index - 1]!);
        expect(result[0]!).toBeGreaterThanOrEqual(Math.min(...sample));
        expect(result[result.length - 1]!).toBeLessThanOrEqual(Math.max(...sample));
      }),
      { numRuns: 300 },
    );
  });
  it('a sample buffer built from two merged parts answers like one built from all values', () => {
    fc.assert(
      fc.property(values, values, probabilities, (a, b, ps) => {
        const left = new SampleBuffer();
        const right = new SampleBuffer();
        a.forEach((value) => left.push(value));
        b.forEach((value) => right.push(value));
        left.append(right);
        expect(left.quantiles(ps)).toEqual(quantiles([...a, ...b], ps));
      }),
      { numRuns: 300 },
    );
  });
});

describe('exact quantiles across chunks', () => {
  it('a large sample (many chunks, heavy repeats or none) answers like a sort', () => {
    fc.assert(
      fc.property(
        fc.array(fc.oneof(fc.integer({ min: 0, max: 20 }), fc.double({ min: -1e6, max: 1e6, noNaN: true })), { minLength: 66_000, maxLength: 70_000 }),
        probabilities,
        (sample, ps) => {
          const buffer = new SampleBuffer();
          sample.forEach((value) => buffer.push(value));
          const result = buffer.quantiles(ps)!;
          ps.forEach((p, index) => expect(result[index]).toBe(reference(sample, p)));
        },
      ),
      { numRuns: 8 },
    );
  });
});
