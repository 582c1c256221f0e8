// Internal (not re-exported): what a check reads of one interaction, as epoch milliseconds and
// strings. It is filled from an Interaction object (its lists copied into the subject's own
// buffers) or, in place, from a row of an InteractionTable (its list columns read where they lie), so
// one check logic serves both and a table row costs no interaction object and no Date beyond those
// of its results.
import { invalidInput } from '../errors/invalid-input.js';
import { ServiceKitError } from '../errors/service-kit-error.js';
import type { Interaction, Message } from '../models/interaction.js';
import { dateFieldMs, entryDateMs, invalidEntry, listLength } from '../models/invalid-field.js';
import type { StatusChange } from '../models/status.js';
import type { InteractionTable } from '../table/interaction-table.js';
import type { StringColumn } from '../table/string-column.js';
import { RESOLVED_STATUSES } from './standard.js';

const NO_AT = new Float64Array(0);
const NO_CODES = new Int32Array(0);
const NO_AUTHORS = new Uint8Array(0);
const NO_VALUES: readonly string[] = [];

/** The lists of an interaction object, copied once per check into buffers its subject reuses from check to check (allocated on first use, grown to a power of two). */
class ListBuffers {
  historyAt: Float64Array = NO_AT;
  /** `codes[i] = i`: the history's statuses are `historyValues` in order. */
  historyCodes: Int32Array = NO_CODES;
  historyValues: string[] = [];
  messageAt: Float64Array = NO_AT;
  messageAuthor: Uint8Array = NO_AUTHORS;

  reserveHistory(length: number): void {
    if (length <= this.historyAt.length) return;
    const size = Math.max(16, 2 ** Math.ceil(Math.log2(length)));
    this.historyAt = new Float64Array(size);
    this.historyCodes = Int32Array.from({ length: size }, (_, index) => index);
  }

  reserveMessages(length: number): void {
    if (length <= this.messageAt.length) return;
    const size = Math.max(16, 2 ** Math.ceil(Math.log2(length)));
    this.messageAt = new Float64Array(size);
    this.messageAuthor = new Uint8Array(size);
  }
}

/** One interaction at one `now`, as the checks read it. Absent instants are `NaN`. */
export class CheckSubject {
  /** The instant of the check. */
  nowMs = 0;
  openedMs = 0;
  firstResponseMs = Number.NaN;
  answeredMs = Number.NaN;
  abandonedMs = Number.NaN;
  resolvedMs = Number.NaN;
  closedMs = Number.NaN;
  channel: string | undefined = undefined;
  priority: string | undefined = undefined;
  team: string | undefined = undefined;
  /** The customer's segment. */
  segment: string | undefined = undefined;
  /** The status changes are entries `historyFrom` to `historyTo − 1`: when (`historyAt`) and which status (`historyValues[historyCodes[i]]`). */
  historyAt: Float64Array = NO_AT;
  historyCodes: Int32Array = NO_CODES;
  historyValues: readonly string[] = NO_VALUES;
  historyFrom = 0;
  historyTo = 0;
  /** The messages, in time order, are entries `messagesFrom` to `messagesTo − 1`: when and who (`1` an agent). */
  messageAt: Float64Array = NO_AT;
  messageAuthor: Uint8Array = NO_AUTHORS;
  messagesFrom = 0;
  messagesTo = 0;
  /** For an interaction object, its messages in time order (entry `i` is `messageList[i]`), whose `Date`s a result may share; `null` for a table row. */
  messageList: readonly Message[] | null = null;
  /** See {@link resolvedAtNow}, once `resolvedRead`. */
  resolvedNowMs = Number.NaN;
  resolvedRead = false;
  /** The subject's own copies of an interaction object's lists (a table row is read in place). */
  readonly buffers = new ListBuffers();
}

// paths made once: a check of valid input allocates none
const HISTORY_PATH: readonly string[] = ['statusHistory'];
const MESSAGES_PATH: readonly string[] = ['messages'];

/** The error of status change `index`, which is not after the one before it: not a valid `Date` (or not an object), or out of time order. */
function badChange(index: number, ms: number, change: unknown): ServiceKitError {
  if (ms !== ms) return invalidEntry(HISTORY_PATH, index, change);
  return new ServiceKitError('INVALID_INPUT', 'status history is out of time order: this change is before the one above it', {
    path: ['statusHistory', index, 'at'],
  });
}

/**
 * Fills `subject` from an interaction object, checking its `openedAt`, its other instants (a `Date`
 * or absent), its lists, and the order of its status history.
 */
export function readInteraction(subject: CheckSubject, interaction: Interaction, segment: string | undefined): void {
  const opened = interaction?.openedAt as unknown;
  const openedMs = opened instanceof Date ? opened.getTime() : Number.NaN;
  if (openedMs !== openedMs) throw invalidInput(['openedAt'], 'a valid Date', opened);
  subject.openedMs = openedMs;
  subject.firstResponseMs = dateFieldMs(interaction.firstResponseAt, 'firstResponseAt');
  subject.answeredMs = dateFieldMs(interaction.answeredAt, 'answeredAt');
  subject.abandonedMs = dateFieldMs(interaction.abandonedAt, 'abandonedAt');
  subject.resolvedMs = dateFieldMs(interaction.resolvedAt, 'resolvedAt');
  subject.closedMs = dateFieldMs(interaction.closedAt, 'closedAt');
  subject.channel = interaction.channel;
  subject.priority = interaction.priority;
  subject.team = interaction.team;
  subject.segment = segment;
  subject.resolvedRead = false;

  const history = interaction.statusHistory;
  const changes = listLength(history, HISTORY_PATH);
  const buffers = subject.buffers;
  buffers.reserveHistory(changes);
  const historyAt = buffers.historyAt;
  const historyValues = buffers.historyValues;
  let previous = Number.NEGATIVE_INFINITY;
  for (let index = 0; index < changes; index++) {
    const change = (history as readonly StatusChange[])[index] as StatusChange;
    const ms = entryDateMs(history as readonly StatusChange[], index, HISTORY_PATH);
    if (!(ms >= previous)) throw badChange(index, ms, change);
    historyAt[index] = ms;
    historyValues[index] = change.status;
    previous = ms;
  }
  subject.historyAt = historyAt;
  subject.historyCodes = buffers.historyCodes;
  subject.historyValues = historyValues;
  subject.historyFrom = 0;
  subject.historyTo = changes;

  let messages = interaction.messages;
  const count = listLength(messages, MESSAGES_PATH);
  buffers.reserveMessages(count);
  const messageAt = buffers.messageAt;
  const messageAuthor = buffers.messageAuthor;
  for (let pass = 0; pass < 2; pass++) {
    let sorted = true;
    previous = Number.NEGATIVE_INFINITY;
    for (let index = 0; index < count; index++) {
      const message = (messages as readonly Message[])[index] as Message;
      const ms = entryDateMs(messages as readonly Message[], index, MESSAGES_PATH);
      if (ms !== ms) throw invalidEntry(MESSAGES_PATH, index, message);
      if (ms < previous) sorted = false;
      messageAt[index] = ms;
      messageAuthor[index] = message.author === 'agent' ? 1 : 0;
      previous = ms;
    }
    if (sorted) break;
    // in time order, as the schema puts them (a stable sort)
    messages = [...(messages as readonly Message[])].sort((a, b) => a.at.getTime() - b.at.getTime());
  }
  subject.messageAt = messageAt;
  subject.messageAuthor = messageAuthor;
  subject.messagesFrom = 0;
  subject.messagesTo = count;
  subject.messageList = messages ?? null;
}

const text = (column: StringColumn, index: number): string | undefined => {
  const code = column.codes[index] as number;
  return code < 0 ? undefined : column.values[code];
};

/** Fills `subject` from row `index` of a table, in place (checking the order of its status history). */
export function readTableRow(subject: CheckSubject, table: InteractionTable<string>, index: number, segment: string | undefined): void {
  subject.openedMs = table.openedAt[index] as number;
  subject.firstResponseMs = table.firstResponseAt[index] as number;
  subject.answeredMs = table.answeredAt[index] as number;
  subject.abandonedMs = table.abandonedAt[index] as number;
  subject.resolvedMs = table.resolvedAt[index] as number;
  subject.closedMs = table.closedAt[index] as number;
  subject.channel = text(table.channel, index);
  subject.priority = text(table.priority, index) ?? 'normal';
  subject.team = text(table.team, index);
  subject.segment = segment;
  subject.resolvedRead = false;

  const history = table.statusHistory;
  const from = history.offsets[index] as number;
  const to = history.offsets[index + 1] as number;
  const historyAt = history.at;
  let previous = Number.NEGATIVE_INFINITY;
  for (let entry = from; entry < to; entry++) {
    const ms = historyAt[entry] as number;
    if (!(ms >= previous)) throw badChange(entry - from, ms, { at: ms });
    previous = ms;
  }
  subject.historyAt = historyAt;
  subject.historyCodes = history.status.codes;
  subject.historyValues = history.status.values;
  subject.historyFrom = from;
  subject.historyTo = to;

  const messages = table.messages;
  subject.messageAt = messages.at;
  subject.messageAuthor = messages.author;
  subject.messagesFrom = messages.offsets[index] as number;
  subject.messagesTo = messages.offsets[index + 1] as number;
  subject.messageList = null;
}

/** The instant of message `index` as a `Date`: the interaction's own, or a new one for a table row. */
export function messageDate(subject: CheckSubject, index: number): Date {
  const list = subject.messageList;
  return list === null ? new Date(subject.messageAt[index] as number) : ((list[index] as Message).at as Date);
}

/** Drops the subject's references to the caller's data (a table's columns, an interaction's messages), so a call keeps no input alive after it returns. */
export function forget(subject: CheckSubject): void {
  subject.channel = undefined;
  subject.priority = undefined;
  subject.team = undefined;
  subject.segment = undefined;
  subject.historyAt = NO_AT;
  subject.historyCodes = NO_CODES;
  subject.historyValues = NO_VALUES;
  subject.messageAt = NO_AT;
  subject.messageAuthor = NO_AUTHORS;
  subject.messageList = null;
}

const RESOLVED: ReadonlySet<string> = new Set(RESOLVED_STATUSES);

/**
 * When the ticket became resolved, if it is resolved at `now` (else `NaN`): the start of the resolved
 * run of the status history in effect at `now`; else `resolvedAt` (or, without it, `closedAt`) if at
 * or before `now` and after every status change seen by then. Read once per subject.
 */
export function resolvedAtNow(subject: CheckSubject): number {
  if (subject.resolvedRead) return subject.resolvedNowMs;
  const { historyAt, historyCodes, historyValues, historyFrom, nowMs } = subject;
  let last = historyFrom - 1;
  while (last + 1 < subject.historyTo && (historyAt[last + 1] as number) <= nowMs) last++;
  let result = Number.NaN;
  if (last >= historyFrom && RESOLVED.has(historyValues[historyCodes[last] as number] as string)) {
    let first = last;
    while (first > historyFrom && RESOLVED.has(historyValues[historyCodes[first - 1] as number] as string)) first--;
    result = historyAt[first] as number;
  } else {
    const resolved = subject.resolvedMs === subject.resolvedMs ? subject.resolvedMs : subject.closedMs;
    if (resolved <= nowMs && (last < historyFrom || resolved > (historyAt[last] as number))) result = resolved;
  }
  subject.resolvedNowMs = result;
  subject.resolvedRead = true;
  return result;
}
