import { describe, expect, it } from 'vitest';
import { parseInteractions } from '../../src/models/index.js';

describe("parseInteractions with output: 'table'", () => {
  const rows = [
    { id: 't1', customerId: 'c1', channel: 'chat', team: 'billing', openedAt: '2025-01-06T09:00:00Z', talkMs: 240_000,
      messages: [{ at: '2025-01-06T09:05:00Z', author: 'agent' }, { at: '2025-01-06T09:00:00Z', author: 'customer' }] },
    { id: 't2', customerId: 'c1', channel: 'chat', openedAt: '2025-01-06T10:00:00Z', resolvedAt: '2025-01-06T09:00:00Z' },
    { id: 't3', customerId: 'c2', channel: 'email', openedAt: 1736157600000.9, statusHistory: [{ status: 'new', at: '2025-01-06T10:00:00Z' }] },
  ];

  it('puts the valid rows in the columns, in order, with the input index of each', () => {
    const { table, indexes } = parseInteractions(rows, { output: 'table' });
    expect(indexes).toEqual([0, 2]);
    expect(table.id).toEqual(['t1', 't3']);
    expect(Array.from(table.talkMs)).toEqual([240_000, Number.NaN]);
    // epoch ms read as a Date would hold them (the fraction dropped)
    expect(table.openedAt[1]).toBe(1736157600000);
  });
  it('keeps messages in time order, as the schema does', () => {
    const { table } = parseInteractions(rows, { output: 'table' });
    expect(Array.from(table.messages.at)).toEqual([Date.UTC(2025, 0, 6, 9), Date.UTC(2025, 0, 6, 9, 5)]);
    expect(Array.from(table.messages.author)).toEqual([0, 1]);
  });
  it("reports the other rows' issues exactly as for records", () => {
    expect(parseInteractions(rows, { output: 'table' }).issues).toEqual(parseInteractions(rows).issues);
    expect(parseInteractions(rows).issues).toEqual([{ index: 1, path: ['resolvedAt'], message: 'resolvedAt is before openedAt', code: 'custom' }]);
  });
});
