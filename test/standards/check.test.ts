import { describe, expect, it } from 'vitest';
import { InteractionSchema, type InteractionInput } from '../../src/models/index.js';
import { checkStandard, checkStandards, defineStandard, type ServiceStandardInput, type StandardCheck } from '../../src/standards/index.js';

const HOUR = 3_600_000;
const nineToFive: [string, string][] = [['09:00', '17:00']];
/** Mon–Fri 09:00–17:00 UTC. 2025-01-10 is a Friday, 2025-01-13 a Monday. */
const weekdays = { timeZone: 'UTC', weekly: { mon: nineToFive, tue: nineToFive, wed: nineToFive, thu: nineToFive, fri: nineToFive } };

const at = (iso: string) => new Date(iso);
function ticket(fields: Partial<InteractionInput>) {
  return InteractionSchema.parse({ id: 't1', customerId: 'c1', channel: 'email', ...fields });
}
/** The check's instants as ISO strings, for readable tables. */
function summary(check: StandardCheck) {
  return {
    status: check.status,
    elapsedMs: check.elapsedMs,
    dueAt: check.dueAt?.toISOString() ?? null,
    breachedAt: check.breachedAt?.toISOString() ?? null,
  };
}

describe('checkStandard: first response in business hours', () => {
  const standard = defineStandard({ id: 'first-reply', measure: 'first_response', targetMs: '4h', calendar: weekdays });
  // The scenario: 4 business hours in 09–17 hours.
  it.each([
    ['Friday 17:30, after hours', '2025-01-10T17:30:00Z', '2025-01-13T13:00:00.000Z'],
    ['Friday 16:30, half an hour before closing', '2025-01-10T16:30:00Z', '2025-01-13T12:30:00.000Z'],
    ['Saturday 11:00', '2025-01-11T11:00:00Z', '2025-01-13T13:00:00.000Z'],
    ['Monday 13:00, due at closing', '2025-01-13T13:00:00Z', '2025-01-13T17:00:00.000Z'],
  ])('a ticket opened %s is due at %s', (_label, openedAt, due) => {
    const check = checkStandard(ticket({ openedAt }), standard, { now: at('2025-01-13T09:00:00Z') });
    expect(check.dueAt?.toISOString()).toBe(due);
    expect(check.status).toBe('pending');
  });

  it.each([
    // [reply, now, status, breachedAt]
    ['2025-01-13T12:59:59.999Z', '2025-01-20T00:00:00Z', 'met', null],
    ['2025-01-13T13:00:00Z', '2025-01-20T00:00:00Z', 'met', null],
    ['2025-01-13T13:00:00.001Z', '2025-01-20T00:00:00Z', 'breached', '2025-01-13T13:00:00.000Z'],
    [undefined, '2025-01-13T13:00:00Z', 'pending', null],
    [undefined, '2025-01-13T13:00:00.001Z', 'breached', '2025-01-13T13:00:00.000Z'],
    // A reply after `now` has not happened yet.
    ['2025-01-13T12:00:00Z', '2025-01-13T11:00:00Z', 'pending', null],
  ] as const)('a reply at %s, checked at %s, is %s', (reply, now, status, breachedAt) => {
    const check = checkStandard(ticket({ openedAt: '2025-01-10T17:30:00Z', firstResponseAt: reply }), standard, { now: at(now) });
    expect([check.status, check.breachedAt?.toISOString() ?? null]).toEqual([status, breachedAt]);
  });

  it('counts a reply on Monday 09:00 to a ticket due at Friday closing as late (instants are compared)', () => {
    const check = checkStandard(
      ticket({ openedAt: '2025-01-10T13:00:00Z', firstResponseAt: '2025-01-13T09:00:00Z' }),
      standard,
      { now: at('2025-01-14T00:00:00Z') },
    );
    expect(summary(check)).toEqual({ status: 'breached', elapsedMs: 4 * HOUR, dueAt: '2025-01-10T17:00:00.000Z', breachedAt: '2025-01-10T17:00:00.000Z' });
  });

  it('moves the due instant past a holiday', () => {
    const holiday = defineStandard({ id: 'first-reply', measure: 'first_response', targetMs: '4h', calendar: { ...weekdays, holidays: ['2025-01-13'] } });
    const check = checkStandard(ticket({ openedAt: '2025-01-10T17:30:00Z' }), holiday, { now: at('2025-01-13T15:00:00Z') });
    expect(summary(check)).toEqual({ status: 'pending', elapsedMs: 0, dueAt: '2025-01-14T13:00:00.000Z', breachedAt: null });
  });

  it('uses the first agent message when firstResponseAt is absent', () => {
    const check = checkStandard(
      ticket({
        openedAt: '2025-01-13T09:00:00Z',
        messages: [
          { at: '2025-01-13T09:00:00Z', author: 'customer' },
          { at: '2025-01-13T10:30:00Z', author: 'agent' },
        ],
      }),
      standard,
      { now: at('2025-01-14T00:00:00Z') },
    );
    expect([check.status, check.elapsedMs]).toEqual(['met', 1.5 * HOUR]);
  });

  it('gives pending with zero elapsed when now is before openedAt', () => {
    const check = checkStandard(ticket({ openedAt: '2025-01-13T09:00:00Z' }), standard, { now: at('2025-01-12T00:00:00Z') });
    expect(summary(check)).toEqual({ status: 'pending', elapsedMs: 0, dueAt: '2025-01-13T13:00:00.000Z', breachedAt: null });
  });

  it('is not_applicable for a ticket resolved without a reply before it was due, and breached after', () => {
    const early = checkStandard(ticket({ openedAt: '2025-01-13T09:00:00Z', resolvedAt: '2025-01-13T10:00:00Z' }), standard, {
      now: at('2025-01-20T00:00:00Z'),
    });
    const late = checkStandard(ticket({ openedAt: '2025-01-13T09:00:00Z', resolvedAt: '2025-01-14T10:00:00Z' }), standard, {
      now: at('2025-01-20T00:00:00Z'),
    });
    expect([early.status, late.status, late.breachedAt?.toISOString()]).toEqual(['not_applicable', 'breached', '2025-01-13T13:00:00.000Z']);
  });
});

describe('checkStandard: warnings', () => {
  const opened = '2025-01-13T09:00:00Z';
  it.each([
    [{ atFraction: 0.75 }, '2025-01-13T12:00:00.000Z'],
    [{ beforeMs: '30m' }, '2025-01-13T12:30:00.000Z'],
    // With both, the earlier instant wins.
    [{ atFraction: 0.75, beforeMs: '30m' }, '2025-01-13T12:00:00.000Z'],
    [{ atFraction: 0.9, beforeMs: '1h' }, '2025-01-13T12:00:00.000Z'],
  ])('warn %j turns at risk at %s', (warn, warnAt) => {
    const standard = defineStandard({ id: 's', measure: 'first_response', targetMs: '4h', calendar: weekdays, warn });
    const before = checkStandard(ticket({ openedAt: opened }), standard, { now: new Date(Date.parse(warnAt) - 1) });
    const after = checkStandard(ticket({ openedAt: opened }), standard, { now: at(warnAt) });
    expect([before.warnAt?.toISOString(), before.status, after.status]).toEqual([warnAt, 'pending', 'at_risk']);
  });

  it('computes a warning across a weekend in business time', () => {
    const standard = defineStandard({ id: 's', measure: 'first_response', targetMs: '4h', calendar: weekdays, warn: { atFraction: 0.5 } });
    const check = checkStandard(ticket({ openedAt: '2025-01-10T16:00:00Z' }), standard, { now: at('2025-01-13T09:30:00Z') });
    expect([check.warnAt?.toISOString(), check.status]).toEqual(['2025-01-13T10:00:00.000Z', 'pending']);
  });
});

describe('checkStandard: pauses', () => {
  const resolution = defineStandard({ id: 'resolve', measure: 'resolution', targetMs: '8h', calendar: weekdays, pauseWhile: ['pending', 'on_hold'] });
  const pausedThreeHours = [
    { status: 'new', at: '2025-01-13T09:00:00Z' },
    { status: 'pending', at: '2025-01-13T11:00:00Z' },
    { status: 'open', at: '2025-01-13T14:00:00Z' },
  ];
  it.each([
    // [label, history, resolvedAt, now, expected]
    ['no pause: due Monday closing, resolved Tuesday 11:30 is late', undefined, '2025-01-14T11:30:00Z', '2025-01-20T00:00:00Z',
      { status: 'breached', elapsedMs: 10.5 * HOUR, dueAt: '2025-01-13T17:00:00.000Z', breachedAt: '2025-01-13T17:00:00.000Z' }],
    ['a 3-hour pending pause moves the due instant to Tuesday 12:00', pausedThreeHours, '2025-01-14T11:30:00Z', '2025-01-20T00:00:00Z',
      { status: 'met', elapsedMs: 7.5 * HOUR, dueAt: '2025-01-14T12:00:00.000Z', breachedAt: null }],
    ['while pending, the check is paused with no due instant', pausedThreeHours.slice(0, 2), undefined, '2025-01-13T12:00:00Z',
      { status: 'paused', elapsedMs: 2 * HOUR, dueAt: null, breachedAt: null }],
    ['after the pause, the clock resumes', pausedThreeHours, undefined, '2025-01-13T15:00:00Z',
      { status: 'pending', elapsedMs: 3 * HOUR, dueAt: '2025-01-14T12:00:00.000Z', breachedAt: null }],
    ['a status change after now is not seen', pausedThreeHours, undefined, '2025-01-13T10:00:00Z',
      { status: 'pending', elapsedMs: 1 * HOUR, dueAt: '2025-01-13T17:00:00.000Z', breachedAt: null }],
  ] as const)('%s', (_label, statusHistory, resolvedAt, now, expected) => {
    const check = checkStandard(ticket({ openedAt: '2025-01-13T09:00:00Z', statusHistory: statusHistory as never, resolvedAt }), resolution, { now: at(now) });
    expect(summary(check)).toEqual(expected);
  });

  it('cuts a pause out in business time: pending Friday 16:00 to Monday 10:00 removes two business hours, not 66', () => {
    const firstReply = defineStandard({ id: 'r', measure: 'first_response', targetMs: '4h', calendar: weekdays, pauseWhile: ['pending'] });
    const statusHistory = [
      { status: 'new', at: '2025-01-10T13:00:00Z' },
      { status: 'pending', at: '2025-01-10T16:00:00Z' },
      { status: 'open', at: '2025-01-13T10:00:00Z' },
    ];
    const check = checkStandard(ticket({ openedAt: '2025-01-10T13:00:00Z', statusHistory }), firstReply, { now: at('2025-01-13T10:00:00Z') });
    expect(summary(check)).toEqual({ status: 'pending', elapsedMs: 3 * HOUR, dueAt: '2025-01-13T11:00:00.000Z', breachedAt: null });
  });

  it('starts paused when the ticket is created in a paused status', () => {
    const firstReply = defineStandard({ id: 'r', measure: 'first_response', targetMs: '1h', pauseWhile: ['on_hold'] });
    const statusHistory = [
      { status: 'on_hold', at: '2025-01-13T09:00:00Z' },
      { status: 'open', at: '2025-01-13T12:00:00Z' },
    ];
    const paused = checkStandard(ticket({ openedAt: '2025-01-13T09:00:00Z', statusHistory }), firstReply, { now: at('2025-01-13T11:00:00Z') });
    const running = checkStandard(ticket({ openedAt: '2025-01-13T09:00:00Z', statusHistory }), firstReply, { now: at('2025-01-13T12:30:00Z') });
    expect(summary(paused)).toEqual({ status: 'paused', elapsedMs: 0, dueAt: null, breachedAt: null });
    expect(summary(running)).toEqual({ status: 'pending', elapsedMs: 0.5 * HOUR, dueAt: '2025-01-13T13:00:00.000Z', breachedAt: null });
  });

  it('stays breached when a pause starts after the due instant', () => {
    const firstReply = defineStandard({ id: 'r', measure: 'first_response', targetMs: '1h', pauseWhile: ['pending'] });
    const statusHistory = [
      { status: 'new', at: '2025-01-13T09:00:00Z' },
      { status: 'pending', at: '2025-01-13T11:00:00Z' },
    ];
    const check = checkStandard(ticket({ openedAt: '2025-01-13T09:00:00Z', statusHistory }), firstReply, { now: at('2025-01-13T12:00:00Z') });
    expect(summary(check)).toEqual({ status: 'breached', elapsedMs: 2 * HOUR, dueAt: '2025-01-13T10:00:00.000Z', breachedAt: '2025-01-13T10:00:00.000Z' });
  });
});

describe('checkStandard: resolution with a reopen', () => {
  const resolution = defineStandard({ id: 'resolve', measure: 'resolution', targetMs: '8h', calendar: weekdays });
  // Opened Monday 09:00, solved Monday 12:00 (3 business hours), reopened Wednesday 09:00.
  const history = (finalSolve: string | undefined) => [
    { status: 'new', at: '2025-01-13T09:00:00Z' },
    { status: 'solved', at: '2025-01-13T12:00:00Z' },
    { status: 'open', at: '2025-01-15T09:00:00Z' },
    ...(finalSolve === undefined ? [] : [{ status: 'solved', at: finalSolve }]),
  ];
  it.each([
    ['while solved, the first resolution decides', undefined, '2025-01-14T10:00:00Z',
      { status: 'met', elapsedMs: 3 * HOUR, dueAt: '2025-01-13T17:00:00.000Z', breachedAt: null }],
    ['reopened, the same clock resumes with 5 hours left', undefined, '2025-01-15T10:00:00Z',
      { status: 'pending', elapsedMs: 4 * HOUR, dueAt: '2025-01-15T14:00:00.000Z', breachedAt: null }],
    ['solved again Wednesday 13:00: 7 hours, met', '2025-01-15T13:00:00Z', '2025-01-20T00:00:00Z',
      { status: 'met', elapsedMs: 7 * HOUR, dueAt: '2025-01-15T14:00:00.000Z', breachedAt: null }],
    ['solved again Wednesday 15:00: 9 hours, breached at 14:00', '2025-01-15T15:00:00Z', '2025-01-20T00:00:00Z',
      { status: 'breached', elapsedMs: 9 * HOUR, dueAt: '2025-01-15T14:00:00.000Z', breachedAt: '2025-01-15T14:00:00.000Z' }],
  ] as const)('%s', (_label, finalSolve, now, expected) => {
    const interaction = ticket({ openedAt: '2025-01-13T09:00:00Z', statusHistory: history(finalSolve), resolvedAt: finalSolve ?? '2025-01-13T12:00:00Z', reopenCount: 1 });
    expect(summary(checkStandard(interaction, resolution, { now: at(now) }))).toEqual(expected);
  });

  it('uses resolvedAt when the status history does not record the resolution', () => {
    const interaction = ticket({
      openedAt: '2025-01-13T09:00:00Z',
      resolvedAt: '2025-01-13T15:00:00Z',
      statusHistory: [{ status: 'open', at: '2025-01-13T09:00:00Z' }],
    });
    expect(checkStandard(interaction, resolution, { now: at('2025-01-20T00:00:00Z') }).elapsedMs).toBe(6 * HOUR);
  });
});

describe('checkStandard: next-response cycles', () => {
  const nextReply = defineStandard({ id: 'next-reply', measure: 'next_response', targetMs: '1h' });
  const messages = [
    { at: '2025-01-13T09:00:00Z', author: 'customer' },
    { at: '2025-01-13T09:30:00Z', author: 'agent' },
    { at: '2025-01-13T10:00:00Z', author: 'customer' },
    { at: '2025-01-13T10:10:00Z', author: 'customer' }, // still awaiting: no new cycle
    { at: '2025-01-13T11:30:00Z', author: 'agent' },
    { at: '2025-01-13T11:40:00Z', author: 'agent' },
    { at: '2025-01-13T12:00:00Z', author: 'customer' },
    { at: '2025-01-13T12:20:00Z', author: 'agent' },
  ] as const;

  it('returns three cycles, the second breached, and the worst decides', () => {
    const check = checkStandard(ticket({ openedAt: '2025-01-13T09:00:00Z', messages: [...messages] }), nextReply, { now: at('2025-01-14T00:00:00Z') });
    expect(check.cycles.map((cycle) => [cycle.startedAt.toISOString(), cycle.endedAt?.toISOString(), cycle.status, cycle.elapsedMs])).toEqual([
      ['2025-01-13T09:00:00.000Z', '2025-01-13T09:30:00.000Z', 'met', 0.5 * HOUR],
      ['2025-01-13T10:00:00.000Z', '2025-01-13T11:30:00.000Z', 'breached', 1.5 * HOUR],
      ['2025-01-13T12:00:00.000Z', '2025-01-13T12:20:00.000Z', 'met', (1 / 3) * HOUR],
    ]);
    expect(summary(check)).toEqual({ status: 'breached', elapsedMs: 1.5 * HOUR, dueAt: '2025-01-13T11:00:00.000Z', breachedAt: '2025-01-13T11:00:00.000Z' });
  });

  it('shows the awaited cycle as pending when earlier cycles were met', () => {
    const check = checkStandard(
      ticket({ openedAt: '2025-01-13T09:00:00Z', messages: [...messages.slice(0, 2), { at: '2025-01-13T10:00:00Z', author: 'customer' }] }),
      nextReply,
      { now: at('2025-01-13T10:15:00Z') },
    );
    expect(check.cycles.map((cycle) => cycle.status)).toEqual(['met', 'pending']);
    expect(summary(check)).toEqual({ status: 'pending', elapsedMs: 0.25 * HOUR, dueAt: '2025-01-13T11:00:00.000Z', breachedAt: null });
  });

  it('is not_applicable without customer messages', () => {
    const check = checkStandard(ticket({ openedAt: '2025-01-13T09:00:00Z' }), nextReply, { now: at('2025-01-14T00:00:00Z') });
    expect([check.status, check.elapsedMs, check.dueAt, check.cycles]).toEqual(['not_applicable', null, null, []]);
  });

  it('does not breach a last "thanks" message on a ticket solved right after it', () => {
    const check = checkStandard(
      ticket({
        openedAt: '2025-01-13T09:00:00Z',
        messages: [...messages.slice(0, 2), { at: '2025-01-13T09:40:00Z', author: 'customer' }],
        statusHistory: [
          { status: 'open', at: '2025-01-13T09:00:00Z' },
          { status: 'solved', at: '2025-01-13T09:45:00Z' },
        ],
      }),
      nextReply,
      { now: at('2025-01-14T00:00:00Z') },
    );
    expect(check.cycles.map((cycle) => cycle.status)).toEqual(['met', 'not_applicable']);
    expect(check.status).toBe('met');
  });
});

describe('checkStandard: answer', () => {
  const answer = defineStandard({ id: 'answer-20s', measure: 'answer', targetMs: '20s', appliesTo: { channel: ['phone', 'chat'] } });
  const call = (fields: Partial<InteractionInput>) => ticket({ channel: 'phone', openedAt: '2025-01-13T09:00:00Z', ...fields });
  it.each([
    ['answered after 15 s', { answeredAt: '2025-01-13T09:00:15Z' }, 'met', null],
    ['answered after exactly 20 s', { answeredAt: '2025-01-13T09:00:20Z' }, 'met', null],
    ['answered after 45 s', { answeredAt: '2025-01-13T09:00:45Z' }, 'breached', '2025-01-13T09:00:20.000Z'],
    ['abandoned after 45 s', { abandonedAt: '2025-01-13T09:00:45Z' }, 'breached', '2025-01-13T09:00:20.000Z'],
    ['abandoned after 10 s', { abandonedAt: '2025-01-13T09:00:10Z' }, 'not_applicable', null],
    ['abandoned after exactly 20 s', { abandonedAt: '2025-01-13T09:00:20Z' }, 'not_applicable', null],
  ] as const)('a call %s is %s', (_label, fields, status, breachedAt) => {
    const check = checkStandard(call(fields), answer, { now: at('2025-01-13T10:00:00Z') });
    expect([check.status, check.breachedAt?.toISOString() ?? null]).toEqual([status, breachedAt]);
  });

  it('sees a call still in the queue as pending, then breached', () => {
    expect(checkStandard(call({}), answer, { now: at('2025-01-13T09:00:10Z') }).status).toBe('pending');
    expect(checkStandard(call({}), answer, { now: at('2025-01-13T09:00:21Z') }).status).toBe('breached');
  });

  it('is not_applicable to a ticket without answeredAt or abandonedAt when no channel is named', () => {
    const anyChannel = defineStandard({ id: 'answer', measure: 'answer', targetMs: '20s' });
    expect(checkStandard(ticket({ openedAt: '2025-01-13T09:00:00Z' }), anyChannel, { now: at('2025-01-14T00:00:00Z') }).status).toBe('not_applicable');
  });

  it('is not_applicable when appliesTo does not match', () => {
    expect(checkStandard(ticket({ openedAt: '2025-01-13T09:00:00Z' }), answer, { now: at('2025-01-14T00:00:00Z') }).status).toBe('not_applicable');
  });
});

describe('checkStandards', () => {
  const policy: ServiceStandardInput[] = [
    { id: 'reply-urgent', measure: 'first_response', targetMs: '1h', appliesTo: { priority: 'urgent' } },
    { id: 'reply-vip', measure: 'first_response', targetMs: '2h', appliesTo: { segment: 'enterprise' } },
    { id: 'reply', measure: 'first_response', targetMs: '8h' },
    { id: 'resolve-billing', measure: 'resolution', targetMs: '2d', appliesTo: { team: ['billing'] } },
    { id: 'answer', measure: 'answer', targetMs: '20s', appliesTo: { channel: ['phone', 'chat'] } },
  ];
  const base = { openedAt: '2025-01-13T09:00:00Z', firstResponseAt: '2025-01-13T14:00:00Z' } as const;
  const now = at('2025-01-14T00:00:00Z');

  it.each([
    ['a normal email', {}, undefined, ['reply:met']],
    ['an urgent email', { priority: 'urgent' }, undefined, ['reply-urgent:breached']],
    ['an enterprise customer', {}, { segment: 'enterprise' }, ['reply-vip:breached']],
    ['a billing call', { team: 'billing', channel: 'phone', answeredAt: '2025-01-13T09:00:05Z' }, undefined, ['reply:met', 'resolve-billing:pending', 'answer:met']],
  ] as const)('resolves the first matching standard per measure for %s', (_label, fields, customer, expected) => {
    const checks = checkStandards(ticket({ ...base, ...fields }), policy, { now, ...(customer === undefined ? {} : { customer }) });
    expect(checks.map((check) => `${check.standardId}:${check.status}`)).toEqual(expected);
  });

  it('keeps an already-applied target when the priority changes later', () => {
    const asOpened = ticket({ ...base });
    const before = checkStandards(asOpened, policy, { now });
    const escalated = ticket({ ...base, priority: 'urgent' }); // priority raised on Tuesday
    const later = at('2025-01-15T00:00:00Z');
    expect(checkStandards(escalated, policy, { now: later, previous: before }).map((check) => `${check.standardId}:${check.status}`)).toEqual(['reply:met']);
    // Without the earlier checks, the new priority picks the urgent standard.
    expect(checkStandards(escalated, policy, { now: later }).map((check) => `${check.standardId}:${check.status}`)).toEqual(['reply-urgent:breached']);
  });

  it('re-resolves a measure that was not yet decided when the priority changes', () => {
    const open = ticket({ openedAt: '2025-01-13T09:00:00Z' });
    const before = checkStandards(open, policy, { now: at('2025-01-13T09:30:00Z') });
    expect(before.map((check) => `${check.standardId}:${check.status}`)).toEqual(['reply:pending']);
    const escalated = ticket({ openedAt: '2025-01-13T09:00:00Z', priority: 'urgent' });
    const after = checkStandards(escalated, policy, { now: at('2025-01-13T09:45:00Z'), previous: before });
    expect(after.map((check) => `${check.standardId}:${check.status}`)).toEqual(['reply-urgent:pending']);
  });

  it('gives each call its own checks when a getter of the input checks another interaction meanwhile', () => {
    // src/standards/check.ts (checkStandards): no state is shared between calls, even one made from inside another
    const standards: ServiceStandardInput[] = [...policy, { id: 'next', measure: 'next_response', targetMs: '1h', pauseWhile: ['pending'] }];
    const plain = ticket({
      ...base,
      team: 'billing',
      statusHistory: [
        { status: 'open', at: '2025-01-13T09:00:00Z' },
        { status: 'pending', at: '2025-01-13T10:00:00Z' },
        { status: 'open', at: '2025-01-13T12:00:00Z' },
      ],
      messages: [
        { at: '2025-01-13T09:00:00Z', author: 'customer' },
        { at: '2025-01-13T14:00:00Z', author: 'agent' },
        { at: '2025-01-13T15:00:00Z', author: 'customer' },
      ],
    });
    const other = ticket({
      openedAt: '2025-01-13T16:00:00Z',
      priority: 'urgent',
      channel: 'chat',
      answeredAt: '2025-01-13T16:01:00Z',
      statusHistory: [{ status: 'solved', at: '2025-01-13T17:00:00Z' }],
      messages: [
        { at: '2025-01-13T16:00:00Z', author: 'customer' },
        { at: '2025-01-13T16:30:00Z', author: 'customer' },
        { at: '2025-01-13T18:00:00Z', author: 'agent' },
      ],
    });
    const inner: unknown[] = [];
    const meddle = () => {
      inner.push(checkStandards(other, standards, { now }), checkStandard(other, standards[5] as ServiceStandardInput, { now }));
    };
    /** `value` behind a getter that checks `other` first. */
    const meddling = <T extends object>(value: T, key: keyof T & string): T => {
      const field = value[key];
      return Object.defineProperty({ ...value }, key, { enumerable: true, get: () => (meddle(), field) });
    };
    // A getter runs while the interaction is read, and a message's `at` again while its cycles are checked.
    let tricky = meddling(meddling(plain, 'team'), 'statusHistory');
    tricky = { ...tricky, messages: (plain.messages ?? []).map((message) => meddling(message, 'at')) };
    const expected = checkStandards(plain, standards, { now });
    expect(expected.map((check) => `${check.standardId}:${check.status}`)).toEqual(['reply:met', 'resolve-billing:pending', 'next:breached']);
    expect(checkStandards(tricky, standards, { now })).toEqual(expected);
    expect(checkStandard(tricky, standards[5] as ServiceStandardInput, { now })).toEqual(expected[2]);
    // The earlier checks are read while the interaction's own are chosen.
    const previous = [meddling({ standardId: 'reply', status: 'met' as const }, 'standardId')];
    expect(checkStandards(tricky, standards, { now, previous })).toEqual(expected);
    expect(inner.length).toBeGreaterThan(0);
    const innerExpected = [checkStandards(other, standards, { now }), checkStandard(other, standards[5] as ServiceStandardInput, { now })];
    for (let index = 0; index < inner.length; index += 2) expect(inner.slice(index, index + 2)).toEqual(innerExpected);
  });

  it('gives the same checks as checkStandard for each resolved standard', () => {
    const interaction = ticket({ ...base, team: 'billing' });
    for (const check of checkStandards(interaction, policy, { now })) {
      const standard = policy.find((item) => item.id === check.standardId) as ServiceStandardInput;
      expect(checkStandard(interaction, standard, { now })).toEqual(check);
    }
  });
});
