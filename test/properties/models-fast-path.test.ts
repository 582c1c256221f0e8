import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { InteractionSchema, type Interaction, parseInteractions, parseRows } from '../../src/models/index.js';
import { toInteractionTable } from '../../src/table/index.js';

// Law: the batch parser's fast path changes nothing. For any rows, valid or not, parseInteractions
// gives exactly what zod alone gives: the same records (to the key order), indexes and issues; and
// with `output: 'table'`, the same issues and indexes and the table of zod's records.
const base = Date.UTC(2025, 0, 6, 9);
const instantValue = (offsetMs: number) =>
  fc.oneof(
    fc.constant(new Date(base + offsetMs).toISOString()),
    fc.constant(base + offsetMs),
    fc.constant(new Date(base + offsetMs)),
    fc.constant(new Date(base + offsetMs).toISOString().replace('Z', '+00:00')),
  );
const junk = fc.constantFrom<unknown>(null, '', '  ', -1, 1.5, Number.NaN, Number.POSITIVE_INFINITY, 'x', true, [], {}, '2025-02-30T10:00:00Z', new Date(Number.NaN));
const maybe = <T>(value: fc.Arbitrary<T>) => fc.option(fc.oneof({ weight: 8, arbitrary: value }, { weight: 1, arbitrary: junk }), { nil: undefined, freq: 3 });

const row = fc.record(
  {
    id: fc.oneof(fc.constantFrom('t1', 't2'), fc.nat(1000), junk),
    customerId: fc.oneof(fc.constant('c1'), junk),
    channel: fc.oneof(fc.constantFrom('email', 'chat', 'video'), junk),
    direction: maybe(fc.constantFrom('inbound', 'outbound')),
    priority: maybe(fc.constantFrom('low', 'normal', 'high', 'urgent')),
    team: maybe(fc.constantFrom('billing', 'technical')),
    agentId: maybe(fc.oneof(fc.constant('a1'), fc.nat(50))),
    reason: maybe(fc.constant('refund')),
    openedAt: fc.oneof({ weight: 9, arbitrary: instantValue(0) }, { weight: 1, arbitrary: junk }),
    answeredAt: maybe(fc.integer({ min: -60_000, max: 3_600_000 }).chain(instantValue)),
    firstResponseAt: maybe(fc.integer({ min: -60_000, max: 3_600_000 }).chain(instantValue)),
    resolvedAt: maybe(fc.integer({ min: -60_000, max: 9_000_000 }).chain(instantValue)),
    talkMs: maybe(fc.nat(1_000_000)),
    holdMs: maybe(fc.double({ min: 0, max: 1e6, noNaN: true })),
    transfers: maybe(fc.nat(3)),
    reopenCount: maybe(fc.nat(3)),
    resolvedOnFirstContact: maybe(fc.boolean()),
    statusHistory: maybe(
      fc.array(fc.record({ status: fc.constantFrom('open', 'pending', '', 'solved'), at: fc.nat(5).map((step) => new Date(base + step * 60_000).toISOString()) }), { maxLength: 4 }),
    ),
    messages: maybe(fc.array(fc.record({ at: fc.nat(5).chain((step) => instantValue(step * 60_000)), author: fc.constantFrom('customer', 'agent', 'bot') }), { maxLength: 4 })),
    extra: maybe(fc.string()),
  },
  { requiredKeys: ['id', 'customerId', 'channel', 'openedAt'] },
);

describe('parseInteractions fast path', () => {
  it('gives exactly what zod alone gives, for valid and invalid rows', () => {
    fc.assert(
      fc.property(fc.array(fc.oneof(row, junk), { maxLength: 12 }), (rows) => {
        const fast = parseInteractions(rows);
        const zod = parseRows(InteractionSchema, rows);
        expect(fast.indexes).toEqual(zod.indexes);
        expect(fast.issues).toEqual(zod.issues);
        expect(fast.records).toEqual(zod.records);
        expect(JSON.stringify(fast.records)).toBe(JSON.stringify(zod.records));
      }),
      { numRuns: 400 },
    );
  });
  it("with output: 'table', gives zod's issues and indexes and the table of zod's records", () => {
    fc.assert(
      fc.property(fc.array(fc.oneof(row, junk), { maxLength: 12 }), (rows) => {
        const fast = parseInteractions(rows, { output: 'table' });
        const zod = parseRows(InteractionSchema, rows);
        expect(fast.indexes).toEqual(zod.indexes);
        expect(fast.issues).toEqual(zod.issues);
        const expected = toInteractionTable(zod.records as Interaction[]);
        // columns compared as plain arrays (a parsed table's columns may be views of larger buffers)
        const plain = (value: unknown): unknown =>
          ArrayBuffer.isView(value)
            ? Array.from(value as Float64Array)
            : Array.isArray(value)
              ? value
              : typeof value === 'object' && value !== null
                ? Object.fromEntries(Object.entries(value).map(([key, inner]) => [key, plain(inner)]))
                : value;
        expect(plain(fast.table)).toEqual(plain(expected));
      }),
      { numRuns: 400 },
    );
  });
});
