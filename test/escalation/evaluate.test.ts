import { describe, expect, it } from 'vitest';
import { definePolicy, type EscalationDecision, type EscalationInput, type EscalationPolicyInput, evaluateEscalation } from '../../src/escalation/index.js';
import { isServiceKitError } from '../../src/errors/index.js';
import { CsatResponseSchema, InteractionSchema, type InteractionInput } from '../../src/models/index.js';
import type { ServiceStandardInput } from '../../src/standards/index.js';

const at = (time: string) => new Date(`2025-01-06T${time}Z`); // a Monday
const ticket = (fields: Partial<InteractionInput> = {}) =>
  InteractionSchema.parse({ id: 't1', customerId: 'c1', channel: 'email', priority: 'urgent', openedAt: '2025-01-06T09:00:00Z', ...fields });
const standards: ServiceStandardInput[] = [{ id: 'first-reply', measure: 'first_response', targetMs: '1h', warn: { atFraction: 0.75 } }];

/** Every decision a scheduler sees from `from`, following nextReviewAt until `until`: [instant, level, repeat]. */
function timeline(policy: EscalationPolicyInput, input: Omit<EscalationInput, 'now'>, from: Date, until: Date): [string, number | null, number][] {
  const rows: [string, number | null, number][] = [];
  let now: Date | null = from;
  while (now !== null && now <= until) {
    const decision = evaluateEscalation(policy, { ...input, now });
    rows.push([now.toISOString().slice(11, 23), decision.level, decision.repeat]);
    now = decision.nextReviewAt;
  }
  return rows;
}

const breachPolicy: EscalationPolicyInput = {
  id: 'urgent',
  levels: [
    { level: 1, name: 'team lead', when: { standard: 'first-reply', status: ['breached'] }, notify: ['slack:#leads'] },
    { level: 2, name: 'support manager', when: { standard: 'first-reply', status: ['breached'] }, afterMs: '1h', notify: ['pager:manager'] },
  ],
};

describe('evaluateEscalation', () => {
  it('escalates an urgent ticket to level 1 at the first-reply breach and to level 2 one hour later', () => {
    // The scenario of issue 6: first reply due 10:00; a reply at or before dueAt meets it, so the
    // breach holds from the next millisecond.
    expect(timeline(breachPolicy, { interaction: ticket(), standards }, at('09:00:00'), at('23:00:00'))).toEqual([
      ['09:00:00.000', null, 0],
      ['10:00:00.001', 1, 0],
      ['11:00:00.000', 2, 0],
    ]);
    const decision = evaluateEscalation(breachPolicy, { interaction: ticket(), standards, now: at('11:20:00') });
    expect(decision).toEqual({
      level: 2,
      since: at('11:00:00'),
      repeat: 0,
      matched: [
        { level: 1, name: 'team lead', since: at('10:00:00'), reasons: ['first reply breached 1h 20m ago'], notify: ['slack:#leads'] },
        {
          level: 2,
          name: 'support manager',
          since: at('11:00:00'),
          reasons: ['first reply breached 1h 20m ago', 'held for 1h 20m (needs 1h 0m)'],
          notify: ['pager:manager'],
        },
      ],
      stopped: null,
      nextReviewAt: null,
    });
  });

  it('stops at the resolution, and reviews at each recorded event on the way (a replay)', () => {
    const interaction = ticket({ firstResponseAt: '2025-01-06T11:30:00Z', resolvedAt: '2025-01-06T12:00:00Z', statusHistory: [{ status: 'new', at: '2025-01-06T09:00:00Z' }, { status: 'solved', at: '2025-01-06T12:00:00Z' }] });
    expect(timeline(breachPolicy, { interaction, standards }, at('09:00:00'), at('23:00:00'))).toEqual([
      ['09:00:00.000', null, 0],
      ['10:00:00.001', 1, 0],
      ['11:00:00.000', 2, 0],
      ['11:30:00.000', 2, 0], // the late reply: still breached
      ['12:00:00.000', null, 0],
    ]);
    expect(evaluateEscalation(breachPolicy, { interaction, standards, now: at('14:00:00') }).stopped).toEqual({ since: at('12:00:00'), reasons: ['solved 2h 0m ago'] });
    expect(evaluateEscalation({ ...breachPolicy, stopWhenResolved: false }, { interaction, standards, now: at('14:00:00') }).level).toBe(2);
  });

  it('resumes after a reopen and stops again at the next resolution', () => {
    const statusHistory = [
      { status: 'new', at: '2025-01-06T09:00:00Z' },
      { status: 'solved', at: '2025-01-06T10:30:00Z' },
      { status: 'open', at: '2025-01-06T13:00:00Z' },
      { status: 'solved', at: '2025-01-06T15:00:00Z' },
    ];
    const policy: EscalationPolicyInput = { id: 'stale', levels: [{ level: 1, name: 'lead', when: { openFor: '1h' } }] };
    expect(timeline(policy, { interaction: ticket({ statusHistory, resolvedAt: '2025-01-06T15:00:00Z' }) }, at('09:00:00'), at('23:00:00'))).toEqual([
      ['09:00:00.000', null, 0],
      ['10:00:00.000', 1, 0],
      ['10:30:00.000', null, 0],
      ['13:00:00.000', 1, 0],
      ['15:00:00.000', null, 0],
    ]);
  });

  it('escalates a VIP customer waiting 30 minutes, and not a standard one', () => {
    const policy: EscalationPolicyInput = {
      id: 'vip',
      levels: [{ level: 1, name: 'vip desk', when: { all: [{ field: 'customer.tier', eq: 'vip' }, { field: 'firstResponseAt', exists: false }, { openFor: '30m' }] } }],
    };
    const vip = evaluateEscalation(policy, { interaction: ticket(), customer: { tier: 'vip' }, now: at('09:45:00') });
    expect([vip.level, vip.since, vip.matched[0]?.reasons]).toEqual([1, at('09:30:00'), ['customer tier is vip', 'no first response yet', 'open for 45m 0s']]);
    expect(evaluateEscalation(policy, { interaction: ticket(), customer: { tier: 'vip' }, now: at('09:10:00') }).nextReviewAt).toEqual(at('09:30:00'));
    expect(evaluateEscalation(policy, { interaction: ticket(), customer: { tier: 'standard' }, now: at('09:10:00') })).toMatchObject({ level: null, nextReviewAt: null });
    const answered = ticket({ firstResponseAt: '2025-01-06T09:50:00Z' });
    expect(timeline(policy, { interaction: answered, customer: { tier: 'vip' } }, at('09:00:00'), at('23:00:00'))).toEqual([
      ['09:00:00.000', null, 0],
      ['09:30:00.000', 1, 0],
      ['09:50:00.000', null, 0],
    ]);
  });

  it('escalates an angry customer whose last CSAT was 1, for 30 days after the response', () => {
    const policy: EscalationPolicyInput = { id: 'angry', levels: [{ level: 2, name: 'retention', when: { lastCsatAtMost: 1, within: '30d' } }] };
    const surveys = [
      CsatResponseSchema.parse({ score: 4, respondedAt: '2024-12-01T10:00:00Z', customerId: 'c1' }),
      CsatResponseSchema.parse({ score: 1, respondedAt: '2025-01-03T09:00:00Z', customerId: 'c1' }),
      CsatResponseSchema.parse({ score: 5, respondedAt: '2025-01-05T09:00:00Z', customerId: 'someone-else' }),
    ];
    const decision = evaluateEscalation(policy, { interaction: ticket(), surveys, now: at('09:00:00') });
    expect([decision.level, decision.since, decision.matched[0]?.reasons, decision.nextReviewAt]).toEqual([
      2,
      at('09:00:00'), // the response predates the ticket: the level applies from the opening
      ['last CSAT was 1 (72h 0m ago)'],
      new Date('2025-02-02T09:00:00Z'),
    ]);
    const happier = [...surveys, CsatResponseSchema.parse({ score: 4, respondedAt: '2025-01-06T10:00:00Z', customerId: 'c1' })];
    expect(timeline(policy, { interaction: ticket(), surveys: happier }, at('09:00:00'), at('23:00:00'))).toEqual([
      ['09:00:00.000', 2, 0],
      ['10:00:00.000', null, 0],
    ]);
  });

  it('escalates a ticket reopened twice from its second reopen, counting reopens as of now', () => {
    const policy: EscalationPolicyInput = { id: 'reopens', levels: [{ level: 1, name: 'lead', when: { field: 'reopenCount', gte: 2 } }] };
    const interaction = ticket({
      reopenCount: 2,
      statusHistory: [
        { status: 'new', at: '2025-01-06T09:00:00Z' },
        { status: 'solved', at: '2025-01-06T10:00:00Z' },
        { status: 'open', at: '2025-01-06T11:00:00Z' },
        { status: 'solved', at: '2025-01-06T12:00:00Z' },
        { status: 'open', at: '2025-01-06T13:00:00Z' },
      ],
    });
    expect(timeline(policy, { interaction }, at('09:00:00'), at('23:00:00'))).toEqual([
      ['09:00:00.000', null, 0],
      ['10:00:00.000', null, 0],
      ['11:00:00.000', null, 0],
      ['12:00:00.000', null, 0],
      ['13:00:00.000', 1, 0],
    ]);
    expect(evaluateEscalation(policy, { interaction, now: at('14:00:00') }).matched[0]?.reasons).toEqual(['reopen count is 2']);
  });

  it('repeats the current level every everyMs, at most times times', () => {
    const policy: EscalationPolicyInput = { id: 'repeat', levels: [{ level: 1, name: 'lead', when: { openFor: '1h' } }], repeat: { times: 2, everyMs: '30m' } };
    expect(timeline(policy, { interaction: ticket() }, at('09:00:00'), at('23:00:00'))).toEqual([
      ['09:00:00.000', null, 0],
      ['10:00:00.000', 1, 0],
      ['10:30:00.000', 1, 1],
      ['11:00:00.000', 1, 2],
    ]);
  });

  it('pauses while stopWhen holds and says why', () => {
    const policy: EscalationPolicyInput = { id: 'p', levels: [{ level: 1, name: 'lead', when: { openFor: '1h' } }], stopWhen: { field: 'status', eq: 'pending' } };
    const statusHistory = [
      { status: 'new', at: '2025-01-06T09:00:00Z' },
      { status: 'pending', at: '2025-01-06T09:30:00Z' },
      { status: 'open', at: '2025-01-06T11:00:00Z' },
    ];
    expect(timeline(policy, { interaction: ticket({ statusHistory }) }, at('09:00:00'), at('23:00:00'))).toEqual([
      ['09:00:00.000', null, 0],
      ['09:30:00.000', null, 0],
      ['11:00:00.000', 1, 0],
    ]);
    expect(evaluateEscalation(policy, { interaction: ticket({ statusHistory }), now: at('10:00:00') }).stopped).toEqual({ since: null, reasons: ['status is pending'] });
  });

  it('counts afterMs from when the condition began to hold', () => {
    const policy: EscalationPolicyInput = { id: 'idle', levels: [{ level: 1, name: 'lead', when: { idleFor: '1h', lastMessageFrom: 'customer' }, afterMs: '30m' }] };
    const interaction = ticket({
      messages: [
        { at: '2025-01-06T09:00:00Z', author: 'customer' },
        { at: '2025-01-06T09:10:00Z', author: 'agent' },
        { at: '2025-01-06T10:00:00Z', author: 'customer' },
      ],
    });
    expect(timeline(policy, { interaction }, at('09:00:00'), at('23:00:00'))).toEqual([
      ['09:00:00.000', null, 0],
      ['09:10:00.000', null, 0],
      ['10:00:00.000', null, 0],
      ['11:00:00.000', null, 0], // the condition begins to hold; the level applies 30 minutes later
      ['11:30:00.000', 1, 0],
    ]);
  });

  it('gives no level before the opening, with the opening as the next review', () => {
    expect(evaluateEscalation(breachPolicy, { interaction: ticket(), standards, now: at('08:00:00') })).toEqual({
      level: null,
      since: null,
      repeat: 0,
      matched: [],
      stopped: null,
      nextReviewAt: at('09:00:00'),
    });
  });

  it('uses checks when given instead of checking the standards itself', () => {
    const checks = [{ standardId: 'first-reply', status: 'breached' as const, elapsedMs: 0, targetMs: 1, remainingMs: 0, dueAt: at('09:30:00'), warnAt: null, breachedAt: at('09:30:00'), cycles: [] }];
    expect(evaluateEscalation(breachPolicy, { interaction: ticket(), checks, standards, now: at('10:40:00') }).level).toBe(2);
    expect(evaluateEscalation(breachPolicy, { interaction: ticket(), now: at('10:40:00') }).level).toBeNull();
  });

  it('says each reason once, in the order the conditions give them', () => {
    const policy: EscalationPolicyInput = {
      id: 'twice',
      levels: [{ level: 1, name: 'lead', when: { all: [{ openFor: '1h' }, { field: 'priority', in: ['urgent'] }, { openFor: '1h' }] } }],
      stopWhen: { any: [{ field: 'status', eq: 'pending' }, { field: 'status', eq: 'pending' }] },
    };
    expect(evaluateEscalation(policy, { interaction: ticket(), now: at('10:20:00') }).matched[0]?.reasons).toEqual(['open for 1h 20m', 'priority is urgent']);
    const statusHistory = [{ status: 'pending', at: '2025-01-06T09:30:00Z' }];
    expect(evaluateEscalation(policy, { interaction: ticket({ statusHistory }), now: at('10:20:00') }).stopped?.reasons).toEqual(['status is pending']);
  });

  it('gives each call its own decision when a getter of the input evaluates the same policy meanwhile', () => {
    const policy = definePolicy(breachPolicy);
    const inner = { interaction: ticket({ id: 't2', priority: 'low', openedAt: '2025-01-06T10:30:00Z' }), standards, now: at('10:45:00') };
    const innerDecisions: EscalationDecision[] = [];
    const outer = {
      interaction: ticket(),
      standards,
      now: at('11:20:00'),
      get customer() {
        innerDecisions.push(evaluateEscalation(policy, inner));
        return undefined;
      },
    };
    const decision = evaluateEscalation(policy, outer);
    expect(innerDecisions.length).toBeGreaterThan(0);
    expect(decision).toEqual(evaluateEscalation(policy, { interaction: ticket(), standards, now: at('11:20:00') }));
    for (const innerDecision of innerDecisions) expect(innerDecision).toEqual(evaluateEscalation(policy, inner));
  });

  it('gives the right reasons after an evaluation that threw while describing', () => {
    const policy = definePolicy({
      id: 'p',
      levels: [{ level: 1, name: 'lead', when: { all: [{ field: 'priority', in: ['high', 'urgent'] }, { standard: 'first-reply', status: ['breached'] }] } }],
    });
    const checks = [{ standardId: 'first-reply', status: 'breached' as const, elapsedMs: 0, targetMs: 1, remainingMs: 0, dueAt: at('09:30:00'), warnAt: null, breachedAt: at('09:30:00'), cycles: [] }];
    const throwingName = [{ id: 'first-reply', measure: 'first_response' as const, targetMs: '1h', get name(): string { throw new Error('no name'); } }];
    expect(() => evaluateEscalation(policy, { interaction: ticket({ priority: 'high' }), checks, standards: throwingName, now: at('10:40:00') })).toThrow('no name');
    expect(evaluateEscalation(policy, { interaction: ticket(), checks, now: at('10:40:00') }).matched[0]?.reasons).toEqual(['priority is urgent', 'first reply breached 1h 10m ago']);
  });

  it('throws INVALID_INPUT for an invalid now and INVALID_POLICY for an invalid policy', () => {
    const invalidNow = () => evaluateEscalation(breachPolicy, { interaction: ticket(), now: new Date(Number.NaN) });
    expect(invalidNow).toThrow(expect.objectContaining({ code: 'INVALID_INPUT', path: ['now'] }));
    try {
      evaluateEscalation({ id: 'p', levels: [] }, { interaction: ticket(), now: at('10:00:00') });
      expect.unreachable();
    } catch (error) {
      expect(isServiceKitError(error, 'INVALID_POLICY')).toBe(true);
    }
  });
});

describe('evaluateEscalation: unparsed and malformed input', () => {
  const now = at('12:00:00');
  const stale: EscalationPolicyInput = { id: 'stale', levels: [{ level: 1, name: 'lead', when: { openFor: '1h' } }] };
  const angry: EscalationPolicyInput = { id: 'angry', levels: [{ level: 1, name: 'lead', when: { lastCsatAtMost: 2 } }] };
  const late: EscalationPolicyInput = { id: 'late', levels: [{ level: 1, name: 'lead', when: { standard: 'first-reply', status: ['breached'] } }] };
  const iso = '2025-01-06T10:00:00Z';
  const hint = ' (parse rows with parseInteractions first)';
  const unparsed = (fields: Record<string, unknown>) => ({ ...ticket(), ...fields }) as never;

  it.each([
    ['a string resolvedAt', stale, { interaction: unparsed({ resolvedAt: iso }) }, ['interaction', 'resolvedAt'], `interaction.resolvedAt must be a Date; got "${iso}"${hint}`],
    [
      'a string message instant',
      stale,
      { interaction: unparsed({ messages: [{ at: iso, author: 'agent' }] }) },
      ['interaction', 'messages', 0, 'at'],
      `interaction.messages[0].at must be a valid Date; got "${iso}"${hint}`,
    ],
    ['a null status change', stale, { interaction: unparsed({ statusHistory: [null] }) }, ['interaction', 'statusHistory', 0], 'interaction.statusHistory[0] must be an object; got null'],
    ['a string customer.acquiredAt', stale, { interaction: ticket(), customer: { acquiredAt: '2025-01-01' } }, ['customer', 'acquiredAt'], `customer.acquiredAt must be a Date; got "2025-01-01"${hint}`],
    ['a null survey', angry, { interaction: ticket(), surveys: [null] }, ['surveys', 0, 'respondedAt'], 'surveys[0].respondedAt must be a valid Date; got undefined'],
    [
      'a string survey instant',
      angry,
      { interaction: ticket(), surveys: [{ score: 1, respondedAt: iso, customerId: 'c1' }] },
      ['surveys', 0, 'respondedAt'],
      `surveys[0].respondedAt must be a valid Date; got "${iso}"${hint}`,
    ],
    ['a null check', late, { interaction: ticket(), checks: [null] }, ['checks', 0], 'checks[0] must be a check (with Dates or null in dueAt, warnAt and cycles); got null'],
    [
      'a check read back from JSON',
      late,
      { interaction: ticket(), checks: [{ standardId: 'first-reply', status: 'breached', dueAt: iso, warnAt: null, cycles: [] }] },
      ['checks', 0],
      expect.stringContaining('checks[0] must be a check (with Dates or null in dueAt, warnAt and cycles); got {"standardId":'),
    ],
  ] as const)('throws INVALID_INPUT at its path for %s', (_label, policy, input, path, message) => {
    try {
      evaluateEscalation(policy, { ...input, now } as EscalationInput);
      expect.unreachable();
    } catch (error) {
      expect([(error as { code: string }).code, (error as { path: unknown }).path, (error as Error).message]).toEqual(['INVALID_INPUT', path, message]);
    }
  });

  it('reads a null instant, list or customer as absent, like an undefined one', () => {
    const decision = evaluateEscalation(stale, { interaction: unparsed({ resolvedAt: null, messages: null, statusHistory: null }), customer: { tier: 'vip', attributes: null } as never, now });
    expect(decision.level).toBe(1);
    const vip: EscalationPolicyInput = { id: 'vip', levels: [{ level: 1, name: 'lead', when: { field: 'customer.tier', eq: 'vip' } }] };
    expect(evaluateEscalation(vip, { interaction: ticket(), customer: null as never, now }).level).toBeNull();
  });
});
