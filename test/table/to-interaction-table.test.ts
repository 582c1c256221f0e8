import { describe, expect, it } from 'vitest';
import { InteractionSchema } from '../../src/models/index.js';
import { interactionAt, interactionRow, toInteractionTable } from '../../src/table/index.js';

const records = [
  {
    id: 't1', customerId: 'c1', channel: 'email', priority: 'high', team: 'billing', reason: 'refund',
    openedAt: '2025-01-06T09:00:00Z', firstResponseAt: '2025-01-06T09:20:00Z', resolvedAt: '2025-01-06T11:00:00Z',
    talkMs: 300_000, transfers: 1, resolvedOnFirstContact: false,
    statusHistory: [{ status: 'new', at: '2025-01-06T09:00:00Z' }, { status: 'solved', at: '2025-01-06T11:00:00Z' }],
    messages: [{ at: '2025-01-06T09:00:00Z', author: 'customer' }, { at: '2025-01-06T09:20:00Z', author: 'agent' }],
  },
  { id: 't2', customerId: 'c2', channel: 'phone', openedAt: '2025-01-06T10:00:00Z', answeredAt: '2025-01-06T10:00:30Z', holdMs: 0 },
].map((row) => InteractionSchema.parse(row));

describe('toInteractionTable', () => {
  it('puts instants as epoch ms (NaN when absent), numbers, dictionary codes and flat lists in the columns', () => {
    const table = toInteractionTable(records);
    expect(table.length).toBe(2);
    expect(Array.from(table.openedAt)).toEqual([Date.UTC(2025, 0, 6, 9), Date.UTC(2025, 0, 6, 10)]);
    expect(Number.isNaN(table.resolvedAt[1])).toBe(true);
    expect(table.channel.values).toEqual(['email', 'phone']);
    expect(Array.from(table.priority.codes)).toEqual([0, 1]);
    expect(table.priority.values).toEqual(['high', 'normal']);
    expect(Array.from(table.resolvedOnFirstContact)).toEqual([0, -1]);
    expect(Array.from(table.statusHistory.offsets)).toEqual([0, 2, 2]);
    expect(table.statusHistory.status.values).toEqual(['new', 'solved']);
    expect(Array.from(table.messages.author)).toEqual([0, 1]);
  });
  it('gives back each record with interactionAt', () => {
    const table = toInteractionTable(records);
    expect(interactionAt(table, 0)).toEqual(records[0]);
    expect(interactionAt(table, 1)).toEqual(records[1]);
    expect(JSON.stringify(interactionAt(table, 0))).toBe(JSON.stringify(records[0]));
  });
  it('adds extra numeric columns read by their accessors', () => {
    const scores = new Map([['t1', 4]]);
    const table = toInteractionTable(records, { numbers: { csatScore: (row) => scores.get(row.id) } });
    expect(Array.from(table.numbers.csatScore)).toEqual([4, Number.NaN]);
    expect(interactionRow(table, 0).csatScore).toBe(4);
    expect(interactionRow(table, 1).csatScore).toBeUndefined();
  });
  it('accepts epoch milliseconds for instants', () => {
    const table = toInteractionTable([{ id: 't', customerId: 'c', channel: 'chat', direction: 'inbound', priority: 'normal', openedAt: 5, resolvedAt: 9 }]);
    expect([table.openedAt[0], table.resolvedAt[0]]).toEqual([5, 9]);
  });
  it('throws INVALID_INPUT for a row without a valid openedAt', () => {
    const bad = [{ id: 't', customerId: 'c', channel: 'chat', direction: 'inbound' as const, priority: 'normal' as const, openedAt: new Date(Number.NaN) }];
    expect(() => toInteractionTable(bad)).toThrow(expect.objectContaining({ code: 'INVALID_INPUT', path: [0, 'openedAt'] }));
  });
  it('throws INVALID_INPUT for an extra column named like a field', () => {
    expect(() => toInteractionTable(records, { numbers: { team: () => 1 } })).toThrow(expect.objectContaining({ code: 'INVALID_INPUT' }));
  });
  it('grows list columns past an estimate made from a sample of the rows', () => {
    // one row in two is sampled for list lengths: here the sampled (even) rows have
    // none and the odd ones three changes and a message each, so the columns grow while rows come
    const rows = Array.from({ length: 2000 }, (_, index) =>
      InteractionSchema.parse({
        id: `t${index}`, customerId: 'c1', channel: 'chat', openedAt: index * 1000,
        ...(index % 2 === 1 && {
          statusHistory: [{ status: 'new', at: index * 1000 }, { status: 'open', at: index * 1000 + 1 }, { status: 'solved', at: index * 1000 + 2 }],
          messages: [{ at: index * 1000 + 1, author: 'agent' }],
        }),
      }),
    );
    const table = toInteractionTable(rows);
    expect(table.statusHistory.offsets[2000]).toBe(3000);
    expect(table.statusHistory.at.length).toBe(3000);
    expect(table.statusHistory.at[2999]).toBe(1999 * 1000 + 2);
    expect(table.statusHistory.status.codes[2999]).toBe(2);
    expect(table.messages.at.length).toBe(1000);
    expect(table.messages.at[999]).toBe(1999 * 1000 + 1);
    expect(interactionAt(table, 1999)).toEqual(rows[1999]);
  });
});

describe('toInteractionTable: rows that are not parsed', () => {
  const row = { id: 't', customerId: 'c', channel: 'chat', direction: 'inbound', priority: 'normal', openedAt: new Date(0) };
  const hint = ' (parse rows with parseInteractions first)';
  it.each([
    ['a string resolvedAt', { resolvedAt: '2025-01-06T10:00:00Z' }, [1, 'resolvedAt'], `row 1: resolvedAt must be a Date (or epoch ms in the range of a Date); got "2025-01-06T10:00:00Z"${hint}`],
    ['a string message instant', { messages: [{ at: 'x', author: 'agent' }] }, [1, 'messages', 0, 'at'], `row 1: messages[0].at must be a Date (or epoch ms in the range of a Date); got "x"${hint}`],
    ['a null status change', { statusHistory: [null] }, [1, 'statusHistory', 0, 'at'], 'row 1: statusHistory[0].at must be a Date (or epoch ms in the range of a Date); got undefined'],
    ['an instant past the range of a Date', { closedAt: 1e16 }, [1, 'closedAt'], 'row 1: closedAt must be a Date (or epoch ms in the range of a Date); got 10000000000000000'],
    ['an openedAt past the range of a Date', { openedAt: 8.64e15 + 1 }, [1, 'openedAt'], 'row 1: openedAt must be a Date (or epoch ms in the range of a Date); got 8640000000000001'],
  ])('throws INVALID_INPUT with the row and field for %s', (_label, fields, path, message) => {
    expect(() => toInteractionTable([row, { ...row, ...fields }] as never)).toThrow(expect.objectContaining({ code: 'INVALID_INPUT', path, message }));
  });
  it('throws for rows that are not an array, a row that is not an object, and options that are not an object', () => {
    expect(() => toInteractionTable(null as never)).toThrow(expect.objectContaining({ code: 'INVALID_INPUT', path: [], message: 'rows must be an array; got null' }));
    expect(() => toInteractionTable([row, null] as never)).toThrow(expect.objectContaining({ code: 'INVALID_INPUT', path: [1], message: 'row 1 must be an object; got null' }));
    expect(() => toInteractionTable([row] as never, null as never)).toThrow(expect.objectContaining({ code: 'INVALID_OPTION', path: [] }));
  });
});

