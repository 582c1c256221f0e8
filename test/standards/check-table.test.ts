import { describe, expect, it } from 'vitest';
import { InteractionSchema } from '../../src/models/index.js';
import { checkStandards } from '../../src/standards/index.js';
import { toInteractionTable } from '../../src/table/index.js';

const standards = [
  { id: 'reply-vip', measure: 'first_response' as const, targetMs: '30m', appliesTo: { segment: 'vip' } },
  { id: 'reply', measure: 'first_response' as const, targetMs: '1h' },
  { id: 'resolve', measure: 'resolution' as const, targetMs: '4h', pauseWhile: ['pending'] },
];
const tickets = [
  {
    id: 't1', customerId: 'c1', channel: 'email', openedAt: '2025-01-06T09:00:00Z', firstResponseAt: '2025-01-06T09:45:00Z', resolvedAt: '2025-01-06T15:00:00Z',
    statusHistory: [{ status: 'new', at: '2025-01-06T09:00:00Z' }, { status: 'pending', at: '2025-01-06T10:00:00Z' }, { status: 'open', at: '2025-01-06T12:00:00Z' }, { status: 'solved', at: '2025-01-06T15:00:00Z' }],
  },
  { id: 't2', customerId: 'c2', channel: 'email', openedAt: '2025-01-06T09:00:00Z' },
].map((row) => InteractionSchema.parse(row));
const now = new Date('2025-01-06T16:00:00Z');

describe('checkStandards over an InteractionTable', () => {
  it('gives each row the checks it gives the interaction', () => {
    const byRow = checkStandards(toInteractionTable(tickets), standards, { now });
    expect(byRow).toEqual(tickets.map((ticket) => checkStandards(ticket, standards, { now })));
    expect(byRow.map((checks) => checks.map((check) => `${check.standardId} ${check.status}`))).toEqual([
      ['reply met', 'resolve met'],
      ['reply breached', 'resolve breached'],
    ]);
  });
  it('reads the customer of each row from a function of its index', () => {
    const byRow = checkStandards(toInteractionTable(tickets), standards, { now, customer: (index) => (index === 0 ? { segment: 'vip' } : undefined) });
    expect(byRow[0]?.[0]).toMatchObject({ standardId: 'reply-vip', status: 'breached' });
    expect(byRow[1]?.[0]).toMatchObject({ standardId: 'reply', status: 'breached' });
  });
});
