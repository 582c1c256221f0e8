import { describeValue } from '../errors/describe-value.js';
import { functionOption } from '../errors/function-option.js';
import { optionsObject } from '../errors/options-object.js';
import { ServiceKitError } from '../errors/service-kit-error.js';
import type { Interaction } from '../models/interaction.js';
import type { Accessor } from './accessor.js';
import { durationSettings, finishDurationStat } from './duration-result.js';
import { type DurationStat, type DurationStatOptions, DurationState } from './duration-stat.js';
import { addDurationsByGroup } from './durations-by-group.js';
import { type Metric, runMetric } from './metric.js';

/** A part of handle time: talk (or chat/work) time, hold time, after-contact wrap-up time. */
export type HandleTimeComponent = 'talk' | 'hold' | 'wrap';

/** Options for {@link aht} and {@link ahtMetric}. */
export interface AhtOptions<Row = Interaction> extends DurationStatOptions {
  /** Which parts make up handle time; `['talk', 'hold', 'wrap']` by default. */
  components?: readonly HandleTimeComponent[];
  /** Reads `talkMs`. */
  talkMs?: Accessor<Row, number | null | undefined>;
  /** Reads `holdMs`. */
  holdMs?: Accessor<Row, number | null | undefined>;
  /** Reads `wrapMs`. */
  wrapMs?: Accessor<Row, number | null | undefined>;
}

const COMPONENTS: readonly HandleTimeComponent[] = ['talk', 'hold', 'wrap'];

/**
 * The {@link Metric} behind {@link aht}.
 *
 * @param options - As for {@link aht}.
 * @returns The metric.
 * @throws {@link errors!ServiceKitError} `INVALID_OPTION` for an unknown or repeated component, an empty list,
 *   a negative `thresholdMs` or a level outside (0, 1).
 *   Also `INVALID_OPTION` for options that are not an object or an accessor that is not a function.
 * @example
 * ```ts
 * const metric = ahtMetric({ components: ['talk'], talkMs: (row: { seconds: number }) => row.seconds * 1000 });
 * runMetric(metric, [{ seconds: 240 }, { seconds: 360 }]).meanMs
 * // => 300000
 * ```
 */
export function ahtMetric<Row = Interaction>(options: AhtOptions<Row> = {}): Metric<Row, DurationState, DurationStat> {
  options = optionsObject(options);
  const components = options.components ?? COMPONENTS;
  if (!Array.isArray(components) || components.length === 0) {
    throw new ServiceKitError('INVALID_OPTION', "components must list at least one of 'talk', 'hold', 'wrap'", { path: ['components'] });
  }
  components.forEach((component, index) => {
    if (!COMPONENTS.includes(component) || components.indexOf(component) !== index) {
      throw new ServiceKitError('INVALID_OPTION', `component ${describeValue(component)} is unknown or repeated; use 'talk', 'hold', 'wrap'`, {
        path: ['components', index],
      });
    }
  });
  const settings = durationSettings(options);
  const { thresholdMs } = settings;
  type Fields = Partial<Interaction>;
  const none = () => undefined;
  const talk = components.includes('talk') ? (functionOption(options.talkMs, 'talkMs') ?? ((row: Row) => (row as Fields).talkMs)) : none;
  const hold = components.includes('hold') ? (functionOption(options.holdMs, 'holdMs') ?? ((row: Row) => (row as Fields).holdMs)) : none;
  const wrap = components.includes('wrap') ? (functionOption(options.wrapMs, 'wrapMs') ?? ((row: Row) => (row as Fields).wrapMs)) : none;
  const add = (state: DurationState, row: Row): void => {
    const a = talk(row);
    const b = hold(row);
    const c = wrap(row);
    const present = (typeof a === 'number' ? 1 : 0) + (typeof b === 'number' ? 1 : 0) + (typeof c === 'number' ? 1 : 0);
    if (present === 0) {
      state.excluded++;
      return;
    }
    const ms = (typeof a === 'number' ? a : 0) + (typeof b === 'number' ? b : 0) + (typeof c === 'number' ? c : 0);
    // a negative part makes the contact unusable, even when the sum is not negative
    if ((typeof a === 'number' && !(a >= 0)) || (typeof b === 'number' && !(b >= 0)) || (typeof c === 'number' && !(c >= 0))) {
      state.excluded++;
      return;
    }
    state.addDuration(ms, thresholdMs);
  };
  const columns = options.talkMs === undefined && options.holdMs === undefined && options.wrapMs === undefined;
  return {
    init: () => new DurationState(),
    add,
    addTable: !columns ? undefined : (states, groups, table) => {
      // a table holds NaN for an absent part; a part that is not one of the components reads as absent
      const talkColumn = components.includes('talk') ? table.talkMs : null;
      const holdColumn = components.includes('hold') ? table.holdMs : null;
      const wrapColumn = components.includes('wrap') ? table.wrapMs : null;
      addDurationsByGroup(states as readonly DurationState[], groups, thresholdMs, (durations) => {
        for (let index = 0; index < groups.length; index++) {
          const a = talkColumn === null ? Number.NaN : (talkColumn[index] as number);
          const b = holdColumn === null ? Number.NaN : (holdColumn[index] as number);
          const c = wrapColumn === null ? Number.NaN : (wrapColumn[index] as number);
          // NaN (excluded) when no part is there or a part is negative
          durations[index] = (a !== a && b !== b && c !== c) || a < 0 || b < 0 || c < 0 ? Number.NaN : (a === a ? a : 0) + (b === b ? b : 0) + (c === c ? c : 0);
        }
      });
    },
    merge: (into, from) => into.merge(from),
    finish: (state) => finishDurationStat(state, settings),
  };
}

/**
 * Average Handle Time: the mean time an agent spends on a contact, with its median and 90th percentile.
 *
 * `AHT = Σ (talk + hold + wrap) / contacts`, in milliseconds. `components` picks the parts (for
 * example `['talk', 'wrap']` where hold is counted inside talk). A contact with none of the chosen
 * parts recorded is excluded, not counted as zero; a missing part next to recorded ones counts as 0;
 * a negative or non-finite part excludes the contact.
 *
 * @param interactions - Interactions (or any rows, with accessors).
 * @param options - `components`, `thresholdMs` (adds `withinThreshold`), `level`, and accessors.
 * @returns The duration statistics; the duration fields are `null` when no contact has handle data.
 * @throws {@link errors!ServiceKitError} `INVALID_OPTION` for an unknown component or a negative threshold.
 *   Also `INVALID_OPTION` for options that are not an object or an accessor that is not a function.
 *   `INVALID_INPUT` as {@link runMetric} for the rows.
 * @see docs/guide/definitions.md#aht
 * @example
 * ```ts
 * const calls = [
 *   { talkMs: 240_000, holdMs: 30_000, wrapMs: 30_000 },
 *   { talkMs: 400_000, wrapMs: 20_000 },
 *   { channel: 'email' },
 * ];
 * aht(calls).meanMs
 * // => 360000
 * aht(calls).excluded
 * // => 1
 * ```
 */
export function aht<Row = Interaction>(interactions: Iterable<Row>, options: AhtOptions<Row> = {}): DurationStat {
  return runMetric(ahtMetric(options), interactions);
}
