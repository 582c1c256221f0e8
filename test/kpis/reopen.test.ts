import { describe, expect, it } from 'vitest';
import { reopenRate } from '../../src/kpis/index.js';

const resolvedAt = new Date('2025-01-06T12:00:00Z');

describe('reopenRate', () => {
  it('is reopened / resolved tickets', () => {
    // definition: Zendesk, "Ticket reopen rate": tickets reopened / tickets solved; here 1 of 4
    const rows = [{ resolvedAt, reopenCount: 1 }, { resolvedAt }, { resolvedAt, reopenCount: 0 }, { resolvedAt }];
    expect(reopenRate(rows)).toMatchObject({ value: 0.25, numerator: 1, denominator: 4, excluded: 0 });
  });
  it('counts a reopened ticket as resolved even without resolvedAt, and excludes never-resolved ones', () => {
    expect(reopenRate([{ reopenCount: 2 }, {}])).toMatchObject({ value: 1, denominator: 1, excluded: 1 });
  });
  it('returns null for nothing resolved', () => {
    expect(reopenRate([])).toEqual({ value: null, numerator: 0, denominator: 0, interval: null, excluded: 0 });
  });
});
