import { describe, expect, it } from 'vitest';
import { isServiceKitError } from '../../src/errors/index.js';
import { InteractionSchema } from '../../src/models/index.js';
import { checkStandards, compliance, eachStandardCheck } from '../../src/standards/index.js';
import { toInteractionTable } from '../../src/table/index.js';

const standards = [
  { id: 'reply-vip', measure: 'first_response' as const, targetMs: '30m', appliesTo: { segment: 'vip' } },
  { id: 'reply', measure: 'first_response' as const, targetMs: '1h' },
  { id: 'resolve', measure: 'resolution' as const, targetMs: '4h', pauseWhile: ['pending'] },
];
const tickets = [
  {
    id: 't1', customerId: 'c1', channel: 'email', team: 'billing', openedAt: '2025-01-06T09:00:00Z', firstResponseAt: '2025-01-06T09:45:00Z', resolvedAt: '2025-01-06T15:00:00Z',
    statusHistory: [{ status: 'new', at: '2025-01-06T09:00:00Z' }, { status: 'pending', at: '2025-01-06T10:00:00Z' }, { status: 'open', at: '2025-01-06T12:00:00Z' }, { status: 'solved', at: '2025-01-06T15:00:00Z' }],
  },
  { id: 't2', customerId: 'c2', channel: 'email', team: 'billing', openedAt: '2025-01-06T09:00:00Z' },
  { id: 't3', customerId: 'c3', channel: 'email', team: 'returns', openedAt: '2025-01-06T11:00:00Z', firstResponseAt: '2025-01-06T11:20:00Z' },
].map((row) => InteractionSchema.parse(row));
const now = new Date('2025-01-06T16:00:00Z');
const customer = (index: number) => (index === 2 ? { segment: 'vip' } : undefined);

describe('eachStandardCheck', () => {
  it('yields the checks checkStandards gives, row by row, for a table and for objects', () => {
    const expected = tickets.flatMap((ticket, index) => checkStandards(ticket, standards, { now, customer: customer(index) }).map((check) => ({ index, check })));
    expect(expected.map(({ index, check }) => `${index} ${check.standardId} ${check.status}`)).toEqual([
      '0 reply met',
      '0 resolve met',
      '1 reply breached',
      '1 resolve breached',
      '2 reply-vip met',
      '2 resolve breached', // opened 11:00, 4 h target, unresolved at 16:00
    ]);
    expect([...eachStandardCheck(toInteractionTable(tickets), standards, { now, customer })]).toEqual(expected);
    expect([...eachStandardCheck(tickets, standards, { now, customer })]).toEqual(expected);
  });
  it('feeds compliance, grouped by a column of the table', () => {
    const table = toInteractionTable(tickets);
    const team = (index: number) => table.team.values[table.team.codes[index] as number];
    const rows = compliance(eachStandardCheck(table, standards, { now, customer }), { by: ({ index }) => team(index) });
    expect(rows.map((row) => [row.standardId, row.key, row.met, row.breached, row.pending])).toEqual([
      ['reply', 'billing', 1, 1, 0],
      ['reply-vip', 'returns', 1, 0, 0],
      ['resolve', 'billing', 1, 1, 0],
      ['resolve', 'returns', 0, 1, 0],
    ]);
  });
  it('is lazy: rows are read as the iteration reaches them, and a nested check meanwhile does not disturb it', () => {
    const seen: number[] = [];
    const iterator = eachStandardCheck(tickets, standards, { now, customer: (index) => (seen.push(index), customer(index)) })[Symbol.iterator]();
    expect(seen).toEqual([]);
    const first = iterator.next().value;
    expect(seen).toEqual([0]);
    // the caller checks another ticket between two items
    expect(checkStandards(tickets[1]!, standards, { now }).map((check) => check.status)).toEqual(['breached', 'breached']);
    expect(first).toEqual({ index: 0, check: checkStandards(tickets[0]!, standards, { now })[0] });
    expect(iterator.next().value).toEqual({ index: 0, check: checkStandards(tickets[0]!, standards, { now })[1] });
  });
  it('checks its arguments at the call and names the row of a bad interaction', () => {
    expect(() => eachStandardCheck(tickets, standards, { now: new Date(Number.NaN) })).toThrow(expect.objectContaining({ code: 'INVALID_INPUT', path: ['now'] }));
    expect(() => eachStandardCheck(42 as never, standards, { now })).toThrow(expect.objectContaining({ code: 'INVALID_INPUT' }));
    const bad = { ...tickets[0]!, statusHistory: [{ status: 'open', at: new Date('2025-01-06T12:00:00Z') }, { status: 'new', at: new Date('2025-01-06T09:00:00Z') }] };
    try {
      [...eachStandardCheck([tickets[1]!, bad as never], standards, { now })];
      expect.unreachable();
    } catch (error) {
      expect(isServiceKitError(error, 'INVALID_INPUT')).toBe(true);
      expect((error as { path: unknown[] }).path.slice(0, 2)).toEqual([1, 'statusHistory']);
    }
  });
  it('names a null row', () => {
    const shown = (run: () => unknown) => {
      try {
        run();
      } catch (error) {
        return [(error as { code: string }).code, (error as { path: unknown }).path, (error as Error).message];
      }
      return 'no error';
    };
    expect(shown(() => [...eachStandardCheck([tickets[0]!, null as never], standards, { now })])).toEqual([
      'INVALID_INPUT',
      [1, 'openedAt'],
      'row 1: openedAt must be a valid Date; got undefined',
    ]);
  });
});
