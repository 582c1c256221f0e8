import { describe, expect, it } from 'vitest';
import { isServiceKitError, type ServiceKitError } from '../../src/errors/index.js';
import { InteractionSchema } from '../../src/models/index.js';
import { checkStandard, checkStandards, defineStandard, ServiceStandardSchema, type ServiceStandardInput } from '../../src/standards/index.js';

function failure(run: () => unknown): ServiceKitError {
  try {
    run();
  } catch (error) {
    if (isServiceKitError(error)) return error;
    throw error;
  }
  throw new Error('expected a ServiceKitError');
}

const valid = { id: 'reply', measure: 'first_response', targetMs: '4h' } as const;

describe('ServiceStandardSchema and defineStandard', () => {
  it('reads durations as milliseconds or strings, and appliesTo values as a value or a list', () => {
    const standard = defineStandard({
      ...valid,
      targetMs: 'PT2H30M',
      appliesTo: { channel: 'email', priority: ['high', 'urgent'] },
      warn: { beforeMs: 900_000 },
      pauseWhile: ['pending', 'on_hold'],
    });
    expect(standard).toEqual({
      id: 'reply',
      measure: 'first_response',
      targetMs: 9_000_000,
      appliesTo: { channel: ['email'], priority: ['high', 'urgent'] },
      warn: { beforeMs: 900_000 },
      pauseWhile: ['pending', 'on_hold'],
    });
  });

  it('returns a frozen, JSON-serialisable standard that parses back to itself', () => {
    const standard = defineStandard({ ...valid, calendar: { timeZone: 'Europe/Paris', weekly: { mon: [['09:00', '17:00']] } } });
    expect(Object.isFrozen(standard.calendar?.weekly)).toBe(true);
    expect(ServiceStandardSchema.parse(JSON.parse(JSON.stringify(standard)))).toEqual(standard);
  });

  it.each([
    ['a target of zero', { ...valid, targetMs: 0 }, ['targetMs'], /targetMs must be positive/],
    ['a negative target', { ...valid, targetMs: '-4h' }, ['targetMs'], /targetMs must be positive/],
    ['a target that does not parse', { ...valid, targetMs: '4 hours' }, ['targetMs'], /not a duration/],
    ['an unknown measure', { ...valid, measure: 'first_reply' }, ['measure'], /"first_reply" is not a measure/],
    ['pauseWhile as one string', { ...valid, pauseWhile: 'pending' }, ['pauseWhile'], /list of status names/],
    ['pauseWhile with a number', { ...valid, pauseWhile: ['pending', 3] }, ['pauseWhile', 1], /strings/],
    ['an unknown priority', { ...valid, appliesTo: { priority: 'critical' } }, ['appliesTo', 'priority'], /not a priority/],
    ['an empty channel list', { ...valid, appliesTo: { channel: [] } }, ['appliesTo', 'channel'], /matches nothing/],
    ['a warning fraction above 1', { ...valid, warn: { atFraction: 1.5 } }, ['warn', 'atFraction'], /\(0, 1\]/],
    ['a warning lead time as long as the target', { ...valid, warn: { beforeMs: '4h' } }, ['warn', 'beforeMs'], /shorter than targetMs/],
    ['an unknown key', { ...valid, target: '4h' }, [], /target/],
    ['a calendar with an invalid time', { ...valid, calendar: { timeZone: 'UTC', weekly: { mon: [['09:00', '25:00']] } } }, ['calendar', 'weekly', 'mon', 0, 1], /time of day/],
    ['a calendar that is never open', { ...valid, calendar: { timeZone: 'UTC', weekly: {} } }, ['calendar', 'weekly'], /never run/],
  ])('rejects %s with INVALID_STANDARD and the path', (_label, input, path, message) => {
    const error = failure(() => defineStandard(input as ServiceStandardInput));
    expect([error.code, error.path]).toEqual(['INVALID_STANDARD', path]);
    expect(error.message).toMatch(message);
  });

  it('names the standard in the message', () => {
    expect(failure(() => defineStandard({ ...valid, targetMs: 0 })).message).toBe('standard "reply" at targetMs: targetMs must be positive; got 0');
  });
});

describe('bad input to checks', () => {
  const now = new Date('2025-01-14T00:00:00Z');
  const ticket = InteractionSchema.parse({ id: 't1', customerId: 'c1', channel: 'email', openedAt: '2025-01-13T09:00:00Z' });

  it('rejects a status history out of time order with INVALID_INPUT and its path', () => {
    const unordered = {
      ...ticket,
      statusHistory: [
        { status: 'new', at: new Date('2025-01-13T09:00:00Z') },
        { status: 'pending', at: new Date('2025-01-13T12:00:00Z') },
        { status: 'open', at: new Date('2025-01-13T11:00:00Z') },
      ],
    };
    const error = failure(() => checkStandard(unordered, valid, { now }));
    expect([error.code, error.path]).toEqual(['INVALID_INPUT', ['statusHistory', 2, 'at']]);
  });

  it('rejects a missing now and an unparsed interaction', () => {
    expect(failure(() => checkStandard(ticket, valid, {} as { now: Date })).path).toEqual(['now']);
    const raw = { id: 't1', customerId: 'c1', channel: 'email', openedAt: '2025-01-13T09:00:00Z' } as unknown as typeof ticket;
    expect(failure(() => checkStandard(raw, valid, { now })).path).toEqual(['openedAt']);
  });

  it('rejects an invalid standard in a set with its index in the path, and ids used twice', () => {
    const bad = failure(() => checkStandards(ticket, [valid, { ...valid, id: 'x', targetMs: -1 }], { now }));
    expect([bad.code, bad.path]).toEqual(['INVALID_STANDARD', [1, 'targetMs']]);
    const twice = failure(() => checkStandards(ticket, [valid, valid], { now }));
    expect([twice.code, twice.path]).toEqual(['INVALID_STANDARD', [1, 'id']]);
  });

  it('treats a missing event as pending while open, never as a crash', () => {
    const checks = checkStandards(
      ticket,
      [valid, { id: 'next', measure: 'next_response', targetMs: '1h' }, { id: 'resolve', measure: 'resolution', targetMs: '2d' }],
      { now },
    );
    expect(checks.map((check) => check.status)).toEqual(['breached', 'not_applicable', 'pending']);
  });
});

describe('bad input to checks: unparsed and malformed interactions', () => {
  const now = new Date('2025-01-14T00:00:00Z');
  const ticket = InteractionSchema.parse({ id: 't1', customerId: 'c1', channel: 'email', openedAt: '2025-01-13T09:00:00Z' });
  const shown = (error: ServiceKitError) => [error.code, error.path, error.message];

  it.each([
    [
      'a string firstResponseAt',
      { ...ticket, firstResponseAt: '2025-01-13T10:00:00Z' },
      ['firstResponseAt'],
      'firstResponseAt must be a Date; got "2025-01-13T10:00:00Z" (parse rows with parseInteractions first)',
    ],
    [
      'a string message instant',
      { ...ticket, messages: [{ at: '2025-01-13T10:00:00Z', author: 'agent' }] },
      ['messages', 0, 'at'],
      'messages[0].at must be a valid Date; got "2025-01-13T10:00:00Z" (parse rows with parseInteractions first)',
    ],
    ['a null status change', { ...ticket, statusHistory: [null] }, ['statusHistory', 0], 'statusHistory[0] must be an object; got null'],
    ['messages that are not a list', { ...ticket, messages: 'hello' }, ['messages'], 'messages must be an array; got "hello"'],
    ['no interaction', null, ['openedAt'], 'openedAt must be a valid Date; got undefined'],
  ])('rejects %s with INVALID_INPUT at its path', (_label, interaction, path, message) => {
    expect(shown(failure(() => checkStandard(interaction as unknown as typeof ticket, valid, { now })))).toEqual(['INVALID_INPUT', path, message]);
  });

  it('rejects previous checks that are not a list with INVALID_OPTION, and passes over a null entry', () => {
    const error = failure(() => checkStandards(ticket, [valid], { now, previous: null as never }));
    expect(shown(error)).toEqual(['INVALID_OPTION', ['previous'], 'previous must be a list of checks; got null']);
    expect(checkStandards(ticket, [valid], { now, previous: [null as never] })).toEqual(checkStandards(ticket, [valid], { now }));
  });

  it('gives a null dueAt, not an invalid Date, when the due instant is past the range of a Date', () => {
    const late = { ...ticket, openedAt: new Date(8.64e15 - 1000) };
    const check = checkStandard(late, valid, { now: new Date(8.64e15) });
    expect([check.status, check.elapsedMs, check.dueAt, check.warnAt]).toEqual(['pending', 1000, null, null]);
  });
});

describe('defineStandard: values a message cannot show as JSON', () => {
  it('shows a bigint measure or priority as 10n instead of throwing a TypeError', () => {
    expect(failure(() => defineStandard({ ...valid, measure: 10n as never })).message).toContain('10n is not a measure');
    expect(failure(() => defineStandard({ ...valid, appliesTo: { priority: 10n as never } })).message).toContain('10n is not a priority');
  });
});
