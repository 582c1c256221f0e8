// The batch parsers' fast path for interactions: the rules of InteractionSchema, written as plain
// checks. It answers only for rows that pass every rule; any other row goes to zod, which then
// reports the issues. A property test checks that the two agree, for records and for tables.
import type { InteractionTableBuilder } from '../table/interaction-table-builder.js';
import { readInstantInto } from './instant-ms.js';
import type { Interaction, Message } from './interaction.js';
import type { StatusChange } from './status.js';

/** A plain object (not null, not an array), as zod's object schemas require. */
function isRecord(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

/** What IdSchema gives for `value` (a non-blank string, or a whole number as its decimal string), or `null` for what it refuses. */
function idOf(value: unknown): string | null {
  if (typeof value === 'string') {
    // a first character that is printable ASCII (not a space) settles it without trimming
    const first = value.charCodeAt(0);
    return (first > 32 && first < 127) || value.trim() !== '' ? value : null;
  }
  if (typeof value === 'number' && Number.isSafeInteger(value) && value >= 0) return String(value);
  return null;
}

/** The `Date` zod gives for an instant read as `ms`: the input itself when it is a `Date`. */
function dateOf(value: unknown, ms: number): Date {
  return value instanceof Date ? value : new Date(ms);
}

/** Where {@link InteractionRowReader} keeps the instants it reads, in its `instants`. */
const OPENED = 0;
const ANSWERED = 1;
const FIRST_RESPONSE = 2;
const RESOLVED = 3;
const CLOSED = 4;
const ABANDONED = 5;
/** The instant of the list entry being read. */
const ENTRY = 6;

/**
 * Reads an optional instant at or after `into[OPENED]` into `into[at]` (NaN when absent); `false`
 * when it breaks a rule. No number is passed in or out, so none is boxed if the call is not inlined.
 */
function readLaterInstant(value: unknown, into: Float64Array, at: number): boolean {
  if (value === undefined) {
    into[at] = Number.NaN;
    return true;
  }
  return readInstantInto(value, into, at) && (into[at] as number) >= (into[OPENED] as number);
}

/** Whether an optional duration is absent or valid (finite, not negative). */
function isOptionalDuration(value: unknown): boolean {
  return value === undefined || (typeof value === 'number' && Number.isFinite(value) && value >= 0);
}

/** Whether an optional count is absent or valid (a whole number, not negative). */
function isOptionalCount(value: unknown): boolean {
  return value === undefined || (typeof value === 'number' && Number.isSafeInteger(value) && value >= 0);
}

/** An optional non-empty string: the value, `null` when absent, or `undefined` when the row breaks a rule. */
function optionalName(value: unknown): string | null | undefined {
  if (value === undefined) return null;
  return typeof value === 'string' && value !== '' ? value : undefined;
}

/**
 * Reads interaction rows by the rules of InteractionSchema. One reader serves one parse: `read`
 * checks a row's scalar fields into the reader's own fields (instants as epoch ms in `instants`,
 * absent strings as `null`), so checking a row allocates nothing; `record`
 * and `append` then check the lists while they build the record or the table row.
 */
export class InteractionRowReader {
  id = '';
  customerId = '';
  channel = '';
  direction = '';
  priority = '';
  team: string | null = null;
  agentId: string | null = null;
  reason: string | null = null;
  /** openedAt, answeredAt, firstResponseAt, resolvedAt, closedAt, abandonedAt, and the list entry being read. */
  readonly instants = new Float64Array(7);
  // the row's own values (a record then holds them as zod's would: a whole number as a small
  // integer, not a boxed double), undefined when absent
  talkMs: number | undefined = undefined;
  holdMs: number | undefined = undefined;
  wrapMs: number | undefined = undefined;
  transfers: number | undefined = undefined;
  reopenCount: number | undefined = undefined;
  escalationLevel: number | undefined = undefined;
  /** `resolvedOnFirstContact`: 1, 0, or -1 when absent. */
  flag = -1;

  /** Checks every rule of InteractionSchema on a row's scalar fields, keeping their values; `false` for a row the fast path does not vouch for. */
  read(row: unknown): boolean {
    if (!isRecord(row)) return false;
    const id = idOf(row.id);
    const customerId = idOf(row.customerId);
    const channel = row.channel;
    if (id === null || customerId === null || typeof channel !== 'string' || channel === '') return false;
    const direction = row.direction;
    const priority = row.priority;
    if (direction !== undefined && direction !== 'inbound' && direction !== 'outbound') return false;
    if (priority !== undefined && priority !== 'normal' && priority !== 'high' && priority !== 'low' && priority !== 'urgent') return false;
    const team = optionalName(row.team);
    const reason = optionalName(row.reason);
    const agent = row.agentId;
    const agentId = agent === undefined ? null : idOf(agent);
    if (team === undefined || reason === undefined || (agentId === null && agent !== undefined)) return false;
    const flag = row.resolvedOnFirstContact;
    if (flag !== undefined && typeof flag !== 'boolean') return false;
    const instants = this.instants;
    if (
      !readInstantInto(row.openedAt, instants, OPENED) ||
      !readLaterInstant(row.answeredAt, instants, ANSWERED) ||
      !readLaterInstant(row.firstResponseAt, instants, FIRST_RESPONSE) ||
      !readLaterInstant(row.resolvedAt, instants, RESOLVED) ||
      !readLaterInstant(row.closedAt, instants, CLOSED) ||
      !readLaterInstant(row.abandonedAt, instants, ABANDONED)
    ) {
      return false;
    }
    const talkMs = row.talkMs;
    const holdMs = row.holdMs;
    const wrapMs = row.wrapMs;
    const transfers = row.transfers;
    const reopenCount = row.reopenCount;
    const escalationLevel = row.escalationLevel;
    if (
      !isOptionalDuration(talkMs) || !isOptionalDuration(holdMs) || !isOptionalDuration(wrapMs) ||
      !isOptionalCount(transfers) || !isOptionalCount(reopenCount) || !isOptionalCount(escalationLevel)
    ) {
      return false;
    }
    this.id = id;
    this.customerId = customerId;
    this.channel = channel;
    this.direction = direction === undefined ? 'inbound' : (direction as string);
    this.priority = priority === undefined ? 'normal' : (priority as string);
    this.team = team;
    this.agentId = agentId;
    this.reason = reason;
    this.talkMs = talkMs as number | undefined;
    this.holdMs = holdMs as number | undefined;
    this.wrapMs = wrapMs as number | undefined;
    this.transfers = transfers as number | undefined;
    this.reopenCount = reopenCount as number | undefined;
    this.escalationLevel = escalationLevel as number | undefined;
    this.flag = flag === true ? 1 : flag === false ? 0 : -1;
    return true;
  }

  /**
   * Parses one row when it satisfies every rule of InteractionSchema, giving the same record zod
   * would (the same keys in the same order, the input's own `Date`s); `undefined` for any row it
   * does not vouch for (zod decides those).
   */
  record(row: unknown): Interaction | undefined {
    if (!this.read(row)) return undefined;
    const source = row as Record<string, unknown>;
    const instants = this.instants;
    const history = source.statusHistory === undefined ? undefined : statusHistory(source.statusHistory, instants);
    const list = source.messages === undefined ? undefined : messages(source.messages, instants);
    if (history === null || list === null) return undefined;
    const answeredAt = instants[ANSWERED] as number;
    const firstResponseAt = instants[FIRST_RESPONSE] as number;
    const resolvedAt = instants[RESOLVED] as number;
    const closedAt = instants[CLOSED] as number;
    const abandonedAt = instants[ABANDONED] as number;
    // keys in the schema's order, as zod's are; an optional key given as undefined is kept as
    // undefined (zod keeps every key that is `in` the row), one that is absent stays absent
    const record: Record<string, unknown> = { id: this.id, customerId: this.customerId, channel: this.channel, direction: this.direction, priority: this.priority };
    if (this.team !== null) record.team = this.team;
    else if ('team' in source) record.team = undefined;
    if (this.agentId !== null) record.agentId = this.agentId;
    else if ('agentId' in source) record.agentId = undefined;
    if (this.reason !== null) record.reason = this.reason;
    else if ('reason' in source) record.reason = undefined;
    record.openedAt = dateOf(source.openedAt, instants[OPENED] as number);
    if (answeredAt === answeredAt) record.answeredAt = dateOf(source.answeredAt, answeredAt);
    else if ('answeredAt' in source) record.answeredAt = undefined;
    if (firstResponseAt === firstResponseAt) record.firstResponseAt = dateOf(source.firstResponseAt, firstResponseAt);
    else if ('firstResponseAt' in source) record.firstResponseAt = undefined;
    if (resolvedAt === resolvedAt) record.resolvedAt = dateOf(source.resolvedAt, resolvedAt);
    else if ('resolvedAt' in source) record.resolvedAt = undefined;
    if (closedAt === closedAt) record.closedAt = dateOf(source.closedAt, closedAt);
    else if ('closedAt' in source) record.closedAt = undefined;
    if (abandonedAt === abandonedAt) record.abandonedAt = dateOf(source.abandonedAt, abandonedAt);
    else if ('abandonedAt' in source) record.abandonedAt = undefined;
    if (this.talkMs !== undefined) record.talkMs = this.talkMs;
    else if ('talkMs' in source) record.talkMs = undefined;
    if (this.holdMs !== undefined) record.holdMs = this.holdMs;
    else if ('holdMs' in source) record.holdMs = undefined;
    if (this.wrapMs !== undefined) record.wrapMs = this.wrapMs;
    else if ('wrapMs' in source) record.wrapMs = undefined;
    if (this.transfers !== undefined) record.transfers = this.transfers;
    else if ('transfers' in source) record.transfers = undefined;
    if (this.reopenCount !== undefined) record.reopenCount = this.reopenCount;
    else if ('reopenCount' in source) record.reopenCount = undefined;
    if (this.flag >= 0) record.resolvedOnFirstContact = this.flag === 1;
    else if ('resolvedOnFirstContact' in source) record.resolvedOnFirstContact = undefined;
    if (this.escalationLevel !== undefined) record.escalationLevel = this.escalationLevel;
    else if ('escalationLevel' in source) record.escalationLevel = undefined;
    if (history !== undefined) record.statusHistory = history;
    else if ('statusHistory' in source) record.statusHistory = undefined;
    if (list !== undefined) record.messages = list;
    else if ('messages' in source) record.messages = undefined;
    return record as unknown as Interaction;
  }

  /**
   * Appends one row to a table under construction when it satisfies every rule of
   * InteractionSchema (the columns then hold what zod's record would give), without creating a
   * `Date`; returns `false`, having kept nothing, for any row it does not vouch for (zod decides those).
   */
  append(row: unknown, table: InteractionTableBuilder): boolean {
    if (!this.read(row)) return false;
    const source = row as Record<string, unknown>;
    const at = table.begin();
    const history = source.statusHistory;
    if (history !== undefined) {
      if (!Array.isArray(history)) return discard(table);
      let previous = Number.NEGATIVE_INFINITY;
      for (let index = 0; index < history.length; index++) {
        const change: unknown = history[index];
        if (!isRecord(change)) return discard(table);
        const status = change.status;
        const entry = table.statusEntry();
        const instants = table.historyAt;
        if (typeof status !== 'string' || status === '' || !readInstantInto(change.at, instants, entry) || !((instants[entry] as number) >= previous)) {
          return discard(table);
        }
        previous = instants[entry] as number;
        table.addStatus(status);
      }
    }
    const list = source.messages;
    if (list !== undefined) {
      if (!Array.isArray(list)) return discard(table);
      const from = table.messageFill;
      let ordered = true;
      let previous = Number.NEGATIVE_INFINITY;
      for (let index = 0; index < list.length; index++) {
        const message: unknown = list[index];
        if (!isRecord(message)) return discard(table);
        const author = message.author === 'agent' ? 1 : message.author === 'customer' ? 0 : -1;
        const entry = table.messageEntry();
        const instants = table.messageAt;
        if (author < 0 || !readInstantInto(message.at, instants, entry)) return discard(table);
        if ((instants[entry] as number) < previous) ordered = false;
        previous = instants[entry] as number;
        table.addMessage(author);
      }
      if (!ordered) table.sortMessages(from);
    }
    const instants = this.instants;
    table.id[at] = this.id;
    table.customerId.set(at, this.customerId);
    table.channel.set(at, this.channel);
    table.direction.set(at, this.direction);
    table.priority.set(at, this.priority);
    table.team.set(at, this.team);
    table.agentId.set(at, this.agentId);
    table.reason.set(at, this.reason);
    table.openedAt[at] = instants[OPENED] as number;
    table.answeredAt[at] = instants[ANSWERED] as number;
    table.firstResponseAt[at] = instants[FIRST_RESPONSE] as number;
    table.resolvedAt[at] = instants[RESOLVED] as number;
    table.closedAt[at] = instants[CLOSED] as number;
    table.abandonedAt[at] = instants[ABANDONED] as number;
    table.talkMs[at] = this.talkMs ?? Number.NaN;
    table.holdMs[at] = this.holdMs ?? Number.NaN;
    table.wrapMs[at] = this.wrapMs ?? Number.NaN;
    table.transfers[at] = this.transfers ?? Number.NaN;
    table.reopenCount[at] = this.reopenCount ?? Number.NaN;
    table.escalationLevel[at] = this.escalationLevel ?? Number.NaN;
    table.resolvedOnFirstContact[at] = this.flag;
    table.commit();
    return true;
  }
}

function discard(table: InteractionTableBuilder): false {
  table.discard();
  return false;
}

/** A status history as zod gives it, or `null` for one the fast path does not vouch for; `instants[ENTRY]` is scratch. */
function statusHistory(value: unknown, instants: Float64Array): StatusChange[] | null {
  if (!Array.isArray(value)) return null;
  const history: StatusChange[] = new Array(value.length);
  let previous = Number.NEGATIVE_INFINITY;
  for (let index = 0; index < value.length; index++) {
    const change: unknown = value[index];
    if (!isRecord(change)) return null;
    const status = change.status;
    if (typeof status !== 'string' || status === '' || !readInstantInto(change.at, instants, ENTRY) || !((instants[ENTRY] as number) >= previous)) return null;
    previous = instants[ENTRY] as number;
    history[index] = { status, at: dateOf(change.at, previous) };
  }
  return history;
}

/** Messages as zod gives them (in time order, by a stable sort), or `null` for a list the fast path does not vouch for; `instants[ENTRY]` is scratch. */
function messages(value: unknown, instants: Float64Array): Message[] | null {
  if (!Array.isArray(value)) return null;
  const list: Message[] = new Array(value.length);
  let ordered = true;
  let previous = Number.NEGATIVE_INFINITY;
  for (let index = 0; index < value.length; index++) {
    const message: unknown = value[index];
    if (!isRecord(message)) return null;
    const author = message.author;
    if ((author !== 'customer' && author !== 'agent') || !readInstantInto(message.at, instants, ENTRY)) return null;
    const ms = instants[ENTRY] as number;
    if (ms < previous) ordered = false;
    previous = ms;
    list[index] = { at: dateOf(message.at, ms), author };
  }
  return ordered ? list : list.sort((a, b) => a.at.getTime() - b.at.getTime());
}
