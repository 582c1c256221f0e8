import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { createInteractionTableParser, InteractionSchema, type Interaction, parseInteractions, parseRows } from '../../src/models/index.js';
import { toInteractionTable } from '../../src/table/index.js';

// Law: the batch parser's fast path changes nothing. For any rows, valid or not, parseInteractions
// gives exactly what zod alone gives: the same records (to the key order, and keys given as undefined),
// indexes and issues; and with `output: 'table'`, the same issues and indexes and the table of zod's
// records. Instants come in every form zod reads, and in forms it refuses that look like them.
const base = Date.UTC(2025, 0, 6, 9);
const instantValue = (offsetMs: number) =>
  fc.oneof(
    fc.constant(new Date(base + offsetMs).toISOString()),
    fc.constant(base + offsetMs),
    fc.constant(new Date(base + offsetMs)),
    fc.constant(new Date(base + offsetMs).toISOString().replace('Z', '+00:00')),
    fc.constant(base + offsetMs + 0.75),
  );
const junk = fc.constantFrom<unknown>(
  null, '', '  ', -1, 1.5, -0, Number.NaN, Number.POSITIVE_INFINITY, 'x', true, [], {}, new Date(Number.NaN),
  // instants zod refuses, in the canonical shape (24 characters) and in others
  '2025-02-30T10:00:00Z', '2025-02-29T10:00:00.000Z', '2100-02-29T10:00:00.000Z', '2025-01-06T24:00:00.000Z', '2025-01-06T10:60:00.000Z',
  '2025-13-06T10:00:00.000Z', '2025-01-06T10:00:00.000', '2025-01-06T10:00:00.000+', '2025-01-06X10:00:00.000Z', '2025-01-06T10:00:00,000Z',
  '99-01-06T10:00:00.000Z', '+2025-01-06T10:00:00.00Z',
  // instants zod reads, in shapes the fast path hands to the general reader
  '2024-02-29T10:00:00.000Z', '2025-01-06 10:00:00.000Z', '2025-01-06t10:00:00.000z', '0099-12-31T23:59:59.999Z', ' 2025-01-06T10:00:00.000Z',
);
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
    closedAt: maybe(fc.integer({ min: -60_000, max: 9_000_000 }).chain(instantValue)),
    abandonedAt: maybe(fc.integer({ min: -60_000, max: 600_000 }).chain(instantValue)),
    talkMs: maybe(fc.nat(1_000_000)),
    holdMs: maybe(fc.double({ min: 0, max: 1e6, noNaN: true })),
    wrapMs: maybe(fc.oneof(fc.nat(100_000), fc.constant(0.5))),
    transfers: maybe(fc.nat(3)),
    reopenCount: maybe(fc.nat(3)),
    resolvedOnFirstContact: maybe(fc.boolean()),
    escalationLevel: maybe(fc.nat(3)),
    statusHistory: maybe(
      fc.array(
        fc.record({
          status: fc.constantFrom('open', 'pending', '', 'solved'),
          at: fc.oneof({ weight: 9, arbitrary: fc.nat(5).map((step) => new Date(base + step * 60_000).toISOString()) }, { weight: 1, arbitrary: junk }),
        }),
        { maxLength: 4 },
      ),
    ),
    messages: maybe(
      fc.array(
        fc.record({
          at: fc.oneof({ weight: 9, arbitrary: fc.nat(5).chain((step) => instantValue(step * 60_000)) }, { weight: 1, arbitrary: junk }),
          author: fc.constantFrom('customer', 'agent', 'bot'),
        }),
        { maxLength: 4 },
      ),
    ),
    extra: maybe(fc.string()),
  },
  { requiredKeys: ['id', 'customerId', 'channel', 'openedAt'] },
);

// columns compared as plain arrays (a parsed table's columns may be views of larger buffers)
const plain = (value: unknown): unknown =>
  ArrayBuffer.isView(value)
    ? Array.from(value as Float64Array)
    : Array.isArray(value)
      ? value
      : typeof value === 'object' && value !== null
        ? Object.fromEntries(Object.entries(value).map(([key, inner]) => [key, plain(inner)]))
        : value;

describe('parseInteractions fast path', () => {
  it('gives exactly what zod alone gives, for valid and invalid rows', () => {
    fc.assert(
      fc.property(fc.array(fc.oneof(row, junk), { maxLength: 12 }), (rows) => {
        const fast = parseInteractions(rows);
        const zod = parseRows(InteractionSchema, rows);
        expect(fast.indexes).toEqual(zod.indexes);
        expect(fast.issues).toEqual(zod.issues);
        // strictly: a key given as undefined is kept (as undefined) exactly when zod keeps it, in zod's key order
        expect(fast.records).toStrictEqual(zod.records);
        expect(fast.records.map((record) => Object.keys(record))).toEqual(zod.records.map((record) => Object.keys(record)));
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
        expect(plain(fast.table)).toEqual(plain(toInteractionTable(zod.records as Interaction[])));
      }),
      { numRuns: 400 },
    );
  });
});

// Law: batches change nothing. Rows pushed to createInteractionTableParser in any split, with any
// starting capacity (so the columns grow mid-batch), give what parseInteractions gives for all of
// them in one array: the same table (to the dictionary codes), issues and indexes.
describe('createInteractionTableParser', () => {
  it('gives for rows pushed in any batches what parseInteractions gives for them at once', () => {
    const batches = fc.array(fc.array(fc.oneof(row, junk), { maxLength: 6 }), { maxLength: 5 });
    fc.assert(
      fc.property(batches, fc.option(fc.nat(8), { nil: undefined }), (parts, capacity) => {
        const parser = createInteractionTableParser(capacity === undefined ? {} : { capacity });
        for (const part of parts) parser.push(part);
        expect(parser.rowCount).toBe(parts.flat().length);
        const streamed = parser.finish();
        const whole = parseInteractions(parts.flat(), { output: 'table' });
        expect(streamed.indexes).toEqual(whole.indexes);
        expect(streamed.issues).toEqual(whole.issues);
        expect(plain(streamed.table)).toEqual(plain(whole.table));
      }),
      { numRuns: 300 },
    );
  });
});
