import { ServiceKitError } from '../errors/service-kit-error.js';
import type { Customer } from '../models/customer.js';
import type { Interaction, Message } from '../models/interaction.js';
import type { StatusChange } from '../models/status.js';
import { interactionAt } from '../table/interaction-row.js';
import type { InteractionTable } from '../table/interaction-table.js';
import { type CompiledStandard, compileStandard } from './compiled-standard.js';
import { lastReading, readClock } from './standard-clock.js';
import { RESOLVED_STATUSES, type ServiceStandard, type ServiceStandardInput, type StandardMeasure } from './standard.js';

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
   * short of it, or when no clock ran.
   */
  readonly dueAt: Date | null;
  /** The same for the warning (`warn`); `null` without a warning, while paused short of it, or when no clock ran. */
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

/** What every check of one interaction at one `now` shares: the checked inputs and the resolution instant. */
interface CheckContext {
  readonly interaction: Interaction;
  readonly now: Date;
  readonly nowMs: number;
  readonly history: readonly StatusChange[] | undefined;
  readonly messages: readonly Message[] | undefined;
  readonly segment: string | undefined;
  /** Lazily: when the ticket became resolved, if it is resolved at `now`. */
  resolvedAt: Date | null | undefined;
}

function isInstant(value: unknown): value is Date {
  return value instanceof Date && !Number.isNaN(value.getTime());
}

function createContext(interaction: Interaction, options: CheckStandardOptions): CheckContext {
  const now = options?.now;
  if (!isInstant(now)) throw new ServiceKitError('INVALID_INPUT', 'now must be a valid Date: checks never read the clock', { path: ['now'] });
  if (!isInstant(interaction?.openedAt)) {
    throw new ServiceKitError('INVALID_INPUT', 'interaction.openedAt must be a valid Date: parse rows with InteractionSchema or parseInteractions first', {
      path: ['openedAt'],
    });
  }
  const history = interaction.statusHistory;
  if (history !== undefined) {
    let previous = Number.NEGATIVE_INFINITY;
    for (let index = 0; index < history.length; index++) {
      const at = (history[index] as StatusChange).at;
      const ms = at instanceof Date ? at.getTime() : Number.NaN;
      if (!(ms >= previous)) {
        throw new ServiceKitError(
          'INVALID_INPUT',
          Number.isNaN(ms) ? 'a status change needs a valid Date' : 'status history is out of time order: this change is before the one above it',
          { path: ['statusHistory', index, 'at'] },
        );
      }
      previous = ms;
    }
  }
  let messages = interaction.messages;
  if (messages !== undefined) {
    let previous = Number.NEGATIVE_INFINITY;
    for (let index = 0; index < messages.length; index++) {
      const ms = (messages[index] as Message).at.getTime();
      if (ms < previous) {
        messages = [...messages].sort((a, b) => a.at.getTime() - b.at.getTime());
        break;
      }
      previous = ms;
    }
  }
  return { interaction, now, nowMs: now.getTime(), history, messages, segment: options.customer?.segment, resolvedAt: undefined };
}

const RESOLVED = new Set<string>(RESOLVED_STATUSES);

/**
 * When the ticket became resolved, if it is resolved at `now`: the start of the resolved run of the
 * status history in effect at `now`; else `resolvedAt` (or `closedAt`) if at or before `now` and after
 * every status change seen by then; else `null`.
 */
function resolvedAtNow(context: CheckContext): Date | null {
  if (context.resolvedAt !== undefined) return context.resolvedAt;
  const { history, nowMs, interaction } = context;
  let last = -1;
  if (history !== undefined) {
    while (last + 1 < history.length && (history[last + 1] as StatusChange).at.getTime() <= nowMs) last++;
  }
  let result: Date | null = null;
  if (last >= 0 && RESOLVED.has((history as readonly StatusChange[])[last]?.status as string)) {
    let first = last;
    while (first > 0 && RESOLVED.has((history as readonly StatusChange[])[first - 1]?.status as string)) first--;
    result = ((history as readonly StatusChange[])[first] as StatusChange).at;
  } else {
    const resolved = interaction.resolvedAt ?? interaction.closedAt;
    if (
      resolved !== undefined &&
      resolved.getTime() <= nowMs &&
      (last < 0 || resolved.getTime() > ((history as readonly StatusChange[])[last] as StatusChange).at.getTime())
    ) {
      result = resolved;
    }
  }
  context.resolvedAt = result;
  return result;
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

/** Where the clock from `start` stands: decided by `event` (at or before now), ended without it, or read at now. */
function statusOf(standard: CompiledStandard, context: CheckContext, start: Date, event: Date | null, ended: Date | null, stops: ReadonlySet<string> | null): StandardStatus {
  const stop = event ?? ended ?? context.now;
  const clock = readClock(standard, start, stop, context.history, stops, event !== null || ended !== null);
  const dueAt = clock.dueAt;
  if (event !== null || ended !== null) {
    const late = dueAt !== null && dueAt.getTime() < stop.getTime();
    return late ? 'breached' : event !== null ? 'met' : 'not_applicable';
  }
  if (dueAt !== null && dueAt.getTime() < context.nowMs) return 'breached';
  if (!clock.running) return 'paused';
  if (clock.warnAt !== null && clock.warnAt.getTime() <= context.nowMs) return 'at_risk';
  return 'pending';
}

/** A check from the clock just read (see {@link readClock}: the reading is shared, so copy it now). */
function checkOf(standard: CompiledStandard, status: StandardStatus, cycles: readonly StandardCycle[]): StandardCheck {
  const clock = lastReading;
  return {
    standardId: standard.id,
    status,
    elapsedMs: clock.elapsedMs,
    targetMs: standard.targetMs,
    remainingMs: standard.targetMs - clock.elapsedMs,
    dueAt: clock.dueAt,
    warnAt: clock.warnAt,
    breachedAt: status === 'breached' ? clock.dueAt : null,
    cycles,
  };
}

function cycleOf(standard: CompiledStandard, status: StandardStatus, startedAt: Date, endedAt: Date | null): StandardCycle {
  const clock = lastReading;
  return {
    startedAt,
    endedAt,
    status,
    elapsedMs: clock.elapsedMs,
    remainingMs: standard.targetMs - clock.elapsedMs,
    dueAt: clock.dueAt,
    warnAt: clock.warnAt,
    breachedAt: status === 'breached' ? clock.dueAt : null,
  };
}

/** An instant if it happened by now, else `null`. */
function happened(at: Date | undefined, context: CheckContext): Date | null {
  return at !== undefined && at.getTime() <= context.nowMs ? at : null;
}

function firstAgentMessage(context: CheckContext): Date | undefined {
  const opened = context.interaction.openedAt.getTime();
  for (const message of context.messages ?? []) {
    if (message.author === 'agent' && message.at.getTime() >= opened) return message.at;
  }
  return undefined;
}

function checkFirstResponse(standard: CompiledStandard, context: CheckContext): StandardCheck {
  const { interaction } = context;
  const event = happened(interaction.firstResponseAt ?? firstAgentMessage(context), context);
  const ended = event === null ? resolvedAtNow(context) : null;
  return checkOf(standard, statusOf(standard, context, interaction.openedAt, event, ended, standard.pauses), NO_CYCLES);
}

function checkResolution(standard: CompiledStandard, context: CheckContext): StandardCheck {
  const event = resolvedAtNow(context);
  return checkOf(standard, statusOf(standard, context, context.interaction.openedAt, event, null, standard.resolutionStops), NO_CYCLES);
}

function checkAnswer(standard: CompiledStandard, context: CheckContext): StandardCheck {
  const { interaction } = context;
  if (interaction.answeredAt === undefined && interaction.abandonedAt === undefined && standard.channels === null) return notApplicable(standard);
  const event = happened(interaction.answeredAt, context);
  const ended = event === null ? (happened(interaction.abandonedAt, context) ?? resolvedAtNow(context)) : null;
  return checkOf(standard, statusOf(standard, context, interaction.openedAt, event, ended, standard.pauses), NO_CYCLES);
}

const SEVERITY: Readonly<Record<StandardStatus, number>> = { not_applicable: 0, met: 1, pending: 2, paused: 3, at_risk: 4, breached: 5 };

function checkNextResponse(standard: CompiledStandard, context: CheckContext): StandardCheck {
  const messages = context.messages;
  if (messages === undefined || messages.length === 0) return notApplicable(standard);
  const cycles: StandardCycle[] = [];
  let awaiting: Date | null = null;
  for (const message of messages) {
    if (message.at.getTime() > context.nowMs) break;
    if (message.author === 'customer') {
      if (awaiting === null) awaiting = message.at;
    } else if (awaiting !== null) {
      cycles.push(cycleOf(standard, statusOf(standard, context, awaiting, message.at, null, standard.pauses), awaiting, message.at));
      awaiting = null;
    }
  }
  if (awaiting !== null) {
    const resolved = resolvedAtNow(context);
    const ended = resolved === null ? null : resolved < awaiting ? awaiting : resolved;
    cycles.push(cycleOf(standard, statusOf(standard, context, awaiting, null, ended, standard.pauses), awaiting, null));
  }
  if (cycles.length === 0) return notApplicable(standard);
  let worst = cycles[0] as StandardCycle;
  for (const cycle of cycles) if (SEVERITY[cycle.status] >= SEVERITY[worst.status]) worst = cycle;
  return {
    standardId: standard.id,
    status: worst.status,
    elapsedMs: worst.elapsedMs,
    targetMs: standard.targetMs,
    remainingMs: worst.remainingMs,
    dueAt: worst.dueAt,
    warnAt: worst.warnAt,
    breachedAt: worst.breachedAt,
    cycles,
  };
}

function appliesTo(standard: CompiledStandard, context: CheckContext): boolean {
  const { interaction } = context;
  return (
    (standard.channels === null || standard.channels.has(interaction.channel)) &&
    (standard.priorities === null || standard.priorities.has(interaction.priority)) &&
    (standard.teams === null || (interaction.team !== undefined && standard.teams.has(interaction.team))) &&
    (standard.segments === null || (context.segment !== undefined && standard.segments.has(context.segment)))
  );
}

function measure(standard: CompiledStandard, context: CheckContext): StandardCheck {
  switch (standard.measure) {
    case 'first_response':
      return checkFirstResponse(standard, context);
    case 'next_response':
      return checkNextResponse(standard, context);
    case 'resolution':
      return checkResolution(standard, context);
    case 'answer':
      return checkAnswer(standard, context);
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
 *   invalid `now`, an interaction without a valid `openedAt`, or a status history out of time order
 *   (path `['statusHistory', index, 'at']`).
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
  const context = createContext(interaction, options);
  return appliesTo(compiled, context) ? measure(compiled, context) : notApplicable(compiled);
}

interface CompiledSet {
  readonly standards: readonly CompiledStandard[];
  readonly byId: ReadonlyMap<string, CompiledStandard>;
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
        throw new ServiceKitError(error.code, `standards[${index}]: ${error.message}`, { path: [index, ...error.path], cause: error.cause });
      }
      throw error;
    }
    if (byId.has(compiled.id)) {
      throw new ServiceKitError('INVALID_STANDARD', `standards[${index}]: the id ${JSON.stringify(compiled.id)} is used twice`, { path: [index, 'id'] });
    }
    byId.set(compiled.id, compiled);
    list.push(compiled);
  });
  const set = { standards: list, byId };
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
 * @throws {@link errors!ServiceKitError} as {@link checkStandard}, and `INVALID_STANDARD` for an id used twice
 *   (path `[index, 'id']`).
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
 * row, in row order. Each row is read as the interaction {@link table!interactionAt} gives.
 *
 * @param interactions - The interactions as a table.
 * @param standards - The standards, most specific first.
 * @param options - `now` (required); `customer` and `previous` as functions of the row index.
 * @returns For each row, its checks (as {@link checkStandards} gives them for one interaction).
 * @throws {@link errors!ServiceKitError} as {@link checkStandards}.
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
  if ((input as { openedAt?: unknown })?.openedAt instanceof Float64Array) {
    const table = input as InteractionTable<string>;
    const { now, customer, previous } = options as CheckStandardsTableOptions;
    const out: StandardCheck[][] = new Array(table.length);
    const rowOptions: CheckStandardsOptions = { now };
    for (let index = 0; index < table.length; index++) {
      if (customer !== undefined) rowOptions.customer = customer(index);
      if (previous !== undefined) rowOptions.previous = previous(index);
      out[index] = checkInteraction(interactionAt(table, index), standards, rowOptions);
    }
    return out;
  }
  return checkInteraction(input as Interaction, standards, options as CheckStandardsOptions);
}

function checkInteraction(
  interaction: Interaction,
  standards: readonly (ServiceStandard | ServiceStandardInput)[],
  options: CheckStandardsOptions,
): StandardCheck[] {
  const set = compileSet(standards);
  const context = createContext(interaction, options);
  let pinned: Map<StandardMeasure, string> | null = null;
  const previous = options.previous;
  if (previous !== undefined) {
    for (const earlier of previous) {
      const standard = set.byId.get(earlier.standardId);
      if (standard !== undefined && (earlier.status === 'met' || earlier.status === 'breached')) {
        pinned ??= new Map();
        if (!pinned.has(standard.measure)) pinned.set(standard.measure, standard.id);
      }
    }
  }
  const checks: StandardCheck[] = [];
  let done = 0; // bit per measure
  for (const standard of set.standards) {
    const bit = standard.measureBit;
    if ((done & bit) !== 0) continue;
    const keep = pinned?.get(standard.measure);
    if (keep !== undefined ? keep !== standard.id : !appliesTo(standard, context)) continue;
    done |= bit;
    checks.push(measure(standard, context));
  }
  return checks;
}
