import { describe, expect, it } from 'vitest';
import { encodeStrings, interactionAt, interactionTableFromColumns } from '../../src/table/index.js';

describe('interactionTableFromColumns', () => {
  const columns = {
    id: ['t1', 't2'],
    customerId: ['c1', 'c2'],
    channel: encodeStrings(['phone', 'email']),
    openedAt: new Float64Array([0, 60_000]),
    talkMs: new Float64Array([120_000, Number.NaN]),
  };

  it('uses the columns as given and fills the absent ones (NaN instants, -1 codes, defaults for direction and priority)', () => {
    const table = interactionTableFromColumns(columns);
    expect(table.length).toBe(2);
    expect(table.openedAt).toBe(columns.openedAt);
    expect(table.channel).toBe(columns.channel);
    expect(Array.from(table.resolvedAt)).toEqual([Number.NaN, Number.NaN]);
    expect(Array.from(table.team.codes)).toEqual([-1, -1]);
    expect(table.direction.values).toEqual(['inbound']);
    expect(table.priority.values).toEqual(['normal']);
    expect(Array.from(table.statusHistory.offsets)).toEqual([0, 0, 0]);
    expect(interactionAt(table, 0)).toEqual({
      id: 't1', customerId: 'c1', channel: 'phone', direction: 'inbound', priority: 'normal', openedAt: new Date(0), talkMs: 120_000,
    });
  });
  it('throws INVALID_INPUT for a column of the wrong length', () => {
    expect(() => interactionTableFromColumns({ ...columns, resolvedAt: new Float64Array(3) })).toThrow(
      expect.objectContaining({ code: 'INVALID_INPUT', path: ['resolvedAt'] }),
    );
  });
  it('throws INVALID_INPUT for an openedAt that is not finite', () => {
    expect(() => interactionTableFromColumns({ ...columns, openedAt: new Float64Array([0, Number.NaN]) })).toThrow(
      expect.objectContaining({ code: 'INVALID_INPUT', path: ['openedAt', 1] }),
    );
  });
  it('throws INVALID_INPUT for a string code outside the dictionary', () => {
    expect(() => interactionTableFromColumns({ ...columns, team: { codes: new Int32Array([0, 1]), values: ['billing'] } })).toThrow(
      expect.objectContaining({ code: 'INVALID_INPUT', path: ['team', 'codes', 1] }),
    );
  });
  it('throws INVALID_INPUT for list offsets that decrease', () => {
    const statusHistory = { offsets: new Int32Array([0, 2, 1]), at: new Float64Array([0]), status: encodeStrings(['new']) };
    expect(() => interactionTableFromColumns({ ...columns, statusHistory })).toThrow(expect.objectContaining({ code: 'INVALID_INPUT' }));
  });
  it('throws INVALID_INPUT for an extra column named like a field', () => {
    expect(() => interactionTableFromColumns({ ...columns, numbers: { talkMs: new Float64Array(2) } })).toThrow(
      expect.objectContaining({ code: 'INVALID_INPUT', path: ['numbers', 'talkMs'] }),
    );
  });
  it('throws INVALID_INPUT for an openedAt past the range of a Date (±8.64e15 ms), at the column and row', () => {
    expect(() => interactionTableFromColumns({ ...columns, openedAt: new Float64Array([0, 1.7e18]) })).toThrow(
      expect.objectContaining({ code: 'INVALID_INPUT', path: ['openedAt', 1], message: 'openedAt[1] must be epoch ms in the range of a Date; got 1700000000000000000' }),
    );
    expect(interactionTableFromColumns({ ...columns, openedAt: new Float64Array([-8.64e15, 8.64e15]) }).length).toBe(2);
  });
  it('throws INVALID_INPUT for a list column without its instants', () => {
    const statusHistory = { offsets: new Int32Array([0, 0, 0]), status: encodeStrings([]) } as never;
    expect(() => interactionTableFromColumns({ ...columns, statusHistory })).toThrow(
      expect.objectContaining({ code: 'INVALID_INPUT', path: ['statusHistory', 'at'], message: 'statusHistory.at must be a Float64Array' }),
    );
  });
});

describe('interactionAt: bad input', () => {
  const table = interactionTableFromColumns({ id: ['t1'], customerId: ['c1'], channel: ['chat'], openedAt: new Float64Array([0]), resolvedAt: new Float64Array([1e16]) });
  it('throws INVALID_INPUT for an instant of the row past the range of a Date, instead of an invalid Date', () => {
    expect(() => interactionAt(table, 0)).toThrow(
      expect.objectContaining({ code: 'INVALID_INPUT', path: ['resolvedAt', 0], message: 'resolvedAt[0] must be epoch ms in the range of a Date; got 10000000000000000' }),
    );
    const built = { ...table, resolvedAt: new Float64Array([Number.NaN]), openedAt: new Float64Array([9e15]) };
    expect(() => interactionAt(built, 0)).toThrow(expect.objectContaining({ code: 'INVALID_INPUT', path: ['openedAt', 0] }));
  });
});

