import { invalidOption } from '../errors/invalid-option.js';
import { locatedError } from '../errors/located-error.js';
import { isServiceKitError, ServiceKitError } from '../errors/service-kit-error.js';
import type { Customer } from '../models/customer.js';
import type { Interaction } from '../models/interaction.js';
import type { InteractionTable } from '../table/interaction-table.js';
import { isInteractionTable } from '../table/is-interaction-table.js';
import { CheckScratch, releaseScratch, takeScratch } from './check-scratch.js';
import { type CheckSubject, messageDate, readInteraction, readTableRow, resolvedAtNow } from './check-subject.js';
import { type CompiledStandard, compileStandard } from './compiled-standard.js';
import { type ClockReading, readClock } from './standard-clock.js';
import type { ServiceStandard, ServiceStandardInput, StandardMeasure } from './standard.js';

/**
 * Where a check stands at `now`:
 * - `met`: the event happened at or before `dueAt`;
 * - `breached`: the event came after `dueAt`, or has not come and `now > dueAt`, or the contact
 *   ended without it after `dueAt`;
 * - `at_risk`: not yet due, but past `warnAt`;
 * - `pending`: not yet due (nor at risk);
 * - `paused`: the clock stands still in a `pauseWhile` status, not yet breached;
 * - `not_applicable`: the standard does not apply, or the contact ended without the event before it
 *   was due (a call abandoned within the target, a ticket solved without a reply in time).
 */
export type StandardStatus = 'met' | 'breached' | 'at_risk' | 'pending' | 'paused' | 'not_applicable';

/** The timing of one clock: a whole check, or one `next_response` cycle. */
export interface StandardTiming {
  /** Where it stands at `now`. */
  readonly status: StandardStatus;
  /** Clock time used up to the event (or the end, or `now`), pauses cut out, in business time with a calendar; `null` when no clock ran. */
  readonly elapsedMs: number | null;
  /** `targetMs − elapsedMs` (negative when late); `null` when no clock ran. */
  readonly remainingMs: number | null;
  /**
   * The earliest instant at which the clock reaches the target: past when reached, else projected
   * as if the clock ran on from the event (or from `now`, with no further pause); `null` while paused
   * short of it, when no clock ran, or when it falls past the range of a `Date` (year 275760).
   */
  readonly dueAt: Date | null;
  /** The same for the warning (`warn`); `null` without a warning, or as for `dueAt`. */
  readonly warnAt: Date | null;
  /** When breached, the instant it was (`dueAt`); otherwise `null`. */
  readonly breachedAt: Date | null;
}

/** One `next_response` cycle: a customer message awaiting a reply, and the agent message that ended it. */
export interface StandardCycle extends StandardTiming {
  /** The customer message that started the cycle. */
  readonly startedAt: Date;
  /** The agent reply that ended it (by `now`); `null` while awaited. */
  readonly endedAt: Date | null;
}

/**
 * The result of checking one standard against one interaction at `now`.
 *
 * For `next_response` the worst cycle decides (breached, then at risk, paused, pending, met; the latest
 * of equals), its timing is the check's, and `cycles` lists every cycle; other measures have no cycles.
 */
export interface StandardCheck extends StandardTiming {
  /** The standard's id. */
  readonly standardId: string;
  /** The standard's target in ms. */
  readonly targetMs: number;
  /** The `next_response` cycles, oldest first; empty for other measures. */
  readonly cycles: readonly StandardCycle[];
}

/** Options of {@link checkStandard}. */
export interface CheckStandardOptions {
  /** The instant of the check: events and status changes after it are ignored. */
  now: Date;
  /** The interaction's customer, for `appliesTo.segment`. */
  customer?: Pick<Customer, 'segment'>;
}

/** Options of {@link checkStandards}. */
export interface CheckStandardsOptions extends CheckStandardOptions {
  /**
   * Checks of this interaction from an earlier run: a measure whose earlier check was decided (`met`
   * or `breached`) keeps that standard, so a later priority change does not re-judge it.
   */
  previous?: readonly Pick<StandardCheck, 'standardId' | 'status'>[];
}

/** Options of {@link checkStandards} over an {@link table!InteractionTable}. */
export interface CheckStandardsTableOptions {
  /** The instant of the checks. */
  now: Date;
  /** The customer of row `index`, for `appliesTo.segment`. */
  customer?: (index: number) => Pick<Customer, 'segment'> | undefined;
  /** Earlier checks of row `index` (see {@link CheckStandardsOptions.previous}). */
  previous?: (index: number) => readonly Pick<StandardCheck, 'standardId' | 'status'>[] | undefined;
}

function validNow(now: unknown): number {
  const ms = now instanceof Date ? now.getTime() : Number.NaN;
  if (Number.isNaN(ms)) throw new ServiceKitError('INVALID_INPUT', 'now must be a valid Date: checks never read the clock', { path: ['now'] });
  return ms;
}

const NO_CYCLES: readonly StandardCycle[] = Object.freeze([]);

function notApplicable(standard: CompiledStandard): StandardCheck {
  return {
    standardId: standard.id,
    status: 'not_applicable',
    elapsedMs: null,
    targetMs: standard.targetMs,
    remainingMs: null,
    dueAt: null,
    warnAt: null,
    breachedAt: null,
    cycles: NO_CYCLES,
  };
}

/**
 * Where the clock from `startMs` stands: decided by `eventMs` (at or before now), ended without it at
 * `endedMs`, or read at now (absent instants are `NaN`). The clock read is left in `scratch.reading`.
 */
function statusOf(
  scratch: CheckScratch,
  standard: CompiledStandard,
  startMs: number,
  eventMs: number,
  endedMs: number,
  stops: ReadonlySet<string> | null,
): StandardStatus {
  const { subject, reading: clock } = scratch;
  const event = eventMs === eventMs;
  const decided = event || endedMs === endedMs;
  const stopMs = event ? eventMs : decided ? endedMs : subject.nowMs;
  readClock(standard, startMs, stopMs, subject, stops, decided, clock);
  const dueAt = clock.dueAt;
  if (decided) {
    const late = dueAt !== null && dueAt.getTime() < stopMs;
    return late ? 'breached' : event ? 'met' : 'not_applicable';
  }
  if (dueAt !== null && dueAt.getTime() < subject.nowMs) return 'breached';
  if (!clock.running) return 'paused';
  if (clock.warnAt !== null && clock.warnAt.getTime() <= subject.nowMs) return 'at_risk';
  return 'pending';
}

/** A check from the clock just read (the reading is reused by the next one, so copy it now). */
function checkOf(clock: ClockReading, standard: CompiledStandard, status: StandardStatus): StandardCheck {
  return {
    standardId: standard.id,
    status,
    elapsedMs: clock.elapsedMs,
    targetMs: standard.targetMs,
    remainingMs: standard.targetMs - clock.elapsedMs,
    dueAt: clock.dueAt,
    warnAt: clock.warnAt,
    breachedAt: status === 'breached' ? clock.dueAt : null,
    cycles: NO_CYCLES,
  };
}

/** A cycle from the clock just read, started by message `started` and ended by message `ended` (`-1` while awaited). */
function cycleOf(scratch: CheckScratch, standard: CompiledStandard, status: StandardStatus, started: number, ended: number): StandardCycle {
  const { subject, reading: clock } = scratch;
  return {
    startedAt: messageDate(subject, started),
    endedAt: ended < 0 ? null : messageDate(subject, ended),
    status,
    elapsedMs: clock.elapsedMs,
    remainingMs: standard.targetMs - clock.elapsedMs,
    dueAt: clock.dueAt,
    warnAt: clock.warnAt,
    breachedAt: status === 'breached' ? clock.dueAt : null,
  };
}

/** An instant if it happened by `nowMs`, else `NaN`. */
const happened = (atMs: number, nowMs: number): number => (atMs <= nowMs ? atMs : Number.NaN);

function firstAgentMessage(subject: CheckSubject): number {
  const { messageAt, messageAuthor, openedMs } = subject;
  for (let index = subject.messagesFrom; index < subject.messagesTo; index++) {
    if (messageAuthor[index] === 1 && (messageAt[index] as number) >= openedMs) return messageAt[index] as number;
  }
  return Number.NaN;
}

function checkFirstResponse(scratch: CheckScratch, standard: CompiledStandard): StandardCheck {
  const subject = scratch.subject;
  const recorded = subject.firstResponseMs;
  const eventMs = happened(recorded === recorded ? recorded : firstAgentMessage(subject), subject.nowMs);
  const endedMs = eventMs === eventMs ? Number.NaN : resolvedAtNow(subject);
  return checkOf(scratch.reading, standard, statusOf(scratch, standard, subject.openedMs, eventMs, endedMs, standard.pauses));
}

function checkResolution(scratch: CheckScratch, standard: CompiledStandard): StandardCheck {
  const subject = scratch.subject;
  const status = statusOf(scratch, standard, subject.openedMs, resolvedAtNow(subject), Number.NaN, standard.resolutionStops);
  return checkOf(scratch.reading, standard, status);
}

function checkAnswer(scratch: CheckScratch, standard: CompiledStandard): StandardCheck {
  const subject = scratch.subject;
  const { answeredMs, abandonedMs, nowMs } = subject;
  if (answeredMs !== answeredMs && abandonedMs !== abandonedMs && standard.channels === null) return notApplicable(standard);
  const eventMs = happened(answeredMs, nowMs);
  let endedMs = Number.NaN;
  if (eventMs !== eventMs) {
    endedMs = happened(abandonedMs, nowMs);
    if (endedMs !== endedMs) endedMs = resolvedAtNow(subject);
  }
  return checkOf(scratch.reading, standard, statusOf(scratch, standard, subject.openedMs, eventMs, endedMs, standard.pauses));
}

const SEVERITY: Readonly<Record<StandardStatus, number>> = { not_applicable: 0, met: 1, pending: 2, paused: 3, at_risk: 4, breached: 5 };

/** How many `next_response` cycles the messages seen by now make: replies to awaiting customer messages, and one still awaited. */
function cycleCount(subject: CheckSubject): number {
  const { messageAt, messageAuthor, messagesTo, nowMs } = subject;
  let count = 0;
  let awaiting = false;
  for (let index = subject.messagesFrom; index < messagesTo && (messageAt[index] as number) <= nowMs; index++) {
    if (messageAuthor[index] === 0) awaiting = true;
    else if (awaiting) {
      count++;
      awaiting = false;
    }
  }
  return awaiting ? count + 1 : count;
}

function checkNextResponse(scratch: CheckScratch, standard: CompiledStandard): StandardCheck {
  const subject = scratch.subject;
  const count = cycleCount(subject);
  if (count === 0) return notApplicable(standard);
  const { messageAt, messageAuthor, messagesTo, nowMs } = subject;
  const cycles: StandardCycle[] = new Array(count);
  let done = 0;
  let worst: StandardCycle | null = null;
  let awaiting = -1; // the customer message awaiting a reply
  for (let index = subject.messagesFrom; index < messagesTo; index++) {
    const atMs = messageAt[index] as number;
    if (atMs > nowMs) break;
    if (messageAuthor[index] === 0) {
      if (awaiting < 0) awaiting = index;
    } else if (awaiting >= 0) {
      const status = statusOf(scratch, standard, messageAt[awaiting] as number, atMs, Number.NaN, standard.pauses);
      const cycle = cycleOf(scratch, standard, status, awaiting, index);
      cycles[done++] = cycle;
      if (worst === null || SEVERITY[status] >= SEVERITY[worst.status]) worst = cycle;
      awaiting = -1;
    }
  }
  if (awaiting >= 0) {
    const awaitingMs = messageAt[awaiting] as number;
    const resolvedMs = resolvedAtNow(subject);
    const status = statusOf(scratch, standard, awaitingMs, Number.NaN, resolvedMs < awaitingMs ? awaitingMs : resolvedMs, standard.pauses);
    const cycle = cycleOf(scratch, standard, status, awaiting, -1);
    cycles[done] = cycle;
    if (worst === null || SEVERITY[status] >= SEVERITY[worst.status]) worst = cycle;
  }
  const decisive = worst as StandardCycle;
  return {
    standardId: standard.id,
    status: decisive.status,
    elapsedMs: decisive.elapsedMs,
    targetMs: standard.targetMs,
    remainingMs: decisive.remainingMs,
    dueAt: decisive.dueAt,
    warnAt: decisive.warnAt,
    breachedAt: decisive.breachedAt,
    cycles,
  };
}

function appliesTo(subject: CheckSubject, standard: CompiledStandard): boolean {
  const { channel, priority, team, segment } = subject;
  return (
    (standard.channels === null || (channel !== undefined && standard.channels.has(channel))) &&
    (standard.priorities === null || (priority !== undefined && standard.priorities.has(priority))) &&
    (standard.teams === null || (team !== undefined && standard.teams.has(team))) &&
    (standard.segments === null || (segment !== undefined && standard.segments.has(segment)))
  );
}

function measure(scratch: CheckScratch, standard: CompiledStandard): StandardCheck {
  switch (standard.measure) {
    case 'first_response':
      return checkFirstResponse(scratch, standard);
    case 'next_response':
      return checkNextResponse(scratch, standard);
    case 'resolution':
      return checkResolution(scratch, standard);
    case 'answer':
      return checkAnswer(scratch, standard);
  }
}

/**
 * Checks one service standard against one interaction at `now`: whether it was met, is breached, at
 * risk, pending or paused, with the exact due, warning and breach instants.
 *
 * The clock runs from `openedAt` (for `next_response`, from each awaiting customer message) to the
 * measured event, in business time when the standard has a calendar, with the time in `pauseWhile`
 * statuses cut out (the status in effect at the start counts, so a ticket created pending starts
 * paused). Only what happened by `now` is seen; a `now` before `openedAt` gives `pending` with zero
 * elapsed. An event at or before `dueAt` meets the standard; without one the check is breached once
 * `now > dueAt` (instants are compared: a reply at Monday 09:00 to a ticket due at Friday's closing is
 * late).
 *
 * - `first_response`: to `firstResponseAt`, or the first agent message when that is absent.
 * - `next_response`: a customer message while no reply is awaited starts a cycle (the first one
 *   included); the next agent message ends it.
 * - `resolution`: to the current resolution: the start of the resolved run of `statusHistory`
 *   (statuses in {@link RESOLVED_STATUSES}) at `now`, or `resolvedAt` (else `closedAt`) when the
 *   history does not show it. Resolved periods before a reopen are cut out, so a reopen resumes the
 *   same clock; without a history they cannot be seen and count.
 * - `answer`: to `answeredAt`; applies to a contact with `answeredAt` or `abandonedAt`, or to any
 *   contact when the standard names its channels (a call still queued is pending).
 *
 * A contact that ends without the event (a call abandoned, a ticket resolved without a reply, or a
 * cycle's ticket resolved) is `breached` if it ended after `dueAt` (`breachedAt = dueAt`), and
 * `not_applicable` otherwise. A standard whose `appliesTo` does not match is `not_applicable` too.
 *
 * @param interaction - A parsed interaction (see {@link models!InteractionSchema}).
 * @param standard - A standard, from {@link defineStandard} or as configuration (validated once per object).
 * @param options - `now` (required) and `customer` (for `appliesTo.segment`).
 * @returns The check.
 * @throws {@link errors!ServiceKitError} `INVALID_STANDARD` for an invalid standard; `INVALID_INPUT` for an
 *   invalid `now`, an interaction without a valid `openedAt`, another instant that is not a `Date` (a
 *   string from an unparsed export; path `[field]`, or `['messages', index, 'at']` in a list), a list
 *   that is not an array, or a status history out of time order (path `['statusHistory', index, 'at']`).
 * @example
 * ```ts
 * const standard = defineStandard({
 *   id: 'first-reply', measure: 'first_response', targetMs: '4h',
 *   calendar: { timeZone: 'UTC', weekly: { mon: [['09:00', '17:00']], fri: [['09:00', '17:00']] } },
 * });
 * // Opened Friday 17:30, after hours: four business hours run Monday 09:00–13:00.
 * const ticket = InteractionSchema.parse({ id: 't1', customerId: 'c1', channel: 'email', openedAt: '2025-01-10T17:30:00Z' });
 * const check = checkStandard(ticket, standard, { now: new Date('2025-01-13T10:00:00Z') });
 * check.status
 * // => 'pending'
 * check.dueAt
 * // => 2025-01-13T13:00:00.000Z
 * check.remainingMs
 * // => 10800000
 * ```
 */
export function checkStandard(
  interaction: Interaction,
  standard: ServiceStandard | ServiceStandardInput,
  options: CheckStandardOptions,
): StandardCheck {
  const compiled = compileStandard(standard);
  const nowMs = validNow(options?.now);
  const scratch = takeScratch(compiled.scratch);
  const subject = scratch.subject;
  try {
    subject.nowMs = nowMs;
    readInteraction(subject, interaction, options.customer?.segment);
    return appliesTo(subject, compiled) ? measure(scratch, compiled) : notApplicable(compiled);
  } finally {
    releaseScratch(scratch);
  }
}

interface CompiledSet {
  readonly standards: readonly CompiledStandard[];
  readonly byId: ReadonlyMap<string, CompiledStandard>;
  /** The scratch of calls with this set (see `takeScratch`). */
  readonly scratch: CheckScratch;
}

const compiledSets = new WeakMap<readonly unknown[], CompiledSet>();

function compileSet(standards: readonly (ServiceStandard | ServiceStandardInput)[]): CompiledSet {
  const cached = compiledSets.get(standards);
  if (cached !== undefined) return cached;
  if (!Array.isArray(standards)) throw new ServiceKitError('INVALID_STANDARD', 'standards must be a list', { path: [] });
  const list: CompiledStandard[] = [];
  const byId = new Map<string, CompiledStandard>();
  standards.forEach((standard, index) => {
    let compiled: CompiledStandard;
    try {
      compiled = compileStandard(standard);
    } catch (error) {
      if (error instanceof ServiceKitError) {
        throw locatedError(error, [index], `standards[${index}]`);
      }
      throw error;
    }
    if (byId.has(compiled.id)) {
      throw new ServiceKitError('INVALID_STANDARD', `standards[${index}]: the id ${JSON.stringify(compiled.id)} is used twice`, { path: [index, 'id'] });
    }
    byId.set(compiled.id, compiled);
    list.push(compiled);
  });
  const set = { standards: list, byId, scratch: new CheckScratch() };
  compiledSets.set(standards, set);
  return set;
}

/**
 * Checks an interaction against a set of standards, like a helpdesk's policies: per measure, the
 * first standard (in list order) whose `appliesTo` matches is the one that applies, and only those are
 * checked.
 *
 * Standards are resolved from the interaction's current fields. To keep a target that was already
 * applied when a field such as the priority changes later, pass the earlier checks as `previous`: a
 * measure whose earlier check was `met` or `breached` keeps that standard (if still in the set).
 *
 * Also takes an {@link table!InteractionTable} (see the second signature), giving one list of checks per row.
 *
 * @param interaction - A parsed interaction.
 * @param standards - The standards, most specific first (validated once per list and per object).
 * @param options - `now` (required), `customer` (for `appliesTo.segment`), `previous` checks.
 * @returns One check per measure that has a matching standard, in the order of `standards`.
 * @throws {@link errors!ServiceKitError} as {@link checkStandard}, `INVALID_STANDARD` for an id used twice
 *   (path `[index, 'id']`), and `INVALID_OPTION` for `previous` that is not a list.
 * @example
 * ```ts
 * const standards = [
 *   { id: 'reply-urgent', measure: 'first_response', targetMs: '1h', appliesTo: { priority: 'urgent' } },
 *   { id: 'reply', measure: 'first_response', targetMs: '8h' },
 *   { id: 'answer-20s', measure: 'answer', targetMs: '20s', appliesTo: { channel: ['phone', 'chat'] } },
 * ];
 * const ticket = InteractionSchema.parse({
 *   id: 't1', customerId: 'c1', channel: 'email', priority: 'urgent',
 *   openedAt: '2025-01-06T09:00:00Z', firstResponseAt: '2025-01-06T09:40:00Z',
 * });
 * checkStandards(ticket, standards, { now: new Date('2025-01-06T12:00:00Z') }).map((check) => [check.standardId, check.status])
 * // => [['reply-urgent', 'met']]
 * ```
 */
export function checkStandards(
  interaction: Interaction,
  standards: readonly (ServiceStandard | ServiceStandardInput)[],
  options: CheckStandardsOptions,
): StandardCheck[];
/**
 * {@link checkStandards} for every row of an {@link table!InteractionTable}: one list of checks per
 * row, in row order. Rows are read in place from the columns (no interaction object, and no `Date`
 * but those of the results, per row), by the same checks as objects: row `i` gets exactly the checks
 * of the interaction {@link table!interactionAt} gives for it.
 *
 * @param interactions - The interactions as a table.
 * @param standards - The standards, most specific first.
 * @param options - `now` (required); `customer` and `previous` as functions of the row index.
 * @returns For each row, its checks (as {@link checkStandards} gives them for one interaction).
 * @throws {@link errors!ServiceKitError} as {@link checkStandards}, with the row's index in front of the path
 *   within the row and of the message (`row 3: …`), as {@link eachStandardCheck} does.
 * @example
 * ```ts
 * const table = toInteractionTable([
 *   { id: 't1', customerId: 'c1', channel: 'email', direction: 'inbound', priority: 'normal',
 *     openedAt: new Date('2025-01-06T09:00:00Z'), firstResponseAt: new Date('2025-01-06T09:30:00Z') },
 *   { id: 't2', customerId: 'c2', channel: 'email', direction: 'inbound', priority: 'normal',
 *     openedAt: new Date('2025-01-06T09:00:00Z') },
 * ]);
 * const checks = checkStandards(table, [{ id: 'reply', measure: 'first_response', targetMs: '1h' }], { now: new Date('2025-01-06T12:00:00Z') });
 * checks.map((row) => row[0]?.status)
 * // => ['met', 'breached']
 * ```
 */
export function checkStandards(
  interactions: InteractionTable<string>,
  standards: readonly (ServiceStandard | ServiceStandardInput)[],
  options: CheckStandardsTableOptions,
): StandardCheck[][];
export function checkStandards(
  input: Interaction | InteractionTable<string>,
  standards: readonly (ServiceStandard | ServiceStandardInput)[],
  options: CheckStandardsOptions | CheckStandardsTableOptions,
): StandardCheck[] | StandardCheck[][] {
  const set = compileSet(standards);
  const nowMs = validNow(options?.now);
  // The set's scratch, or a fresh one when this call is made from a getter or callback of a call under way with the set.
  const scratch = takeScratch(set.scratch);
  const subject = scratch.subject;
  try {
    subject.nowMs = nowMs;
    if (isInteractionTable(input)) {
      const { customer, previous } = options as CheckStandardsTableOptions;
      const out: StandardCheck[][] = new Array(input.length);
      for (let index = 0; index < input.length; index++) {
        const segment = customer === undefined ? undefined : customer(index)?.segment;
        const earlier = previous === undefined ? undefined : previous(index);
        try {
          readTableRow(subject, input, index, segment);
          out[index] = checkSubject(scratch, set, earlier);
        } catch (error) {
          throw atRow(error, index);
        }
      }
      return out;
    }
    const { customer, previous } = options as CheckStandardsOptions;
    readInteraction(subject, input as Interaction, customer?.segment);
    return checkSubject(scratch, set, previous);
  } finally {
    releaseScratch(scratch);
  }
}

/** A row's error with the row's index in front of its path (other errors as they are). */
function atRow(error: unknown, index: number): unknown {
  if (!isServiceKitError(error)) return error;
  return locatedError(error, [index], `row ${index}`);
}

/** One check of one row, as {@link eachStandardCheck} yields them. */
export interface IndexedStandardCheck {
  /** The row of the table (or the position in the iterable) the check is for. */
  readonly index: number;
  /** The check, as {@link checkStandards} gives it for that row. */
  readonly check: StandardCheck;
}

/**
 * Every check of every row, one at a time: the checks {@link checkStandards} gives, row by row, as
 * `{ index, check }`, without keeping them. For compliance over an export too large to hold every
 * row's checks (checks hold about 1.7 KB per ticket): feed it to {@link compliance}, which reads the
 * `check` of each item, and group with `by` on the index.
 *
 * Arguments are checked at the call; the rows are checked as the iteration reaches them.
 *
 * @param interactions - The interactions as a table, or any iterable of interactions.
 * @param standards - The standards, most specific first.
 * @param options - `now` (required); `customer` and `previous` as functions of the row index.
 * @returns An iterable of the checks, in row order and, within a row, in the order of `standards`.
 * @throws {@link errors!ServiceKitError} as {@link checkStandards}; a row's error has the row's index first in its path.
 * @example
 * ```ts
 * const table = toInteractionTable([
 *   { id: 't1', customerId: 'c1', channel: 'email', direction: 'inbound', priority: 'normal', team: 'billing',
 *     openedAt: new Date('2025-01-06T09:00:00Z'), firstResponseAt: new Date('2025-01-06T09:30:00Z') },
 *   { id: 't2', customerId: 'c2', channel: 'email', direction: 'inbound', priority: 'normal', team: 'billing',
 *     openedAt: new Date('2025-01-06T09:00:00Z') },
 * ]);
 * const checks = eachStandardCheck(table, [{ id: 'reply', measure: 'first_response', targetMs: '1h' }], { now: new Date('2025-01-06T12:00:00Z') });
 * compliance(checks, { by: ({ index }) => table.team.values[table.team.codes[index] as number] }).map((row) => [row.key, row.met, row.breached])
 * // => [['billing', 1, 1]]
 * ```
 */
export function eachStandardCheck(
  interactions: InteractionTable<string> | Iterable<Interaction>,
  standards: readonly (ServiceStandard | ServiceStandardInput)[],
  options: CheckStandardsTableOptions,
): Iterable<IndexedStandardCheck> {
  const set = compileSet(standards);
  const nowMs = validNow(options?.now);
  const table = isInteractionTable(interactions) ? interactions : null;
  if (table === null && typeof (interactions as Iterable<Interaction>)?.[Symbol.iterator] !== 'function') {
    throw new ServiceKitError('INVALID_INPUT', 'interactions must be an InteractionTable or an iterable of interactions', { path: [] });
  }
  return checksOfRows(set, nowMs, table, table === null ? (interactions as Iterable<Interaction>) : null, options);
}

/**
 * The generator behind {@link eachStandardCheck}: the rows of `table`, or of `objects`, in a scratch
 * of its own (it is suspended between checks, while the caller's code runs).
 */
function* checksOfRows(
  set: CompiledSet,
  nowMs: number,
  table: InteractionTable<string> | null,
  objects: Iterable<Interaction> | null,
  { customer, previous }: CheckStandardsTableOptions,
): Generator<IndexedStandardCheck, void, undefined> {
  const scratch = takeScratch(new CheckScratch());
  const subject = scratch.subject;
  subject.nowMs = nowMs;
  const iterator = objects === null ? null : objects[Symbol.iterator]();
  let exhausted = false;
  try {
    for (let index = 0; ; index++) {
      let interaction: Interaction | null = null;
      if (iterator !== null) {
        const next = iterator.next();
        if (next.done === true) break;
        interaction = next.value;
      } else if (index >= (table as InteractionTable<string>).length) {
        break;
      }
      const segment = customer === undefined ? undefined : customer(index)?.segment;
      const earlier = previous === undefined ? undefined : previous(index);
      let checks: StandardCheck[];
      try {
        if (iterator === null) readTableRow(subject, table as InteractionTable<string>, index, segment);
        else readInteraction(subject, interaction as Interaction, segment);
        checks = checkSubject(scratch, set, earlier);
      } catch (error) {
        throw atRow(error, index);
      }
      for (const check of checks) yield { index, check };
    }
    exhausted = true;
  } finally {
    // an early end (the caller stopped, or a row failed) closes the caller's iterator too
    if (!exhausted) iterator?.return?.();
    releaseScratch(scratch);
  }
}

/** The checks of the subject: per measure, the first standard that applies (or that an earlier decided check pinned). */
function checkSubject(scratch: CheckScratch, set: CompiledSet, previous: CheckStandardsOptions['previous']): StandardCheck[] {
  let pinned: Map<StandardMeasure, string> | null = null;
  if (previous !== undefined) {
    if (!Array.isArray(previous)) throw invalidOption('previous', 'a list of checks', previous);
    for (const earlier of previous) {
      const standard = set.byId.get(earlier?.standardId);
      if (standard !== undefined && (earlier.status === 'met' || earlier.status === 'breached')) {
        pinned ??= new Map();
        if (!pinned.has(standard.measure)) pinned.set(standard.measure, standard.id);
      }
    }
  }
  const chosen = scratch.chosen;
  let count = 0;
  let done = 0; // bit per measure
  for (const standard of set.standards) {
    const bit = standard.measureBit;
    if ((done & bit) !== 0) continue;
    const keep = pinned?.get(standard.measure);
    if (keep !== undefined ? keep !== standard.id : !appliesTo(scratch.subject, standard)) continue;
    done |= bit;
    chosen[count++] = standard;
  }
  const checks: StandardCheck[] = new Array(count); // of its exact length
  for (let index = 0; index < count; index++) checks[index] = measure(scratch, chosen[index] as CompiledStandard);
  return checks;
}
