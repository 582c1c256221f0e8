// Internal (not re-exported): the bulk form of DurationState.addDuration for a summary over a table.
// Durations go into a scratch array per row, are sorted by group (a stable counting sort) and each
// group's run is added at once, so every group's sample is filled in one go (one chunk, no join for
// its quantiles, and no half-filled chunks for the garbage collector to copy while the pass runs).
import type { DurationState } from './duration-stat.js';

/**
 * Calls `fill(durations)` to write one duration per row (anything but 0 … MAX_SAFE_INTEGER is
 * excluded, like `addDuration`), then adds each row's duration to `states[groups[row]]`.
 */
export function addDurationsByGroup(
  states: readonly DurationState[],
  groups: Int32Array,
  thresholdMs: number,
  fill: (durations: Float64Array) => void,
): void {
  const length = groups.length;
  const durations = new Float64Array(length);
  const sorted = new Float64Array(length);
  fill(durations);
  const starts = new Int32Array(states.length + 1);
  for (let index = 0; index < length; index++) {
    const ms = durations[index] as number;
    const group = groups[index] as number;
    if (ms >= 0 && ms <= Number.MAX_SAFE_INTEGER) starts[group + 1] = (starts[group + 1] as number) + 1;
    else (states[group] as DurationState).excluded++;
  }
  for (let group = 0; group < states.length; group++) starts[group + 1] = (starts[group + 1] as number) + (starts[group] as number);
  const next = starts.slice(0, states.length);
  for (let index = 0; index < length; index++) {
    const ms = durations[index] as number;
    if (ms >= 0 && ms <= Number.MAX_SAFE_INTEGER) {
      const group = groups[index] as number;
      const at = next[group] as number;
      sorted[at] = ms;
      next[group] = at + 1;
    }
  }
  for (let group = 0; group < states.length; group++) {
    const from = starts[group] as number;
    const to = starts[group + 1] as number;
    if (to > from) (states[group] as DurationState).addDurations(sorted, from, to, thresholdMs);
  }
}
