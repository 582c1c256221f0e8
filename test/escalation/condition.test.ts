import { describe, expect, it } from 'vitest';
import { CONDITION_FIELDS, ConditionSchema, MAX_CONDITION_DEPTH } from '../../src/escalation/index.js';

const issuesOf = (input: unknown) => ConditionSchema.safeParse(input).error?.issues.map((issue) => [issue.path, issue.message]) ?? [];
const pathsOf = (input: unknown) => issuesOf(input).map(([path]) => path);

describe('ConditionSchema', () => {
  it('reads every kind of leaf and turns durations into milliseconds', () => {
    expect(
      ConditionSchema.parse({
        all: [
          { field: 'priority', in: ['urgent'] },
          { field: 'reopenCount', gte: 2 },
          { field: 'customer.tier', eq: 'vip' },
          { field: 'customer.attributes.plan', eq: 'gold' },
          { standard: 'first-reply', status: ['at_risk', 'breached'] },
          { standard: 'first-reply', breachedFor: '1h', in: 'business' },
          { standard: 'first-reply', dueWithin: 'PT30M' },
          { any: [{ openFor: '4h' }, { idleFor: 7_200_000, lastMessageFrom: 'customer' }] },
          { not: { lastCsatAtMost: 2, within: '30d', of: 'interaction' } },
        ],
      }),
    ).toEqual({
      all: [
        { field: 'priority', in: ['urgent'] },
        { field: 'reopenCount', gte: 2 },
        { field: 'customer.tier', eq: 'vip' },
        { field: 'customer.attributes.plan', eq: 'gold' },
        { standard: 'first-reply', status: ['at_risk', 'breached'] },
        { standard: 'first-reply', breachedFor: 3_600_000, in: 'business' },
        { standard: 'first-reply', dueWithin: 1_800_000 },
        { any: [{ openFor: 14_400_000 }, { idleFor: 7_200_000, lastMessageFrom: 'customer' }] },
        { not: { lastCsatAtMost: 2, within: 2_592_000_000, of: 'interaction' } },
      ],
    });
  });

  it('lists the fields a leaf can read', () => {
    expect(CONDITION_FIELDS).toContain('priority');
    expect(CONDITION_FIELDS).toContain('customer.segment');
    expect(CONDITION_FIELDS).not.toContain('messages');
  });

  it('rejects unknown operators and keys with their path', () => {
    expect(pathsOf({ field: 'priority', gt: 'high' })).toEqual([['gt']]);
    expect(pathsOf({ all: [{ openFor: '1h', every: '1h' }] })).toEqual([['all', 0, 'every']]);
    expect(pathsOf({ all: [{ openFor: '1h' }], extra: 1 })).toEqual([['extra']]);
    expect(pathsOf({ whenever: true })).toEqual([[]]);
  });

  it('rejects unknown fields and operators a field does not take', () => {
    expect(pathsOf({ field: 'prio', eq: 'urgent' })).toEqual([['field']]);
    expect(pathsOf({ field: 'channel', gte: 2 })).toEqual([['gte']]);
    expect(pathsOf({ field: 'openedAt', eq: '2025-01-06' })).toEqual([['eq']]);
    expect(pathsOf({ field: 'priority', in: ['urgent', 'urgnet'] })).toEqual([['in', 1]]);
    expect(pathsOf({ field: 'priority', gte: 'critical' })).toEqual([['gte']]);
    expect(pathsOf({ field: 'priority' })).toEqual([[]]);
  });

  it('rejects empty lists, unparsable or negative durations and a standard leaf with two options', () => {
    expect(pathsOf({ any: [] })).toEqual([['any']]);
    expect(pathsOf({ standard: 's', status: [] })).toEqual([['status']]);
    expect(pathsOf({ openFor: '4 hours' })).toEqual([['openFor']]);
    expect(pathsOf({ idleFor: -1 })).toEqual([['idleFor']]);
    expect(pathsOf({ openFor: '200y' })).toEqual([['openFor']]);
    expect(pathsOf({ standard: 's', status: ['breached'], dueWithin: '1h' })).toEqual([[]]);
    expect(pathsOf({ standard: 's', status: ['late'] })).toEqual([['status', 0]]);
  });

  it(`rejects conditions nested deeper than ${MAX_CONDITION_DEPTH} levels, and so a cycle`, () => {
    let deep: unknown = { openFor: '1h' };
    for (let level = 1; level < MAX_CONDITION_DEPTH; level++) deep = { not: deep };
    expect(ConditionSchema.safeParse(deep).success).toBe(true);
    expect(pathsOf({ not: deep })[0]).toHaveLength(MAX_CONDITION_DEPTH);
    const cycle: { any: unknown[] } = { any: [] };
    cycle.any.push(cycle);
    expect(ConditionSchema.safeParse(cycle).success).toBe(false);
  });

  it('rejects a __proto__ or constructor key as an unknown key', () => {
    expect(pathsOf(JSON.parse('{"openFor":"1h","__proto__":{"x":1}}'))).toEqual([['__proto__']]);
    expect(pathsOf({ all: [{ openFor: '1h' }], constructor: 1 })).toEqual([['constructor']]);
  });
});
