import { describe, expect, it } from 'vitest';
import { retention } from '../../src/kpis/index.js';

const day = (text: string) => new Date(`${text}T00:00:00Z`);

describe('retention', () => {
  it('is (E − N) / S', () => {
    // definition: HubSpot, "Customer Retention Rate": ((E − N) / S) × 100; here S = 100 at the
    // start, 20 new, 10 lost, so E = 110 at the end → (110 − 20) / 100 = 90 %
    const stayed = Array.from({ length: 90 }, (_, index) => ({ id: `s${index}`, acquiredAt: day('2024-01-01') }));
    const lost = Array.from({ length: 10 }, (_, index) => ({ id: `l${index}`, acquiredAt: day('2024-01-01'), churnedAt: day('2025-02-01') }));
    const added = Array.from({ length: 20 }, (_, index) => ({ id: `n${index}`, acquiredAt: day('2025-02-01') }));
    const result = retention([...stayed, ...lost, ...added], { start: day('2025-01-01'), end: day('2025-03-31') });
    expect(result).toMatchObject({ rate: 0.9, value: 0.9, churnRate: 0.1, startCount: 100, endCount: 110, newCount: 20, lostCount: 10 });
  });
  it('treats churnedAt equal to an instant as no longer active at it', () => {
    const result = retention([{ acquiredAt: day('2024-01-01'), churnedAt: day('2025-01-01') }], { start: day('2025-01-01'), end: day('2025-02-01') });
    expect(result.startCount).toBe(0);
  });
  it('returns null rates with counts when nobody was active at the start', () => {
    expect(retention([{ acquiredAt: day('2025-01-15') }], { start: day('2025-01-01'), end: day('2025-02-01') })).toMatchObject({
      value: null,
      rate: null,
      churnRate: null,
      newCount: 1,
      endCount: 1,
    });
  });
  it('throws INVALID_OPTION for a missing start or an end before the start', () => {
    expect(() => retention([], { start: day('2025-02-01'), end: day('2025-01-01') })).toThrow(
      expect.objectContaining({ code: 'INVALID_OPTION', path: ['end'] }),
    );
    expect(() => retention([], { end: day('2025-01-01') } as never)).toThrow(expect.objectContaining({ code: 'INVALID_OPTION', path: ['start'] }));
  });
  it('leaves out an acquiredAt outside the range of a Date, and throws INVALID_INPUT for a string one', () => {
    const options = { start: day('2025-01-01'), end: day('2025-02-01') };
    expect(retention([{ acquiredAt: Number.NEGATIVE_INFINITY }, { acquiredAt: day('2024-01-01') }], options)).toMatchObject({ startCount: 1, excluded: 1 });
    expect(() => retention([{ acquiredAt: '2024-01-01' }] as never, options)).toThrow(expect.objectContaining({ code: 'INVALID_INPUT', path: [0, 'acquiredAt'] }));
  });
});
