import { invalidInput } from '../errors/invalid-input.js';
import { ServiceKitError } from '../errors/service-kit-error.js';
import type { Interaction } from '../models/interaction.js';
import { MAX_DATE_MS } from '../time/zone-offset.js';
import { checkExtraColumnName } from './extra-columns.js';
import { type StringColumn, encodeStrings } from './string-column.js';

/**
 * An interaction as {@link toInteractionTable} takes it: an {@link models!Interaction}, whose instants
 * may also be epoch milliseconds.
 *
 * @example
 * ```ts
 * const row: InteractionLike = { id: 't1', customerId: 'c1', channel: 'chat', direction: 'inbound', priority: 'normal', openedAt: 0 };
 * toInteractionTable([row]).openedAt[0]
 * // => 0
 * ```
 */
export type InteractionLike = Omit<
  Interaction,
  'openedAt' | 'answeredAt' | 'firstResponseAt' | 'resolvedAt' | 'closedAt' | 'abandonedAt' | 'statusHistory' | 'messages'
> & {
  /** When it was opened. */
  openedAt: Date | number;
  /** When it was answered. */
  answeredAt?: Date | number | null | undefined;
  /** The first agent reply. */
  firstResponseAt?: Date | number | null | undefined;
  /** The (last) resolution. */
  resolvedAt?: Date | number | null | undefined;
  /** The closing. */
  closedAt?: Date | number | null | undefined;
  /** The abandon. */
  abandonedAt?: Date | number | null | undefined;
  /** Status changes, in time order. */
  statusHistory?: readonly StatusChangeLike[];
  /** Messages (put in time order in the table). */
  messages?: readonly MessageLike[];
};

/**
 * A status change as {@link toInteractionTable} takes it: `at` may be a `Date` or epoch ms.
 *
 * @example
 * ```ts
 * const change: StatusChangeLike = { status: 'open', at: 0 };
 * change.at
 * // => 0
 * ```
 */
export interface StatusChangeLike {
  /** The status entered. */
  status: string;
  /** When, as a `Date` or epoch ms. */
  at: Date | number;
}

/**
 * A message as {@link toInteractionTable} takes it: `at` may be a `Date` or epoch ms.
 *
 * @example
 * ```ts
 * const message: MessageLike = { author: 'agent', at: 0 };
 * message.author
 * // => 'agent'
 * ```
 */
export interface MessageLike {
  /** Who wrote it. */
  author: 'customer' | 'agent';
  /** When, as a `Date` or epoch ms. */
  at: Date | number;
}

/**
 * The status histories of a table's rows, flattened: row `i`'s changes are entries
 * `offsets[i]` to `offsets[i + 1] − 1`, in time order.
 *
 * @example
 * ```ts
 * const table = toInteractionTable([
 *   { id: 't1', customerId: 'c1', channel: 'email', direction: 'inbound', priority: 'normal', openedAt: new Date(0),
 *     statusHistory: [{ status: 'new', at: new Date(0) }, { status: 'solved', at: new Date(60_000) }] },
 * ]);
 * [Array.from(table.statusHistory.offsets), Array.from(table.statusHistory.at)]
 * // => [[0, 2], [0, 60000]]
 * ```
 */
export interface StatusHistoryColumn {
  /** `length + 1` offsets into the entries. */
  readonly offsets: Int32Array;
  /** When each change happened, epoch milliseconds. */
  readonly at: Float64Array;
  /** The status each change entered. */
  readonly status: StringColumn;
}

/**
 * The conversations of a table's rows, flattened like {@link StatusHistoryColumn}: row `i`'s
 * messages are entries `offsets[i]` to `offsets[i + 1] − 1`, in time order.
 *
 * @example
 * ```ts
 * const table = toInteractionTable([
 *   { id: 't1', customerId: 'c1', channel: 'chat', direction: 'inbound', priority: 'normal', openedAt: new Date(0),
 *     messages: [{ at: new Date(0), author: 'customer' }, { at: new Date(5_000), author: 'agent' }] },
 * ]);
 * Array.from(table.messages.author)
 * // => [0, 1]
 * ```
 */
export interface MessagesColumn {
  /** `length + 1` offsets into the entries. */
  readonly offsets: Int32Array;
  /** When each message was sent, epoch milliseconds. */
  readonly at: Float64Array;
  /** Who wrote each: `0` the customer, `1` an agent. */
  readonly author: Uint8Array;
}

/**
 * Interactions as columns: one typed array (or dictionary-encoded strings) per field, the columnar
 * input that {@link kpis!summarize} and {@link standards!checkStandards} accept as well as arrays of
 * objects.
 *
 * Instants are epoch milliseconds in `Float64Array`s, `NaN` when absent; durations and counts are
 * numbers, `NaN` when absent; `resolvedOnFirstContact` is `1`, `0` or `-1` (unknown); strings are
 * {@link StringColumn}s (`codes[i] = -1` when absent), except `id`. An absent list and an empty one
 * are the same here. `numbers` holds extra numeric columns (survey scores joined to the contacts,
 * say), which summaries read like fields (`row.csatScore`).
 *
 * Build one with {@link toInteractionTable} from objects, with {@link models!parseInteractions}
 * (`output: 'table'`) straight from export rows, or with {@link interactionTableFromColumns} from
 * columns you loaded yourself. Tables are read-only by convention: functions never change them.
 *
 * @typeParam Extra - The names of the extra numeric columns.
 * @example
 * ```ts
 * const table = toInteractionTable([
 *   { id: 't1', customerId: 'c1', channel: 'email', direction: 'inbound', priority: 'normal',
 *     team: 'billing', openedAt: new Date('2025-01-06T09:00:00Z'), talkMs: 240_000 },
 * ]);
 * [table.length, table.openedAt[0], table.talkMs[0], Number.isNaN(table.holdMs[0])]
 * // => [1, 1736154000000, 240000, true]
 * ```
 */
export interface InteractionTable<Extra extends string = never> {
  /** How many interactions (rows). */
  readonly length: number;
  /** The ids, one string per row. */
  readonly id: readonly string[];
  /** The customers' ids. */
  readonly customerId: StringColumn;
  /** The channels. */
  readonly channel: StringColumn;
  /** `inbound` or `outbound`. */
  readonly direction: StringColumn;
  /** `low`, `normal`, `high` or `urgent`. */
  readonly priority: StringColumn;
  /** The teams (`-1` when absent). */
  readonly team: StringColumn;
  /** The agents (`-1` when absent). */
  readonly agentId: StringColumn;
  /** The contact reasons (`-1` when absent). */
  readonly reason: StringColumn;
  /** When each was opened, epoch ms. */
  readonly openedAt: Float64Array;
  /** When each was answered, epoch ms or `NaN`. */
  readonly answeredAt: Float64Array;
  /** The first agent reply, epoch ms or `NaN`. */
  readonly firstResponseAt: Float64Array;
  /** The (last) resolution, epoch ms or `NaN`. */
  readonly resolvedAt: Float64Array;
  /** The closing, epoch ms or `NaN`. */
  readonly closedAt: Float64Array;
  /** The abandon, epoch ms or `NaN`. */
  readonly abandonedAt: Float64Array;
  /** Talk time in ms, or `NaN`. */
  readonly talkMs: Float64Array;
  /** Hold time in ms, or `NaN`. */
  readonly holdMs: Float64Array;
  /** Wrap-up time in ms, or `NaN`. */
  readonly wrapMs: Float64Array;
  /** Transfers, or `NaN`. */
  readonly transfers: Float64Array;
  /** Reopens, or `NaN`. */
  readonly reopenCount: Float64Array;
  /** The escalation level reached, or `NaN`. */
  readonly escalationLevel: Float64Array;
  /** The helpdesk's first-contact-resolution flag: `1`, `0`, or `-1` when unknown. */
  readonly resolvedOnFirstContact: Int8Array;
  /** The status histories. */
  readonly statusHistory: StatusHistoryColumn;
  /** The conversations. */
  readonly messages: MessagesColumn;
  /** Extra numeric columns, by name (`NaN` when absent). */
  readonly numbers: { readonly [Name in Extra]: Float64Array };
}

/** A string column given as a {@link StringColumn} or as plain strings (encoded on the way in). */
export type StringColumnInput = StringColumn | readonly (string | null | undefined)[];

/**
 * The columns {@link interactionTableFromColumns} takes: `id`, `customerId`, `channel` and
 * `openedAt` are required, every other column is optional (absent everywhere when left out).
 *
 * @typeParam Extra - The names of the extra numeric columns.
 */
export interface InteractionColumns<Extra extends string = never> {
  /** The ids. */
  id: readonly string[];
  /** The customers' ids. */
  customerId: StringColumnInput;
  /** The channels. */
  channel: StringColumnInput;
  /** When each was opened, epoch ms (every value in the range of a `Date`, ±8.64e15). */
  openedAt: Float64Array;
  /** `inbound` (the default for absent values) or `outbound`. */
  direction?: StringColumnInput;
  /** `low`, `normal` (the default for absent values), `high` or `urgent`. */
  priority?: StringColumnInput;
  /** The teams. */
  team?: StringColumnInput;
  /** The agents. */
  agentId?: StringColumnInput;
  /** The contact reasons. */
  reason?: StringColumnInput;
  /** Epoch ms or `NaN`. */
  answeredAt?: Float64Array;
  /** Epoch ms or `NaN`. */
  firstResponseAt?: Float64Array;
  /** Epoch ms or `NaN`. */
  resolvedAt?: Float64Array;
  /** Epoch ms or `NaN`. */
  closedAt?: Float64Array;
  /** Epoch ms or `NaN`. */
  abandonedAt?: Float64Array;
  /** Milliseconds or `NaN`. */
  talkMs?: Float64Array;
  /** Milliseconds or `NaN`. */
  holdMs?: Float64Array;
  /** Milliseconds or `NaN`. */
  wrapMs?: Float64Array;
  /** Counts or `NaN`. */
  transfers?: Float64Array;
  /** Counts or `NaN`. */
  reopenCount?: Float64Array;
  /** Levels or `NaN`. */
  escalationLevel?: Float64Array;
  /** `1`, `0` or `-1` (unknown). */
  resolvedOnFirstContact?: Int8Array;
  /** Status histories, flattened. */
  statusHistory?: StatusHistoryColumn;
  /** Conversations, flattened. */
  messages?: MessagesColumn;
  /** Extra numeric columns. */
  numbers?: { readonly [Name in Extra]: Float64Array };
}

function invalid(message: string, path: (string | number)[]): ServiceKitError {
  return new ServiceKitError('INVALID_INPUT', message, { path });
}

function strings(input: StringColumnInput | undefined, length: number, name: string, fallback?: string): StringColumn {
  if (input === undefined) {
    const codes = new Int32Array(length).fill(fallback === undefined ? -1 : 0);
    return { codes, values: fallback === undefined ? [] : [fallback] };
  }
  let column: StringColumn;
  if (Array.isArray(input)) {
    column = encodeStrings(fallback === undefined ? input : input.map((value) => value ?? fallback));
  } else {
    column = input as StringColumn;
    if (!(column.codes instanceof Int32Array) || !Array.isArray(column.values)) throw invalid(`${name} must be a string list or a StringColumn`, [name]);
    for (let index = 0; index < column.codes.length; index++) {
      const code = column.codes[index] as number;
      if (code < -1 || code >= column.values.length) throw invalid(`${name}.codes[${index}] = ${code} is not a position in ${name}.values`, [name, 'codes', index]);
    }
  }
  if (column.codes.length !== length) throw invalid(`${name} has ${column.codes.length} values for ${length} rows`, [name]);
  return column;
}

function numbers(input: Float64Array | undefined, length: number, name: string): Float64Array {
  if (input === undefined) return new Float64Array(length).fill(Number.NaN);
  if (!(input instanceof Float64Array)) throw invalid(`${name} must be a Float64Array`, [name]);
  if (input.length !== length) throw invalid(`${name} has ${input.length} values for ${length} rows`, [name]);
  return input;
}

function offsets(input: Int32Array, at: Float64Array, length: number, name: string): void {
  if (!(at instanceof Float64Array)) throw invalid(`${name}.at must be a Float64Array`, [name, 'at']);
  const entries = at.length;
  if (!(input instanceof Int32Array) || input.length !== length + 1 || input[0] !== 0 || input[length] !== entries) {
    throw invalid(`${name}.offsets must be an Int32Array of ${length + 1} offsets from 0 to ${entries}`, [name, 'offsets']);
  }
  for (let index = 0; index < length; index++) {
    if ((input[index + 1] as number) < (input[index] as number)) throw invalid(`${name}.offsets decrease at row ${index}`, [name, 'offsets', index + 1]);
  }
}

/**
 * Builds an {@link InteractionTable} from columns loaded by other means (a Parquet or Arrow reader, a
 * database driver), without going through objects. Columns are used as given (not copied); string
 * columns given as plain lists are dictionary-encoded.
 *
 * Only the shape is checked (lengths, offsets, codes, `openedAt` in the range of a `Date`): the
 * values are trusted, so use {@link models!parseInteractions} with `output: 'table'` for data that
 * needs validating.
 *
 * @param columns - The columns; see {@link InteractionColumns}.
 * @returns The table.
 * @throws {@link errors!ServiceKitError} `INVALID_INPUT` for a column of the wrong length or type, an
 *   `openedAt` that is not epoch ms in the range of a `Date` (±8.64e15; path `['openedAt', index]`),
 *   list offsets that are not increasing, or an extra column named like a field.
 * @example
 * ```ts
 * const table = interactionTableFromColumns({
 *   id: ['t1', 't2'],
 *   customerId: ['c1', 'c2'],
 *   channel: ['phone', 'phone'],
 *   openedAt: new Float64Array([0, 60_000]),
 *   answeredAt: new Float64Array([15_000, Number.NaN]),
 *   numbers: { csatScore: new Float64Array([5, Number.NaN]) },
 * });
 * summarize(table, { metrics: { wait: averageSpeedOfAnswerMetric<InteractionRow>() } }).overall.wait.meanMs
 * // => 15000
 * ```
 */
export function interactionTableFromColumns<Extra extends string = never>(columns: InteractionColumns<Extra>): InteractionTable<Extra> {
  if (typeof columns !== 'object' || columns === null) throw invalid('columns must be an object', []);
  const { id } = columns;
  if (!Array.isArray(id)) throw invalid('id must be a list of strings', ['id']);
  const length = id.length;
  const openedAt = numbers(columns.openedAt, length, 'openedAt');
  if (columns.openedAt === undefined) throw invalid('openedAt is required', ['openedAt']);
  for (let index = 0; index < length; index++) {
    if (!(Math.abs(openedAt[index] as number) <= MAX_DATE_MS)) throw invalidInput(['openedAt', index], 'epoch ms in the range of a Date', openedAt[index]);
  }
  const extra: Record<string, Float64Array> = {};
  for (const [name, column] of Object.entries<Float64Array>((columns.numbers ?? {}) as Record<string, Float64Array>)) {
    checkExtraColumnName(name);
    extra[name] = numbers(column, length, `numbers.${name}`);
  }
  const flag = columns.resolvedOnFirstContact ?? new Int8Array(length).fill(-1);
  if (!(flag instanceof Int8Array) || flag.length !== length) throw invalid(`resolvedOnFirstContact must be an Int8Array of ${length} values`, ['resolvedOnFirstContact']);
  const history = columns.statusHistory ?? { offsets: new Int32Array(length + 1), at: new Float64Array(0), status: { codes: new Int32Array(0), values: [] } };
  offsets(history.offsets, history.at, length, 'statusHistory');
  strings(history.status, history.at.length, 'statusHistory.status');
  const messages = columns.messages ?? { offsets: new Int32Array(length + 1), at: new Float64Array(0), author: new Uint8Array(0) };
  offsets(messages.offsets, messages.at, length, 'messages');
  if (!(messages.author instanceof Uint8Array) || messages.author.length !== messages.at.length) throw invalid('messages.author must be a Uint8Array, one per message', ['messages', 'author']);
  return {
    length,
    id,
    customerId: strings(columns.customerId, length, 'customerId'),
    channel: strings(columns.channel, length, 'channel'),
    direction: strings(columns.direction, length, 'direction', 'inbound'),
    priority: strings(columns.priority, length, 'priority', 'normal'),
    team: strings(columns.team, length, 'team'),
    agentId: strings(columns.agentId, length, 'agentId'),
    reason: strings(columns.reason, length, 'reason'),
    openedAt,
    answeredAt: numbers(columns.answeredAt, length, 'answeredAt'),
    firstResponseAt: numbers(columns.firstResponseAt, length, 'firstResponseAt'),
    resolvedAt: numbers(columns.resolvedAt, length, 'resolvedAt'),
    closedAt: numbers(columns.closedAt, length, 'closedAt'),
    abandonedAt: numbers(columns.abandonedAt, length, 'abandonedAt'),
    talkMs: numbers(columns.talkMs, length, 'talkMs'),
    holdMs: numbers(columns.holdMs, length, 'holdMs'),
    wrapMs: numbers(columns.wrapMs, length, 'wrapMs'),
    transfers: numbers(columns.transfers, length, 'transfers'),
    reopenCount: numbers(columns.reopenCount, length, 'reopenCount'),
    escalationLevel: numbers(columns.escalationLevel, length, 'escalationLevel'),
    resolvedOnFirstContact: flag,
    statusHistory: history,
    messages,
    numbers: extra as { readonly [Name in Extra]: Float64Array },
  };
}
