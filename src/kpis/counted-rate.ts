// Internal (not re-exported): the one metric behind the KPIs that count rows into a rate, so each
// KPI only says how one row counts.
import type { Interaction } from '../models/interaction.js';
import { rateFromCounts } from '../stats/bounds.js';
import { addCounts } from './add-counts.js';
import type { KpiRate, RateState } from './kpi-rate.js';
import type { Metric } from './metric.js';
import { criticalValueOption } from './option-checks.js';

/** How a row counts: a success (`'success'`), in the denominator only (`'counted'`), or left out (`'excluded'`). */
export type RowCount = 'success' | 'counted' | 'excluded';

/** A rate metric: `classify` says how each row counts; `level` is the interval's confidence level. */
export function countedRateMetric<Row = Interaction>(classify: (row: Row) => RowCount, level: number | undefined): Metric<Row, RateState, KpiRate> {
  const critical = criticalValueOption(level);
  return {
    init: () => ({ numerator: 0, denominator: 0, excluded: 0 }),
    add(state, row) {
      const count = classify(row);
      if (count === 'excluded') {
        state.excluded++;
        return;
      }
      state.denominator++;
      if (count === 'success') state.numerator++;
    },
    merge: addCounts,
    finish: (state) => ({ ...rateFromCounts(state.numerator, state.denominator, critical.z, critical.level), excluded: state.excluded }),
  };
}
