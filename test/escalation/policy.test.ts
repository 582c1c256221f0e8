import { describe, expect, it } from 'vitest';
import { definePolicy, type EscalationPolicyInput, EscalationPolicySchema, validatePolicy } from '../../src/escalation/index.js';
import { isServiceKitError } from '../../src/errors/index.js';

const level = (number: number, when: unknown = { openFor: '1h' }) => ({ level: number, name: `level ${number}`, when });
const pathsOf = (json: unknown, standards?: string[]) => {
  const result = validatePolicy(json, standards === undefined ? {} : { standards });
  return result.success ? [] : result.issues.map((issue) => issue.path);
};

describe('validatePolicy', () => {
  it('returns the policy, frozen, with durations in milliseconds', () => {
    const result = validatePolicy({ id: 'p', levels: [{ ...level(1), afterMs: '15m', notify: ['slack:#leads'] }], repeat: { times: 2, everyMs: '1h' } });
    expect(result.success).toBe(true);
    if (!result.success) return;
    expect(result.policy.levels[0]?.afterMs).toBe(900_000);
    expect(result.policy.repeat).toEqual({ times: 2, everyMs: 3_600_000 });
    expect(Object.isFrozen(result.policy.levels[0]?.when)).toBe(true);
  });

  it('rejects level numbers that do not go up strictly', () => {
    expect(pathsOf({ id: 'p', levels: [level(1), level(1)] })).toEqual([['levels', 1, 'level']]);
    expect(pathsOf({ id: 'p', levels: [level(2), level(1)] })).toEqual([['levels', 1, 'level']]);
    expect(pathsOf({ id: 'p', levels: [level(0)] })).toEqual([['levels', 0, 'level']]);
    expect(pathsOf({ id: 'p', levels: [] })).toEqual([['levels']]);
  });

  it('rejects unknown keys, durations that do not parse and repeats that never pass', () => {
    expect(pathsOf({ id: 'p', levels: [level(1)], escalate: true })).toEqual([['escalate']]);
    expect(pathsOf({ id: 'p', levels: [{ ...level(1), delay: '1h' }] })).toEqual([['levels', 0, 'delay']]);
    expect(pathsOf({ id: 'p', levels: [{ ...level(1), afterMs: 'soon' }] })).toEqual([['levels', 0, 'afterMs']]);
    expect(pathsOf({ id: 'p', levels: [level(1)], repeat: { times: 2, everyMs: 0 } })).toEqual([['repeat', 'everyMs']]);
  });

  it('checks standard ids only when the known standards are given', () => {
    const json = { id: 'p', levels: [level(1, { any: [{ standard: 'first-reply', status: ['breached'] }, { standard: 'resolution', breachedFor: '1h' }] })] };
    expect(pathsOf(json)).toEqual([]);
    expect(pathsOf(json, ['first-reply'])).toEqual([['levels', 0, 'when', 'any', 1, 'standard']]);
    expect(validatePolicy(json, { standards: [{ id: 'first-reply' }, { id: 'resolution' }] }).success).toBe(true);
  });

  it('rejects business time without a calendar, and a calendar with no hours', () => {
    expect(pathsOf({ id: 'p', levels: [level(1, { idleFor: '2h', in: 'business' })] })).toEqual([['levels', 0, 'when', 'in']]);
    expect(pathsOf({ id: 'p', calendar: { timeZone: 'UTC', weekly: {} }, levels: [level(1)] })).toEqual([['calendar', 'weekly']]);
    expect(pathsOf({ id: 'p', calendar: { timeZone: 'UTC', weekly: { mon: [['09:00', '17:00']] } }, levels: [level(1, { idleFor: '2h', in: 'business' })] })).toEqual([]);
  });

  it('rejects __proto__, constructor and prototype keys anywhere, and a cycle', () => {
    expect(pathsOf(JSON.parse('{"id":"p","levels":[{"level":1,"name":"a","when":{"openFor":"1h"},"__proto__":{"polluted":true}}]}'))).toEqual([
      ['levels', 0, '__proto__'],
    ]);
    expect(pathsOf({ id: 'p', levels: [level(1)], stopWhen: { field: 'status', eq: 'pending', prototype: 1 } })).toEqual([['stopWhen', 'prototype']]);
    const policy: Record<string, unknown> = { id: 'p', levels: [level(1)] };
    policy.self = policy;
    expect(pathsOf(policy)).toEqual([['self']]);
    expect(({} as Record<string, unknown>).polluted).toBeUndefined();
  });

  it('rejects conditions nested too deep with the path of the deepest one', () => {
    let deep: unknown = { openFor: '1h' };
    for (let depth = 0; depth < 40; depth++) deep = { not: deep };
    const [path] = pathsOf({ id: 'p', levels: [level(1, deep)] });
    expect(path?.slice(0, 4)).toEqual(['levels', 0, 'when', 'not']);
  });
});

describe('definePolicy', () => {
  it('throws INVALID_POLICY naming the first problem and its path', () => {
    try {
      definePolicy({ id: 'p', levels: [level(1, { field: 'priority', eq: 'urgnet' })] } as EscalationPolicyInput);
      expect.unreachable();
    } catch (error) {
      expect(isServiceKitError(error, 'INVALID_POLICY')).toBe(true);
      expect((error as { path: unknown }).path).toEqual(['levels', 0, 'when', 'eq']);
      expect((error as Error).message).toContain('"urgnet" is not a priority');
    }
  });
});

describe('EscalationPolicySchema', () => {
  it('parses like validatePolicy without the standards check', () => {
    expect(EscalationPolicySchema.parse({ id: 7, levels: [level(1)] }).id).toBe('7');
    expect(EscalationPolicySchema.safeParse({ id: 'p', levels: [level(1, { openFor: '1h', and: 1 })] }).success).toBe(false);
  });
});

describe('validatePolicy: bad options', () => {
  const policy = { id: 'p', levels: [level(1, { standard: 's', status: ['breached'] })] };
  it.each([
    [{ standards: 'x' }, ['standards'], 'standards must be a list of standards or their ids; got "x"'],
    [null, [], 'options must be an object; got null'],
  ])('throws INVALID_OPTION for options %j', (options, path, message) => {
    expect(() => validatePolicy(policy, options as never)).toThrow(expect.objectContaining({ code: 'INVALID_OPTION', path, message }));
  });
});

describe('validatePolicy: values a message cannot show as JSON', () => {
  it('reports a bigint status as an issue, not a TypeError', () => {
    expect(validatePolicy({ id: 'p', levels: [level(1, { standard: 's', status: [10n] })] })).toMatchObject({
      success: false,
      issues: [{ path: ['levels', 0, 'when', 'status', 0], message: expect.stringContaining('10n is not a check status') }],
    });
  });
});
