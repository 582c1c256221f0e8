import { describe, expect, it } from 'vitest';
import { ServiceKitError } from '../../src/errors/index.js';
import { createInteractionTableParser, parseInteractions } from '../../src/models/index.js';

const ticket = (index: number, extra: Record<string, unknown> = {}) => ({
  id: `t${index}`, customerId: `c${index % 3}`, channel: index % 2 === 0 ? 'email' : 'chat', openedAt: new Date(Date.UTC(2025, 0, 6, 9) + index * 60_000).toISOString(), ...extra,
});

describe('createInteractionTableParser', () => {
  it('numbers issues and table rows across batches, as for one array', () => {
    const parser = createInteractionTableParser();
    parser.push([ticket(0), ticket(1, { talkMs: -1 })]);
    parser.push([]);
    parser.push([ticket(2), ticket(3, { resolvedAt: '2025-01-06T08:00:00Z' }), ticket(4)]);
    expect(parser.rowCount).toBe(5);
    const { table, issues, indexes } = parser.finish();
    expect(indexes).toEqual([0, 2, 4]);
    expect(table.id).toEqual(['t0', 't2', 't4']);
    expect(issues.map((issue) => [issue.index, issue.path])).toEqual([[1, ['talkMs']], [3, ['resolvedAt']]]);
  });
  it('grows past its capacity and past the first batch, with status histories and messages', () => {
    const rows = Array.from({ length: 3000 }, (_, index) =>
      ticket(index, {
        statusHistory: Array.from({ length: index % 4 }, (_, step) => ({ status: step === 0 ? 'new' : 'open', at: new Date(Date.UTC(2025, 0, 6, 9) + index * 60_000 + step).toISOString() })),
        messages: index % 100 === 0 ? [{ at: new Date(Date.UTC(2025, 0, 6, 10) + index * 60_000).toISOString(), author: 'agent' }] : undefined,
      }),
    );
    // the first batch has no list entries, so the estimate for them is nothing and every list column grows
    const parser = createInteractionTableParser({ capacity: 1 });
    parser.push(rows.slice(0, 1).map((row) => ({ ...row, statusHistory: undefined, messages: undefined })));
    parser.push(rows.slice(1, 2500));
    parser.push(rows.slice(2500));
    const { table } = parser.finish();
    const whole = parseInteractions([{ ...rows[0], statusHistory: undefined, messages: undefined }, ...rows.slice(1)], { output: 'table' }).table;
    expect(table.length).toBe(3000);
    expect(Array.from(table.statusHistory.offsets)).toEqual(Array.from(whole.statusHistory.offsets));
    expect(Array.from(table.statusHistory.at)).toEqual(Array.from(whole.statusHistory.at));
    expect(table.statusHistory.at.length).toBe(4500); // 750 rows each with 0, 1, 2 and 3 changes
    expect(Array.from(table.messages.at)).toEqual(Array.from(whole.messages.at));
    expect(Array.from(table.openedAt)).toEqual(Array.from(whole.openedAt));
  });
  it('gives an empty table when nothing was pushed', () => {
    const { table, issues, indexes } = createInteractionTableParser().finish();
    expect([table.length, table.openedAt.length, table.statusHistory.offsets.length, issues, indexes]).toEqual([0, 0, 1, [], []]);
  });
  it('throws INVALID_OPTION at capacity for a capacity that is not a whole number ≥ 0', () => {
    for (const capacity of [-1, 1.5, Number.NaN, '10']) {
      const error = (() => {
        try {
          createInteractionTableParser({ capacity: capacity as number });
        } catch (caught) {
          return caught;
        }
      })() as ServiceKitError;
      expect(error).toBeInstanceOf(ServiceKitError);
      expect([error.code, error.path]).toEqual(['INVALID_OPTION', ['capacity']]);
    }
  });
  it('throws INVALID_INPUT for a batch that is not an array, and once finished', () => {
    const parser = createInteractionTableParser();
    expect(() => parser.push({ id: 't1' } as never)).toThrow(expect.objectContaining({ code: 'INVALID_INPUT', message: 'rows must be an array; got {"id":"t1"}' }));
    parser.finish();
    expect(() => parser.push([ticket(0)])).toThrow(expect.objectContaining({ code: 'INVALID_INPUT', message: 'this parser has finished its table; create another parser for more rows' }));
    expect(() => parser.finish()).toThrow(expect.objectContaining({ code: 'INVALID_INPUT' }));
  });
});

describe('createInteractionTableParser: options', () => {
  it('bounds capacity at 2^27 rows with INVALID_OPTION, instead of failing to allocate', () => {
    expect(() => createInteractionTableParser({ capacity: 1e12 })).toThrow(
      expect.objectContaining({ code: 'INVALID_OPTION', path: ['capacity'], message: 'capacity must be a whole number from 0 to 134217728; got 1000000000000' }),
    );
    expect(() => createInteractionTableParser({ capacity: 2 ** 27 })).not.toThrow();
    expect(() => createInteractionTableParser(null as never)).toThrow(expect.objectContaining({ code: 'INVALID_OPTION', path: [], message: 'options must be an object; got null' }));
  });
});
