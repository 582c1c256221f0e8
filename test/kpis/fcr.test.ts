import { describe, expect, it } from 'vitest';
import { fcr } from '../../src/kpis/index.js';
import type { Interaction } from '../../src/models/index.js';

const DAY = 86_400_000;
const at = (day: number, hour = 9) => new Date(Date.UTC(2025, 0, day, hour));
let next = 0;
const contact = (fields: Partial<Interaction>): Interaction => ({
  id: `i${next++}`,
  customerId: 'c1',
  channel: 'email',
  direction: 'inbound',
  priority: 'normal',
  openedAt: at(6),
  ...fields,
});

describe('fcr (flag mode)', () => {
  it('is the share of resolved contacts flagged resolved on first contact', () => {
    // definition: SQM Group, "First Call Resolution": FCR = contacts resolved on the first contact /
    // contacts handled; here 7 of 10 → 70 %
    const rows = Array.from({ length: 10 }, (_, index) => contact({ resolvedAt: at(6, 10), resolvedOnFirstContact: index < 7 }));
    expect(fcr(rows)).toMatchObject({ value: 0.7, numerator: 7, denominator: 10, excluded: 0 });
  });
  it('counts unresolved contacts and unknown flags in excluded', () => {
    const rows = [
      contact({ resolvedAt: at(6, 10), resolvedOnFirstContact: true }),
      contact({ resolvedAt: at(6, 10) }),
      contact({ resolvedOnFirstContact: true }),
    ];
    expect(fcr(rows)).toMatchObject({ value: 1, numerator: 1, denominator: 1, excluded: 2 });
  });
  it('counts a transfer or a reopen against first contact resolution', () => {
    const rows = [
      contact({ resolvedAt: at(6, 10), resolvedOnFirstContact: true, transfers: 1 }),
      contact({ resolvedAt: at(6, 10), resolvedOnFirstContact: true, reopenCount: 1 }),
      contact({ resolvedAt: at(6, 10), resolvedOnFirstContact: true, transfers: 0, reopenCount: 0 }),
    ];
    expect(fcr(rows)).toMatchObject({ numerator: 1, denominator: 3 });
  });
  it('returns null with zero counts for no interactions', () => {
    expect(fcr([])).toEqual({ value: null, numerator: 0, denominator: 0, interval: null, excluded: 0 });
  });
});

describe('fcr (repeat-window mode)', () => {
  it('fails a contact when the same customer comes back for the same reason within the window', () => {
    const rows = [
      contact({ customerId: 'a', reason: 'billing', openedAt: at(6), resolvedAt: at(6, 12) }),
      contact({ customerId: 'a', reason: 'billing', openedAt: at(10), resolvedAt: at(10, 12) }),
      contact({ customerId: 'b', reason: 'billing', openedAt: at(6), resolvedAt: at(6, 12) }),
      contact({ customerId: 'b', reason: 'billing', openedAt: at(20), resolvedAt: at(20, 12) }),
    ];
    expect(fcr(rows, { mode: 'repeat-window' })).toMatchObject({ numerator: 3, denominator: 4, excluded: 0 });
  });
  it('ignores other reasons when sameReason, and counts them when not', () => {
    const rows = [
      contact({ reason: 'billing', openedAt: at(6), resolvedAt: at(6, 12) }),
      contact({ reason: 'delivery', openedAt: at(8), resolvedAt: at(8, 12) }),
    ];
    expect(fcr(rows, { mode: 'repeat-window' }).numerator).toBe(2);
    expect(fcr(rows, { mode: 'repeat-window', sameReason: false }).numerator).toBe(1);
  });
  it('counts a repeat exactly at the end of the window, and not one after it', () => {
    const first = contact({ reason: 'x', openedAt: at(6), resolvedAt: at(6, 12) });
    const atEnd = contact({ reason: 'x', openedAt: new Date(at(6, 12).getTime() + DAY) });
    const after = contact({ reason: 'x', openedAt: new Date(at(6, 12).getTime() + DAY + 1) });
    expect(fcr([first, atEnd], { mode: 'repeat-window', windowMs: DAY }).numerator).toBe(0);
    expect(fcr([first, after], { mode: 'repeat-window', windowMs: DAY }).numerator).toBe(1);
  });
  it('treats a contact opened while the first was still open as a repeat', () => {
    const rows = [contact({ reason: 'x', openedAt: at(6), resolvedAt: at(9) }), contact({ reason: 'x', openedAt: at(7) })];
    expect(fcr(rows, { mode: 'repeat-window' })).toMatchObject({ numerator: 0, denominator: 1, excluded: 1 });
  });
  it('leaves out outbound contacts and contacts whose window is still open at asOf', () => {
    const rows = [
      contact({ reason: 'x', openedAt: at(6), resolvedAt: at(6, 12) }),
      contact({ reason: 'x', openedAt: at(7), direction: 'outbound', resolvedAt: at(7, 12) }),
      contact({ customerId: 'late', reason: 'x', openedAt: at(12), resolvedAt: at(12, 12) }),
    ];
    expect(fcr(rows, { mode: 'repeat-window', asOf: at(15) })).toMatchObject({ numerator: 1, denominator: 1, excluded: 2 });
  });
  it('counts transfers against first contact resolution here too', () => {
    expect(fcr([contact({ resolvedAt: at(6, 12), transfers: 2 })], { mode: 'repeat-window' })).toMatchObject({ numerator: 0, denominator: 1 });
  });
  it('throws INVALID_OPTION for an unknown mode, a negative window or a bad asOf', () => {
    expect(() => fcr([], { mode: 'survey' as 'flag' })).toThrow(expect.objectContaining({ code: 'INVALID_OPTION', path: ['mode'] }));
    expect(() => fcr([], { windowMs: -1 })).toThrow(expect.objectContaining({ code: 'INVALID_OPTION', path: ['windowMs'] }));
    expect(() => fcr([], { asOf: new Date(Number.NaN) })).toThrow(expect.objectContaining({ code: 'INVALID_OPTION', path: ['asOf'] }));
  });
});
