import { describe, expect, it } from 'vitest';
import {
  abandonmentRate,
  aht,
  averageSpeedOfAnswer,
  ces,
  cohortRetention,
  csat,
  csatMean,
  csatMetric,
  escalationRate,
  fcr,
  firstResponseTime,
  instantToMs,
  type Metric,
  nps,
  npsMetric,
  reopenRate,
  resolutionTime,
  retention,
  runMetric,
  serviceLevel,
} from '../../src/kpis/index.js';

const fails = (code: string, path: readonly (string | number)[], message: string) => expect.objectContaining({ code, path, message });
const asOf = new Date('2025-03-01T00:00:00Z');
/** Every KPI's array function, with the options it needs. */
const KPIS: [string, (rows: never, options: never) => unknown, object][] = [
  ['csat', csat, {}],
  ['csatMean', csatMean, {}],
  ['nps', nps, {}],
  ['ces', ces, {}],
  ['fcr', fcr, {}],
  ['aht', aht, {}],
  ['retention', retention, { start: new Date('2025-01-01T00:00:00Z'), end: asOf }],
  ['cohortRetention', cohortRetention, { asOf }],
  ['firstResponseTime', firstResponseTime, {}],
  ['resolutionTime', resolutionTime, {}],
  ['serviceLevel', serviceLevel, { thresholdMs: 20_000 }],
  ['abandonmentRate', abandonmentRate, {}],
  ['averageSpeedOfAnswer', averageSpeedOfAnswer, {}],
  ['reopenRate', reopenRate, {}],
  ['escalationRate', escalationRate, {}],
];

describe('runMetric', () => {
  it('runs init, add for every row, and finish', () => {
    const calls: string[] = [];
    const metric: Metric<number, { sum: number }, number> = {
      init: () => (calls.push('init'), { sum: 0 }),
      add: (state, value) => {
        calls.push('add');
        state.sum += value;
      },
      merge: (into, from) => {
        into.sum += from.sum;
      },
      finish: (state) => (calls.push('finish'), state.sum),
    };
    expect(runMetric(metric, [1, 2, 3])).toBe(6);
    expect(calls).toEqual(['init', 'add', 'add', 'add', 'finish']);
  });
  it('accepts any iterable', () => {
    function* scores() {
      yield { score: 10 };
      yield { score: 0 };
    }
    expect(runMetric(npsMetric(), scores()).value).toBe(0);
  });
  it('merges two states into the same result as one pass, leaving the source unchanged', () => {
    const metric = csatMetric();
    const left = metric.init();
    const right = metric.init();
    metric.add(left, { score: 5 } as never);
    metric.add(right, { score: 1 } as never);
    metric.merge(left, right);
    expect(metric.finish(left).value).toBe(0.5);
    expect(metric.finish(right).denominator).toBe(1);
  });
  it('throws INVALID_INPUT at metric for something that is not a metric', () => {
    expect(() => runMetric(null as never, [])).toThrow(fails('INVALID_INPUT', ['metric'], 'metric must be a metric; got null'));
  });
  it('throws INVALID_INPUT at [] for rows that are not an array or iterable, a string included', () => {
    expect(() => runMetric(npsMetric(), null as never)).toThrow(fails('INVALID_INPUT', [], 'rows must be an array (or iterable) of rows; got null'));
    expect(() => runMetric(npsMetric(), 'abc' as never)).toThrow(fails('INVALID_INPUT', [], 'rows must be an array (or iterable) of rows; got "abc"'));
  });
  it('throws INVALID_INPUT at the index for a row that is not an object, from an array or any iterable', () => {
    expect(() => runMetric(csatMetric(), [{ score: 5 }, null] as never)).toThrow(fails('INVALID_INPUT', [1], 'row 1 must be an object; got null'));
    function* rows() {
      yield { score: 5 };
      yield { score: 4 };
      yield undefined;
    }
    expect(() => runMetric(csatMetric(), rows() as never)).toThrow(fails('INVALID_INPUT', [2], 'row 2 must be an object; got undefined'));
  });
  it('takes rows of any kind when the accessors are the caller\'s', () => {
    expect(csat([5, 3, 4], { score: (score: number) => score }).value).toBeCloseTo(2 / 3);
  });
  it('locates a row\'s INVALID_INPUT at its index', () => {
    const rows = [{ resolvedAt: new Date(0), resolvedOnFirstContact: true }, { resolvedAt: '2025-01-06T09:00:00Z', resolvedOnFirstContact: true }];
    expect(() => fcr(rows as never)).toThrow(
      fails('INVALID_INPUT', [1, 'resolvedAt'], 'row 1: resolvedAt must be a Date (or epoch milliseconds); got "2025-01-06T09:00:00Z" (parse rows with parseInteractions or parseCustomers first)'),
    );
  });
});

describe.each(KPIS)('%s', (_name, kpi, options) => {
  it('throws INVALID_OPTION at [] for options that are not an object', () => {
    expect(() => kpi([] as never, null as never)).toThrow(fails('INVALID_OPTION', [], 'options must be an object; got null'));
  });
  it('throws INVALID_INPUT for rows that are not iterable and for a null row', () => {
    expect(() => kpi(null as never, options as never)).toThrow(fails('INVALID_INPUT', [], 'rows must be an array (or iterable) of rows; got null'));
    expect(() => kpi([null] as never, options as never)).toThrow(fails('INVALID_INPUT', [0], 'row 0 must be an object; got null'));
  });
});

describe('instantToMs', () => {
  it('reads Dates and epoch milliseconds and gives NaN for nothing', () => {
    expect(instantToMs(new Date(5))).toBe(5);
    expect(instantToMs(7)).toBe(7);
    expect(instantToMs(null)).toBeNaN();
    expect(instantToMs(undefined)).toBeNaN();
    expect(instantToMs(new Date(Number.NaN))).toBeNaN();
  });
  it('throws INVALID_INPUT for anything else, such as a date string, at the field when named', () => {
    expect(() => instantToMs('2025' as never)).toThrow(
      fails('INVALID_INPUT', [], 'instant must be a Date (or epoch milliseconds); got "2025" (parse rows with parseInteractions or parseCustomers first)'),
    );
    expect(() => instantToMs({} as never, 'openedAt')).toThrow(expect.objectContaining({ code: 'INVALID_INPUT', path: ['openedAt'] }));
  });
});
