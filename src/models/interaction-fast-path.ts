// The batch parsers' fast path for interactions: the rules of InteractionSchema, written as plain
// checks that build the record directly. It answers only for rows that pass every rule; any other
// row goes to zod, which then reports the issues. A property test checks that the two agree.
// appendInteractionFast applies the same rules and writes the row into a table's columns instead.
import type { InteractionTableBuilder } from '../table/interaction-table-builder.js';
import { instantMs } from './instant-ms.js';
import type { Interaction, Message } from './interaction.js';
import type { StatusChange } from './status.js';

const DIRECTIONS = new Set(['inbound', 'outbound']);
const PRIORITIES = new Set(['low', 'normal', 'high', 'urgent']);
const AUTHORS = new Set(['customer', 'agent']);

/** Marks a row the fast path does not vouch for. */
const REJECT = Symbol('reject');

function id(value: unknown): string | typeof REJECT {
  if (typeof value === 'string') return value.trim() === '' ? REJECT : value;
  if (typeof value === 'number' && Number.isSafeInteger(value) && value >= 0) return String(value);
  return REJECT;
}

function isRecord(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

/** The `Date` zod gives for an instant read as `ms`: the input itself when it is a `Date`. */
function dateOf(value: unknown, ms: number): Date {
  return value instanceof Date ? value : new Date(ms);
}

function statusHistory(value: unknown): StatusChange[] | typeof REJECT {
  if (!Array.isArray(value)) return REJECT;
  const history: StatusChange[] = new Array(value.length);
  let previous = Number.NEGATIVE_INFINITY;
  for (let index = 0; index < value.length; index++) {
    const change: unknown = value[index];
    if (!isRecord(change) || typeof change.status !== 'string' || change.status === '') return REJECT;
    const ms = instantValueMs(change.at);
    if (!(ms >= previous)) return REJECT;
    previous = ms;
    history[index] = { status: change.status, at: dateOf(change.at, ms) };
  }
  return history;
}

function messages(value: unknown): Message[] | typeof REJECT {
  if (!Array.isArray(value)) return REJECT;
  const list: Message[] = new Array(value.length);
  let ordered = true;
  let previous = Number.NEGATIVE_INFINITY;
  for (let index = 0; index < value.length; index++) {
    const message: unknown = value[index];
    if (!isRecord(message) || typeof message.author !== 'string' || !AUTHORS.has(message.author)) return REJECT;
    const ms = instantValueMs(message.at);
    if (ms !== ms) return REJECT;
    if (ms < previous) ordered = false;
    previous = ms;
    list[index] = { at: dateOf(message.at, ms), author: message.author as Message['author'] };
  }
  return ordered ? list : list.sort((a, b) => a.at.getTime() - b.at.getTime());
}

/**
 * Parses one interaction row when it satisfies every rule of InteractionSchema, giving the same
 * record zod would (the same keys in the same order, the input's own `Date`s); returns `undefined`
 * for any row it does not vouch for (zod decides those). Every rule is checked before anything is
 * built, so a failing row costs no allocation.
 */
export function parseInteractionFast(row: unknown): Interaction | undefined {
  if (!isRecord(row)) return undefined;
  const interactionId = id(row.id);
  const customerId = id(row.customerId);
  const opened = instantValueMs(row.openedAt);
  const channel = row.channel;
  if (interactionId === REJECT || customerId === REJECT || opened !== opened || typeof channel !== 'string' || channel === '') return undefined;
  const direction = row.direction === undefined ? 'inbound' : row.direction;
  const priority = row.priority === undefined ? 'normal' : row.priority;
  if (typeof direction !== 'string' || !DIRECTIONS.has(direction) || typeof priority !== 'string' || !PRIORITIES.has(priority)) return undefined;
  const team = optionalName(row.team);
  const reason = optionalName(row.reason);
  let agentId: string | null = null;
  if (row.agentId !== undefined) {
    const value = id(row.agentId);
    if (value === REJECT) return undefined;
    agentId = value;
  }
  const answeredAt = laterInstant(row.answeredAt, opened);
  const firstResponseAt = laterInstant(row.firstResponseAt, opened);
  const resolvedAt = laterInstant(row.resolvedAt, opened);
  const closedAt = laterInstant(row.closedAt, opened);
  const abandonedAt = laterInstant(row.abandonedAt, opened);
  const talkMs = optionalDuration(row.talkMs);
  const holdMs = optionalDuration(row.holdMs);
  const wrapMs = optionalDuration(row.wrapMs);
  const transfers = optionalCountValue(row.transfers);
  const reopenCount = optionalCountValue(row.reopenCount);
  const escalationLevel = optionalCountValue(row.escalationLevel);
  const flag = row.resolvedOnFirstContact;
  if (
    team === undefined || reason === undefined ||
    answeredAt === undefined || firstResponseAt === undefined || resolvedAt === undefined || closedAt === undefined || abandonedAt === undefined ||
    talkMs === undefined || holdMs === undefined || wrapMs === undefined ||
    transfers === undefined || reopenCount === undefined || escalationLevel === undefined ||
    (flag !== undefined && typeof flag !== 'boolean')
  ) {
    return undefined;
  }
  const history = row.statusHistory === undefined ? undefined : statusHistory(row.statusHistory);
  const list = row.messages === undefined ? undefined : messages(row.messages);
  if (history === REJECT || list === REJECT) return undefined;
  // keys in the schema's order, so the record serialises exactly as zod's would
  const record: Record<string, unknown> = { id: interactionId, customerId, channel, direction, priority };
  if (team !== null) record.team = team;
  if (agentId !== null) record.agentId = agentId;
  if (reason !== null) record.reason = reason;
  record.openedAt = dateOf(row.openedAt, opened);
  if (answeredAt === answeredAt) record.answeredAt = dateOf(row.answeredAt, answeredAt);
  if (firstResponseAt === firstResponseAt) record.firstResponseAt = dateOf(row.firstResponseAt, firstResponseAt);
  if (resolvedAt === resolvedAt) record.resolvedAt = dateOf(row.resolvedAt, resolvedAt);
  if (closedAt === closedAt) record.closedAt = dateOf(row.closedAt, closedAt);
  if (abandonedAt === abandonedAt) record.abandonedAt = dateOf(row.abandonedAt, abandonedAt);
  if (talkMs === talkMs) record.talkMs = talkMs;
  if (holdMs === holdMs) record.holdMs = holdMs;
  if (wrapMs === wrapMs) record.wrapMs = wrapMs;
  if (transfers === transfers) record.transfers = transfers;
  if (reopenCount === reopenCount) record.reopenCount = reopenCount;
  if (flag !== undefined) record.resolvedOnFirstContact = flag;
  if (escalationLevel === escalationLevel) record.escalationLevel = escalationLevel;
  if (history !== undefined) record.statusHistory = history;
  if (list !== undefined) record.messages = list;
  return record as unknown as Interaction;
}

/** Epoch ms of a valid instant (a `Date`, an ISO 8601 string, epoch ms), or NaN: the same rule as `instant`, without a `Date`. */
function instantValueMs(value: unknown): number {
  if (typeof value === 'string') {
    const ms = instantMs(value);
    return typeof ms === 'number' ? ms : Number.NaN;
  }
  // a Date made from epoch ms drops the fraction (toward zero), so the instant read is that Date's
  if (typeof value === 'number') return Number.isFinite(value) && Math.abs(value) <= 8.64e15 ? Math.trunc(value) + 0 : Number.NaN;
  if (value instanceof Date) return value.getTime();
  return Number.NaN;
}

/** An optional instant at or after `opened`: its ms (NaN when absent), or `undefined` when the row breaks a rule. */
function laterInstant(value: unknown, opened: number): number | undefined {
  if (value === undefined) return Number.NaN;
  const ms = instantValueMs(value);
  return ms >= opened ? ms : undefined;
}

function optionalDuration(value: unknown): number | undefined {
  if (value === undefined) return Number.NaN;
  return typeof value === 'number' && Number.isFinite(value) && value >= 0 ? value : undefined;
}

function optionalCountValue(value: unknown): number | undefined {
  if (value === undefined) return Number.NaN;
  return typeof value === 'number' && Number.isSafeInteger(value) && value >= 0 ? value : undefined;
}

function optionalName(value: unknown): string | null | undefined {
  if (value === undefined) return null;
  return typeof value === 'string' && value !== '' ? value : undefined;
}

/**
 * Appends one interaction row to a table under construction when it satisfies every rule of
 * InteractionSchema (the columns then hold what zod's record would give), without creating a `Date`;
 * returns `false`, having written nothing, for any row it does not vouch for (zod decides those).
 */
export function appendInteractionFast(row: unknown, table: InteractionTableBuilder): boolean {
  if (!isRecord(row)) return false;
  const interactionId = id(row.id);
  const customerId = id(row.customerId);
  const opened = instantValueMs(row.openedAt);
  const channel = row.channel;
  if (interactionId === REJECT || customerId === REJECT || opened !== opened || typeof channel !== 'string' || channel === '') return false;
  const direction = row.direction === undefined ? 'inbound' : row.direction;
  const priority = row.priority === undefined ? 'normal' : row.priority;
  if (typeof direction !== 'string' || !DIRECTIONS.has(direction) || typeof priority !== 'string' || !PRIORITIES.has(priority)) return false;
  const team = optionalName(row.team);
  const reason = optionalName(row.reason);
  let agentId: string | null = null;
  if (row.agentId !== undefined) {
    const value = id(row.agentId);
    if (value === REJECT) return false;
    agentId = value;
  }
  const answeredAt = laterInstant(row.answeredAt, opened);
  const firstResponseAt = laterInstant(row.firstResponseAt, opened);
  const resolvedAt = laterInstant(row.resolvedAt, opened);
  const closedAt = laterInstant(row.closedAt, opened);
  const abandonedAt = laterInstant(row.abandonedAt, opened);
  const talkMs = optionalDuration(row.talkMs);
  const holdMs = optionalDuration(row.holdMs);
  const wrapMs = optionalDuration(row.wrapMs);
  const transfers = optionalCountValue(row.transfers);
  const reopenCount = optionalCountValue(row.reopenCount);
  const escalationLevel = optionalCountValue(row.escalationLevel);
  const flag = row.resolvedOnFirstContact;
  if (
    team === undefined || reason === undefined ||
    answeredAt === undefined || firstResponseAt === undefined || resolvedAt === undefined || closedAt === undefined || abandonedAt === undefined ||
    talkMs === undefined || holdMs === undefined || wrapMs === undefined ||
    transfers === undefined || reopenCount === undefined || escalationLevel === undefined ||
    (flag !== undefined && typeof flag !== 'boolean')
  ) {
    return false;
  }
  const at = table.begin();
  const history = row.statusHistory;
  if (history !== undefined) {
    if (!Array.isArray(history)) return discard(table);
    let previous = Number.NEGATIVE_INFINITY;
    for (let index = 0; index < history.length; index++) {
      const change: unknown = history[index];
      if (!isRecord(change) || typeof change.status !== 'string' || change.status === '') return discard(table);
      const ms = instantValueMs(change.at);
      if (!(ms >= previous)) return discard(table);
      previous = ms;
      table.pushStatus(change.status, ms);
    }
  }
  const messages = row.messages;
  if (messages !== undefined) {
    if (!Array.isArray(messages)) return discard(table);
    const from = table.messageFill;
    let ordered = true;
    let previous = Number.NEGATIVE_INFINITY;
    for (let index = 0; index < messages.length; index++) {
      const message: unknown = messages[index];
      if (!isRecord(message)) return discard(table);
      const author = message.author === 'agent' ? 1 : message.author === 'customer' ? 0 : -1;
      const ms = instantValueMs(message.at);
      if (author < 0 || ms !== ms) return discard(table);
      if (ms < previous) ordered = false;
      previous = ms;
      table.pushMessage(author, ms);
    }
    if (!ordered) table.sortMessages(from);
  }
  table.id[at] = interactionId;
  table.customerId.set(at, customerId);
  table.channel.set(at, channel);
  table.direction.set(at, direction);
  table.priority.set(at, priority);
  table.team.set(at, team);
  table.agentId.set(at, agentId);
  table.reason.set(at, reason);
  table.openedAt[at] = opened;
  table.answeredAt[at] = answeredAt;
  table.firstResponseAt[at] = firstResponseAt;
  table.resolvedAt[at] = resolvedAt;
  table.closedAt[at] = closedAt;
  table.abandonedAt[at] = abandonedAt;
  table.talkMs[at] = talkMs;
  table.holdMs[at] = holdMs;
  table.wrapMs[at] = wrapMs;
  table.transfers[at] = transfers;
  table.reopenCount[at] = reopenCount;
  table.escalationLevel[at] = escalationLevel;
  table.resolvedOnFirstContact[at] = flag === true ? 1 : flag === false ? 0 : -1;
  table.commit();
  return true;
}

function discard(table: InteractionTableBuilder): false {
  table.discard();
  return false;
}
