// Internal (not re-exported): an interaction read as of `now`. Events recorded after `now` (in a
// replay of history) have not happened yet; the first of them is an instant at which an escalation
// decision must be reviewed. The functions take the interaction and `now` as one object (the
// evaluation context): an epoch-milliseconds argument would be boxed on every call.
import type { Customer } from '../models/customer.js';
import type { Interaction, Message } from '../models/interaction.js';
import { dateFieldMs, entryDateMs } from '../models/invalid-field.js';
import type { StatusChange } from '../models/status.js';
import type { SurveyResponse } from '../models/survey.js';
import { RESOLVED_STATUSES } from '../standards/standard.js';

const RESOLVED: ReadonlySet<string> = new Set(RESOLVED_STATUSES);

// The input is checked as it is read (a type check of each value read, no pass of its own): a
// string instant from an unparsed export is an INVALID_INPUT at its path, not a TypeError.

/** Where an interaction's lists are, in an evaluation's input. */
const HISTORY_PATH: readonly string[] = ['interaction', 'statusHistory'];
const MESSAGES_PATH: readonly string[] = ['interaction', 'messages'];

/** An interaction and the instant it is read at, in epoch milliseconds. */
export interface InteractionAtNow {
  readonly interaction: Interaction;
  readonly nowMs: number;
}

/** The index of the last status change at or before `nowMs`, or −1. */
function lastChangeIndex(history: readonly StatusChange[] | undefined, nowMs: number): number {
  if (history == null) return -1;
  let last = history.length - 1;
  while (last >= 0 && entryDateMs(history, last, HISTORY_PATH) > nowMs) last--;
  return last;
}

/** The status at `nowMs`: the last change of `statusHistory` at or before it, or `undefined`. */
export function statusAtNow(at: InteractionAtNow): string | undefined {
  const history = at.interaction.statusHistory;
  const last = lastChangeIndex(history, at.nowMs);
  return last < 0 ? undefined : (history as readonly StatusChange[])[last]?.status;
}

/** How the interaction ended: the instant and a word for it (filled by {@link endedByNow}). */
export interface Ending {
  atMs: number;
  how: string;
}

/**
 * Whether the interaction is over at `nowMs` for escalation (then `ending` says how): the status
 * history is in a resolved status (the ending is the start of that resolved run), or, past the
 * history, `resolvedAt`, `closedAt` or `abandonedAt` has happened (the earliest of them). This is
 * wider on purpose than the standards' resolution clock (`resolvedAtNow` in
 * src/standards/check-subject.ts: `resolvedAt`, else `closedAt`), which an abandoned contact does
 * not stop: nothing is left to escalate once a contact is abandoned, but it was never resolved.
 */
export function endedByNow(at: InteractionAtNow, ending: Ending): boolean {
  const { interaction, nowMs } = at;
  const history = interaction.statusHistory;
  const last = lastChangeIndex(history, nowMs);
  if (last >= 0) {
    const changes = history as readonly StatusChange[];
    const status = (changes[last] as StatusChange).status;
    if (RESOLVED.has(status)) {
      let first = last;
      while (first > 0 && RESOLVED.has(changes[first - 1]?.status as string)) first--;
      ending.atMs = entryDateMs(changes, first, HISTORY_PATH);
      ending.how = status;
      return true;
    }
  }
  const lastChangeMs = last < 0 ? Number.NEGATIVE_INFINITY : entryDateMs(history as readonly StatusChange[], last, HISTORY_PATH);
  // Past the history, the earliest of the recorded endings that happened by now.
  let atMs = Number.POSITIVE_INFINITY;
  let how = '';
  const resolved = dateFieldMs(interaction.resolvedAt, 'resolvedAt', 'interaction');
  if (resolved <= nowMs && resolved > lastChangeMs) {
    atMs = resolved;
    how = 'resolved';
  }
  const closed = dateFieldMs(interaction.closedAt, 'closedAt', 'interaction');
  if (closed <= nowMs && closed > lastChangeMs && closed < atMs) {
    atMs = closed;
    how = 'closed';
  }
  const abandoned = dateFieldMs(interaction.abandonedAt, 'abandonedAt', 'interaction');
  if (abandoned <= nowMs && abandoned > lastChangeMs && abandoned < atMs) {
    atMs = abandoned;
    how = 'abandoned';
  }
  if (how === '') return false;
  ending.atMs = atMs;
  ending.how = how;
  return true;
}

/** `reopenCount` as of `nowMs`: the recorded count less the reopens the status history shows after `nowMs`. */
export function reopenCountAtNow(at: InteractionAtNow): number | undefined {
  const count = at.interaction.reopenCount;
  const history = at.interaction.statusHistory;
  if (count === undefined || history == null) return count;
  let later = 0;
  // Only changes after now matter: walk back from the end (the history is in time order).
  for (let index = history.length - 1; index >= 1; index--) {
    if (entryDateMs(history, index, HISTORY_PATH) <= at.nowMs) break;
    if (RESOLVED.has(history[index - 1]?.status as string) && !RESOLVED.has((history[index] as StatusChange).status)) later++;
  }
  return Math.max(0, count - later);
}

/** The last message at or before `nowMs`, or `undefined`. */
export function lastMessageAtNow(at: InteractionAtNow): Message | undefined {
  const messages = at.interaction.messages;
  if (messages == null) return undefined;
  for (let index = messages.length - 1; index >= 0; index--) {
    if (entryDateMs(messages, index, MESSAGES_PATH) <= at.nowMs) return messages[index];
  }
  return undefined;
}

/** Whether a survey response is about this interaction (`of: 'interaction'`) or its customer. */
export function surveyMatches(response: SurveyResponse, interaction: Interaction, of: 'customer' | 'interaction'): boolean {
  if (of === 'interaction' || response.customerId === undefined) return response.interactionId === interaction.id;
  return response.customerId === interaction.customerId;
}

/** The first status change after `nowMs`, or `Infinity`: all that can end a resolution by itself is recorded there. */
export function nextStatusChangeMs(at: InteractionAtNow): number {
  const history = at.interaction.statusHistory;
  let first = Number.POSITIVE_INFINITY;
  if (history == null) return first;
  // The history is in time order: walk back from the end to the first change after now.
  for (let index = history.length - 1; index >= 0; index--) {
    const ms = entryDateMs(history, index, HISTORY_PATH);
    if (ms <= at.nowMs) break;
    first = ms;
  }
  return first;
}

/** The earlier of `earliest` and instant `ms` (`NaN` when absent) if after `nowMs`. */
function earliestAfter(ms: number, nowMs: number, earliest: number): number {
  return ms > nowMs && ms < earliest ? ms : earliest;
}

/**
 * The first instant after `nowMs` at which something recorded happens: an instant field, a message,
 * a status change, the customer's churn, or (with `surveys`) a matching survey response; `Infinity`
 * when nothing is recorded after `nowMs`.
 */
export function nextRecordedEventMs(at: InteractionAtNow, customer: Partial<Customer> | undefined, surveys: readonly SurveyResponse[] | undefined): number {
  const { interaction, nowMs } = at;
  let earliest = Number.POSITIVE_INFINITY;
  earliest = earliestAfter(dateFieldMs(interaction.answeredAt, 'answeredAt', 'interaction'), nowMs, earliest);
  earliest = earliestAfter(dateFieldMs(interaction.firstResponseAt, 'firstResponseAt', 'interaction'), nowMs, earliest);
  earliest = earliestAfter(dateFieldMs(interaction.resolvedAt, 'resolvedAt', 'interaction'), nowMs, earliest);
  earliest = earliestAfter(dateFieldMs(interaction.closedAt, 'closedAt', 'interaction'), nowMs, earliest);
  earliest = earliestAfter(dateFieldMs(interaction.abandonedAt, 'abandonedAt', 'interaction'), nowMs, earliest);
  // Messages are in time order: walk back from the end to the first one after now.
  const messages = interaction.messages;
  if (messages != null) {
    let index = messages.length - 1;
    let first = Number.POSITIVE_INFINITY;
    for (; index >= 0; index--) {
      const ms = entryDateMs(messages, index, MESSAGES_PATH);
      if (ms <= nowMs) break;
      first = ms;
    }
    if (first < earliest) earliest = first;
  }
  const change = nextStatusChangeMs(at);
  if (change < earliest) earliest = change;
  if (customer != null) {
    earliest = earliestAfter(dateFieldMs(customer.acquiredAt, 'acquiredAt', 'customer'), nowMs, earliest);
    earliest = earliestAfter(dateFieldMs(customer.churnedAt, 'churnedAt', 'customer'), nowMs, earliest);
  }
  if (surveys !== undefined) {
    for (const response of surveys) {
      if (surveyMatches(response, interaction, 'customer') || surveyMatches(response, interaction, 'interaction')) {
        earliest = earliestAfter(response.respondedAt.getTime(), nowMs, earliest);
      }
    }
  }
  return earliest;
}
