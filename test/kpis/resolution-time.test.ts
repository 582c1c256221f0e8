import { describe, expect, it } from 'vitest';
import { resolutionTime } from '../../src/kpis/index.js';
import { createCalendar } from '../../src/time/index.js';

const HOUR = 3_600_000;

describe('resolutionTime', () => {
  it('measures openedAt to resolvedAt in calendar time', () => {
    const openedAt = new Date('2025-01-06T09:00:00Z');
    const result = resolutionTime([
      { openedAt, resolvedAt: new Date('2025-01-06T13:00:00Z') },
      { openedAt, resolvedAt: new Date('2025-01-07T09:00:00Z') },
      { openedAt },
    ]);
    expect(result).toMatchObject({ count: 2, excluded: 1, meanMs: 14 * HOUR, medianMs: 14 * HOUR });
  });
  it('counts only open hours with a business calendar', () => {
    const calendar = createCalendar({ timeZone: 'UTC', weekly: { fri: [['09:00', '17:00']], mon: [['09:00', '17:00']] } });
    // opened Friday 15:00, resolved Monday 11:00: 2 h Friday + 2 h Monday
    const result = resolutionTime([{ openedAt: new Date('2025-01-10T15:00:00Z'), resolvedAt: new Date('2025-01-13T11:00:00Z') }], { calendar });
    expect(result.meanMs).toBe(4 * HOUR);
  });
  it('reports the share resolved within a threshold', () => {
    const openedAt = new Date(0);
    const result = resolutionTime([{ openedAt, resolvedAt: new Date(HOUR) }, { openedAt, resolvedAt: new Date(9 * HOUR) }], { thresholdMs: 8 * HOUR });
    expect(result.withinThreshold?.value).toBe(0.5);
  });
  it('returns nulls for nothing resolved', () => {
    expect(resolutionTime([])).toMatchObject({ value: null, count: 0, withinThreshold: null });
  });
  it('throws INVALID_INPUT at the row and field for a resolvedAt that is a string', () => {
    expect(() => resolutionTime([{ openedAt: new Date(0), resolvedAt: '2025-01-06T10:00:00Z' }] as never)).toThrow(
      expect.objectContaining({ code: 'INVALID_INPUT', path: [0, 'resolvedAt'] }),
    );
  });
});
