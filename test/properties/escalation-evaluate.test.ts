import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { type EscalationDecision, evaluateEscalation, type EscalationPolicyInput, validatePolicy } from '../../src/escalation/index.js';
import { CsatResponseSchema, CustomerSchema, InteractionSchema } from '../../src/models/index.js';
import type { ServiceStandardInput } from '../../src/standards/index.js';

// Laws of evaluateEscalation over random policies (nested conditions on every kind of leaf) and
// random ticket histories (messages, pauses, resolutions, reopens, surveys):
// 1. the decision is constant on [now, nextReviewAt): at any instant strictly between, it is the same;
// 2. at nextReviewAt it differs, or a later nextReviewAt is given;
// 3. evaluation is deterministic and independent of the key order of the policy and the data;
// 4. validation is independent of key order too.

const MINUTE = 60_000;
const HOUR = 60 * MINUTE;
// Friday 08:00 New York, two days before the spring-forward night of 2025-03-09.
const T0 = Date.parse('2025-03-07T13:00:00Z');
const day: [string, string][] = [['09:00', '17:00']];
const calendar = { timeZone: 'America/New_York', weekly: { mon: day, tue: day, wed: day, thu: day, fri: day } };
const standards: ServiceStandardInput[] = [
  { id: 'first-reply', measure: 'first_response', targetMs: '1h', warn: { atFraction: 0.5 } },
  { id: 'next-reply', measure: 'next_response', targetMs: '2h', pauseWhile: ['pending'], calendar, warn: { beforeMs: '30m' } },
  { id: 'resolution', measure: 'resolution', targetMs: '8h', pauseWhile: ['pending'], calendar },
];
const standardIds = standards.map((standard) => String(standard.id));

const duration = fc.constantFrom<number | string>(0, '15m', '1h', '2h30m', 90 * MINUTE, HOUR + 1);
const basis = fc.option(fc.constantFrom('calendar' as const, 'business' as const), { nil: undefined });
const withBasis = <T extends object>(leaf: T, inBasis: 'calendar' | 'business' | undefined) => (inBasis === undefined ? leaf : { ...leaf, in: inBasis });

const leaf = fc.oneof(
  fc.subarray(['low', 'normal', 'high', 'urgent'], { minLength: 1 }).map((values) => ({ field: 'priority', in: values })),
  fc.constantFrom('normal', 'high').map((priority) => ({ field: 'priority', gte: priority })),
  fc.constantFrom('vip', 'standard').map((tier) => ({ field: 'customer.tier', eq: tier })),
  fc.integer({ min: 1, max: 2 }).map((count) => ({ field: 'reopenCount', gte: count })),
  fc.constantFrom('pending', 'open', 'solved').map((status) => ({ field: 'status', eq: status })),
  fc.boolean().map((exists) => ({ field: 'firstResponseAt', exists })),
  fc.constantFrom('gold', 'basic').map((plan) => ({ field: 'customer.attributes.plan', eq: plan })),
  fc
    .record({ standard: fc.constantFrom(...standardIds), status: fc.subarray(['met', 'breached', 'at_risk', 'pending', 'paused', 'not_applicable'], { minLength: 1 }) })
    .map((value) => value),
  fc.record({ standard: fc.constantFrom(...standardIds), breachedFor: duration, in: basis }).map(({ in: b, ...rest }) => withBasis(rest, b)),
  fc.record({ standard: fc.constantFrom(...standardIds), dueWithin: duration, in: basis }).map(({ in: b, ...rest }) => withBasis(rest, b)),
  fc.record({ openFor: duration, in: basis }).map(({ in: b, ...rest }) => withBasis(rest, b)),
  fc
    .record({ idleFor: duration, in: basis, from: fc.option(fc.constantFrom('customer' as const, 'agent' as const), { nil: undefined }) })
    .map(({ in: b, from, ...rest }) => withBasis(from === undefined ? rest : { ...rest, lastMessageFrom: from }, b)),
  fc
    .record({ lastCsatAtMost: fc.integer({ min: 1, max: 4 }), within: fc.option(fc.constantFrom('1h', '1d'), { nil: undefined }) })
    .map(({ within, ...rest }) => (within === undefined ? rest : { ...rest, within })),
);

const { condition } = fc.letrec<{ condition: object }>((tie) => ({
  condition: fc.oneof(
    { maxDepth: 3, depthIdentifier: 'condition' },
    leaf,
    fc.array(tie('condition'), { minLength: 1, maxLength: 3 }).map((all) => ({ all })),
    fc.array(tie('condition'), { minLength: 1, maxLength: 3 }).map((any) => ({ any })),
    tie('condition').map((not) => ({ not })),
  ),
}));

const policyArbitrary = fc
  .record({
    levels: fc.array(fc.record({ when: condition, afterMs: fc.constantFrom<number | string | undefined>(undefined, 0, '30m', '1h', 90 * MINUTE + 1), gap: fc.integer({ min: 1, max: 3 }) }), {
      minLength: 1,
      maxLength: 4,
    }),
    repeat: fc.option(fc.record({ times: fc.integer({ min: 1, max: 3 }), everyMs: fc.constantFrom('20m', '1h') }), { nil: undefined }),
    stopWhen: fc.option(condition, { nil: undefined }),
    stopWhenResolved: fc.option(fc.boolean(), { nil: undefined }),
  })
  .map(({ levels, repeat, stopWhen, stopWhenResolved }) => {
    let number = 0;
    const policy: Record<string, unknown> = {
      id: 'random',
      calendar,
      levels: levels.map(({ when, afterMs, gap }) => {
        number += gap;
        return afterMs === undefined ? { level: number, name: `level ${number}`, when } : { level: number, name: `level ${number}`, when, afterMs };
      }),
    };
    if (repeat !== undefined) policy.repeat = repeat;
    if (stopWhen !== undefined) policy.stopWhen = stopWhen;
    if (stopWhenResolved !== undefined) policy.stopWhenResolved = stopWhenResolved;
    return policy as unknown as EscalationPolicyInput;
  });

/** Raw rows (JSON as an export gives them): an interaction with its history, its customer and surveys. */
const dataArbitrary = fc
  .record({
    priority: fc.constantFrom('low', 'normal', 'high', 'urgent'),
    steps: fc.array(
      fc.record({ gapMs: fc.integer({ min: MINUTE, max: 10 * HOUR }), kind: fc.constantFrom('customer', 'agent', 'agent', 'pending', 'open', 'solved') }),
      { maxLength: 6 },
    ),
    tier: fc.constantFrom('vip', 'standard'),
    plan: fc.constantFrom('gold', 'basic'),
    surveys: fc.array(fc.record({ score: fc.integer({ min: 1, max: 5 }), offsetMs: fc.integer({ min: -2 * 24 * HOUR, max: 3 * 24 * HOUR }), own: fc.boolean() }), {
      maxLength: 3,
    }),
  })
  .map(({ priority, steps, tier, plan, surveys }) => {
    let at = T0;
    const messages = [{ at: new Date(T0).toISOString(), author: 'customer' }];
    const statusHistory = [{ status: 'new', at: new Date(T0).toISOString() }];
    let reopenCount = 0;
    let resolvedAt: string | undefined;
    for (const step of steps) {
      at += step.gapMs;
      const iso = new Date(at).toISOString();
      if (step.kind === 'customer' || step.kind === 'agent') messages.push({ at: iso, author: step.kind });
      else {
        const previous = statusHistory[statusHistory.length - 1]?.status;
        if (previous === 'solved' && step.kind !== 'solved') reopenCount++;
        statusHistory.push({ status: step.kind, at: iso });
      }
    }
    if (statusHistory[statusHistory.length - 1]?.status === 'solved') {
      let first = statusHistory.length - 1;
      while (first > 0 && statusHistory[first - 1]?.status === 'solved') first--;
      resolvedAt = statusHistory[first]?.at;
    }
    const firstAgent = messages.find((message) => message.author === 'agent');
    const interaction: Record<string, unknown> = {
      id: 't1',
      customerId: 'c1',
      channel: 'email',
      priority,
      openedAt: new Date(T0).toISOString(),
      messages,
      statusHistory,
      reopenCount,
    };
    if (firstAgent !== undefined) interaction.firstResponseAt = firstAgent.at;
    if (resolvedAt !== undefined) interaction.resolvedAt = resolvedAt;
    const customer = { id: 'c1', acquiredAt: '2024-01-01T00:00:00Z', tier, segment: 'smb', attributes: { plan } };
    const csat = surveys.map(({ score, offsetMs, own }) =>
      own ? { score, respondedAt: new Date(T0 + offsetMs).toISOString(), interactionId: 't1' } : { score, respondedAt: new Date(T0 + offsetMs).toISOString(), customerId: 'c1' },
    );
    return { interaction, customer, csat };
  });

type Raw = { interaction: Record<string, unknown>; customer: Record<string, unknown>; csat: Record<string, unknown>[] };

function parsed(raw: Raw) {
  return {
    interaction: InteractionSchema.parse(raw.interaction),
    customer: CustomerSchema.parse(raw.customer),
    surveys: raw.csat.map((row) => CsatResponseSchema.parse(row)),
  };
}

/** The decision without the wording of its reasons (which says "…ago" relative to now). */
function core(decision: EscalationDecision) {
  return {
    level: decision.level,
    since: decision.since?.getTime() ?? null,
    repeat: decision.repeat,
    stopped: decision.stopped === null ? null : (decision.stopped.since?.getTime() ?? 'unknown'),
    matched: decision.matched.map((match) => [match.level, match.since.getTime()]),
  };
}

/** The same value with the keys of every object in another order. */
function reorder(value: unknown, seed: number): unknown {
  if (Array.isArray(value)) return value.map((item, index) => reorder(item, seed + index + 1));
  if (typeof value !== 'object' || value === null) return value;
  const keys = Object.keys(value);
  const shift = keys.length === 0 ? 0 : seed % keys.length;
  const order = [...keys.slice(shift), ...keys.slice(0, shift)].reverse();
  return Object.fromEntries(order.map((key) => [key, reorder((value as Record<string, unknown>)[key], seed * 31 + key.length)]));
}

const nowOffset = fc.integer({ min: -2 * HOUR, max: 4 * 24 * HOUR });

describe('evaluateEscalation (properties)', () => {
  it('gives the same decision at every instant strictly between now and nextReviewAt', () => {
    fc.assert(
      fc.property(policyArbitrary, dataArbitrary, nowOffset, fc.double({ min: 0, max: 1, noNaN: true }), (policy, raw, offset, fraction) => {
        const data = parsed(raw);
        const now = new Date(T0 + offset);
        const decision = evaluateEscalation(policy, { ...data, standards, now });
        const next = decision.nextReviewAt?.getTime() ?? now.getTime() + 10 * 24 * HOUR;
        expect(next).toBeGreaterThan(now.getTime());
        const inside = [now.getTime() + 1 + Math.floor(fraction * (next - now.getTime() - 1)), next - 1].filter((ms) => ms > now.getTime() && ms < next);
        for (const ms of inside) {
          expect(core(evaluateEscalation(policy, { ...data, standards, now: new Date(ms) })), new Date(ms).toISOString()).toEqual(core(decision));
        }
      }),
      { numRuns: 300 },
    );
  });

  it('at nextReviewAt, gives another decision or a later nextReviewAt', () => {
    fc.assert(
      fc.property(policyArbitrary, dataArbitrary, nowOffset, (policy, raw, offset) => {
        const data = parsed(raw);
        const decision = evaluateEscalation(policy, { ...data, standards, now: new Date(T0 + offset) });
        fc.pre(decision.nextReviewAt !== null);
        const review = decision.nextReviewAt as Date;
        const then = evaluateEscalation(policy, { ...data, standards, now: review });
        const changed = JSON.stringify(core(then)) !== JSON.stringify(core(decision));
        expect(changed || (then.nextReviewAt === null ? Number.POSITIVE_INFINITY : then.nextReviewAt.getTime()) > review.getTime()).toBe(true);
      }),
      { numRuns: 200 },
    );
  });

  it('is deterministic and independent of the key order of the policy and the data', () => {
    fc.assert(
      fc.property(policyArbitrary, dataArbitrary, nowOffset, fc.nat(), (policy, raw, offset, seed) => {
        const now = new Date(T0 + offset);
        const first = evaluateEscalation(policy, { ...parsed(raw), standards, now });
        expect(evaluateEscalation(policy, { ...parsed(raw), standards, now })).toEqual(first);
        const shuffledPolicy = reorder(policy, seed) as EscalationPolicyInput;
        const shuffled = evaluateEscalation(shuffledPolicy, { ...parsed(reorder(raw, seed + 7) as Raw), standards: reorder(standards, seed) as ServiceStandardInput[], now });
        expect(shuffled).toEqual(first);
      }),
      { numRuns: 200 },
    );
  });

  it('validates a policy the same whatever the key order', () => {
    fc.assert(
      fc.property(policyArbitrary, fc.nat(), (policy, seed) => {
        expect(validatePolicy(reorder(policy, seed), { standards: standardIds })).toEqual(validatePolicy(policy, { standards: standardIds }));
      }),
      { numRuns: 200 },
    );
  });
});
