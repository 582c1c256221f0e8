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

/** The scalar fields of a row that passed every scalar rule: instants as epoch ms, NaN when absent. */
interface CheckedScalars {
  id: string;
  customerId: string;
  channel: string;
  direction: string;
  priority: string;
  team: string | null;
  agentId: string | null;
  reason: string | null;
  opened: number;
  answeredAt: number;
  firstResponseAt: number;
  resolvedAt: number;
  closedAt: number;
  abandonedAt: number;
  talkMs: number;
  holdMs: number;
  wrapMs: number;
  transfers: number;
  reopenCount: number;
  escalationLevel: number;
  flag: boolean | undefined;
}

/**
 * Checks every rule of InteractionSchema on a row's scalar fields (the lists are checked while they
 * are copied): the values the record and table paths both build from, or `undefined` for a row the
 * fast path does not vouch for.
 */
function checkScalars(row: unknown): CheckedScalars | undefined {
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
  return {
    id: interactionId, customerId, channel, direction, priority, team, agentId, reason, opened,
    answeredAt, firstResponseAt, resolvedAt, closedAt, abandonedAt, talkMs, holdMs, wrapMs,
    transfers, reopenCount, escalationLevel, flag: flag as boolean | undefined,
  };
}

/**
 * Parses one interaction row when it satisfies every rule of InteractionSchema, giving the same
 * record zod would (the same keys in the same order, the input's own `Date`s); returns `undefined`
 * for any row it does not vouch for (zod decides those). Every rule is checked before anything is
 * built, so a failing row costs no allocation.
 */
export function parseInteractionFast(row: unknown): Interaction | undefined {
  const checked = checkScalars(row);
  if (checked === undefined) return undefined;
  const source = row as Record<string, unknown>;
  const history = source.statusHistory === undefined ? undefined : statusHistory(source.statusHistory);
  const list = source.messages === undefined ? undefined : messages(source.messages);
  if (history === REJECT || list === REJECT) return undefined;
  const { team, agentId, reason, opened, answeredAt, firstResponseAt, resolvedAt, closedAt, abandonedAt } = checked;
  const { talkMs, holdMs, wrapMs, transfers, reopenCount, escalationLevel, flag } = checked;
  // keys in the schema's order, so the record serialises exactly as zod's would
  const record: Record<string, unknown> = { id: checked.id, customerId: checked.customerId, channel: checked.channel, direction: checked.direction, priority: checked.priority };
  if (team !== null) record.team = team;
  if (agentId !== null) record.agentId = agentId;
  if (reason !== null) record.reason = reason;
  record.openedAt = dateOf(source.openedAt, opened);
  if (answeredAt === answeredAt) record.answeredAt = dateOf(source.answeredAt, answeredAt);
  if (firstResponseAt === firstResponseAt) record.firstResponseAt = dateOf(source.firstResponseAt, firstResponseAt);
  if (resolvedAt === resolvedAt) record.resolvedAt = dateOf(source.resolvedAt, resolvedAt);
  if (closedAt === closedAt) record.closedAt = dateOf(source.closedAt, closedAt);
  if (abandonedAt === abandonedAt) record.abandonedAt = dateOf(source.abandonedAt, abandonedAt);
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
  const checked = checkScalars(row);
  if (checked === undefined) return false;
  const source = row as Record<string, unknown>;
  const at = table.begin();
  const history = source.statusHistory;
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
  const messages = source.messages;
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
  const { flag } = checked;
  table.id[at] = checked.id;
  table.customerId.set(at, checked.customerId);
  table.channel.set(at, checked.channel);
  table.direction.set(at, checked.direction);
  table.priority.set(at, checked.priority);
  table.team.set(at, checked.team);
  table.agentId.set(at, checked.agentId);
  table.reason.set(at, checked.reason);
  table.openedAt[at] = checked.opened;
  table.answeredAt[at] = checked.answeredAt;
  table.firstResponseAt[at] = checked.firstResponseAt;
  table.resolvedAt[at] = checked.resolvedAt;
  table.closedAt[at] = checked.closedAt;
  table.abandonedAt[at] = checked.abandonedAt;
  table.talkMs[at] = checked.talkMs;
  table.holdMs[at] = checked.holdMs;
  table.wrapMs[at] = checked.wrapMs;
  table.transfers[at] = checked.transfers;
  table.reopenCount[at] = checked.reopenCount;
  table.escalationLevel[at] = checked.escalationLevel;
  table.resolvedOnFirstContact[at] = flag === true ? 1 : flag === false ? 0 : -1;
  table.commit();
  return true;
}

function discard(table: InteractionTableBuilder): false {
  table.discard();
  return false;
}
