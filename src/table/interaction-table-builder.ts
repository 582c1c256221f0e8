// Internal (not re-exported): builds an InteractionTable row by row, in one pass. Used by
// toInteractionTable (from objects) and by parseInteractions' table output (from raw rows, through
// the fast path in models/interaction-fast-path.ts, which writes the columns directly).
import { checkExtraColumnName } from './extra-columns.js';
import type { InteractionLike, InteractionTable } from './interaction-table.js';
import { StringDictionary } from './string-dictionary.js';

type InstantLike = Date | number | null | undefined;

const ms = (value: InstantLike): number => (value === undefined || value === null ? Number.NaN : typeof value === 'number' ? value : value.getTime());
const num = (value: number | null | undefined): number => (typeof value === 'number' ? value : Number.NaN);

/** A string column under construction. */
export class StringColumnBuilder {
  codes: Int32Array;
  readonly dictionary = new StringDictionary();
  constructor(capacity: number) {
    this.codes = new Int32Array(capacity);
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
    return { codes: this.codes.length === length ? this.codes : this.codes.subarray(0, length), values: this.dictionary.values };
  }
}

const float = (capacity: number) => new Float64Array(capacity);
const grown = <T extends Float64Array | Int32Array | Int8Array | Uint8Array>(array: T, capacity: number): T => {
  const next = new (array.constructor as new (size: number) => T)(capacity);
  next.set(array);
  return next;
};
/** The first `length` values: a view for row columns (no copy; at most the rejected rows' room is left over). */
const trimmed = <T extends Float64Array | Int32Array | Int8Array | Uint8Array>(array: T, length: number): T =>
  (array.length === length ? array : array.subarray(0, length)) as T;
/** The first `length` entries of a list column, copied (list columns grow by doubling, so may have much room left). */
const copied = <T extends Float64Array | Int32Array | Int8Array | Uint8Array>(array: T, length: number): T =>
  (array.length === length ? array : array.slice(0, length)) as T;

/**
 * A table under construction. Row `length` is the row being written; `commit` keeps it, `discard`
 * forgets what was written of it (list entries and new dictionary strings included).
 */
export class InteractionTableBuilder {
  length = 0;
  capacity: number;
  id: string[] = [];
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
   * @param entries - Room for list entries (status changes, messages); grown by doubling past it.
   */
  constructor(capacity: number, numberNames: readonly string[] = [], entries: { history?: number; messages?: number } = {}) {
    this.capacity = Math.max(1, capacity);
    const n = this.capacity;
    this.customerId = new StringColumnBuilder(n);
    this.channel = new StringColumnBuilder(n);
    this.direction = new StringColumnBuilder(n);
    this.priority = new StringColumnBuilder(n);
    this.team = new StringColumnBuilder(n);
    this.agentId = new StringColumnBuilder(n);
    this.reason = new StringColumnBuilder(n);
    this.openedAt = float(n);
    this.answeredAt = float(n);
    this.firstResponseAt = float(n);
    this.resolvedAt = float(n);
    this.closedAt = float(n);
    this.abandonedAt = float(n);
    this.talkMs = float(n);
    this.holdMs = float(n);
    this.wrapMs = float(n);
    this.transfers = float(n);
    this.reopenCount = float(n);
    this.escalationLevel = float(n);
    this.resolvedOnFirstContact = new Int8Array(n);
    this.historyOffsets = new Int32Array(n + 1);
    this.historyAt = float(Math.max(16, entries.history ?? n));
    this.historyStatus = new StringColumnBuilder(this.historyAt.length);
    this.messageOffsets = new Int32Array(n + 1);
    this.messageAt = float(Math.max(16, entries.messages ?? n));
    this.messageAuthor = new Uint8Array(this.messageAt.length);
    for (const name of numberNames) {
      checkExtraColumnName(name);
      this.numbers[name] = float(n);
    }
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

  /** Appends one status change to the row being written. */
  pushStatus(status: string, at: number): void {
    const at0 = this.historyFill;
    if (at0 === this.historyAt.length) {
      this.historyAt = grown(this.historyAt, at0 * 2);
      this.historyStatus.grow(at0 * 2);
    }
    this.historyAt[at0] = at;
    this.historyStatus.set(at0, status);
    this.historyFill = at0 + 1;
  }

  /** Appends one message to the row being written. */
  pushMessage(author: number, at: number): void {
    const at0 = this.messageFill;
    if (at0 === this.messageAt.length) {
      this.messageAt = grown(this.messageAt, at0 * 2);
      this.messageAuthor = grown(this.messageAuthor, at0 * 2);
    }
    this.messageAt[at0] = at;
    this.messageAuthor[at0] = author;
    this.messageFill = at0 + 1;
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
    this.openedAt[row] = ms(record.openedAt);
    this.answeredAt[row] = ms(record.answeredAt);
    this.firstResponseAt[row] = ms(record.firstResponseAt);
    this.resolvedAt[row] = ms(record.resolvedAt);
    this.closedAt[row] = ms(record.closedAt);
    this.abandonedAt[row] = ms(record.abandonedAt);
    this.talkMs[row] = num(record.talkMs);
    this.holdMs[row] = num(record.holdMs);
    this.wrapMs[row] = num(record.wrapMs);
    this.transfers[row] = num(record.transfers);
    this.reopenCount[row] = num(record.reopenCount);
    this.escalationLevel[row] = num(record.escalationLevel);
    const flag = record.resolvedOnFirstContact;
    this.resolvedOnFirstContact[row] = flag === true ? 1 : flag === false ? 0 : -1;
    const history = record.statusHistory;
    if (history !== undefined) for (const change of history) this.pushStatus(change.status, ms(change.at));
    const messages = record.messages;
    if (messages !== undefined) {
      const from = this.messageFill;
      for (const message of messages) this.pushMessage(message.author === 'agent' ? 1 : 0, ms(message.at));
      this.sortMessages(from);
    }
    if (extra !== undefined) {
      for (const name in this.numbers) (this.numbers[name] as Float64Array)[row] = num(extra(name));
    }
    this.commit();
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

  /** The table of the committed rows (columns trimmed to their length). */
  finish<Extra extends string = never>(): InteractionTable<Extra> {
    const n = this.length;
    const numbers: Record<string, Float64Array> = {};
    for (const name in this.numbers) numbers[name] = trimmed(this.numbers[name] as Float64Array, n);
    return {
      length: n,
      id: this.id.length === n ? this.id : this.id.slice(0, n),
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
        at: copied(this.historyAt, this.historyFill),
        status: { codes: copied(this.historyStatus.codes, this.historyFill), values: this.historyStatus.dictionary.values },
      },
      messages: {
        offsets: trimmed(this.messageOffsets, n + 1),
        at: copied(this.messageAt, this.messageFill),
        author: copied(this.messageAuthor, this.messageFill),
      },
      numbers: numbers as { readonly [Name in Extra]: Float64Array },
    };
  }
}
