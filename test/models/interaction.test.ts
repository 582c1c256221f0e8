import { describe, expect, it } from 'vitest';
import { InteractionSchema, type InteractionInput } from '../../src/models/index.js';

const valid: InteractionInput = {
  id: 't-1',
  customerId: 'c-1',
  channel: 'email',
  openedAt: '2025-01-06T09:00:00Z',
  firstResponseAt: '2025-01-06T09:30:00Z',
  resolvedAt: '2025-01-06T12:00:00Z',
  talkMs: 0,
  statusHistory: [
    { status: 'new', at: '2025-01-06T09:00:00Z' },
    { status: 'pending', at: '2025-01-06T10:00:00Z' },
    { status: 'solved', at: '2025-01-06T12:00:00Z' },
  ],
};

function issuesOf(input: unknown): { path: PropertyKey[]; message: string }[] {
  const result = InteractionSchema.safeParse(input);
  if (result.success) return [];
  return result.error.issues.map(({ path, message }) => ({ path, message }));
}

describe('InteractionSchema', () => {
  it('parses a valid ticket into Dates with inbound and normal defaults', () => {
    const ticket = InteractionSchema.parse(valid);
    expect(ticket.openedAt).toEqual(new Date('2025-01-06T09:00:00Z'));
    expect(ticket.statusHistory?.[1]?.at).toEqual(new Date('2025-01-06T10:00:00Z'));
    expect(ticket.direction).toBe('inbound');
    expect(ticket.priority).toBe('normal');
  });

  it('accepts Date objects, epoch milliseconds and offsets for the same instant', () => {
    const instant = new Date('2025-01-06T09:00:00Z');
    for (const openedAt of [instant, instant.getTime(), '2025-01-06T10:00:00+01:00', '2025-01-06T04:00:00-05:00']) {
      expect(InteractionSchema.parse({ ...valid, openedAt }).openedAt).toEqual(instant);
    }
  });

  it('keeps channels beyond the well-known ones', () => {
    expect(InteractionSchema.parse({ ...valid, channel: 'video' }).channel).toBe('video');
  });

  it('puts messages in time order without losing any', () => {
    const messages = [
      { at: '2025-01-06T10:00:00Z', author: 'agent' },
      { at: '2025-01-06T09:00:00Z', author: 'customer' },
    ];
    const parsed = InteractionSchema.parse({ ...valid, messages });
    expect(parsed.messages?.map((message) => message.author)).toEqual(['customer', 'agent']);
  });

  // Each row: a kind of bad input, the field path the issue must name, and words its message must hold.
  const badInputs: [string, Record<string, unknown>, PropertyKey[], string][] = [
    ['an empty id', { id: '' }, ['id'], 'id must not be empty'],
    ['a blank customer id', { customerId: '   ' }, ['customerId'], 'id must not be empty'],
    ['a missing openedAt', { openedAt: undefined }, ['openedAt'], 'received nothing'],
    ['a date-time without a zone', { openedAt: '2025-01-06 09:00' }, ['openedAt'], 'zone offset'],
    ['an impossible calendar date', { openedAt: '2025-02-30' }, ['openedAt'], 'not a calendar date'],
    ['a non-finite epoch', { openedAt: Number.POSITIVE_INFINITY }, ['openedAt'], 'finite'],
    ['an invalid Date object', { openedAt: new Date(Number.NaN) }, ['openedAt'], 'invalid Date'],
    ['resolvedAt before openedAt', { resolvedAt: '2025-01-05T09:00:00Z' }, ['resolvedAt'], 'resolvedAt is before openedAt'],
    ['firstResponseAt before openedAt', { firstResponseAt: '2025-01-06T08:59:59.999Z' }, ['firstResponseAt'], 'firstResponseAt is before openedAt'],
    ['answeredAt before openedAt', { answeredAt: '2025-01-06T08:00:00Z' }, ['answeredAt'], 'answeredAt is before openedAt'],
    ['a negative talk time', { talkMs: -1 }, ['talkMs'], 'must not be negative'],
    ['a non-finite hold time', { holdMs: Number.NaN }, ['holdMs'], ''],
    ['a fractional transfer count', { transfers: 1.5 }, ['transfers'], 'whole number'],
    ['a negative reopen count', { reopenCount: -2 }, ['reopenCount'], 'must not be negative'],
    ['an unknown direction', { direction: 'sideways' }, ['direction'], 'inbound'],
    ['an unknown priority', { priority: 'critical' }, ['priority'], 'urgent'],
    ['an empty channel', { channel: '' }, ['channel'], 'channel must not be empty'],
    [
      'a status history out of time order',
      { statusHistory: [{ status: 'open', at: '2025-01-06T11:00:00Z' }, { status: 'pending', at: '2025-01-06T10:00:00Z' }] },
      ['statusHistory', 1, 'at'],
      'out of time order',
    ],
    ['an empty status', { statusHistory: [{ status: '', at: '2025-01-06T10:00:00Z' }] }, ['statusHistory', 0, 'status'], 'status must not be empty'],
    ['a message author that is neither side', { messages: [{ at: '2025-01-06T10:00:00Z', author: 'bot' }] }, ['messages', 0, 'author'], 'customer'],
    ['a boolean flag given as a string', { resolvedOnFirstContact: 'yes' }, ['resolvedOnFirstContact'], 'boolean'],
  ];

  it.each(badInputs)('rejects %s with the path of the field', (_kind, change, path, words) => {
    const issues = issuesOf({ ...valid, ...change });
    expect(issues.map((issue) => issue.path)).toContainEqual(path);
    expect(issues.find((issue) => JSON.stringify(issue.path) === JSON.stringify(path))?.message).toContain(words);
  });

  it('reports every cross-field problem of one record, not just the first', () => {
    const issues = issuesOf({ ...valid, firstResponseAt: '2025-01-05T00:00:00Z', resolvedAt: '2025-01-05T00:00:00Z' });
    expect(issues.map((issue) => issue.path)).toEqual([['firstResponseAt'], ['resolvedAt']]);
  });
});
