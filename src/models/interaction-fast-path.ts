// The batch parsers' fast path for interactions: the rules of InteractionSchema, written as plain
// checks that build the record directly. It answers only for rows that pass every rule; any other
// row goes to zod, which then reports the issues. A property test checks that the two agree.
import { instantMs } from './instant-ms.js';
import type { Interaction, Message } from './interaction.js';
import type { StatusChange } from './status.js';

const DIRECTIONS = new Set(['inbound', 'outbound']);
const PRIORITIES = new Set(['low', 'normal', 'high', 'urgent']);
const AUTHORS = new Set(['customer', 'agent']);
const OPTIONAL_INSTANTS = ['answeredAt', 'firstResponseAt', 'resolvedAt', 'closedAt', 'abandonedAt'] as const;
const DURATIONS = ['talkMs', 'holdMs', 'wrapMs'] as const;

/** Marks a row the fast path does not vouch for. */
const REJECT = Symbol('reject');

function id(value: unknown): string | typeof REJECT {
  if (typeof value === 'string') return value.trim() === '' ? REJECT : value;
  if (typeof value === 'number' && Number.isSafeInteger(value) && value >= 0) return String(value);
  return REJECT;
}

function instant(value: unknown): Date | typeof REJECT {
  if (value instanceof Date) return Number.isNaN(value.getTime()) ? REJECT : value;
  const ms = instantMs(value);
  return typeof ms === 'number' ? new Date(ms) : REJECT;
}

function isRecord(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

function optionalText(row: Record<string, unknown>, field: 'team' | 'reason', record: Record<string, unknown>): boolean {
  const value = row[field];
  if (value === undefined) return true;
  if (typeof value !== 'string' || value === '') return false;
  record[field] = value;
  return true;
}

function optionalCount(row: Record<string, unknown>, field: 'transfers' | 'reopenCount' | 'escalationLevel', record: Record<string, unknown>): boolean {
  const value = row[field];
  if (value === undefined) return true;
  if (typeof value !== 'number' || !Number.isSafeInteger(value) || value < 0) return false;
  record[field] = value;
  return true;
}

function statusHistory(value: unknown): StatusChange[] | typeof REJECT {
  if (!Array.isArray(value)) return REJECT;
  const history: StatusChange[] = [];
  let previous = Number.NEGATIVE_INFINITY;
  for (const change of value) {
    if (!isRecord(change) || typeof change.status !== 'string' || change.status === '') return REJECT;
    const at = instant(change.at);
    if (at === REJECT || at.getTime() < previous) return REJECT;
    previous = at.getTime();
    history.push({ status: change.status, at });
  }
  return history;
}

function messages(value: unknown): Message[] | typeof REJECT {
  if (!Array.isArray(value)) return REJECT;
  const list: Message[] = [];
  let ordered = true;
  for (const message of value) {
    if (!isRecord(message) || typeof message.author !== 'string' || !AUTHORS.has(message.author)) return REJECT;
    const at = instant(message.at);
    if (at === REJECT) return REJECT;
    if (list.length > 0 && at < (list[list.length - 1] as Message).at) ordered = false;
    list.push({ at, author: message.author as Message['author'] });
  }
  return ordered ? list : list.sort((a, b) => a.at.getTime() - b.at.getTime());
}

/**
 * Parses one interaction row when it satisfies every rule of InteractionSchema, giving the same
 * record zod would; returns `undefined` for any row it does not vouch for (zod decides those).
 */
export function parseInteractionFast(row: unknown): Interaction | undefined {
  if (!isRecord(row)) return undefined;
  const interactionId = id(row.id);
  const customerId = id(row.customerId);
  const openedAt = instant(row.openedAt);
  const channel = row.channel;
  if (interactionId === REJECT || customerId === REJECT || openedAt === REJECT || typeof channel !== 'string' || channel === '') return undefined;
  const direction = row.direction === undefined ? 'inbound' : row.direction;
  const priority = row.priority === undefined ? 'normal' : row.priority;
  if (typeof direction !== 'string' || !DIRECTIONS.has(direction) || typeof priority !== 'string' || !PRIORITIES.has(priority)) return undefined;
  const record: Record<string, unknown> = {
    id: interactionId,
    customerId,
    channel,
    direction,
    priority,
  };
  // Keys in the schema's order, so the record serialises exactly as zod's would.
  if (!optionalText(row, 'team', record)) return undefined;
  if (row.agentId !== undefined) {
    const agentId = id(row.agentId);
    if (agentId === REJECT) return undefined;
    record.agentId = agentId;
  }
  if (!optionalText(row, 'reason', record)) return undefined;
  record.openedAt = openedAt;
  const openedMs = openedAt.getTime();
  for (const field of OPTIONAL_INSTANTS) {
    const value = row[field];
    if (value === undefined) continue;
    const at = instant(value);
    if (at === REJECT || at.getTime() < openedMs) return undefined;
    record[field] = at;
  }
  for (const field of DURATIONS) {
    const value = row[field];
    if (value === undefined) continue;
    if (typeof value !== 'number' || !Number.isFinite(value) || value < 0) return undefined;
    record[field] = value;
  }
  if (!optionalCount(row, 'transfers', record) || !optionalCount(row, 'reopenCount', record)) return undefined;
  if (row.resolvedOnFirstContact !== undefined) {
    if (typeof row.resolvedOnFirstContact !== 'boolean') return undefined;
    record.resolvedOnFirstContact = row.resolvedOnFirstContact;
  }
  if (!optionalCount(row, 'escalationLevel', record)) return undefined;
  if (row.statusHistory !== undefined) {
    const history = statusHistory(row.statusHistory);
    if (history === REJECT) return undefined;
    record.statusHistory = history;
  }
  if (row.messages !== undefined) {
    const list = messages(row.messages);
    if (list === REJECT) return undefined;
    record.messages = list;
  }
  return record as unknown as Interaction;
}
