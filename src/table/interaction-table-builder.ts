// Internal (not re-exported): builds an InteractionTable row by row, in one pass. Used by
// toInteractionTable (from objects) and by parseInteractions' table output (from raw rows, through
// the fast path in models/interaction-fast-path.ts, which writes the columns directly).
import { invalidInput } from '../errors/invalid-input.js';
import { MAX_DATE_MS } from '../time/zone-offset.js';
import { checkExtraColumnName } from './extra-columns.js';
import type { InteractionLike, InteractionTable } from './interaction-table.js';
import { StringDictionary } from './string-dictionary.js';

/** What an instant of a row may be. */
export const INSTANT = 'a Date (or epoch ms in the range of a Date)';

/**
 * The epoch ms of instant `field` of a record, or of entry `field` of its `list`: `NaN` for an
 * invalid `Date`, `NaN`, or (not in a list) nothing; INVALID_INPUT (its path made only then) for
 * anything but a `Date` or epoch ms in the range of a `Date`.
 */
function ms(value: unknown, field: string | number, list?: string): number {
  if (value instanceof Date) return value.getTime();
  if (typeof value === 'number' && !(Math.abs(value) > MAX_DATE_MS)) return value;
  if ((value === undefined || value === null) && list === undefined) return Number.NaN;
  throw invalidInput(list === undefined ? [field] : [list, field, 'at'], INSTANT, value);
}
const num = (value: unknown): number => (typeof value === 'number' ? value : Number.NaN);

/** A string column under construction. */
export class StringColumnBuilder {
  codes: Int32Array;
  readonly dictionary = new StringDictionary();
  constructor(codes: Int32Array) {
    this.codes = codes;
  }
  set(row: number, value: string | null | undefined): void {
    this.codes[row] = value === undefined || value === null || value === '' ? -1 : this.dictionary.code(value);
  }
  grow(capacity: number): void {
    const codes = new Int32Array(capacity);
    codes.set(this.codes);
    this.codes = codes;
  }
  finish(length: number) {
    return { codes: trimmed(this.codes, length), values: this.dictionary.values };
  }
}

const grown = <T extends Float64Array | Int32Array | Int8Array | Uint8Array>(array: T, capacity: number): T => {
  const next = new (array.constructor as new (size: number) => T)(capacity);
  next.set(array);
  return next;
};
/**
 * The first `length` values: a view when at most an eighth of the array is left over (the room of
 * rejected rows, or the margin of a list column), else a copy, so a table does not hold much unused
 * memory. A view allocates nothing: a large allocation can bring on a full collection of the heap,
 * which holds every input row while they are parsed.
 */
const trimmed = <T extends Float64Array | Int32Array | Int8Array | Uint8Array>(array: T, length: number): T =>
  (array.length === length ? array : length >= array.length - (array.length >> 3) ? array.subarray(0, length) : array.slice(0, length)) as T;

/** The largest capacity a table is made with at first: 2²⁷ rows, whose columns take about 18 GB (a table grows past it as rows come). */
export const MAX_CAPACITY = 2 ** 27;

/**
 * Room to make for list entries (status changes, messages): the mean list lengths of up to 1,000
 * rows spread over the input, times `forRows` (the input's row count by default), plus a margin.
 * Counting every row would read a million rows once more; a list column that runs out of room grows
 * to what the rows so far project.
 */
export function listEntryEstimate(rows: readonly unknown[], forRows = rows.length): { history: number; messages: number } {
  const step = Math.max(1, Math.floor(rows.length / 1000));
  let sampled = 0;
  let history = 0;
  let messages = 0;
  for (let index = 0; index < rows.length; index += step) {
    const row = rows[index] as { statusHistory?: unknown; messages?: unknown } | null | undefined;
    sampled++;
    if (typeof row !== 'object' || row === null) continue;
    if (Array.isArray(row.statusHistory)) history += row.statusHistory.length;
    if (Array.isArray(row.messages)) messages += row.messages.length;
  }
  const room = (total: number) => Math.ceil((total / Math.max(1, sampled)) * forRows * 1.05) + 64;
  return { history: room(history), messages: room(messages) };
}

/**
 * A table under construction. Row `length` is the row being written; `commit` keeps it, `discard`
 * forgets what was written of it (list entries and new dictionary strings included).
 */
export class InteractionTableBuilder {
  length = 0;
  capacity: number;
  readonly id: string[];
  readonly customerId: StringColumnBuilder;
  readonly channel: StringColumnBuilder;
  readonly direction: StringColumnBuilder;
  readonly priority: StringColumnBuilder;
  readonly team: StringColumnBuilder;
  readonly agentId: StringColumnBuilder;
  readonly reason: StringColumnBuilder;
  openedAt: Float64Array;
  answeredAt: Float64Array;
  firstResponseAt: Float64Array;
  resolvedAt: Float64Array;
  closedAt: Float64Array;
  abandonedAt: Float64Array;
  talkMs: Float64Array;
  holdMs: Float64Array;
  wrapMs: Float64Array;
  transfers: Float64Array;
  reopenCount: Float64Array;
  escalationLevel: Float64Array;
  resolvedOnFirstContact: Int8Array;
  historyOffsets: Int32Array;
  historyAt: Float64Array;
  readonly historyStatus: StringColumnBuilder;
  historyFill = 0;
  messageOffsets: Int32Array;
  messageAt: Float64Array;
  messageAuthor: Uint8Array;
  messageFill = 0;
  readonly numbers: Record<string, Float64Array> = {};
  private readonly strings: StringColumnBuilder[];
  /** The status dictionary's size when the row being written began (statuses are the only strings written before a row is known to be valid). */
  private statusMark = 0;

  /**
   * @param capacity - Rows to make room for (the table grows past it if needed).
   * @param numberNames - The extra numeric columns.
   * @param entries - Room for list entries (status changes, messages; see {@link listEntryEstimate});
   *   grown past it to what the rows so far project.
   */
  constructor(capacity: number, numberNames: readonly string[] = [], entries: { history?: number; messages?: number } = {}) {
    this.capacity = Math.max(1, capacity);
    const n = this.capacity;
    const history = Math.max(16, entries.history ?? n);
    const messages = Math.max(16, entries.messages ?? n);
    for (const name of numberNames) checkExtraColumnName(name);
    // Every column is carved out of one buffer (8-byte columns first, then 4-byte, then 1-byte, so
    // each is aligned). Memory outside the heap counts towards a limit that, once passed, brings on
    // a full collection of the heap, which holds every input row while they are parsed: one
    // allocation passes it once, where a buffer per column passes it again after that collection.
    const floats = 12 + numberNames.length;
    const buffer = new ArrayBuffer(8 * (floats * n + history + messages) + 4 * (7 * n + 2 * (n + 1) + history) + n + messages);
    let offset = 0;
    const take = <T>(Type: { new (buffer: ArrayBuffer, offset: number, length: number): T; readonly BYTES_PER_ELEMENT: number }, length: number): T => {
      const array = new Type(buffer, offset, length);
      offset += length * Type.BYTES_PER_ELEMENT;
      return array;
    };
    this.openedAt = take(Float64Array, n);
    this.answeredAt = take(Float64Array, n);
    this.firstResponseAt = take(Float64Array, n);
    this.resolvedAt = take(Float64Array, n);
    this.closedAt = take(Float64Array, n);
    this.abandonedAt = take(Float64Array, n);
    this.talkMs = take(Float64Array, n);
    this.holdMs = take(Float64Array, n);
    this.wrapMs = take(Float64Array, n);
    this.transfers = take(Float64Array, n);
    this.reopenCount = take(Float64Array, n);
    this.escalationLevel = take(Float64Array, n);
    for (const name of numberNames) this.numbers[name] = take(Float64Array, n);
    this.historyAt = take(Float64Array, history);
    this.messageAt = take(Float64Array, messages);
    this.customerId = new StringColumnBuilder(take(Int32Array, n));
    this.channel = new StringColumnBuilder(take(Int32Array, n));
    this.direction = new StringColumnBuilder(take(Int32Array, n));
    this.priority = new StringColumnBuilder(take(Int32Array, n));
    this.team = new StringColumnBuilder(take(Int32Array, n));
    this.agentId = new StringColumnBuilder(take(Int32Array, n));
    this.reason = new StringColumnBuilder(take(Int32Array, n));
    this.historyOffsets = take(Int32Array, n + 1);
    this.messageOffsets = take(Int32Array, n + 1);
    this.historyStatus = new StringColumnBuilder(take(Int32Array, history));
    this.resolvedOnFirstContact = take(Int8Array, n);
    this.messageAuthor = take(Uint8Array, messages);
    // made at full length once (a growing array of a million strings is copied a dozen times)
    this.id = new Array<string>(n);
    this.strings = [this.customerId, this.channel, this.direction, this.priority, this.team, this.agentId, this.reason, this.historyStatus];
  }

  /** Makes room for row `length` and returns it. */
  begin(): number {
    const row = this.length;
    if (row === this.capacity) this.growRows(this.capacity * 2);
    this.statusMark = this.historyStatus.dictionary.size;
    return row;
  }

  /** Keeps the row being written. */
  commit(): void {
    const row = this.length++;
    this.historyOffsets[row + 1] = this.historyFill;
    this.messageOffsets[row + 1] = this.messageFill;
  }

  /** Forgets the list entries written for the row being written (its other columns are simply overwritten later). */
  discard(): void {
    const row = this.length;
    this.historyFill = this.historyOffsets[row] as number;
    this.messageFill = this.messageOffsets[row] as number;
    const dictionary = this.historyStatus.dictionary;
    if (dictionary.size !== this.statusMark) dictionary.rollback(this.statusMark);
  }

  /**
   * Makes room for one more status change of the row being written and returns its entry: the
   * caller writes its instant to `historyAt[entry]`, then keeps it with {@link addStatus}.
   */
  statusEntry(): number {
    const entry = this.historyFill;
    if (entry === this.historyAt.length) {
      const room = this.listRoom(entry);
      this.historyAt = grown(this.historyAt, room);
      this.historyStatus.grow(room);
    }
    return entry;
  }

  /** Keeps the status change whose instant was written at the entry {@link statusEntry} gave. */
  addStatus(status: string): void {
    const entry = this.historyFill;
    this.historyStatus.set(entry, status);
    this.historyFill = entry + 1;
  }

  /** Makes room for one more message of the row being written and returns its entry (see {@link statusEntry}). */
  messageEntry(): number {
    const entry = this.messageFill;
    if (entry === this.messageAt.length) {
      const room = this.listRoom(entry);
      this.messageAt = grown(this.messageAt, room);
      this.messageAuthor = grown(this.messageAuthor, room);
    }
    return entry;
  }

  /** Keeps the message whose instant was written at the entry {@link messageEntry} gave; `author` is 0 (customer) or 1 (agent). */
  addMessage(author: number): void {
    const entry = this.messageFill;
    this.messageAuthor[entry] = author;
    this.messageFill = entry + 1;
  }

  /** Puts the row's messages in time order (a stable sort), as the schema does. */
  sortMessages(from: number): void {
    const at = this.messageAt;
    const author = this.messageAuthor;
    for (let i = from + 1; i < this.messageFill; i++) {
      const time = at[i] as number;
      const who = author[i] as number;
      let j = i - 1;
      while (j >= from && (at[j] as number) > time) {
        at[j + 1] = at[j] as number;
        author[j + 1] = author[j] as number;
        j--;
      }
      at[j + 1] = time;
      author[j + 1] = who;
    }
  }

  /** Appends a parsed record (instants as `Date`s or epoch ms); `numbers` gives the extra columns' values. */
  append(record: InteractionLike, extra?: (name: string) => number | null | undefined): void {
    const row = this.begin();
    this.id[row] = record.id;
    this.customerId.set(row, record.customerId);
    this.channel.set(row, record.channel);
    this.direction.set(row, record.direction ?? 'inbound');
    this.priority.set(row, record.priority ?? 'normal');
    this.team.set(row, record.team);
    this.agentId.set(row, record.agentId);
    this.reason.set(row, record.reason);
    this.openedAt[row] = ms(record.openedAt, 'openedAt');
    this.answeredAt[row] = ms(record.answeredAt, 'answeredAt');
    this.firstResponseAt[row] = ms(record.firstResponseAt, 'firstResponseAt');
    this.resolvedAt[row] = ms(record.resolvedAt, 'resolvedAt');
    this.closedAt[row] = ms(record.closedAt, 'closedAt');
    this.abandonedAt[row] = ms(record.abandonedAt, 'abandonedAt');
    this.talkMs[row] = num(record.talkMs);
    this.holdMs[row] = num(record.holdMs);
    this.wrapMs[row] = num(record.wrapMs);
    this.transfers[row] = num(record.transfers);
    this.reopenCount[row] = num(record.reopenCount);
    this.escalationLevel[row] = num(record.escalationLevel);
    const flag = record.resolvedOnFirstContact;
    this.resolvedOnFirstContact[row] = flag === true ? 1 : flag === false ? 0 : -1;
    const history = record.statusHistory;
    let index = 0;
    if (history != null) {
      for (const change of history) {
        const entry = this.statusEntry();
        this.historyAt[entry] = ms(change?.at, index++, 'statusHistory');
        this.addStatus(change.status);
      }
    }
    const messages = record.messages;
    if (messages != null) {
      index = 0;
      const from = this.messageFill;
      for (const message of messages) {
        const entry = this.messageEntry();
        this.messageAt[entry] = ms(message?.at, index++, 'messages');
        this.addMessage(message.author === 'agent' ? 1 : 0);
      }
      this.sortMessages(from);
    }
    if (extra !== undefined) {
      for (const name in this.numbers) (this.numbers[name] as Float64Array)[row] = num(extra(name));
    }
    this.commit();
  }

  /**
   * Room for a list column whose `used` entries fill it: once a thousand rows are in, what they
   * project for all the rows made room for, with a margin (before, twice as much); and at least an
   * eighth more, so the column grows only a few times.
   */
  private listRoom(used: number): number {
    const projected = this.length < 1000 ? used * 2 : Math.ceil((used / this.length) * this.capacity * 1.05);
    return Math.max(projected, used + (used >> 3) + 64);
  }

  private growRows(capacity: number): void {
    for (const column of this.strings) if (column !== this.historyStatus) column.grow(capacity);
    this.openedAt = grown(this.openedAt, capacity);
    this.answeredAt = grown(this.answeredAt, capacity);
    this.firstResponseAt = grown(this.firstResponseAt, capacity);
    this.resolvedAt = grown(this.resolvedAt, capacity);
    this.closedAt = grown(this.closedAt, capacity);
    this.abandonedAt = grown(this.abandonedAt, capacity);
    this.talkMs = grown(this.talkMs, capacity);
    this.holdMs = grown(this.holdMs, capacity);
    this.wrapMs = grown(this.wrapMs, capacity);
    this.transfers = grown(this.transfers, capacity);
    this.reopenCount = grown(this.reopenCount, capacity);
    this.escalationLevel = grown(this.escalationLevel, capacity);
    this.resolvedOnFirstContact = grown(this.resolvedOnFirstContact, capacity);
    this.historyOffsets = grown(this.historyOffsets, capacity + 1);
    this.messageOffsets = grown(this.messageOffsets, capacity + 1);
    for (const name in this.numbers) this.numbers[name] = grown(this.numbers[name] as Float64Array, capacity);
    this.capacity = capacity;
  }

  /** The table of the committed rows (columns trimmed to their length); the builder is done with after this. */
  finish<Extra extends string = never>(): InteractionTable<Extra> {
    const n = this.length;
    this.id.length = n;
    const numbers: Record<string, Float64Array> = {};
    for (const name in this.numbers) numbers[name] = trimmed(this.numbers[name] as Float64Array, n);
    return {
      length: n,
      id: this.id,
      customerId: this.customerId.finish(n),
      channel: this.channel.finish(n),
      direction: this.direction.finish(n),
      priority: this.priority.finish(n),
      team: this.team.finish(n),
      agentId: this.agentId.finish(n),
      reason: this.reason.finish(n),
      openedAt: trimmed(this.openedAt, n),
      answeredAt: trimmed(this.answeredAt, n),
      firstResponseAt: trimmed(this.firstResponseAt, n),
      resolvedAt: trimmed(this.resolvedAt, n),
      closedAt: trimmed(this.closedAt, n),
      abandonedAt: trimmed(this.abandonedAt, n),
      talkMs: trimmed(this.talkMs, n),
      holdMs: trimmed(this.holdMs, n),
      wrapMs: trimmed(this.wrapMs, n),
      transfers: trimmed(this.transfers, n),
      reopenCount: trimmed(this.reopenCount, n),
      escalationLevel: trimmed(this.escalationLevel, n),
      resolvedOnFirstContact: trimmed(this.resolvedOnFirstContact, n),
      statusHistory: {
        offsets: trimmed(this.historyOffsets, n + 1),
        at: trimmed(this.historyAt, this.historyFill),
        status: { codes: trimmed(this.historyStatus.codes, this.historyFill), values: this.historyStatus.dictionary.values },
      },
      messages: {
        offsets: trimmed(this.messageOffsets, n + 1),
        at: trimmed(this.messageAt, this.messageFill),
        author: trimmed(this.messageAuthor, this.messageFill),
      },
      numbers: numbers as { readonly [Name in Extra]: Float64Array },
    };
  }
}
