import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import type { Interaction } from '../../src/models/index.js';
import { checkStandard, defineStandard, type ServiceStandard } from '../../src/standards/index.js';

const HOUR = 3_600_000;
const day: [string, string][] = [['09:00', '17:00']];
const calendar = {
  timeZone: 'America/New_York',
  weekly: { mon: day, tue: day, wed: day, thu: day, fri: day },
  holidays: ['2025-07-04', '2025-11-27', '2025-12-25'],
};
const standards: ServiceStandard[] = [
  defineStandard({ id: 'business', measure: 'first_response', targetMs: '4h', calendar, pauseWhile: ['pending', 'on_hold'], warn: { atFraction: 0.8 } }),
  defineStandard({ id: 'calendar-time', measure: 'first_response', targetMs: '90m', pauseWhile: ['pending'], warn: { beforeMs: '15m' } }),
  defineStandard({ id: 'resolution', measure: 'resolution', targetMs: '2d', calendar, pauseWhile: ['pending'] }),
];

/** An open ticket with a status history (pauses included) that ends in a running status. */
const openTicket = fc
  .record({
    openedAt: fc.integer({ min: Date.UTC(2025, 0, 1), max: Date.UTC(2025, 11, 1) }),
    steps: fc.array(fc.record({ afterMs: fc.integer({ min: 0, max: 30 * HOUR }), status: fc.constantFrom('open', 'pending', 'on_hold') }), { maxLength: 5 }),
    createdPending: fc.boolean(),
  })
  .map(({ openedAt, steps, createdPending }): Interaction => {
    let at = openedAt;
    const statusHistory = [{ status: createdPending ? 'pending' : 'new', at: new Date(openedAt) }];
    for (const step of steps) {
      at += step.afterMs;
      statusHistory.push({ status: step.status, at: new Date(at) });
    }
    statusHistory.push({ status: 'open', at: new Date(at + HOUR) });
    return { id: 't', customerId: 'c', channel: 'email', direction: 'inbound', priority: 'normal', openedAt: new Date(openedAt), statusHistory };
  });

const lastChange = (ticket: Interaction) => (ticket.statusHistory?.at(-1)?.at as Date).getTime();
/** The due instant as seen once every status change has happened (the clock then runs to the end). */
function dueAtOf(ticket: Interaction, standard: ServiceStandard): number {
  return (checkStandard(ticket, standard, { now: new Date(lastChange(ticket)) }).dueAt as Date).getTime();
}

describe('checkStandard properties', () => {
  it.each(standards.map((standard) => [standard.id, standard] as const))('%s: for any now before dueAt the check is not breached', (_id, standard) => {
    fc.assert(
      fc.property(openTicket, fc.double({ min: 0, max: 1, noNaN: true }), (ticket, fraction) => {
        const due = dueAtOf(ticket, standard);
        const opened = ticket.openedAt.getTime() - 2 * HOUR;
        const now = new Date(opened + Math.floor(fraction * (due - opened)));
        expect(checkStandard(ticket, standard, { now }).status).not.toBe('breached');
      }),
      { numRuns: 300 },
    );
  });

  it.each(standards.map((standard) => [standard.id, standard] as const))('%s: after dueAt with no event it is breached at dueAt', (_id, standard) => {
    fc.assert(
      fc.property(openTicket, fc.integer({ min: 1, max: 20 * 24 * HOUR }), (ticket, lateBy) => {
        const due = dueAtOf(ticket, standard);
        const check = checkStandard(ticket, standard, { now: new Date(due + lateBy) });
        expect([check.status, check.breachedAt?.getTime()]).toEqual(['breached', due]);
      }),
      { numRuns: 300 },
    );
  });

  it.each(standards.map((standard) => [standard.id, standard] as const))(
    '%s: elapsedMs + remainingMs === targetMs while pending, and dueAt does not depend on now',
    (_id, standard) => {
      fc.assert(
        fc.property(openTicket, fc.double({ min: 0, max: 1, noNaN: true }), (ticket, fraction) => {
          const due = dueAtOf(ticket, standard);
          const from = lastChange(ticket);
          fc.pre(due > from); // still running after the last status change
          const now = new Date(from + Math.floor(fraction * (due - from)));
          const check = checkStandard(ticket, standard, { now });
          expect(['pending', 'at_risk']).toContain(check.status);
          expect((check.elapsedMs as number) + (check.remainingMs as number)).toBe(check.targetMs);
          expect(check.dueAt?.getTime()).toBe(due);
        }),
        { numRuns: 300 },
      );
    },
  );

  it('an event at dueAt meets the standard and one a millisecond later breaches it', () => {
    const standard = standards[0] as ServiceStandard;
    fc.assert(
      fc.property(openTicket, (ticket) => {
        const due = dueAtOf(ticket, standard);
        const now = new Date(due + 30 * 24 * HOUR);
        const onTime = checkStandard({ ...ticket, firstResponseAt: new Date(due) }, standard, { now });
        const late = checkStandard({ ...ticket, firstResponseAt: new Date(due + 1) }, standard, { now });
        expect([onTime.status, onTime.elapsedMs, late.status]).toEqual(['met', standard.targetMs, 'breached']);
      }),
      { numRuns: 200 },
    );
  });

  it('elapsed time never decreases as now moves forward', () => {
    const standard = standards[0] as ServiceStandard;
    fc.assert(
      fc.property(openTicket, fc.integer({ min: 0, max: 5 * 24 * HOUR }), fc.integer({ min: 0, max: 5 * 24 * HOUR }), (ticket, a, b) => {
        const opened = ticket.openedAt.getTime();
        const early = checkStandard(ticket, standard, { now: new Date(opened + Math.min(a, b)) });
        const later = checkStandard(ticket, standard, { now: new Date(opened + Math.max(a, b)) });
        expect(later.elapsedMs as number).toBeGreaterThanOrEqual(early.elapsedMs as number);
      }),
      { numRuns: 200 },
    );
  });
});
