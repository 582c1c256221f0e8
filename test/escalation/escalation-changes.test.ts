import { describe, expect, it } from 'vitest';
import { type EscalationPolicyInput, escalationChanges } from '../../src/escalation/index.js';
import { InteractionSchema } from '../../src/models/index.js';

const policy: EscalationPolicyInput = {
  id: 'stale',
  levels: [
    { level: 1, name: 'lead', when: { openFor: '2h' } },
    { level: 2, name: 'manager', when: { openFor: '4h' } },
  ],
  repeat: { times: 1, everyMs: '30m' },
};
const subjects = ['06:00', '08:30', '10:00', '11:45'].map((time, index) => ({
  interaction: InteractionSchema.parse({ id: `t${index + 1}`, customerId: 'c1', channel: 'email', openedAt: `2025-01-06T${time}:00Z` }),
}));

describe('escalationChanges', () => {
  it('lists the interactions whose level changed or is due again between two instants, in input order', () => {
    const changes = escalationChanges(policy, subjects, { from: new Date('2025-01-06T12:00:00Z'), to: new Date('2025-01-06T12:40:00Z') });
    // t1 stays at level 2 (its one repeat done); t2 reaches level 2 at 12:30; t3's level 1 (from
    // 12:00) is due again at 12:30; t4 reaches level 1 only at 13:45.
    expect(changes.map((change) => [change.interactionId, change.previous.level, change.previous.repeat, change.current.level, change.current.repeat])).toEqual([
      ['t2', 1, 1, 2, 0],
      ['t3', 1, 0, 1, 1],
    ]);
  });

  it('returns nothing for the same instant, and throws INVALID_INPUT when from is after to', () => {
    const now = new Date('2025-01-06T12:00:00Z');
    expect(escalationChanges(policy, subjects, { from: now, to: now })).toEqual([]);
    expect(() => escalationChanges(policy, subjects, { from: new Date('2025-01-06T13:00:00Z'), to: now })).toThrow(expect.objectContaining({ code: 'INVALID_INPUT', path: ['from'] }));
  });
});

describe('escalationChanges: bad input', () => {
  const from = new Date('2025-01-06T12:00:00Z');
  const to = new Date('2025-01-06T12:40:00Z');
  function thrown(run: () => unknown) {
    try {
      run();
    } catch (error) {
      return [(error as { code: string }).code, (error as { path: unknown }).path, (error as Error).message];
    }
    return 'no error';
  }

  it('names from or to when it is not a valid Date, and takes no options as none given', () => {
    expect(thrown(() => escalationChanges(policy, subjects, { from: new Date('x'), to }))).toEqual(['INVALID_INPUT', ['from'], 'from must be a valid Date; got Invalid Date']);
    expect(thrown(() => escalationChanges(policy, subjects, { from, to: '2025-01-07' as unknown as Date }))).toEqual([
      'INVALID_INPUT',
      ['to'],
      'to must be a valid Date; got "2025-01-07"',
    ]);
    expect(thrown(() => escalationChanges(policy, subjects, undefined as never))).toEqual(['INVALID_INPUT', ['from'], 'from must be a valid Date; got undefined']);
    expect(thrown(() => escalationChanges(policy, subjects, null as never))).toEqual(['INVALID_OPTION', [], 'options must be an object; got null']);
  });

  it('locates a bad subject at its index', () => {
    const unparsed = { interaction: { ...subjects[0]!.interaction, resolvedAt: '2025-01-06T11:00:00Z' } };
    expect(thrown(() => escalationChanges(policy, [subjects[1]!, unparsed as never], { from, to }))).toEqual([
      'INVALID_INPUT',
      [1, 'interaction', 'resolvedAt'],
      'subject 1: interaction.resolvedAt must be a Date; got "2025-01-06T11:00:00Z" (parse rows with parseInteractions first)',
    ]);
    expect(thrown(() => escalationChanges(policy, [null as never], { from, to }))).toEqual([
      'INVALID_INPUT',
      [0, 'interaction', 'openedAt'],
      'subject 0: interaction.openedAt must be a valid Date; got undefined',
    ]);
    expect(thrown(() => escalationChanges(policy, null as never, { from, to }))).toEqual(['INVALID_INPUT', [], 'rows must be an array (or iterable) of subjects; got null']);
  });
});
