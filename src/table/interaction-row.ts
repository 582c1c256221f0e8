import { invalidInput } from '../errors/invalid-input.js';
import { ServiceKitError } from '../errors/service-kit-error.js';
import type { Channel, Direction, Interaction, Message, Priority } from '../models/interaction.js';
import type { StatusChange } from '../models/status.js';
import { MAX_DATE_MS } from '../time/zone-offset.js';
import type { InteractionTable } from './interaction-table.js';
import type { StringColumn } from './string-column.js';

/**
 * One row of an {@link InteractionTable}, read in place: what metrics and `by` functions receive
 * when {@link kpis!summarize} runs over a table.
 *
 * Fields have the names of {@link models!Interaction}'s, but instants are epoch milliseconds (which
 * every metric accepts) and absent values are `undefined`. Extra numeric columns are fields too
 * (`row.csatScore`). Lists (`statusHistory`, `messages`) are not on the row: read them from the
 * table's list columns with `row.index`. A summary moves one row object along the table instead of
 * creating one per row, so keep values, not the row.
 *
 * @typeParam Extra - The names of the table's extra numeric columns.
 * @example
 * ```ts
 * const table = toInteractionTable(
 *   [{ id: 't1', customerId: 'c1', channel: 'chat', direction: 'inbound', priority: 'high', openedAt: new Date(0) }],
 *   { numbers: { csatScore: () => 5 } },
 * );
 * const row = interactionRow(table, 0);
 * [row.channel, row.priority, row.openedAt, row.resolvedAt, row.csatScore]
 * // => ['chat', 'high', 0, undefined, 5]
 * ```
 */
export type InteractionRow<Extra extends string = never> = InteractionRowFields & { readonly [Name in Extra]: number | undefined };

/** The fields of every {@link InteractionRow}. */
export interface InteractionRowFields {
  /** The row's position in the table; set it to read another row. */
  index: number;
  /** The interaction's id. */
  readonly id: string;
  /** The customer's id. */
  readonly customerId: string;
  /** The channel. */
  readonly channel: Channel;
  /** Inbound or outbound. */
  readonly direction: Direction;
  /** The priority. */
  readonly priority: Priority;
  /** The team. */
  readonly team: string | undefined;
  /** The agent. */
  readonly agentId: string | undefined;
  /** The contact reason. */
  readonly reason: string | undefined;
  /** When it was opened, epoch ms. */
  readonly openedAt: number;
  /** When it was answered, epoch ms. */
  readonly answeredAt: number | undefined;
  /** The first agent reply, epoch ms. */
  readonly firstResponseAt: number | undefined;
  /** The (last) resolution, epoch ms. */
  readonly resolvedAt: number | undefined;
  /** The closing, epoch ms. */
  readonly closedAt: number | undefined;
  /** The abandon, epoch ms. */
  readonly abandonedAt: number | undefined;
  /** Talk time, ms. */
  readonly talkMs: number | undefined;
  /** Hold time, ms. */
  readonly holdMs: number | undefined;
  /** Wrap-up time, ms. */
  readonly wrapMs: number | undefined;
  /** Transfers. */
  readonly transfers: number | undefined;
  /** Reopens. */
  readonly reopenCount: number | undefined;
  /** The escalation level reached. */
  readonly escalationLevel: number | undefined;
  /** The helpdesk's first-contact-resolution flag. */
  readonly resolvedOnFirstContact: boolean | undefined;
}

const text = (column: StringColumn, index: number): string | undefined => {
  const code = column.codes[index] as number;
  return code < 0 ? undefined : column.values[code];
};
const value = (column: Float64Array, index: number): number | undefined => {
  const v = column[index] as number;
  return v === v ? v : undefined;
};

/** The row object: a position in a table and getters that read its columns. */
class TableRow {
  index = 0;
  constructor(readonly table: InteractionTable<string>) {}
  get id(): string {
    return this.table.id[this.index] as string;
  }
  get customerId(): string | undefined {
    return text(this.table.customerId, this.index);
  }
  get channel(): string | undefined {
    return text(this.table.channel, this.index);
  }
  get direction(): string | undefined {
    return text(this.table.direction, this.index);
  }
  get priority(): string | undefined {
    return text(this.table.priority, this.index);
  }
  get team(): string | undefined {
    return text(this.table.team, this.index);
  }
  get agentId(): string | undefined {
    return text(this.table.agentId, this.index);
  }
  get reason(): string | undefined {
    return text(this.table.reason, this.index);
  }
  get openedAt(): number {
    return this.table.openedAt[this.index] as number;
  }
  get answeredAt(): number | undefined {
    return value(this.table.answeredAt, this.index);
  }
  get firstResponseAt(): number | undefined {
    return value(this.table.firstResponseAt, this.index);
  }
  get resolvedAt(): number | undefined {
    return value(this.table.resolvedAt, this.index);
  }
  get closedAt(): number | undefined {
    return value(this.table.closedAt, this.index);
  }
  get abandonedAt(): number | undefined {
    return value(this.table.abandonedAt, this.index);
  }
  get talkMs(): number | undefined {
    return value(this.table.talkMs, this.index);
  }
  get holdMs(): number | undefined {
    return value(this.table.holdMs, this.index);
  }
  get wrapMs(): number | undefined {
    return value(this.table.wrapMs, this.index);
  }
  get transfers(): number | undefined {
    return value(this.table.transfers, this.index);
  }
  get reopenCount(): number | undefined {
    return value(this.table.reopenCount, this.index);
  }
  get escalationLevel(): number | undefined {
    return value(this.table.escalationLevel, this.index);
  }
  get resolvedOnFirstContact(): boolean | undefined {
    const flag = this.table.resolvedOnFirstContact[this.index] as number;
    return flag < 0 ? undefined : flag === 1;
  }
}

/** One row class per table with extra columns (its getters hold the columns), so every row object of a table has one shape. */
const rowClasses = new WeakMap<object, new (table: InteractionTable<string>) => TableRow>();

function rowClass(table: InteractionTable<string>): new (table: InteractionTable<string>) => TableRow {
  const names = Object.keys(table.numbers);
  if (names.length === 0) return TableRow;
  let Row = rowClasses.get(table);
  if (Row === undefined) {
    const Extended = class extends TableRow {};
    for (const name of names) {
      const column = (table.numbers as Record<string, Float64Array>)[name] as Float64Array;
      Object.defineProperty(Extended.prototype, name, {
        get(this: TableRow) {
          const v = column[this.index] as number;
          return v === v ? v : undefined;
        },
        enumerable: true,
      });
    }
    rowClasses.set(table, Extended);
    Row = Extended;
  }
  return Row;
}

/** INVALID_INPUT unless `index` is one of the rows of `table` (or, with `empty`, row 0 of an empty table). */
function checkRow(table: InteractionTable<string>, index: number, empty: boolean): void {
  if (!(Number.isInteger(index) && index >= 0 && (index < table.length || (empty && index === 0 && table.length === 0)))) {
    throw new ServiceKitError('INVALID_INPUT', `row ${String(index)} is not in a table of ${table.length} rows`, { path: ['index'] });
  }
}

/**
 * A row object reading row `index` of a table in place (see {@link InteractionRow}). Its `index`
 * may be changed to read another row, which is how {@link kpis!summarize} walks a table without
 * creating an object per row.
 *
 * @param table - The table.
 * @param index - The row, from 0 to `table.length − 1`; 0 by default.
 * @returns The row object.
 * @throws {@link errors!ServiceKitError} `INVALID_INPUT` for an index outside the table.
 * @example
 * ```ts
 * const table = toInteractionTable([
 *   { id: 't1', customerId: 'c1', channel: 'email', direction: 'inbound', priority: 'normal', openedAt: new Date(0), talkMs: 60_000 },
 *   { id: 't2', customerId: 'c2', channel: 'phone', direction: 'inbound', priority: 'normal', openedAt: new Date(0) },
 * ]);
 * const row = interactionRow(table, 0);
 * row.talkMs
 * // => 60000
 * row.index = 1;
 * [row.id, row.talkMs]
 * // => ['t2', undefined]
 * ```
 */
export function interactionRow<Extra extends string = never>(table: InteractionTable<Extra>, index = 0): InteractionRow<Extra> {
  checkRow(table as InteractionTable<string>, index, true);
  const Row = rowClass(table as InteractionTable<string>);
  const row = new Row(table as InteractionTable<string>);
  row.index = index;
  return row as unknown as InteractionRow<Extra>;
}

const INSTANT_COLUMNS = ['openedAt', 'answeredAt', 'firstResponseAt', 'resolvedAt', 'closedAt', 'abandonedAt'] as const;
const NUMBER_COLUMNS = ['talkMs', 'holdMs', 'wrapMs', 'transfers', 'reopenCount'] as const;

/** The `Date` of epoch ms `value` of the instant column at `path`; INVALID_INPUT there when it is not in the range of a `Date`. */
function dateAt(value: number, path: readonly (string | number)[]): Date {
  if (Math.abs(value) <= MAX_DATE_MS) return new Date(value);
  throw invalidInput(path, 'epoch ms in the range of a Date', value);
}

/**
 * Row `index` of a table as an {@link models!Interaction} object, with `Date`s: the record
 * {@link models!parseInteractions} would give for it (an empty list is left out, like an absent one).
 * For APIs that take one interaction; summaries read tables in place instead.
 *
 * @param table - The table.
 * @param index - The row, from 0 to `table.length − 1`.
 * @returns A new interaction object.
 * @throws {@link errors!ServiceKitError} `INVALID_INPUT` for an index outside the table, or an instant of the row that is not in the range of a `Date` (path `[column, index]`,
 *   or `['messages', 'at', entry]` for a list entry).
 * @example
 * ```ts
 * const table = toInteractionTable([
 *   { id: 't1', customerId: 'c1', channel: 'email', direction: 'inbound', priority: 'normal',
 *     openedAt: new Date('2025-01-06T09:00:00Z'), resolvedOnFirstContact: true },
 * ]);
 * interactionAt(table, 0)
 * // => { id: 't1', customerId: 'c1', channel: 'email', direction: 'inbound', priority: 'normal', openedAt: new Date('2025-01-06T09:00:00Z'), resolvedOnFirstContact: true }
 * ```
 */
export function interactionAt(table: InteractionTable<string>, index: number): Interaction {
  checkRow(table, index, false);
  const record: Record<string, unknown> = {
    id: table.id[index],
    customerId: text(table.customerId, index),
    channel: text(table.channel, index),
    direction: text(table.direction, index) ?? 'inbound',
    priority: text(table.priority, index) ?? 'normal',
  };
  const team = text(table.team, index);
  if (team !== undefined) record.team = team;
  const agentId = text(table.agentId, index);
  if (agentId !== undefined) record.agentId = agentId;
  const reason = text(table.reason, index);
  if (reason !== undefined) record.reason = reason;
  for (const field of INSTANT_COLUMNS) {
    const v = table[field][index] as number;
    if (v === v || field === 'openedAt') record[field] = dateAt(v, [field, index]);
  }
  for (const field of NUMBER_COLUMNS) {
    const v = table[field][index] as number;
    if (v === v) record[field] = v;
  }
  const flag = table.resolvedOnFirstContact[index] as number;
  if (flag >= 0) record.resolvedOnFirstContact = flag === 1;
  const level = table.escalationLevel[index] as number;
  if (level === level) record.escalationLevel = level;
  const history = table.statusHistory;
  const historyFrom = history.offsets[index] as number;
  const historyTo = history.offsets[index + 1] as number;
  if (historyTo > historyFrom) {
    const changes: StatusChange[] = new Array(historyTo - historyFrom);
    const codes = history.status.codes;
    const statuses = history.status.values;
    for (let entry = historyFrom; entry < historyTo; entry++) {
      changes[entry - historyFrom] = { status: statuses[codes[entry] as number] as string, at: dateAt(history.at[entry] as number, ['statusHistory', 'at', entry]) };
    }
    record.statusHistory = changes;
  }
  const messages = table.messages;
  const messagesFrom = messages.offsets[index] as number;
  const messagesTo = messages.offsets[index + 1] as number;
  if (messagesTo > messagesFrom) {
    const list: Message[] = new Array(messagesTo - messagesFrom);
    for (let entry = messagesFrom; entry < messagesTo; entry++) {
      list[entry - messagesFrom] = { at: dateAt(messages.at[entry] as number, ['messages', 'at', entry]), author: messages.author[entry] === 1 ? 'agent' : 'customer' };
    }
    record.messages = list;
  }
  return record as unknown as Interaction;
}
