import { describe, expect, it } from 'vitest';
import { evaluateCondition, type ConditionInput } from '../../src/escalation/index.js';
import { CsatResponseSchema, InteractionSchema, type InteractionInput } from '../../src/models/index.js';
import type { ServiceStandardInput } from '../../src/standards/index.js';
import { createCalendar } from '../../src/time/index.js';

const day: [string, string][] = [['09:00', '17:00']];
const weekdays = { timeZone: 'UTC', weekly: { mon: day, tue: day, wed: day, thu: day, fri: day } };
const calendar = createCalendar(weekdays);
const ticket = (fields: Partial<InteractionInput> = {}) => InteractionSchema.parse({ id: 't1', customerId: 'c1', channel: 'email', openedAt: '2025-01-10T15:00:00Z', ...fields }); // Friday 15:00 UTC
const iso = (date: Date | null) => date?.toISOString() ?? null;
/** [holds, since, nextChangeAt] of a condition at `now`. */
function instants(condition: ConditionInput, now: string, extra: { standards?: ServiceStandardInput[]; fields?: Partial<InteractionInput> } = {}) {
  const result = evaluateCondition(condition, { interaction: ticket(extra.fields), standards: extra.standards, calendar, now: new Date(now) });
  return [result.holds, iso(result.since), iso(result.nextChangeAt)];
}

describe('evaluateCondition: time leaves', () => {
  it('openFor holds from openedAt + openFor, in calendar or business time', () => {
    expect(instants({ openFor: '4h' }, '2025-01-10T16:00:00Z')).toEqual([false, '2025-01-10T15:00:00.000Z', '2025-01-10T19:00:00.000Z']);
    // Two business hours on Friday 15:00–17:00, two more on Monday 09:00–11:00.
    expect(instants({ openFor: '4h', in: 'business' }, '2025-01-10T20:00:00Z')).toEqual([false, '2025-01-10T15:00:00.000Z', '2025-01-13T11:00:00.000Z']);
    expect(instants({ openFor: '4h', in: 'business' }, '2025-01-13T11:00:00Z')).toEqual([true, '2025-01-13T11:00:00.000Z', null]);
  });

  it('idleFor counts from the last message by now, optionally only after the customer wrote', () => {
    const messages = [
      { at: '2025-01-10T15:00:00Z', author: 'customer' as const },
      { at: '2025-01-10T15:30:00Z', author: 'agent' as const },
    ];
    expect(instants({ idleFor: '2h' }, '2025-01-10T16:00:00Z', { fields: { messages } })).toEqual([false, '2025-01-10T15:30:00.000Z', '2025-01-10T17:30:00.000Z']);
    expect(instants({ idleFor: '2h', lastMessageFrom: 'customer' }, '2025-01-10T18:00:00Z', { fields: { messages } })).toEqual([false, '2025-01-10T15:30:00.000Z', null]);
    // A message after now is not seen yet.
    expect(instants({ idleFor: '2h' }, '2025-01-10T15:20:00Z', { fields: { messages } })).toEqual([false, '2025-01-10T15:00:00.000Z', '2025-01-10T17:00:00.000Z']);
  });

  it('throws INVALID_OPTION for business time without a calendar', () => {
    expect(() => evaluateCondition({ openFor: '1h', in: 'business' }, { interaction: ticket(), now: new Date('2025-01-10T16:00:00Z') })).toThrow(
      expect.objectContaining({ code: 'INVALID_OPTION' }),
    );
  });
});

describe('evaluateCondition: standard leaves', () => {
  const standards: ServiceStandardInput[] = [{ id: 'first-reply', measure: 'first_response', targetMs: '4h', calendar: weekdays, warn: { beforeMs: '1h' } }];
  // Opened Friday 15:00: 2 h on Friday, due Monday 11:00; at risk from Monday 10:00.

  it('follows a running check to at risk at warnAt and breached just after dueAt', () => {
    const status = { standard: 'first-reply', status: ['at_risk', 'breached'] } as const;
    expect(instants(status, '2025-01-10T16:00:00Z', { standards })).toEqual([false, null, '2025-01-13T10:00:00.000Z']);
    expect(instants(status, '2025-01-13T10:30:00Z', { standards })).toEqual([true, '2025-01-13T10:00:00.000Z', null]);
    expect(instants(status, '2025-01-13T12:00:00Z', { standards })).toEqual([true, '2025-01-13T10:00:00.000Z', null]);
    // Not breached since the clock started (pending, then at risk: one run of not holding).
    expect(instants({ standard: 'first-reply', status: ['breached'] }, '2025-01-13T10:30:00Z', { standards })).toEqual([false, null, '2025-01-13T11:00:00.001Z']);
  });

  it('joins the runs of at_risk and breached in an any, as one run since warnAt', () => {
    const either: ConditionInput = { any: [{ standard: 'first-reply', status: ['at_risk'] }, { standard: 'first-reply', status: ['breached'] }] };
    expect(instants(either, '2025-01-13T12:00:00Z', { standards })).toEqual([true, '2025-01-13T10:00:00.000Z', null]);
  });

  it('breachedFor and dueWithin count from dueAt, in business time when asked', () => {
    expect(instants({ standard: 'first-reply', breachedFor: '1h' }, '2025-01-13T10:00:00Z', { standards })).toEqual([false, null, '2025-01-13T12:00:00.000Z']);
    expect(instants({ standard: 'first-reply', breachedFor: '8h', in: 'business' }, '2025-01-13T18:00:00Z', { standards })).toEqual([false, null, '2025-01-14T11:00:00.000Z']);
    // Due Monday 11:00 with 2 business hours left from Friday 17:00 on: within 2 h from Friday's closing.
    expect(instants({ standard: 'first-reply', dueWithin: '2h', in: 'business' }, '2025-01-10T16:00:00Z', { standards })).toEqual([false, null, '2025-01-10T17:00:00.000Z']);
    expect(instants({ standard: 'first-reply', dueWithin: '2h' }, '2025-01-10T16:00:00Z', { standards })).toEqual([false, null, '2025-01-13T09:00:00.000Z']);
  });

  it('says in words how the check stands', () => {
    const result = evaluateCondition({ standard: 'first-reply', dueWithin: '2h', in: 'business' }, { interaction: ticket(), standards, calendar, now: new Date('2025-01-10T18:00:00Z') });
    expect(result.reasons).toEqual(['first reply is due in 2h 0m of business time']);
    const named = evaluateCondition({ standard: 'first-reply', breachedFor: '1h' }, { interaction: ticket(), standards: [{ ...standards[0], name: 'First reply (email)' } as ServiceStandardInput], now: new Date('2025-01-13T12:20:00Z') });
    expect(named.reasons).toEqual(['First reply (email) breached 1h 20m ago']);
  });

  it('does not hold without a check for the standard, unless not_applicable is asked for', () => {
    expect(instants({ standard: 'resolution', status: ['breached'] }, '2025-01-13T12:00:00Z', { standards })).toEqual([false, null, null]);
    expect(instants({ standard: 'resolution', status: ['not_applicable'] }, '2025-01-13T12:00:00Z', { standards })).toEqual([true, null, null]);
  });
});

describe('evaluateCondition: combinators', () => {
  it('all holds since its latest child began to, and flips at the first child change', () => {
    expect(instants({ all: [{ openFor: '1h' }, { openFor: '2h' }] }, '2025-01-10T17:30:00Z')).toEqual([true, '2025-01-10T17:00:00.000Z', null]);
    expect(instants({ all: [{ openFor: '1h' }, { not: { openFor: '3h' } }] }, '2025-01-10T16:30:00Z')).toEqual([true, '2025-01-10T16:00:00.000Z', '2025-01-10T18:00:00.000Z']);
  });

  it('a failing all cannot hold before its last failing child changes', () => {
    expect(instants({ all: [{ openFor: '1h' }, { openFor: '2h' }] }, '2025-01-10T15:30:00Z')).toEqual([false, '2025-01-10T15:00:00.000Z', '2025-01-10T17:00:00.000Z']);
  });

  it('any holds since its earliest holding child began to; not keeps the instants and flips the truth', () => {
    expect(instants({ any: [{ openFor: '1h' }, { openFor: '2h' }] }, '2025-01-10T17:30:00Z')).toEqual([true, '2025-01-10T16:00:00.000Z', null]);
    expect(instants({ any: [{ openFor: '1h' }, { openFor: '2h' }] }, '2025-01-10T15:30:00Z')).toEqual([false, '2025-01-10T15:00:00.000Z', '2025-01-10T16:00:00.000Z']);
    expect(instants({ not: { openFor: '1h' } }, '2025-01-10T15:30:00Z')).toEqual([true, '2025-01-10T15:00:00.000Z', '2025-01-10T16:00:00.000Z']);
  });

  it('gives the reasons of the children that decide', () => {
    const result = evaluateCondition(
      { any: [{ field: 'priority', in: ['urgent'] }, { all: [{ field: 'channel', eq: 'email' }, { openFor: '1h' }] }] },
      { interaction: ticket(), now: new Date('2025-01-10T16:30:00Z') },
    );
    expect(result.reasons).toEqual(['channel is email', 'open for 1h 30m']);
    const failing = evaluateCondition({ all: [{ field: 'priority', in: ['urgent'] }, { openFor: '1h' }] }, { interaction: ticket(), now: new Date('2025-01-10T16:30:00Z') });
    expect([failing.holds, failing.reasons]).toEqual([false, ['priority is normal']]);
  });
});

describe('evaluateCondition: survey leaf', () => {
  it('reads the latest response by now, of the customer or of the interaction only', () => {
    const surveys = [
      CsatResponseSchema.parse({ score: 2, respondedAt: '2025-01-09T10:00:00Z', customerId: 'c1', interactionId: 'older' }),
      CsatResponseSchema.parse({ score: 5, respondedAt: '2025-01-11T10:00:00Z', customerId: 'c1', interactionId: 't1' }),
    ];
    const check = (condition: ConditionInput, now: string) => {
      const result = evaluateCondition(condition, { interaction: ticket(), surveys, now: new Date(now) });
      return [result.holds, iso(result.since), iso(result.nextChangeAt)];
    };
    expect(check({ lastCsatAtMost: 2, within: '2d' }, '2025-01-10T16:00:00Z')).toEqual([true, '2025-01-09T10:00:00.000Z', '2025-01-11T10:00:00.000Z']);
    expect(check({ lastCsatAtMost: 2 }, '2025-01-11T12:00:00Z')).toEqual([false, '2025-01-11T10:00:00.000Z', null]);
    expect(check({ lastCsatAtMost: 2, of: 'interaction' }, '2025-01-10T16:00:00Z')).toEqual([false, null, null]);
  });
});

describe('evaluateCondition: bad input', () => {
  it('throws INVALID_INPUT for a missing input, and checks surveys when a survey leaf reads them', () => {
    expect(() => evaluateCondition({ openFor: '1h' }, undefined as never)).toThrow(
      expect.objectContaining({ code: 'INVALID_INPUT', path: ['now'], message: 'now must be a valid Date: evaluation never reads the clock' }),
    );
    const now = new Date('2025-01-10T16:00:00Z');
    expect(() => evaluateCondition({ lastCsatAtMost: 2 }, { interaction: ticket(), surveys: [null as never], now })).toThrow(
      expect.objectContaining({ code: 'INVALID_INPUT', path: ['surveys', 0, 'respondedAt'], message: 'surveys[0].respondedAt must be a valid Date; got undefined' }),
    );
  });
});
