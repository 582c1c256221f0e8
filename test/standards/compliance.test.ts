import { describe, expect, it } from 'vitest';
import { InteractionSchema } from '../../src/models/index.js';
import { checkStandards, compliance, type StandardCheck, type StandardStatus } from '../../src/standards/index.js';
import { periodKey } from '../../src/time/index.js';

const check = (standardId: string, status: StandardStatus) => ({ standardId, status }) as StandardCheck;

describe('compliance', () => {
  it('counts every status per standard and rates met over decided checks', () => {
    const checks = [
      ...Array.from({ length: 41 }, () => check('reply', 'met')),
      ...Array.from({ length: 9 }, () => check('reply', 'breached')),
      check('reply', 'at_risk'),
      check('reply', 'pending'),
      check('reply', 'paused'),
      check('reply', 'not_applicable'),
      check('answer', 'not_applicable'),
    ];
    const [answer, reply] = compliance(checks);
    expect(answer).toEqual({ standardId: 'answer', met: 0, breached: 0, atRisk: 0, pending: 0, paused: 0, notApplicable: 1, rate: { value: null, numerator: 0, denominator: 0, interval: null } });
    expect(reply).toMatchObject({ standardId: 'reply', met: 41, breached: 9, atRisk: 1, pending: 1, paused: 1, notApplicable: 1 });
    expect(reply?.rate.value).toBe(0.82);
    // Wilson 95 % for 41 / 50: 0.6920 to 0.9023 (the formula in src/stats/interval.ts).
    expect([reply?.rate.interval?.lower.toFixed(4), reply?.rate.interval?.upper.toFixed(4)]).toEqual(['0.6920', '0.9023']);
  });

  it('groups by a key from rows holding a check and an interaction, sorted by standard then key', () => {
    const rows = [
      { check: check('reply', 'met'), team: 'technical' },
      { check: check('reply', 'breached'), team: 'billing' },
      { check: check('reply', 'met'), team: 'billing' },
      { check: check('answer', 'met'), team: 'billing' },
    ];
    const table = compliance(rows, { by: (row) => row.team }).map((row) => [row.standardId, row.key, row.met, row.breached]);
    expect(table).toEqual([
      ['answer', 'billing', 1, 0],
      ['reply', 'billing', 1, 1],
      ['reply', 'technical', 1, 0],
    ]);
  });

  it('groups by week and composite keys from real checks', () => {
    const standards = [{ id: 'reply', measure: 'first_response', targetMs: '1h' }] as const;
    const tickets = [
      ['2025-01-06T09:00:00Z', '2025-01-06T09:30:00Z', 'a1'],
      ['2025-01-07T09:00:00Z', '2025-01-07T11:00:00Z', 'a1'],
      ['2025-01-14T09:00:00Z', '2025-01-14T09:10:00Z', 'a2'],
    ].map(([openedAt, firstResponseAt, agentId], index) =>
      InteractionSchema.parse({ id: `t${index}`, customerId: 'c1', channel: 'email', openedAt, firstResponseAt, agentId }),
    );
    const now = new Date('2025-01-20T00:00:00Z');
    const rows = tickets.flatMap((interaction) => checkStandards(interaction, standards, { now }).map((result) => ({ check: result, interaction })));
    const table = compliance(rows, { by: (row) => [periodKey(row.interaction.openedAt, 'week'), row.interaction.agentId] });
    expect(table.map((row) => [row.key, row.met, row.breached])).toEqual([
      [['2025-W02', 'a1'], 1, 1],
      [['2025-W03', 'a2'], 1, 0],
    ]);
  });

  it('does not depend on the order of the rows', () => {
    const checks = [check('b', 'met'), check('a', 'breached'), check('b', 'pending'), check('a', 'met')];
    expect(compliance([...checks].reverse())).toEqual(compliance(checks));
  });

  it('returns an empty list for no checks, and rejects rows without a check', () => {
    expect(compliance([])).toEqual([]);
    expect(() => compliance([{ standardId: 'x', status: 'late' }] as never)).toThrow(/row 0/);
  });

  it('rejects a level outside (0, 1) with INVALID_OPTION', () => {
    expect(() => compliance([], { level: 95 })).toThrow(expect.objectContaining({ code: 'INVALID_OPTION', path: ['level'] }));
  });
});

describe('compliance: bad input', () => {
  function thrown(run: () => unknown) {
    try {
      run();
    } catch (error) {
      const { code, path, message } = error as { code: string; path: unknown; message: string };
      return [code, path, message];
    }
    throw new Error('expected an error');
  }

  it('throws INVALID_INPUT for rows that are not iterable', () => {
    expect(thrown(() => compliance(null as unknown as StandardCheck[]))).toEqual(['INVALID_INPUT', [], 'rows must be an array (or iterable) of checks; got null']);
  });

  it('throws INVALID_OPTION for options that are not an object, and a by or check that is not a function', () => {
    const rows = [check('reply', 'met')];
    expect(thrown(() => compliance(rows, null as unknown as {}))).toEqual(['INVALID_OPTION', [], 'options must be an object; got null']);
    expect(thrown(() => compliance(rows, { by: 5 as unknown as () => string }))).toEqual(['INVALID_OPTION', ['by'], 'by must be a function; got 5']);
    expect(thrown(() => compliance(rows, { check: 'status' as unknown as () => StandardCheck }))).toEqual([
      'INVALID_OPTION',
      ['check'],
      'check must be a function; got "status"',
    ]);
  });
});
