import { choiceOption } from '../errors/choice-option.js';
import { functionOption } from '../errors/function-option.js';
import { optionsObject } from '../errors/options-object.js';
import type { Interaction } from '../models/interaction.js';
import { rateFromCounts } from '../stats/bounds.js';
import { type Accessor, type InstantValue, instantToMs } from './accessor.js';
import type { KpiRate } from './kpi-rate.js';
import { type Metric, runMetric } from './metric.js';
import { criticalValueOption, durationOption, instantOption } from './option-checks.js';

/** How {@link fcr} decides that a contact was resolved first time. */
export type FcrMode = 'flag' | 'repeat-window';

/** Options for {@link fcr} and {@link fcrMetric}. */
export interface FcrOptions<Row = Interaction> {
  /** `'flag'` (default): trust `resolvedOnFirstContact`; `'repeat-window'`: look for repeat contacts. */
  mode?: FcrMode;
  /** Repeat-window mode: how long after resolution a new contact counts as a repeat; 7 days by default. */
  windowMs?: number;
  /** Repeat-window mode: only a contact for the same reason is a repeat; `true` by default. */
  sameReason?: boolean;
  /**
   * Repeat-window mode: the end of the data. Contacts whose window has not closed by then
   * (`resolvedAt + windowMs > asOf`) are excluded, as they could still get a repeat.
   */
  asOf?: Date;
  /** The confidence level of the interval; 0.95 by default. */
  level?: number;
  /** Reads `openedAt`. */
  openedAt?: Accessor<Row, InstantValue>;
  /** Reads `resolvedAt`. */
  resolvedAt?: Accessor<Row, InstantValue>;
  /** Reads `resolvedOnFirstContact` (flag mode). */
  resolvedOnFirstContact?: Accessor<Row, boolean | null | undefined>;
  /** Reads `transfers`; missing means none. */
  transfers?: Accessor<Row, number | null | undefined>;
  /** Reads `reopenCount`; missing means none. */
  reopenCount?: Accessor<Row, number | null | undefined>;
  /** Reads `customerId` (repeat-window mode). */
  customerId?: Accessor<Row, string | null | undefined>;
  /** Reads `reason` (repeat-window mode). */
  reason?: Accessor<Row, string | null | undefined>;
  /** Reads `direction` (repeat-window mode); outbound contacts are left out. */
  direction?: Accessor<Row, string | null | undefined>;
}

/** The contacts of one customer, kept until `finish` (repeat-window mode): parallel arrays. */
export interface FcrCustomerContacts {
  /** When each contact was opened (epoch ms). */
  opened: number[];
  /** When each was resolved (epoch ms), or NaN. */
  resolved: number[];
  /** The reason of each. */
  reasons: (string | null | undefined)[];
  /** Whether each had no transfer and no reopen. */
  clean: boolean[];
}

/** The running state of {@link fcrMetric}. */
export interface FcrState {
  /** Rows that count as successes. */
  numerator: number;
  /** Rows counted. */
  denominator: number;
  /** Rows left out (no usable value). */
  excluded: number;
  /** Repeat-window mode only: contacts by customer. */
  customers: Map<string, FcrCustomerContacts> | null;
}

const DAY_MS = 86_400_000;
const FCR_MODES: readonly FcrMode[] = ['flag', 'repeat-window'];

/**
 * The {@link Metric} behind {@link fcr}.
 *
 * @param options - As for {@link fcr}; accessors read the fields from any row shape.
 * @returns The metric.
 * @throws {@link errors!ServiceKitError} `INVALID_OPTION` for an unknown mode, a negative window, an invalid
 *   `asOf` or a level outside (0, 1).
 *   Also `INVALID_OPTION` for options that are not an object or an accessor that is not a function.
 * @example
 * ```ts
 * const metric = fcrMetric({ resolvedOnFirstContact: (row: { fcr?: boolean; resolvedAt: Date }) => row.fcr });
 * const resolvedAt = new Date('2025-01-06T10:00:00Z');
 * runMetric(metric, [{ fcr: true, resolvedAt }, { fcr: false, resolvedAt }, { resolvedAt }]).value
 * // => 0.5
 * ```
 */
export function fcrMetric<Row = Interaction>(options: FcrOptions<Row> = {}): Metric<Row, FcrState, KpiRate> {
  options = optionsObject(options);
  const mode = choiceOption(options.mode ?? 'flag', FCR_MODES, 'mode');
  const windowMs = durationOption(options.windowMs ?? 7 * DAY_MS, 'windowMs');
  const asOf = options.asOf === undefined ? Number.POSITIVE_INFINITY : instantOption(options.asOf, 'asOf');
  const sameReason = options.sameReason ?? true;
  const { z, level } = criticalValueOption(options.level);
  type Fields = Partial<Interaction>;
  const openedAt = functionOption(options.openedAt, 'openedAt') ?? ((row: Row) => (row as Fields).openedAt);
  const resolvedAt = functionOption(options.resolvedAt, 'resolvedAt') ?? ((row: Row) => (row as Fields).resolvedAt);
  const flag = functionOption(options.resolvedOnFirstContact, 'resolvedOnFirstContact') ?? ((row: Row) => (row as Fields).resolvedOnFirstContact);
  const transfers = functionOption(options.transfers, 'transfers') ?? ((row: Row) => (row as Fields).transfers);
  const reopenCount = functionOption(options.reopenCount, 'reopenCount') ?? ((row: Row) => (row as Fields).reopenCount);
  const customerId = functionOption(options.customerId, 'customerId') ?? ((row: Row) => (row as Fields).customerId);
  const reason = functionOption(options.reason, 'reason') ?? ((row: Row) => (row as Fields).reason);
  const direction = functionOption(options.direction, 'direction') ?? ((row: Row) => (row as Fields).direction);
  const isClean = (row: Row) => !((transfers(row) as number) > 0) && !((reopenCount(row) as number) > 0);

  const addFlag = (state: FcrState, row: Row): void => {
    const known = flag(row);
    if (Number.isNaN(instantToMs(resolvedAt(row), 'resolvedAt')) || (known !== true && known !== false)) {
      state.excluded++;
      return;
    }
    state.denominator++;
    if (known && isClean(row)) state.numerator++;
  };

  const addContact = (state: FcrState, row: Row): void => {
    const customer = customerId(row);
    const opened = instantToMs(openedAt(row), 'openedAt');
    if (customer === undefined || customer === null || Number.isNaN(opened) || direction(row) === 'outbound') {
      state.excluded++;
      return;
    }
    const customers = state.customers as Map<string, FcrCustomerContacts>;
    let contacts = customers.get(customer);
    if (contacts === undefined) {
      contacts = { opened: [], resolved: [], reasons: [], clean: [] };
      customers.set(customer, contacts);
    }
    contacts.opened.push(opened);
    contacts.resolved.push(instantToMs(resolvedAt(row), 'resolvedAt'));
    contacts.reasons.push(reason(row));
    contacts.clean.push(isClean(row));
  };

  const countRepeats = (contacts: FcrCustomerContacts, counts: { numerator: number; denominator: number; excluded: number }) => {
    const { opened, resolved, reasons, clean } = contacts;
    const order = opened.map((_, index) => index).sort((a, b) => (opened[a] as number) - (opened[b] as number));
    for (let position = 0; position < order.length; position++) {
      const i = order[position] as number;
      const resolvedMs = resolved[i] as number;
      if (Number.isNaN(resolvedMs) || resolvedMs + windowMs > asOf) {
        counts.excluded++;
        continue;
      }
      counts.denominator++;
      if (!(clean[i] as boolean)) continue;
      const openedMs = opened[i] as number;
      const until = resolvedMs + windowMs;
      let repeated = false;
      for (let next = position + 1; next < order.length; next++) {
        const j = order[next] as number;
        const nextOpened = opened[j] as number;
        if (nextOpened > until) break;
        if (nextOpened <= openedMs) continue;
        const a = reasons[i];
        const b = reasons[j];
        if (!sameReason || a === undefined || a === null || b === undefined || b === null || a === b) {
          repeated = true;
          break;
        }
      }
      if (!repeated) counts.numerator++;
    }
  };

  const add = mode === 'flag' ? addFlag : addContact;
  const flagColumns =
    mode === 'flag' && options.resolvedAt === undefined && options.resolvedOnFirstContact === undefined && options.transfers === undefined && options.reopenCount === undefined;

  return {
    init: () => ({ numerator: 0, denominator: 0, excluded: 0, customers: mode === 'flag' ? null : new Map() }),
    add,
    addTable: !flagColumns ? undefined : (states, groups, table) => {
      const { resolvedAt: resolved, resolvedOnFirstContact: flags, transfers: transferCounts, reopenCount: reopens } = table;
      for (let index = 0; index < groups.length; index++) {
        const state = states[groups[index] as number] as FcrState;
        const known = flags[index] as number;
        const resolvedMs = resolved[index] as number;
        if (known < 0 || resolvedMs !== resolvedMs) {
          state.excluded++;
          continue;
        }
        state.denominator++;
        if (known === 1 && !((transferCounts[index] as number) > 0) && !((reopens[index] as number) > 0)) state.numerator++;
      }
    },
    merge(into, from) {
      into.numerator += from.numerator;
      into.denominator += from.denominator;
      into.excluded += from.excluded;
      if (into.customers !== null && from.customers !== null) {
        for (const [customer, contacts] of from.customers) {
          const target = into.customers.get(customer);
          if (target === undefined) {
            into.customers.set(customer, {
              opened: [...contacts.opened],
              resolved: [...contacts.resolved],
              reasons: [...contacts.reasons],
              clean: [...contacts.clean],
            });
          } else {
            target.opened.push(...contacts.opened);
            target.resolved.push(...contacts.resolved);
            target.reasons.push(...contacts.reasons);
            target.clean.push(...contacts.clean);
          }
        }
      }
    },
    finish(state) {
      const counts = { numerator: state.numerator, denominator: state.denominator, excluded: state.excluded };
      if (state.customers !== null) for (const contacts of state.customers.values()) countRepeats(contacts, counts);
      return { ...rateFromCounts(counts.numerator, counts.denominator, z, level), excluded: counts.excluded };
    },
  };
}

/**
 * First Contact Resolution: the share of resolved contacts that needed no further contact.
 *
 * `FCR = resolved first time / resolved contacts`, a fraction 0…1 with its Wilson interval.
 * - `mode: 'flag'` (default): a resolved contact counts when `resolvedOnFirstContact` is known;
 *   it is resolved first time when the flag is `true`. Unresolved contacts and unknown flags are
 *   counted in `excluded`.
 * - `mode: 'repeat-window'`: a resolved contact is resolved first time when the same customer opened
 *   no other inbound contact after it and up to `windowMs` (7 days) after its resolution, for the
 *   same reason when `sameReason` (a contact without a reason matches any). Outbound and unresolved
 *   contacts are excluded (unresolved ones can still be repeats).
 *
 * In both modes a transfer or a reopen counts against (`transfers > 0` or `reopenCount > 0`).
 *
 * @param interactions - Interactions (or any rows, with accessors).
 * @param options - `mode`, `windowMs`, `sameReason`, `asOf`, `level`, and field accessors.
 * @returns The rate with its counts; `value` and `interval` are `null` when no contact counts.
 * @throws {@link errors!ServiceKitError} `INVALID_OPTION` for an unknown mode, a negative window, an invalid
 *   `asOf` or a level outside (0, 1).
 *   Also `INVALID_OPTION` for options that are not an object or an accessor that is not a function.
 *   `INVALID_INPUT` as {@link runMetric} for the rows, and (path `[index, field]`) for an instant that is not a
 *   `Date` or epoch milliseconds.
 * @see docs/guide/definitions.md#fcr
 * @example
 * ```ts
 * const base = { channel: 'email', direction: 'inbound', priority: 'normal' } as const;
 * const at = (day: number) => new Date(Date.UTC(2025, 0, day));
 * const contacts = [
 *   { ...base, id: 'a', customerId: 'c1', reason: 'billing', openedAt: at(6), resolvedAt: at(6) },
 *   { ...base, id: 'b', customerId: 'c1', reason: 'billing', openedAt: at(8), resolvedAt: at(8) },
 *   { ...base, id: 'c', customerId: 'c2', reason: 'billing', openedAt: at(6), resolvedAt: at(7) },
 * ];
 * fcr(contacts, { mode: 'repeat-window' }).numerator
 * // => 2
 * fcr(contacts, { mode: 'repeat-window' }).denominator
 * // => 3
 * ```
 */
export function fcr<Row = Interaction>(interactions: Iterable<Row>, options: FcrOptions<Row> = {}): KpiRate {
  return runMetric(fcrMetric(options), interactions);
}
