import { describe, expect, it } from 'vitest';
import { createRate } from '../../src/stats/rate.js';
import { scorecard } from '../../src/standards/index.js';

describe('scorecard', () => {
  it('marks each KPI pass, fail or no data against its target, bounds inclusive', () => {
    const card = scorecard(
      {
        csat: createRate(85, 100),
        fcr: createRate(60, 100),
        nps: { value: 31.5 },
        aht: { value: 400_000, p90Ms: 700_000 },
        reopen: createRate(0, 0),
      },
      {
        csat: { atLeast: 0.85, label: 'CSAT ≥ 85 %' },
        fcr: { atLeast: 0.7 },
        nps: { atLeast: 30, atMost: 100 },
        aht: { field: 'p90Ms', atMost: '12m' },
        reopen: { atMost: 0.05 },
        escalation: { atMost: 0.1 },
      },
    );
    expect(card.entries.map((entry) => [entry.kpi, entry.value, entry.status])).toEqual([
      ['csat', 0.85, 'pass'],
      ['fcr', 0.6, 'fail'],
      ['nps', 31.5, 'pass'],
      ['aht', 700_000, 'pass'],
      ['reopen', null, 'no_data'],
      ['escalation', null, 'no_data'],
    ]);
    expect(card.entries[0]).toEqual({ kpi: 'csat', label: 'CSAT ≥ 85 %', value: 0.85, atLeast: 0.85, atMost: null, status: 'pass' });
    expect([card.status, card.passed, card.failed, card.noData]).toEqual(['fail', 3, 1, 2]);
  });

  it('is pass only when every KPI passes, and no_data when some have none and none failed', () => {
    expect(scorecard({ csat: 0.9 }, { csat: { atLeast: 0.85 } }).status).toBe('pass');
    expect(scorecard({ csat: 0.9 }, { csat: { atLeast: 0.85 }, nps: { atLeast: 30 } }).status).toBe('no_data');
    expect(scorecard({}, {}).status).toBe('no_data');
  });

  it.each([
    ['no bound', { csat: {} }, ['csat']],
    ['a bound that is not a number or duration', { csat: { atLeast: 'high' } }, ['csat', 'atLeast']],
    ['atLeast above atMost', { csat: { atLeast: 0.9, atMost: 0.8 } }, ['csat', 'atLeast']],
  ])('rejects a target with %s', (_label, targets, path) => {
    expect(() => scorecard({}, targets as never)).toThrow(expect.objectContaining({ code: 'INVALID_OPTION', path }));
  });

  it('rejects a result field that is not a number', () => {
    expect(() => scorecard({ csat: { value: '0.9' } }, { csat: { atLeast: 0.85 } })).toThrow(expect.objectContaining({ code: 'INVALID_INPUT', path: ['csat', 'value'] }));
  });
});
