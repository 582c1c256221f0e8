// Internal (not re-exported): a validated condition compiled into a tree of nodes. Evaluating a
// node at `now` writes five numbers to its row of the context's `values` (`slot` + the offsets
// below), with instants as epoch milliseconds:
// - `HOLDS`: 1 when the condition holds at `now`, else 0;
// - `SINCE`: when its current run (of holding, or of not holding) began; −Infinity when not known
//   (a field value has no history: as far as the record goes);
// - `BEFORE`: when the run before that one began (it ended at `SINCE`); −Infinity when not known;
// - `NEXT`: the earliest instant after `now` at which it can flip by itself (Infinity: never);
// - `SINCE_NEXT`: the earliest instant after `now` at which `SINCE` or `BEFORE` can change while
//   it does not flip (a union of runs that loses the child it was counted from).
// `describe` then writes, in words, why it has its current truth value. The numbers live in one
// Float64Array per tree rather than in fields of the nodes: a parent reads children of many
// classes, and reading a number field through that many shapes boxes it (an allocation per read).
// For the same reason `Infinity` and `-Infinity` are written as literals, not module constants: V8
// does not know a module constant's type, and a local that starts from one is boxed at every update.
// A tree and its context serve one evaluation at a time: `busy` marks one under way, so a call
// made during it (from a getter of the input) compiles a tree of its own.
import { invalidInput } from '../errors/invalid-input.js';
import { ServiceKitError } from '../errors/service-kit-error.js';
import type { Customer } from '../models/customer.js';
import { type Interaction, PRIORITIES } from '../models/interaction.js';
import { dateFieldMs, isDateOrAbsent, listLength } from '../models/invalid-field.js';
import type { SurveyResponse } from '../models/survey.js';
import { checkStandards, type StandardCheck, type StandardStatus } from '../standards/check.js';
import type { ServiceStandard, ServiceStandardInput } from '../standards/standard.js';
import { type BusinessCalendar, createCalendar } from '../time/calendar.js';
import { formatDuration } from '../time/duration.js';
import type { Condition, FieldValue } from './condition.js';
import type { EscalationInput } from './escalation-input.js';
import { ATTRIBUTE_PREFIX, fieldKind } from './field-kinds.js';
import { type Ending, lastMessageAtNow, reopenCountAtNow, statusAtNow, surveyMatches } from './interaction-at-now.js';
import { earliestWithin, instantAfter, timeBetween } from './time-basis.js';

/** Offsets of a node's numbers from its slot (see the top of this file). */
export const HOLDS = 0;
export const SINCE = 1;
export const BEFORE = 2;
export const NEXT = 3;
export const SINCE_NEXT = 4;
const NODE_VALUES = 5;

/**
 * The reasons `describe` gives, gathered in a list kept between evaluations: only the array a
 * result holds is allocated (of its length), not one that grows as reasons come.
 */
export class ReasonList {
  private readonly items: string[] = [];
  private count = 0;
  push(reason: string): void {
    this.items[this.count++] = reason;
  }
  /** The reasons gathered since the last call, in order (with `distinct`, each once), as a new array. */
  take(distinct: boolean): string[] {
    const items = this.items;
    let kept = this.count;
    if (distinct) {
      kept = 0;
      for (let index = 0; index < this.count; index++) {
        const reason = items[index] as string;
        let seen = false;
        for (let earlier = 0; earlier < kept && !seen; earlier++) seen = items[earlier] === reason;
        if (!seen) items[kept++] = reason;
      }
    }
    this.count = 0;
    return items.slice(0, kept);
  }
  /** Forgets the reasons gathered and not taken (by an evaluation that threw). */
  clear(): void {
    this.count = 0;
  }
}

/** Gives the nodes of one policy's trees their slots in the context's `values`. */
export class NodeNumbering {
  count = 0;
  /** The slot of a new node. */
  take(): number {
    return this.count++ * NODE_VALUES;
  }
}

/** What one evaluation reads, and where its nodes write (one object per compiled tree, refilled by each evaluation). */
export interface EvaluationContext {
  interaction: Interaction;
  customer: Partial<Customer> | undefined;
  checks: readonly StandardCheck[];
  standards: readonly (ServiceStandard | ServiceStandardInput)[] | undefined;
  surveys: readonly SurveyResponse[] | undefined;
  nowMs: number;
  openedMs: number;
  /** The policy's calendar, for `in: 'business'`. */
  calendar: BusinessCalendar | null;
  /** Each node's five numbers, at its `slot` (see the offsets `HOLDS`…`SINCE_NEXT`). */
  readonly values: Float64Array;
  /** How the interaction ended, when it has (filled by `endedByNow`). */
  readonly ending: Ending;
  /** Where `describe` gathers reasons. */
  readonly reasons: ReasonList;
  /** Whether an evaluation with this context (and its tree) is under way. */
  busy: boolean;
}

const NO_CHECKS: readonly StandardCheck[] = Object.freeze([]);

function isInstant(value: unknown): value is Date {
  return value instanceof Date && !Number.isNaN(value.getTime());
}

/** An empty context for the trees numbered by `numbering`, to fill with {@link fillEvaluationContext}. */
export function emptyEvaluationContext(calendar: BusinessCalendar | null, numbering: NodeNumbering): EvaluationContext {
  return {
    interaction: undefined as unknown as Interaction,
    customer: undefined,
    checks: NO_CHECKS,
    standards: undefined,
    surveys: undefined,
    nowMs: 0,
    openedMs: 0,
    calendar,
    values: new Float64Array(numbering.count * NODE_VALUES),
    ending: { atMs: 0, how: '' },
    reasons: new ReasonList(),
    busy: false,
  };
}

const cycleDated = (cycle: { readonly dueAt: Date | null } | null) => cycle != null && isDateOrAbsent(cycle.dueAt);

/**
 * Checks, once per call, what the conditions read of the input besides the interaction (whose
 * instants and lists are checked as they are read, see `dateFieldMs` in models/invalid-field.ts): the
 * checks (with `Date`s or nothing in `dueAt`, `warnAt` and their cycles' `dueAt`) and the surveys
 * (a valid `respondedAt`).
 */
function checkInput(input: EscalationInput, readsStandards: boolean, readsSurveys: boolean): void {
  const { checks, surveys } = input;
  if (readsStandards && checks !== undefined) {
    const count = listLength(checks, ['checks']);
    for (let index = 0; index < count; index++) {
      const check = checks[index] as StandardCheck;
      const cycles = check?.cycles as unknown;
      if (!(typeof check === 'object' && check !== null && isDateOrAbsent(check.dueAt) && isDateOrAbsent(check.warnAt) && (Array.isArray(cycles) ? cycles.length === 0 || cycles.every(cycleDated) : cycles == null))) {
        throw invalidInput(['checks', index], 'a check (with Dates or null in dueAt, warnAt and cycles)', check);
      }
    }
  }
  if (readsSurveys && surveys !== undefined) {
    const count = listLength(surveys, ['surveys']);
    for (let index = 0; index < count; index++) {
      const at = (surveys[index] as SurveyResponse | null)?.respondedAt;
      if (!isInstant(at)) throw invalidInput(['surveys', index, 'respondedAt'], 'a valid Date', at);
    }
  }
}

/**
 * Fills the context of one evaluation (validating `now` and the input, see `checkInput`); checks
 * the interaction against `standards` at `now` when the conditions read standards and no `checks`
 * are given.
 */
export function fillEvaluationContext(context: EvaluationContext, input: EscalationInput, readsStandards: boolean, readsSurveys: boolean): EvaluationContext {
  const now = input?.now;
  if (!isInstant(now)) throw new ServiceKitError('INVALID_INPUT', 'now must be a valid Date: evaluation never reads the clock', { path: ['now'] });
  const interaction = input.interaction;
  if (!isInstant(interaction?.openedAt)) throw invalidInput(['interaction', 'openedAt'], 'a valid Date', interaction?.openedAt);
  checkInput(input, readsStandards, readsSurveys);
  let checks = input.checks ?? NO_CHECKS;
  if (input.checks === undefined && readsStandards && input.standards !== undefined && input.standards.length > 0) {
    checks = checkStandards(interaction, input.standards, input.customer === undefined ? { now } : { now, customer: input.customer });
  }
  context.interaction = interaction;
  context.customer = input.customer;
  context.checks = checks;
  context.standards = input.standards;
  context.surveys = input.surveys;
  context.nowMs = now.getTime();
  context.openedMs = interaction.openedAt.getTime();
  return context;
}

/** A compiled condition. */
export abstract class ConditionNode {
  /** Where its numbers start in the context's `values`. */
  readonly slot: number;
  constructor(numbering: NodeNumbering) {
    this.slot = numbering.take();
  }
  /** Evaluates at `context.nowMs` into its numbers. */
  abstract evaluate(context: EvaluationContext): void;
  /** Appends, in words, why the node has its current truth value (call after `evaluate`). */
  abstract describe(context: EvaluationContext, reasons: ReasonList): void;
  /** Writes its numbers. */
  protected settle(context: EvaluationContext, holds: boolean, since: number, before: number, next: number, sinceNext: number): void {
    const values = context.values;
    const slot = this.slot;
    values[slot + HOLDS] = holds ? 1 : 0;
    values[slot + SINCE] = since;
    values[slot + BEFORE] = before;
    values[slot + NEXT] = next;
    values[slot + SINCE_NEXT] = sinceNext;
  }
}

/**
 * The start of the run of value `value` that a union of the children's runs is in, from `start`:
 * a child whose own run of `value` ended at or after the union's start (at its `SINCE`) joins its
 * run, which began at its `BEFORE`. Repeated until no child extends it further.
 */
function unionStart(values: Float64Array, slots: Int32Array, value: boolean, start: number): number {
  const held = value ? 1 : 0;
  let extended = true;
  while (extended) {
    extended = false;
    for (let index = 0; index < slots.length; index++) {
      const slot = slots[index] as number;
      const before = values[slot + BEFORE] as number;
      if (values[slot + HOLDS] !== held && (values[slot + SINCE] as number) >= start && before < start) {
        start = before;
        extended = true;
      }
    }
  }
  return start;
}

/**
 * `all` and `any` are one node: `all` holds when no child fails, `any` fails when no child holds.
 * With `unanimous` the value every child must share (`true` for `all`, `false` for `any`):
 * - unanimous: the node has that value since the latest child took it (an intersection of runs,
 *   exact) and flips at the first child change;
 * - split: the node has the other value since the earliest child that has it began to, extended
 *   through the runs of children that just left it (a union of runs); it cannot flip before every
 *   child with that value has changed, and its `since` may move when any child changes.
 */
class CombinationNode extends ConditionNode {
  /** The children's slots. */
  private readonly slots: Int32Array;
  constructor(
    numbering: NodeNumbering,
    private readonly children: readonly ConditionNode[],
    private readonly unanimous: boolean,
  ) {
    super(numbering);
    this.slots = Int32Array.from(children, (child) => child.slot);
  }
  /** How many children the last evaluation read: a settled child (see below) ends it early. */
  private evaluated = 0;
  evaluate(context: EvaluationContext): void {
    const values = context.values;
    const unanimous = this.unanimous;
    const agree = unanimous ? 1 : 0;
    const { children, slots } = this;
    let split = false;
    let latest = -Infinity;
    let earliest = Infinity;
    let lastChange = -Infinity;
    let firstChange = Infinity;
    let firstSinceChange = Infinity;
    let count = 0;
    while (count < children.length) {
      (children[count] as ConditionNode).evaluate(context);
      const slot = slots[count++] as number;
      const since = values[slot + SINCE] as number;
      const next = values[slot + NEXT] as number;
      const sinceNext = values[slot + SINCE_NEXT] as number;
      if (values[slot + HOLDS] === agree) {
        if (since > latest) latest = since;
      } else if (since === -Infinity && next === Infinity && sinceNext === Infinity) {
        // A settled child (a field that fails `all`, or holds `any`, as far as the record goes)
        // decides the node for good, until a new event: no need to read the others.
        this.evaluated = count;
        this.settle(context, !unanimous, -Infinity, -Infinity, Infinity, Infinity);
        return;
      } else {
        split = true;
        if (since < earliest) earliest = since;
        if (next > lastChange) lastChange = next;
      }
      if (next < firstChange) firstChange = next;
      if (sinceNext < firstSinceChange) firstSinceChange = sinceNext;
    }
    this.evaluated = count;
    if (!split) {
      // The run before: the other value's union, back from the children that took this value last.
      let start = Infinity;
      for (let index = 0; index < slots.length; index++) {
        const slot = slots[index] as number;
        const before = values[slot + BEFORE] as number;
        if (values[slot + SINCE] === latest && before < start) start = before;
      }
      this.settle(context, unanimous, latest, start === Infinity ? -Infinity : unionStart(values, slots, !unanimous, start), firstChange, firstSinceChange);
    } else {
      this.settle(context, !unanimous, unionStart(values, slots, !unanimous, earliest), -Infinity, lastChange, firstChange < firstSinceChange ? firstChange : firstSinceChange);
    }
  }
  describe(context: EvaluationContext, reasons: ReasonList): void {
    const values = context.values;
    const holds = values[this.slot + HOLDS];
    for (let index = 0; index < this.evaluated; index++) {
      if (values[(this.slots[index] as number) + HOLDS] === holds) (this.children[index] as ConditionNode).describe(context, reasons);
    }
  }
}

/** The child does not hold: the same instants, the truth flipped. */
class NotNode extends ConditionNode {
  constructor(
    numbering: NodeNumbering,
    private readonly child: ConditionNode,
  ) {
    super(numbering);
  }
  evaluate(context: EvaluationContext): void {
    this.child.evaluate(context);
    const values = context.values;
    const from = this.child.slot;
    this.settle(context, values[from + HOLDS] === 0, values[from + SINCE] as number, values[from + BEFORE] as number, values[from + NEXT] as number, values[from + SINCE_NEXT] as number);
  }
  describe(context: EvaluationContext, reasons: ReasonList): void {
    this.child.describe(context, reasons);
  }
}

/** `firstResponseAt` → "first response at", `customer.attributes.plan` → "customer plan". */
function fieldWords(field: string): string {
  const name = field.startsWith(ATTRIBUTE_PREFIX) ? `customer.${field.slice(ATTRIBUTE_PREFIX.length)}` : field;
  return name
    .replace(/([a-z0-9])([A-Z])/g, '$1 $2')
    .replace(/[._-]+/g, ' ')
    .toLowerCase();
}

/** "1h 20m" for a positive or zero span (`formatDuration` of a finite span). */
function span(ms: number): string {
  return Number.isFinite(ms) ? formatDuration(Math.max(0, ms)) : 'a long time';
}

/** "20m 0s ago", or "just now" under a second. */
export function ago(ms: number): string {
  return Number.isFinite(ms) && ms < 1_000 ? 'just now' : `${span(ms)} ago`;
}

const INSTANT_WORDS: Readonly<Record<string, readonly [happened: string, pending: string]>> = {
  openedAt: ['opened', 'not opened yet'],
  answeredAt: ['answered', 'not answered yet'],
  firstResponseAt: ['first response sent', 'no first response yet'],
  resolvedAt: ['resolved', 'not resolved'],
  closedAt: ['closed', 'not closed'],
  abandonedAt: ['abandoned', 'not abandoned'],
  'customer.acquiredAt': ['customer acquired', 'customer not acquired yet'],
  'customer.churnedAt': ['customer churned', 'customer has not churned'],
};

type Read = (context: EvaluationContext) => unknown;

/** Reads instant `field` of the interaction, or of the customer with `customer`: its epoch ms if it happened by now. */
function instantRead(field: string, customer?: boolean): Read {
  return (context) => {
    const ms = customer
      ? dateFieldMs(context.customer?.[field as 'acquiredAt'], field, 'customer')
      : dateFieldMs((context.interaction as unknown as Record<string, unknown>)[field], field, 'interaction');
    return ms <= context.nowMs ? ms : undefined;
  };
}

function fieldReader(field: string): Read {
  switch (field) {
    case 'status':
      return statusAtNow;
    case 'reopenCount':
      return reopenCountAtNow;
    case 'customer.id':
      return (context) => context.customer?.id;
    case 'customer.segment':
      return (context) => context.customer?.segment;
    case 'customer.tier':
      return (context) => context.customer?.tier;
    case 'customer.acquiredAt':
      return instantRead('acquiredAt', true);
    case 'customer.churnedAt':
      return instantRead('churnedAt', true);
  }
  if (field.startsWith(ATTRIBUTE_PREFIX)) {
    const name = field.slice(ATTRIBUTE_PREFIX.length);
    return (context) => {
      const attributes = context.customer?.attributes;
      return attributes != null && Object.hasOwn(attributes, name) ? attributes[name] : undefined;
    };
  }
  if (fieldKind(field) === 'instant') return instantRead(field);
  return (context) => (context.interaction as unknown as Record<string, unknown>)[field];
}

const PRIORITY_RANK: Readonly<Record<string, number>> = Object.fromEntries(PRIORITIES.map((priority, rank) => [priority, rank]));

/** A field compared with values; a field has no history, so its truth is as old as the record (an instant's, as old as the instant). */
class FieldNode extends ConditionNode {
  private readonly read: Read;
  private readonly instant: boolean;
  private readonly allowed: ReadonlySet<FieldValue> | null;
  private readonly low: number;
  private readonly high: number;
  private readonly rank: boolean;
  /** The field in words, and for an instant field the words for "happened" and "not yet". */
  private readonly words: string;
  private readonly happened: string;
  private readonly pending: string;
  private value: unknown;

  constructor(
    numbering: NodeNumbering,
    private readonly leaf: Extract<Condition, { field: string }>,
  ) {
    super(numbering);
    const kind = fieldKind(leaf.field);
    this.read = fieldReader(leaf.field);
    this.instant = kind === 'instant';
    this.rank = kind === 'priority';
    this.allowed = leaf.in === undefined ? null : new Set(leaf.in);
    this.words = fieldWords(leaf.field);
    [this.happened, this.pending] = INSTANT_WORDS[leaf.field] ?? [this.words, `no ${this.words}`];
    const bound = (value: number | string | undefined, none: number) =>
      value === undefined ? none : typeof value === 'number' ? value : (PRIORITY_RANK[value] ?? Number.NaN);
    this.low = bound(leaf.gte, Number.NEGATIVE_INFINITY);
    this.high = bound(leaf.lte, Number.POSITIVE_INFINITY);
  }

  evaluate(context: EvaluationContext): void {
    const leaf = this.leaf;
    const value = this.read(context);
    this.value = value;
    let holds = true;
    if (leaf.exists !== undefined && (value !== undefined) !== leaf.exists) holds = false;
    if (holds && leaf.eq !== undefined && value !== leaf.eq) holds = false;
    if (holds && this.allowed !== null && !this.allowed.has(value as FieldValue)) holds = false;
    if (holds && (leaf.gte !== undefined || leaf.lte !== undefined)) {
      const number = this.rank ? (typeof value === 'string' ? (PRIORITY_RANK[value] ?? Number.NaN) : Number.NaN) : typeof value === 'number' ? value : Number.NaN;
      holds = number >= this.low && number <= this.high;
    }
    this.settle(context, holds, this.instant && typeof value === 'number' ? value : -Infinity, -Infinity, Infinity, Infinity);
  }

  describe(context: EvaluationContext, reasons: ReasonList): void {
    const value = this.value;
    if (this.instant) reasons.push(typeof value === 'number' ? `${this.happened} ${ago(context.nowMs - value)}` : this.pending);
    else reasons.push(value === undefined ? `${this.words} is not set` : `${this.words} is ${String(value)}`);
  }
}

const standardCalendars = new WeakMap<object, BusinessCalendar | null>();

/** The standard with this id among the context's standards, if given. */
function findStandard(context: EvaluationContext, id: string): ServiceStandard | ServiceStandardInput | undefined {
  const standards = context.standards;
  if (standards === undefined) return undefined;
  for (const standard of standards) if (standard?.id === id) return standard;
  return undefined;
}

/** The calendar of a business-time standard leaf: the standard's, else the policy's, else calendar time. */
function standardCalendar(context: EvaluationContext, id: string): BusinessCalendar | null {
  const standard = findStandard(context, id);
  if (standard !== undefined && standard.calendar !== undefined) {
    let calendar = standardCalendars.get(standard);
    if (calendar === undefined) {
      try {
        calendar = createCalendar(standard.calendar);
      } catch {
        calendar = null;
      }
      standardCalendars.set(standard, calendar);
    }
    if (calendar !== null) return calendar;
  }
  return context.calendar;
}

function findCheck(context: EvaluationContext, id: string): StandardCheck | undefined {
  for (const check of context.checks) if (check.standardId === id) return check;
  return undefined;
}

const msOf = (at: Date | null | undefined): number => (at === null || at === undefined ? Number.NaN : at.getTime());

/**
 * The timing that a check's run of statuses follows: for a breached `next_response` check, the
 * cycle that breached first (the check has been breached since then, whichever later cycle breaches
 * and becomes its worst); otherwise the check's own `warnAt` and `dueAt`.
 */
function timingOf(check: StandardCheck): { readonly warnAt: Date | null; readonly dueAt: Date | null } {
  if (check.status !== 'breached' || !(check.cycles?.length > 0)) return check;
  let first: StandardCheck['cycles'][number] | undefined;
  for (const cycle of check.cycles) {
    if (cycle.status === 'breached' && cycle.dueAt !== null && (first === undefined || cycle.dueAt < (first.dueAt as Date))) first = cycle;
  }
  return first ?? check;
}

/** A check still running (`pending` or `at_risk`) moves on by itself: at risk at `warnAt`, breached just after `dueAt`. */
function running(status: StandardStatus): boolean {
  return status === 'pending' || status === 'at_risk';
}

/** Words for a check's status at `now`. */
function describeCheck(context: EvaluationContext, label: string, check: StandardCheck | undefined): string {
  if (check === undefined) return `${label} does not apply`;
  const due = msOf(check.dueAt);
  switch (check.status) {
    case 'breached': {
      const at = msOf(timingOf(check).dueAt);
      return Number.isNaN(at) ? `${label} is breached` : `${label} breached ${ago(context.nowMs - at)}`;
    }
    case 'at_risk':
      return Number.isNaN(due) ? `${label} is at risk` : `${label} is at risk, due in ${span(due - context.nowMs)}`;
    case 'pending':
      return Number.isNaN(due) ? `${label} is pending` : `${label} is due in ${span(due - context.nowMs)}`;
    case 'paused':
      return `${label} is paused`;
    case 'met':
      return `${label} was met`;
    case 'not_applicable':
      return `${label} does not apply`;
  }
}

abstract class StandardNode extends ConditionNode {
  protected check: StandardCheck | undefined;
  /** The standard's id in words, for a standard without a name. */
  private readonly idWords: string;
  constructor(
    numbering: NodeNumbering,
    protected readonly standardId: string,
  ) {
    super(numbering);
    this.idWords = fieldWords(standardId);
  }
  protected label(context: EvaluationContext): string {
    const standard = findStandard(context, this.standardId);
    return standard?.name !== undefined && standard.name !== '' ? standard.name : this.idWords;
  }
}

/** The check's status is in a set; a running check's status moves on at `warnAt` and just after `dueAt`. */
class StandardStatusNode extends StandardNode {
  private readonly statuses: ReadonlySet<StandardStatus>;
  constructor(numbering: NodeNumbering, leaf: Extract<Condition, { status: unknown }>) {
    super(numbering, leaf.standard);
    this.statuses = new Set(leaf.status);
  }
  // The statuses a running check passes through by itself, each with the instant its run is said
  // to start and the first instant it holds (a breach holds from just after dueAt, its run starts
  // at dueAt); reused between evaluations.
  private readonly pathStatus: StandardStatus[] = ['pending', 'at_risk', 'breached'];
  private readonly pathStart = Float64Array.of(-Infinity, 0, 0);
  private readonly pathFrom = Float64Array.of(-Infinity, 0, 0);
  evaluate(context: EvaluationContext): void {
    const check = findCheck(context, this.standardId);
    this.check = check;
    const status: StandardStatus = check?.status ?? 'not_applicable';
    const statuses = this.statuses;
    const holds = statuses.has(status);
    if (check === undefined || !(running(status) || status === 'breached')) {
      this.settle(context, holds, -Infinity, -Infinity, Infinity, Infinity);
      return;
    }
    const timing = timingOf(check);
    const warn = msOf(timing.warnAt);
    const due = msOf(timing.dueAt);
    const { pathStatus, pathStart, pathFrom } = this;
    let length = 1;
    if (!Number.isNaN(warn)) {
      pathStatus[length] = 'at_risk';
      pathStart[length] = warn;
      pathFrom[length] = warn;
      length++;
    }
    if (!Number.isNaN(due)) {
      pathStatus[length] = 'breached';
      pathStart[length] = due;
      pathFrom[length] = due + 1;
      length++;
    }
    let current = 0;
    for (let index = 1; index < length; index++) if (pathStatus[index] === status) current = index;
    let first = current;
    while (first > 0 && statuses.has(pathStatus[first - 1] as StandardStatus) === holds) first--;
    let before = -Infinity;
    if (first > 0) {
      let previous = first - 1;
      while (previous > 0 && statuses.has(pathStatus[previous - 1] as StandardStatus) !== holds) previous--;
      before = pathStart[previous] as number;
    }
    let next = Infinity;
    for (let index = current + 1; index < length; index++) {
      const from = pathFrom[index] as number;
      if (from > context.nowMs && statuses.has(pathStatus[index] as StandardStatus) !== holds) {
        next = from;
        break;
      }
    }
    this.settle(context, holds, pathStart[first] as number, before, next, Infinity);
  }
  describe(context: EvaluationContext, reasons: ReasonList): void {
    reasons.push(describeCheck(context, this.label(context), this.check));
  }
}

/**
 * A leaf that starts to hold at an instant set by the due instant of a running or breached check
 * (`timingOf`), in calendar time or in the standard's business time:
 * - `breachedFor`: breached at least that long ago, from `breachedAt + breachedFor` (a running
 *   check's breach is at `dueAt`; it holds only once breached, just after `dueAt`);
 * - `dueWithin`: at most that long left to the target, or past it, and not met: from `dueAt − dueWithin`.
 */
class DueRelativeNode extends StandardNode {
  private readonly business: boolean;
  /** `true` for `breachedFor`, `false` for `dueWithin`. */
  private readonly breach: boolean;
  private readonly ms: number;
  private calendar: BusinessCalendar | null = null;
  /** The due instant the last evaluation read; `NaN` when the check was not running or breached, or had none. */
  private dueMs = Number.NaN;
  constructor(numbering: NodeNumbering, leaf: Extract<Condition, { breachedFor: unknown }> | Extract<Condition, { dueWithin: unknown }>) {
    super(numbering, leaf.standard);
    this.business = leaf.in === 'business';
    this.breach = 'breachedFor' in leaf;
    this.ms = 'breachedFor' in leaf ? leaf.breachedFor : leaf.dueWithin;
  }
  evaluate(context: EvaluationContext): void {
    const check = findCheck(context, this.standardId);
    this.check = check;
    const due = check !== undefined && (running(check.status) || check.status === 'breached') ? msOf(timingOf(check).dueAt) : Number.NaN;
    this.dueMs = due;
    if (Number.isNaN(due)) {
      this.settle(context, false, -Infinity, -Infinity, Infinity, Infinity);
      return;
    }
    const calendar = this.business ? standardCalendar(context, this.standardId) : null;
    this.calendar = calendar;
    const start = this.breach ? instantAfter(calendar, due, this.ms) : earliestWithin(calendar, due, this.ms);
    const from = this.breach ? Math.max(start, due + 1) : start;
    if (context.nowMs >= from) this.settle(context, true, start, -Infinity, Infinity, Infinity);
    else this.settle(context, false, -Infinity, -Infinity, from, Infinity);
  }
  describe(context: EvaluationContext, reasons: ReasonList): void {
    const label = this.label(context);
    const due = this.dueMs;
    const unit = this.business ? ' of business time' : '';
    if (Number.isNaN(due) || (this.breach && this.check?.status !== 'breached')) {
      reasons.push(describeCheck(context, label, this.check));
    } else if (this.breach) {
      reasons.push(this.business ? `${label} breached ${span(timeBetween(this.calendar, due, context.nowMs))}${unit} ago` : `${label} breached ${ago(context.nowMs - due)}`);
    } else {
      const left = this.business ? timeBetween(this.calendar, context.nowMs, due) : due - context.nowMs;
      reasons.push(left >= 0 ? `${label} is due in ${span(left)}${unit}` : `${label} was due ${this.business ? `${span(-left)}${unit} ago` : ago(-left)}`);
    }
  }
}

/** A time leaf: counts calendar time, or with `in: 'business'` the policy's business time. */
abstract class TimeLeafNode extends ConditionNode {
  constructor(
    numbering: NodeNumbering,
    protected readonly business: boolean,
  ) {
    super(numbering);
  }
  protected calendarOf(context: EvaluationContext): BusinessCalendar | null {
    return this.business ? context.calendar : null;
  }
}

/** Open at least `openFor`: from `openedAt + openFor`. */
class OpenForNode extends TimeLeafNode {
  constructor(
    numbering: NodeNumbering,
    private readonly leaf: Extract<Condition, { openFor: unknown }>,
  ) {
    super(numbering, leaf.in === 'business');
  }
  evaluate(context: EvaluationContext): void {
    const opened = context.openedMs;
    const from = instantAfter(this.calendarOf(context), opened, this.leaf.openFor);
    if (context.nowMs >= from) this.settle(context, true, from, opened, Infinity, Infinity);
    else this.settle(context, false, opened, -Infinity, from, Infinity);
  }
  describe(context: EvaluationContext, reasons: ReasonList): void {
    const open = this.business ? timeBetween(this.calendarOf(context), context.openedMs, context.nowMs) : context.nowMs - context.openedMs;
    reasons.push(`open for ${span(open)}${this.business ? ' of business time' : ''}`);
  }
}

/** No message for at least `idleFor`: from the last message (or the opening) plus `idleFor`, until the next message. */
class IdleForNode extends TimeLeafNode {
  private lastMs = 0;
  private lastAuthor: 'customer' | 'agent' = 'customer';
  private hasMessage = false;
  private holds = false;
  constructor(
    numbering: NodeNumbering,
    private readonly leaf: Extract<Condition, { idleFor: unknown }>,
  ) {
    super(numbering, leaf.in === 'business');
  }
  evaluate(context: EvaluationContext): void {
    const message = lastMessageAtNow(context);
    const last = message === undefined ? context.openedMs : Math.max(message.at.getTime(), context.openedMs);
    this.hasMessage = message !== undefined;
    this.lastMs = last;
    this.lastAuthor = message?.author ?? (context.interaction.direction === 'outbound' ? 'agent' : 'customer');
    this.holds = false;
    if (this.leaf.lastMessageFrom !== undefined && this.leaf.lastMessageFrom !== this.lastAuthor) {
      this.settle(context, false, last, -Infinity, Infinity, Infinity);
      return;
    }
    const from = instantAfter(this.calendarOf(context), last, this.leaf.idleFor);
    this.holds = context.nowMs >= from;
    if (this.holds) this.settle(context, true, from, last, Infinity, Infinity);
    else this.settle(context, false, last, -Infinity, from, Infinity);
  }
  describe(context: EvaluationContext, reasons: ReasonList): void {
    const business = this.business;
    const idle = business ? timeBetween(this.calendarOf(context), this.lastMs, context.nowMs) : context.nowMs - this.lastMs;
    const unit = business ? ' of business time' : '';
    const last = this.hasMessage ? `the ${this.lastAuthor}'s last message` : 'it was opened';
    reasons.push(this.holds ? `no message for ${span(idle)}${unit} since ${last}` : `last message ${business ? `${span(idle)}${unit} ago` : ago(idle)}, from the ${this.lastAuthor}`);
  }
}

/** The last CSAT response by `now` scored at most `lastCsatAtMost` (and, with `within`, is that recent). */
class LastCsatNode extends ConditionNode {
  private score = Number.NaN;
  private respondedMs = Number.NaN;
  constructor(
    numbering: NodeNumbering,
    private readonly leaf: Extract<Condition, { lastCsatAtMost: unknown }>,
  ) {
    super(numbering);
  }
  evaluate(context: EvaluationContext): void {
    const of = this.leaf.of ?? 'customer';
    let score = Number.NaN;
    let respondedMs = Number.NEGATIVE_INFINITY;
    for (const response of context.surveys ?? []) {
      const ms = response.respondedAt.getTime();
      if (ms > context.nowMs || ms < respondedMs || !surveyMatches(response, context.interaction, of)) continue;
      // The latest response; of two at the same instant, the lower score, whatever the list order.
      if (ms > respondedMs || !(response.score >= score)) score = response.score;
      respondedMs = ms;
    }
    this.score = score;
    this.respondedMs = Number.isNaN(score) ? Number.NaN : respondedMs;
    if (Number.isNaN(score)) {
      this.settle(context, false, -Infinity, -Infinity, Infinity, Infinity);
      return;
    }
    const within = this.leaf.within;
    const expires = within === undefined ? Infinity : respondedMs + within;
    const low = score <= this.leaf.lastCsatAtMost;
    const holds = low && context.nowMs < expires;
    this.settle(context, holds, holds || !low ? respondedMs : expires, low && !holds ? respondedMs : -Infinity, holds ? expires : Infinity, Infinity);
  }
  describe(context: EvaluationContext, reasons: ReasonList): void {
    reasons.push(Number.isNaN(this.score) ? 'no CSAT response' : `last CSAT was ${this.score} (${ago(context.nowMs - this.respondedMs)})`);
  }
}

/** Compiles a validated condition into nodes, numbered by `numbering` (the context's `values` must have room for them all). */
export function compileCondition(condition: Condition, numbering: NodeNumbering): ConditionNode {
  const compile = (child: Condition) => compileCondition(child, numbering);
  if ('all' in condition) return new CombinationNode(numbering, condition.all.map(compile), true);
  if ('any' in condition) return new CombinationNode(numbering, condition.any.map(compile), false);
  if ('not' in condition) return new NotNode(numbering, compile(condition.not));
  if ('field' in condition) return new FieldNode(numbering, condition);
  if ('status' in condition) return new StandardStatusNode(numbering, condition);
  if ('breachedFor' in condition || 'dueWithin' in condition) return new DueRelativeNode(numbering, condition);
  if ('openFor' in condition) return new OpenForNode(numbering, condition);
  if ('idleFor' in condition) return new IdleForNode(numbering, condition);
  return new LastCsatNode(numbering, condition);
}

/** Whether a condition reads service standards or surveys (so an evaluation can skip what it does not need). */
export function conditionReads(condition: Condition | undefined, what: 'standards' | 'surveys'): boolean {
  if (condition === undefined) return false;
  if ('all' in condition) return condition.all.some((child) => conditionReads(child, what));
  if ('any' in condition) return condition.any.some((child) => conditionReads(child, what));
  if ('not' in condition) return conditionReads(condition.not, what);
  return what === 'standards' ? 'standard' in condition : 'lastCsatAtMost' in condition;
}
