// Internal: counting answered, abandoned and short-abandoned contacts, shared by serviceLevel and
// abandonmentRate. Not re-exported from the package.
import { functionOption } from '../errors/function-option.js';
import type { Interaction } from '../models/interaction.js';
import { instantToMs } from './accessor.js';
import { addCounts } from './add-counts.js';
import type { Metric } from './metric.js';
import type { QueueAccessors, QueueOutcomeState } from './service-level.js';

/** init, add and merge of a queue-outcome metric; the caller adds `finish`. */
export function queueOutcomes<Row>(
  options: QueueAccessors<Row>,
  thresholdMs: number,
  shortAbandonMs: number,
): Omit<Metric<Row, QueueOutcomeState, never>, 'finish'> {
  type Fields = Partial<Interaction>;
  const openedAt = functionOption(options.openedAt, 'openedAt') ?? ((row: Row) => (row as Fields).openedAt);
  const answeredAt = functionOption(options.answeredAt, 'answeredAt') ?? ((row: Row) => (row as Fields).answeredAt);
  const abandonedAt = functionOption(options.abandonedAt, 'abandonedAt') ?? ((row: Row) => (row as Fields).abandonedAt);
  return {
    init: () => ({ answered: 0, answeredWithin: 0, abandoned: 0, abandonedWithin: 0, shortAbandoned: 0, excluded: 0 }),
    add(state, row) {
      const opened = instantToMs(openedAt(row), 'openedAt');
      const answered = instantToMs(answeredAt(row), 'answeredAt');
      if (!Number.isNaN(answered)) {
        const wait = answered - opened;
        if (wait >= 0) {
          state.answered++;
          if (wait <= thresholdMs) state.answeredWithin++;
        } else {
          state.excluded++;
        }
        return;
      }
      const wait = instantToMs(abandonedAt(row), 'abandonedAt') - opened;
      if (!(wait >= 0)) state.excluded++;
      else if (wait < shortAbandonMs) state.shortAbandoned++;
      else {
        state.abandoned++;
        if (wait <= thresholdMs) state.abandonedWithin++;
      }
    },
    merge: addCounts,
  };
}
