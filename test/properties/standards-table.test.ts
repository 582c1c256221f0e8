import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import type { Interaction, StatusChange } from '../../src/models/index.js';
import { checkStandards, defineStandard, eachStandardCheck, type StandardCheck, type StandardStatus } from '../../src/standards/index.js';
import { toInteractionTable } from '../../src/table/index.js';

// Law: a table changes nothing. checkStandards over toInteractionTable(rows) gives every row exactly
// the checks checkStandards gives that row as an object (same customer, same earlier checks), for
// every measure, with pauses, warnings, reopens, business hours across New York's DST changes, and
// `now` anywhere from before the opening to long after. eachStandardCheck gives the same checks,
// one at a time, over the table and over the objects.
const MINUTE = 60_000;
const HOUR = 60 * MINUTE;
const weekday: [string, string][] = [['09:00', '17:00']];
const newYork = {
  timeZone: 'America/New_York',
  weekly: { mon: weekday, tue: weekday, wed: weekday, thu: weekday, fri: [['09:00', '12:00'], ['13:00', '17:00']] as [string, string][], sat: [['22:00', '02:00']] as [string, string][] },
  holidays: ['2025-03-10', '2025-11-03'],
};
const standards = [
  defineStandard({ id: 'reply-vip', measure: 'first_response', targetMs: '30m', appliesTo: { segment: 'vip' }, calendar: newYork, warn: { atFraction: 0.5 } }),
  defineStandard({ id: 'reply-urgent', measure: 'first_response', targetMs: '1h', appliesTo: { priority: ['urgent', 'high'], channel: 'email' }, pauseWhile: ['pending'] }),
  defineStandard({ id: 'reply', measure: 'first_response', targetMs: '4h', calendar: newYork, pauseWhile: ['pending', 'on_hold'], warn: { atFraction: 0.8, beforeMs: '30m' } }),
  defineStandard({ id: 'next-reply-billing', measure: 'next_response', targetMs: '2h', appliesTo: { team: 'billing' }, pauseWhile: ['on_hold'], warn: { beforeMs: '15m' } }),
  defineStandard({ id: 'next-reply', measure: 'next_response', targetMs: '8h', calendar: newYork, pauseWhile: ['pending'] }),
  defineStandard({ id: 'resolution', measure: 'resolution', targetMs: '2d', calendar: newYork, pauseWhile: ['pending', 'on_hold'], warn: { beforeMs: '4h' } }),
  defineStandard({ id: 'answer-calls', measure: 'answer', targetMs: '20s', appliesTo: { channel: ['phone', 'chat'] } }),
  defineStandard({ id: 'answer', measure: 'answer', targetMs: '2m', calendar: newYork, pauseWhile: ['pending'] }),
];

// Openings near New York's DST changes (9 March and 2 November 2025) and anywhere in the year.
const openedAt = fc.oneof(
  fc.integer({ min: Date.UTC(2025, 2, 6), max: Date.UTC(2025, 2, 12) }),
  fc.integer({ min: Date.UTC(2025, 9, 30), max: Date.UTC(2025, 10, 5) }),
  fc.integer({ min: Date.UTC(2025, 0, 1), max: Date.UTC(2025, 11, 31) }),
);
const offset = fc.integer({ min: 0, max: 3 * 24 * HOUR });
const maybe = <T>(arbitrary: fc.Arbitrary<T>) => fc.option(arbitrary, { nil: undefined });

const row = fc
  .record({
    opened: openedAt,
    channel: fc.constantFrom('email', 'phone', 'chat'),
    priority: fc.constantFrom('low', 'normal', 'high', 'urgent' as const),
    team: maybe(fc.constantFrom('billing', 'tech')),
    firstResponse: maybe(offset),
    answered: maybe(fc.integer({ min: 0, max: 5 * MINUTE })),
    abandoned: maybe(fc.integer({ min: 0, max: 5 * MINUTE })),
    resolved: maybe(offset),
    closed: maybe(offset),
    // status changes in time order (equal instants too), from a status the ticket may be created in
    history: fc.array(fc.record({ afterMs: fc.oneof(fc.constant(0), fc.integer({ min: 0, max: 30 * HOUR })), status: fc.constantFrom('new', 'open', 'pending', 'on_hold', 'solved', 'closed') }), { maxLength: 7 }),
    // messages in any order (both paths put them in time order, stably)
    messages: fc.array(fc.record({ at: fc.integer({ min: -HOUR, max: 4 * 24 * HOUR }), author: fc.constantFrom('customer', 'agent' as const) }), { maxLength: 6 }),
    segment: maybe(fc.constantFrom('vip', 'smb')),
    previous: fc.array(fc.record({ standardId: fc.constantFrom(...standards.map((standard) => standard.id)), status: fc.constantFrom<StandardStatus>('met', 'breached', 'pending', 'at_risk') }), { maxLength: 2 }),
  })
  .map(({ opened, firstResponse, answered, abandoned, resolved, closed, history, messages, segment, previous, ...fields }) => {
    let at = opened;
    const statusHistory: StatusChange[] = history.map((step) => {
      at += step.afterMs;
      return { status: step.status, at: new Date(at) };
    });
    const interaction: Interaction = {
      id: 't',
      customerId: 'c',
      direction: 'inbound',
      ...fields,
      openedAt: new Date(opened),
      ...(firstResponse === undefined ? {} : { firstResponseAt: new Date(opened + firstResponse) }),
      ...(answered === undefined ? {} : { answeredAt: new Date(opened + answered) }),
      ...(abandoned === undefined ? {} : { abandonedAt: new Date(opened + abandoned) }),
      ...(resolved === undefined ? {} : { resolvedAt: new Date(opened + resolved) }),
      ...(closed === undefined ? {} : { closedAt: new Date(opened + closed) }),
      ...(statusHistory.length === 0 ? {} : { statusHistory }),
      ...(messages.length === 0 ? {} : { messages: messages.map((message) => ({ at: new Date(opened + message.at), author: message.author })) }),
    };
    return { interaction, segment, previous };
  });

describe('checkStandards over an InteractionTable', () => {
  it('gives every row exactly the checks it gives the row as an object', () => {
    fc.assert(
      fc.property(fc.array(row, { minLength: 1, maxLength: 6 }), fc.integer({ min: -2 * HOUR, max: 8 * 24 * HOUR }), (rows, nowAfter) => {
        const interactions = rows.map((item, index) => ({ ...item.interaction, id: `t${index}` }));
        const now = new Date((interactions[0] as Interaction).openedAt.getTime() + nowAfter);
        const fromObjects: StandardCheck[][] = rows.map((item, index) =>
          checkStandards(interactions[index] as Interaction, standards, {
            now,
            ...(item.segment === undefined ? {} : { customer: { segment: item.segment } }),
            previous: item.previous,
          }),
        );
        const table = toInteractionTable(interactions);
        const byIndex = {
          now,
          customer: (index: number) => (rows[index]?.segment === undefined ? undefined : { segment: rows[index]?.segment }),
          previous: (index: number) => rows[index]?.previous,
        };
        expect(checkStandards(table, standards, byIndex)).toEqual(fromObjects);
        // and one at a time, from the table and from the objects
        const flat = fromObjects.flatMap((checks, index) => checks.map((check) => ({ index, check })));
        expect([...eachStandardCheck(table, standards, byIndex)]).toEqual(flat);
        expect([...eachStandardCheck(interactions, standards, byIndex)]).toEqual(flat);
      }),
      { numRuns: 300 },
    );
  });
});
