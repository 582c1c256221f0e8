import { describe, expect, it } from 'vitest';
import { type Interaction, InteractionSchema } from '../../src/models/index.js';
import { checkStandards } from '../../src/standards/index.js';
import { toInteractionTable } from '../../src/table/index.js';

const standards = [
  { id: 'reply-vip', measure: 'first_response' as const, targetMs: '30m', appliesTo: { segment: 'vip' } },
  { id: 'reply', measure: 'first_response' as const, targetMs: '1h' },
  { id: 'resolve', measure: 'resolution' as const, targetMs: '4h', pauseWhile: ['pending'] },
];
const tickets = [
  {
    id: 't1', customerId: 'c1', channel: 'email', openedAt: '2025-01-06T09:00:00Z', firstResponseAt: '2025-01-06T09:45:00Z', resolvedAt: '2025-01-06T15:00:00Z',
    statusHistory: [{ status: 'new', at: '2025-01-06T09:00:00Z' }, { status: 'pending', at: '2025-01-06T10:00:00Z' }, { status: 'open', at: '2025-01-06T12:00:00Z' }, { status: 'solved', at: '2025-01-06T15:00:00Z' }],
  },
  { id: 't2', customerId: 'c2', channel: 'email', openedAt: '2025-01-06T09:00:00Z' },
].map((row) => InteractionSchema.parse(row));
const now = new Date('2025-01-06T16:00:00Z');

describe('checkStandards over an InteractionTable', () => {
  it('gives each row the checks it gives the interaction', () => {
    const byRow = checkStandards(toInteractionTable(tickets), standards, { now });
    expect(byRow).toEqual(tickets.map((ticket) => checkStandards(ticket, standards, { now })));
    expect(byRow.map((checks) => checks.map((check) => `${check.standardId} ${check.status}`))).toEqual([
      ['reply met', 'resolve met'],
      ['reply breached', 'resolve breached'],
    ]);
  });
  it('reads the customer of each row from a function of its index', () => {
    const byRow = checkStandards(toInteractionTable(tickets), standards, { now, customer: (index) => (index === 0 ? { segment: 'vip' } : undefined) });
    expect(byRow[0]?.[0]).toMatchObject({ standardId: 'reply-vip', status: 'breached' });
    expect(byRow[1]?.[0]).toMatchObject({ standardId: 'reply', status: 'breached' });
  });
  it('keeps a decided standard for a row whose earlier checks are given by a function of its index', () => {
    const table = toInteractionTable(tickets);
    const earlier = [{ standardId: 'reply-vip', status: 'met' as const }];
    const byRow = checkStandards(table, standards, { now, previous: (index) => (index === 1 ? earlier : undefined) });
    expect(byRow[1]?.[0]).toMatchObject({ standardId: 'reply-vip', status: 'breached' });
    expect(byRow[1]?.[0]).toEqual(checkStandards(tickets[1] as Interaction, standards, { now, previous: earlier })[0]);
  });
  it('gives each row its own checks when a callback checks other interactions meanwhile', () => {
    // src/standards/check.ts (checkStandards): no state is shared between calls, even one made from inside another
    const table = toInteractionTable(tickets);
    const meddle = () => {
      checkStandards(tickets[1] as Interaction, standards, { now });
      checkStandards(toInteractionTable([tickets[1] as Interaction]), standards, { now });
    };
    const earlier = {
      status: 'pending' as const,
      get standardId() {
        meddle(); // read while the row's standards are chosen
        return 'reply';
      },
    };
    const byRow = checkStandards(table, standards, {
      now,
      customer: () => (meddle(), undefined),
      previous: () => [earlier],
    });
    expect(byRow).toEqual(checkStandards(table, standards, { now }));
  });
  it('gives the cycles of next_response with their own instants', () => {
    // src/standards/check.ts (checkStandard): a customer message awaiting a reply starts a cycle
    const chat = InteractionSchema.parse({
      id: 'c1', customerId: 'c1', channel: 'chat', openedAt: '2025-01-06T09:00:00Z',
      messages: [
        { author: 'customer', at: '2025-01-06T09:00:00Z' },
        { author: 'agent', at: '2025-01-06T09:10:00Z' },
        { author: 'customer', at: '2025-01-06T09:20:00Z' },
      ],
    });
    const [checks] = checkStandards(toInteractionTable([chat]), [{ id: 'next', measure: 'next_response', targetMs: '30m' }], { now });
    expect(checks?.[0]?.cycles.map((cycle) => [cycle.startedAt.toISOString(), cycle.endedAt?.toISOString() ?? null, cycle.status])).toEqual([
      ['2025-01-06T09:00:00.000Z', '2025-01-06T09:10:00.000Z', 'met'],
      ['2025-01-06T09:20:00.000Z', null, 'breached'],
    ]);
  });
  it('throws INVALID_INPUT for a row whose status history is out of time order, with the row index in front over a table', () => {
    const ticket = { ...(tickets[0] as Interaction), statusHistory: [{ status: 'open', at: new Date('2025-01-06T10:00:00Z') }, { status: 'pending', at: new Date('2025-01-06T09:00:00Z') }] };
    expect(() => checkStandards(ticket, standards, { now })).toThrow(expect.objectContaining({ code: 'INVALID_INPUT', path: ['statusHistory', 1, 'at'] }));
    let error: unknown;
    try {
      checkStandards(toInteractionTable([tickets[0] as Interaction, ticket]), standards, { now });
    } catch (caught) {
      error = caught;
    }
    expect(error).toMatchObject({ code: 'INVALID_INPUT', path: [1, 'statusHistory', 1, 'at'] });
    expect((error as Error).message).toMatch(/^row 1: /);
  });
  it('throws INVALID_INPUT for an invalid now, even for an empty table', () => {
    expect(() => checkStandards(toInteractionTable([]), standards, { now: new Date(Number.NaN) })).toThrow(expect.objectContaining({ code: 'INVALID_INPUT', path: ['now'] }));
  });
  it('gives a null dueAt for a row whose due instant is past the range of a Date, and names a row whose history is not valid', () => {
    const table = toInteractionTable([tickets[1] as Interaction]);
    const late = { ...table, openedAt: new Float64Array([8.64e15 - 1000]) };
    expect(checkStandards(late, [standards[1]!], { now: new Date(8.64e15) })[0]?.[0]).toMatchObject({ status: 'pending', dueAt: null, elapsedMs: 1000 });
    const history = toInteractionTable([tickets[0] as Interaction]);
    const bad = { ...history, statusHistory: { ...history.statusHistory, at: Float64Array.from(history.statusHistory.at, (ms, index) => (index === 1 ? Number.NaN : ms)) } };
    expect(() => checkStandards(bad, standards, { now })).toThrow(
      expect.objectContaining({ code: 'INVALID_INPUT', path: [0, 'statusHistory', 1, 'at'], message: 'row 0: statusHistory[1].at must be a valid Date; got NaN' }),
    );
  });
});

