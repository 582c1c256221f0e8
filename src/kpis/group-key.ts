import type { Period, WeekdayNumber } from '../time/period.js';

/**
 * A part of a group key: the calendar period (day, week, month, quarter) that an instant field falls
 * in, in a time zone, named as {@link time!periodKey} names it (`'2025-W02'`, `'2025-01'`). The
 * field holds a `Date` or epoch milliseconds; an absent one gives `undefined`.
 *
 * @example
 * ```ts
 * const week: PeriodKeyPart = { period: 'week', of: 'openedAt', timeZone: 'Europe/Berlin' };
 * week.period
 * // => 'week'
 * ```
 */
export interface PeriodKeyPart<Field extends string = string> {
  /** The kind of period. */
  readonly period: Period;
  /** The instant field whose period it is (`'openedAt'`). */
  readonly of: Field;
  /** The IANA zone whose local dates define the periods; `UTC` by default. */
  readonly timeZone?: string;
  /** For weeks: the first day, 0 = Sunday … 6 = Saturday; 1 (Monday, ISO weeks) by default. */
  readonly weekStartsOn?: WeekdayNumber;
}

/**
 * A part of a group key stated as data: a field's name (the key element is the field's value) or a
 * {@link PeriodKeyPart}. Over an {@link table!InteractionTable}, keys made of string columns and
 * periods are computed from the columns directly, without a call per row.
 */
export type KeyPart<Row> = Extract<keyof Row, string> | PeriodKeyPart<Extract<keyof Row, string>>;

/** The key element one {@link KeyPart} gives for a row type. */
export type KeyPartValue<Row, Part> =
  Part extends PeriodKeyPart<infer Field>
    ? undefined extends Row[Field & keyof Row]
      ? string | undefined
      : string
    : Part extends keyof Row
      ? Row[Part]
      : never;

/** The group key that key parts give for a row type: one part's value, or an array for a list of parts. */
export type GroupKeyOf<Row, By> = By extends readonly unknown[] ? { -readonly [Index in keyof By]: KeyPartValue<Row, By[Index]> } : KeyPartValue<Row, By>;
