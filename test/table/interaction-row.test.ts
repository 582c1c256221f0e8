import { describe, expect, it } from 'vitest';
import { InteractionSchema } from '../../src/models/index.js';
import { interactionAt, interactionRow, toInteractionTable } from '../../src/table/index.js';

const table = toInteractionTable(
  [
    { id: 't1', customerId: 'c1', channel: 'email', team: 'billing', openedAt: '2025-01-06T09:00:00Z', talkMs: 60_000, resolvedOnFirstContact: true },
    { id: 't2', customerId: 'c2', channel: 'chat', direction: 'outbound', openedAt: '2025-01-06T10:00:00Z', resolvedAt: '2025-01-06T11:00:00Z' },
  ].map((row) => InteractionSchema.parse(row)),
  { numbers: { npsScore: (row) => (row.id === 't2' ? 9 : undefined) } },
);

describe('interactionRow', () => {
  it('reads a row in place: instants as epoch ms, absent values undefined', () => {
    const row = interactionRow(table, 0);
    expect([row.id, row.channel, row.team, row.openedAt, row.talkMs, row.holdMs, row.resolvedOnFirstContact, row.npsScore]).toEqual([
      't1', 'email', 'billing', Date.UTC(2025, 0, 6, 9), 60_000, undefined, true, undefined,
    ]);
  });
  it('reads another row when its index moves', () => {
    const row = interactionRow(table);
    row.index = 1;
    expect([row.id, row.direction, row.team, row.resolvedAt, row.npsScore, row.resolvedOnFirstContact]).toEqual([
      't2', 'outbound', undefined, Date.UTC(2025, 0, 6, 11), 9, undefined,
    ]);
  });
  it('throws INVALID_INPUT for a row outside the table', () => {
    expect(() => interactionRow(table, 2)).toThrow(expect.objectContaining({ code: 'INVALID_INPUT' }));
    expect(() => interactionAt(table, -1)).toThrow(expect.objectContaining({ code: 'INVALID_INPUT' }));
  });
});
