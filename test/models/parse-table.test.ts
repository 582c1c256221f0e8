import { describe, expect, it } from 'vitest';
import { InteractionSchema, type Interaction, parseInteractions, parseRows } from '../../src/models/index.js';
import { toInteractionTable } from '../../src/table/index.js';

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
  it("gives the table of zod's records when lists outgrow the sampled estimate and many rows are refused", () => {
    // one row in two is sampled for list lengths (the even ones, without lists); one row in five is refused
    const many = Array.from({ length: 2000 }, (_, index) => ({
      id: `t${index}`, customerId: `c${index % 7}`, channel: 'chat', openedAt: new Date(index * 60_000).toISOString(),
      talkMs: index % 5 === 4 ? -1 : index,
      ...(index % 2 === 1 && {
        statusHistory: [{ status: 'new', at: new Date(index * 60_000).toISOString() }, { status: 'solved', at: new Date(index * 60_000 + 5000).toISOString() }],
        messages: [{ at: new Date(index * 60_000 + 2000).toISOString(), author: 'agent' }, { at: new Date(index * 60_000 + 1000).toISOString(), author: 'customer' }],
      }),
    }));
    const { table, indexes } = parseInteractions(many, { output: 'table' });
    const zod = parseRows(InteractionSchema, many);
    expect(indexes).toEqual(zod.indexes);
    const plain = (value: unknown): unknown =>
      ArrayBuffer.isView(value) ? Array.from(value as Float64Array) : typeof value === 'object' && value !== null && !Array.isArray(value) ? Object.fromEntries(Object.entries(value).map(([key, inner]) => [key, plain(inner)])) : value;
    expect(plain(table)).toEqual(plain(toInteractionTable(zod.records as Interaction[])));
  });
});
