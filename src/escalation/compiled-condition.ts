// Internal (not re-exported): a validated condition compiled into a tree of nodes. Evaluating a
// node at `now` sets these fields on it, with instants as epoch milliseconds:
// - `holds`: whether the condition holds at `now`;
// - `since`: when its current run (of holding, or of not holding) began; −Infinity when not known
//   (a field value has no history: as far as the record goes);
// - `before`: when the run before that one began (it ended at `since`); −Infinity when not known;
// - `next`: the earliest instant after `now` at which `holds` can flip by itself (Infinity: never);
// - `sinceNext`: the earliest instant after `now` at which `since` or `before` can change while
//   `holds` does not (a union of runs that loses the child it was counted from).
// `describe` then writes, in words, why it has its current truth value. Nodes keep the result of
// the last evaluation on themselves (no allocation per call), so a tree serves one evaluation at a
// time, which is always the case: evaluation is synchronous.
import { ServiceKitError } from '../errors/service-kit-error.js';
import type { Customer } from '../models/customer.js';
import { type Interaction, PRIORITIES } from '../models/interaction.js';
import type { SurveyResponse } from '../models/survey.js';
import { checkStandards, type StandardCheck, type StandardStatus } from '../standards/check.js';
import type { ServiceStandard, ServiceStandardInput } from '../standards/standard.js';
import { type BusinessCalendar, createCalendar } from '../time/calendar.js';
import { formatDuration } from '../time/duration.js';
import type { Condition, FieldValue } from './condition.js';
import type { EscalationInput } from './escalation-input.js';
import { ATTRIBUTE_PREFIX, fieldKind } from './field-kinds.js';
import { lastMessageAtNow, reopenCountAtNow, statusAtNow, surveyMatches } from './interaction-at-now.js';
import { earliestWithin, instantAfter, timeBetween } from './time-basis.js';

/** What one evaluation reads (one object per compiled policy, refilled by each evaluation). */
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
}

const NO_CHECKS: readonly StandardCheck[] = Object.freeze([]);

function isInstant(value: unknown): value is Date {
  return value instanceof Date && !Number.isNaN(value.getTime());
}

/** An empty context, to fill with {@link fillEvaluationContext}. */
export function emptyEvaluationContext(calendar: BusinessCalendar | null): EvaluationContext {
  return { interaction: undefined as unknown as Interaction, customer: undefined, checks: NO_CHECKS, standards: undefined, surveys: undefined, nowMs: 0, openedMs: 0, calendar };
}

/**
 * Fills the context of one evaluation (validating `now` and `openedAt`); checks the interaction
 * against `standards` at `now` when the conditions read standards and no `checks` are given.
 */
export function fillEvaluationContext(context: EvaluationContext, input: EscalationInput, readsStandards: boolean): EvaluationContext {
  const now = input?.now;
  if (!isInstant(now)) throw new ServiceKitError('INVALID_INPUT', 'now must be a valid Date: evaluation never reads the clock', { path: ['now'] });
  const interaction = input.interaction;
  if (!isInstant(interaction?.openedAt)) {
    throw new ServiceKitError('INVALID_INPUT', 'interaction.openedAt must be a valid Date: parse rows with InteractionSchema or parseInteractions first', {
      path: ['interaction', 'openedAt'],
    });
  }
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

const NEVER = Number.POSITIVE_INFINITY;
const UNKNOWN = Number.NEGATIVE_INFINITY;

/** A compiled condition. */
export abstract class ConditionNode {
  holds = false;
  since = UNKNOWN;
  before = UNKNOWN;
  next = NEVER;
  sinceNext = NEVER;
  /** Evaluates at `context.nowMs` into `holds`, `since`, `before`, `next` and `sinceNext`. */
  abstract evaluate(context: EvaluationContext): void;
  /** Appends, in words, why the node has its current truth value (call after `evaluate`). */
  abstract describe(context: EvaluationContext, reasons: string[]): void;
}

/**
 * The start of the run of value `value` that a union of the children's runs is in, from `start`:
 * a child whose own run of `value` ended at or after the union's start (at its `since`) joins its
 * run, which began at its `before`. Repeated until no child extends it further.
 */
function unionStart(children: readonly ConditionNode[], value: boolean, start: number): number {
  let extended = true;
  while (extended) {
    extended = false;
    for (const child of children) {
      if (child.holds !== value && child.since >= start && child.before < start) {
        start = child.before;
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
  constructor(
    private readonly children: readonly ConditionNode[],
    private readonly unanimous: boolean,
  ) {
    super();
  }
  /** How many children the last evaluation read: a settled child (see below) ends it early. */
  private evaluated = 0;
  evaluate(context: EvaluationContext): void {
    const unanimous = this.unanimous;
    const children = this.children;
    let split = false;
    let latest = UNKNOWN;
    let earliest = NEVER;
    let lastChange = UNKNOWN;
    let firstChange = NEVER;
    let firstSinceChange = NEVER;
    let count = 0;
    while (count < children.length) {
      const child = children[count++] as ConditionNode;
      child.evaluate(context);
      if (child.holds !== unanimous && child.since === UNKNOWN && child.next === NEVER && child.sinceNext === NEVER) {
        // A settled child (a field that fails `all`, or holds `any`, as far as the record goes)
        // decides the node for good, until a new event: no need to read the others.
        this.evaluated = count;
        this.holds = !unanimous;
        this.since = UNKNOWN;
        this.before = UNKNOWN;
        this.next = NEVER;
        this.sinceNext = NEVER;
        return;
      }
      if (child.next < firstChange) firstChange = child.next;
      if (child.sinceNext < firstSinceChange) firstSinceChange = child.sinceNext;
      if (child.holds === unanimous) {
        if (child.since > latest) latest = child.since;
      } else {
        split = true;
        if (child.since < earliest) earliest = child.since;
        if (child.next > lastChange) lastChange = child.next;
      }
    }
    this.evaluated = count;
    if (!split) {
      this.holds = unanimous;
      this.since = latest;
      // The run before: the other value's union, back from the children that took this value last.
      let start = NEVER;
      for (const child of children) if (child.since === latest && child.before < start) start = child.before;
      this.before = start === NEVER ? UNKNOWN : unionStart(children, !unanimous, start);
      this.next = firstChange;
      this.sinceNext = firstSinceChange;
    } else {
      this.holds = !unanimous;
      this.since = unionStart(children, !unanimous, earliest);
      this.before = UNKNOWN;
      this.next = lastChange;
      this.sinceNext = firstChange < firstSinceChange ? firstChange : firstSinceChange;
    }
  }
  describe(context: EvaluationContext, reasons: string[]): void {
    for (let index = 0; index < this.evaluated; index++) {
      const child = this.children[index] as ConditionNode;
      if (child.holds === this.holds) child.describe(context, reasons);
    }
  }
}

/** The child does not hold: the same instants, the truth flipped. */
class NotNode extends ConditionNode {
  constructor(private readonly child: ConditionNode) {
    super();
  }
  evaluate(context: EvaluationContext): void {
    const child = this.child;
    child.evaluate(context);
    this.holds = !child.holds;
    this.since = child.since;
    this.before = child.before;
    this.next = child.next;
    this.sinceNext = child.sinceNext;
  }
  describe(context: EvaluationContext, reasons: string[]): void {
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

function instantRead(get: (context: EvaluationContext) => Date | undefined): Read {
  return (context) => {
    const at = get(context);
    if (at === undefined) return undefined;
    const ms = at.getTime();
    return ms <= context.nowMs ? ms : undefined;
  };
}

function fieldReader(field: string): Read {
  switch (field) {
    case 'status':
      return (context) => statusAtNow(context.interaction, context.nowMs);
    case 'reopenCount':
      return (context) => reopenCountAtNow(context.interaction, context.nowMs);
    case 'customer.id':
      return (context) => context.customer?.id;
    case 'customer.segment':
      return (context) => context.customer?.segment;
    case 'customer.tier':
      return (context) => context.customer?.tier;
    case 'customer.acquiredAt':
      return instantRead((context) => context.customer?.acquiredAt);
    case 'customer.churnedAt':
      return instantRead((context) => context.customer?.churnedAt);
  }
  if (field.startsWith(ATTRIBUTE_PREFIX)) {
    const name = field.slice(ATTRIBUTE_PREFIX.length);
    return (context) => {
      const attributes = context.customer?.attributes;
      return attributes !== undefined && Object.hasOwn(attributes, name) ? attributes[name] : undefined;
    };
  }
  if (fieldKind(field) === 'instant') return instantRead((context) => (context.interaction as unknown as Record<string, Date | undefined>)[field]);
  return (context) => (context.interaction as unknown as Record<string, unknown>)[field];
}

const PRIORITY_RANK: Readonly<Record<string, number>> = Object.fromEntries(PRIORITIES.map((priority, rank) => [priority, rank]));

/** A field compared with values; a field has no history, so its truth is as old as the record (an instant's, as old as the instant). */
class FieldNode extends ConditionNode {
  private readonly read: Read;
  private readonly instant: boolean;
  private readonly values: ReadonlySet<FieldValue> | null;
  private readonly low: number;
  private readonly high: number;
  private readonly rank: boolean;
  private value: unknown;

  constructor(private readonly leaf: Extract<Condition, { field: string }>) {
    super();
    const kind = fieldKind(leaf.field);
    this.read = fieldReader(leaf.field);
    this.instant = kind === 'instant';
    this.rank = kind === 'priority';
    this.values = leaf.in === undefined ? null : new Set(leaf.in);
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
    if (holds && this.values !== null && !this.values.has(value as FieldValue)) holds = false;
    if (holds && (leaf.gte !== undefined || leaf.lte !== undefined)) {
      const number = this.rank ? (typeof value === 'string' ? (PRIORITY_RANK[value] ?? Number.NaN) : Number.NaN) : typeof value === 'number' ? value : Number.NaN;
      holds = number >= this.low && number <= this.high;
    }
    this.holds = holds;
    this.since = this.instant && typeof value === 'number' ? value : UNKNOWN;
    this.before = UNKNOWN;
    this.next = NEVER;
  }

  describe(context: EvaluationContext, reasons: string[]): void {
    const field = this.leaf.field;
    const value = this.value;
    if (this.instant) {
      const [happened, pending] = INSTANT_WORDS[field] ?? [fieldWords(field), `no ${fieldWords(field)}`];
      reasons.push(typeof value === 'number' ? `${happened} ${ago(context.nowMs - value)}` : pending);
    } else {
      reasons.push(value === undefined ? `${fieldWords(field)} is not set` : `${fieldWords(field)} is ${String(value)}`);
    }
  }
}

const standardCalendars = new WeakMap<object, BusinessCalendar | null>();

/** The standard with this id among the context's standards, if given. */
function findStandard(context: EvaluationContext, id: string): ServiceStandard | ServiceStandardInput | undefined {
  const standards = context.standards;
  if (standards === undefined) return undefined;
  for (const standard of standards) if (standard.id === id) return standard;
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
  if (check.status !== 'breached' || check.cycles.length === 0) return check;
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
  constructor(protected readonly standardId: string) {
    super();
  }
  protected label(context: EvaluationContext): string {
    const standard = findStandard(context, this.standardId);
    return standard?.name !== undefined && standard.name !== '' ? standard.name : fieldWords(this.standardId);
  }
}

/** The check's status is in a set; a running check's status moves on at `warnAt` and just after `dueAt`. */
class StandardStatusNode extends StandardNode {
  private readonly statuses: ReadonlySet<StandardStatus>;
  constructor(leaf: Extract<Condition, { status: unknown }>) {
    super(leaf.standard);
    this.statuses = new Set(leaf.status);
  }
  // The statuses a running check passes through by itself, each with the instant its run is said
  // to start and the first instant it holds (a breach holds from just after dueAt, its run starts
  // at dueAt); reused between evaluations.
  private readonly pathStatus: StandardStatus[] = ['pending', 'at_risk', 'breached'];
  private readonly pathStart: number[] = [UNKNOWN, 0, 0];
  private readonly pathFrom: number[] = [UNKNOWN, 0, 0];
  evaluate(context: EvaluationContext): void {
    const check = findCheck(context, this.standardId);
    this.check = check;
    const status: StandardStatus = check?.status ?? 'not_applicable';
    const statuses = this.statuses;
    const holds = statuses.has(status);
    this.holds = holds;
    this.since = UNKNOWN;
    this.before = UNKNOWN;
    this.next = NEVER;
    if (check === undefined || !(running(status) || status === 'breached')) return;
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
    this.since = pathStart[first] as number;
    if (first > 0) {
      let previous = first - 1;
      while (previous > 0 && statuses.has(pathStatus[previous - 1] as StandardStatus) !== holds) previous--;
      this.before = pathStart[previous] as number;
    }
    for (let index = current + 1; index < length; index++) {
      const from = pathFrom[index] as number;
      if (from > context.nowMs && statuses.has(pathStatus[index] as StandardStatus) !== holds) {
        this.next = from;
        break;
      }
    }
  }
  describe(context: EvaluationContext, reasons: string[]): void {
    reasons.push(describeCheck(context, this.label(context), this.check));
  }
}

/** Breached at least `breachedFor` ago: from `breachedAt + breachedFor` (a running check's breach is at `dueAt`). */
class BreachedForNode extends StandardNode {
  private calendar: BusinessCalendar | null = null;
  private breachMs = Number.NaN;
  constructor(private readonly leaf: Extract<Condition, { breachedFor: unknown }>) {
    super(leaf.standard);
  }
  evaluate(context: EvaluationContext): void {
    const check = findCheck(context, this.standardId);
    this.check = check;
    this.holds = false;
    this.since = UNKNOWN;
    this.before = UNKNOWN;
    this.next = NEVER;
    this.breachMs = Number.NaN;
    if (check === undefined || !(running(check.status) || check.status === 'breached')) return;
    const breach = msOf(timingOf(check).dueAt);
    if (Number.isNaN(breach)) return;
    this.breachMs = breach;
    this.calendar = this.leaf.in === 'business' ? standardCalendar(context, this.standardId) : null;
    const threshold = instantAfter(this.calendar, breach, this.leaf.breachedFor);
    const from = Math.max(threshold, breach + 1);
    if (context.nowMs >= from) {
      this.holds = true;
      this.since = threshold;
    } else {
      this.next = from;
    }
  }
  describe(context: EvaluationContext, reasons: string[]): void {
    const check = this.check;
    if (check?.status === 'breached' && !Number.isNaN(this.breachMs)) {
      const label = this.label(context);
      reasons.push(
        this.leaf.in === 'business'
          ? `${label} breached ${span(timeBetween(this.calendar, this.breachMs, context.nowMs))} of business time ago`
          : `${label} breached ${ago(context.nowMs - this.breachMs)}`,
      );
    } else {
      reasons.push(describeCheck(context, this.label(context), check));
    }
  }
}

/** At most `dueWithin` left to the target, or past it, and not met: from `dueAt − dueWithin`. */
class DueWithinNode extends StandardNode {
  private calendar: BusinessCalendar | null = null;
  constructor(private readonly leaf: Extract<Condition, { dueWithin: unknown }>) {
    super(leaf.standard);
  }
  evaluate(context: EvaluationContext): void {
    const check = findCheck(context, this.standardId);
    this.check = check;
    this.holds = false;
    this.since = UNKNOWN;
    this.before = UNKNOWN;
    this.next = NEVER;
    if (check === undefined || !(running(check.status) || check.status === 'breached')) return;
    const due = msOf(timingOf(check).dueAt);
    if (Number.isNaN(due)) return;
    this.calendar = this.leaf.in === 'business' ? standardCalendar(context, this.standardId) : null;
    const from = earliestWithin(this.calendar, due, this.leaf.dueWithin);
    if (context.nowMs >= from) {
      this.holds = true;
      this.since = from;
    } else {
      this.next = from;
    }
  }
  describe(context: EvaluationContext, reasons: string[]): void {
    const check = this.check;
    const due = check === undefined ? Number.NaN : msOf(timingOf(check).dueAt);
    if (check === undefined || Number.isNaN(due) || !(running(check.status) || check.status === 'breached')) {
      reasons.push(describeCheck(context, this.label(context), check));
      return;
    }
    const label = this.label(context);
    const business = this.leaf.in === 'business';
    const left = business ? timeBetween(this.calendar, context.nowMs, due) : due - context.nowMs;
    const unit = business ? ' of business time' : '';
    reasons.push(left >= 0 ? `${label} is due in ${span(left)}${unit}` : `${label} was due ${business ? `${span(-left)}${unit} ago` : ago(-left)}`);
  }
}

/** Open at least `openFor`: from `openedAt + openFor`. */
class OpenForNode extends ConditionNode {
  constructor(private readonly leaf: Extract<Condition, { openFor: unknown }>) {
    super();
  }
  private calendarOf(context: EvaluationContext): BusinessCalendar | null {
    return this.leaf.in === 'business' ? context.calendar : null;
  }
  evaluate(context: EvaluationContext): void {
    const from = instantAfter(this.calendarOf(context), context.openedMs, this.leaf.openFor);
    this.holds = context.nowMs >= from;
    this.since = this.holds ? from : context.openedMs;
    this.before = this.holds ? context.openedMs : UNKNOWN;
    this.next = this.holds ? NEVER : from;
  }
  describe(context: EvaluationContext, reasons: string[]): void {
    const business = this.leaf.in === 'business';
    const open = business ? timeBetween(this.calendarOf(context), context.openedMs, context.nowMs) : context.nowMs - context.openedMs;
    reasons.push(`open for ${span(open)}${business ? ' of business time' : ''}`);
  }
}

/** No message for at least `idleFor`: from the last message (or the opening) plus `idleFor`, until the next message. */
class IdleForNode extends ConditionNode {
  private lastMs = 0;
  private lastAuthor: 'customer' | 'agent' = 'customer';
  private hasMessage = false;
  constructor(private readonly leaf: Extract<Condition, { idleFor: unknown }>) {
    super();
  }
  private calendarOf(context: EvaluationContext): BusinessCalendar | null {
    return this.leaf.in === 'business' ? context.calendar : null;
  }
  evaluate(context: EvaluationContext): void {
    const message = lastMessageAtNow(context.interaction, context.nowMs);
    this.hasMessage = message !== undefined;
    this.lastMs = message === undefined ? context.openedMs : Math.max(message.at.getTime(), context.openedMs);
    this.lastAuthor = message?.author ?? (context.interaction.direction === 'outbound' ? 'agent' : 'customer');
    this.next = NEVER;
    this.before = UNKNOWN;
    if (this.leaf.lastMessageFrom !== undefined && this.leaf.lastMessageFrom !== this.lastAuthor) {
      this.holds = false;
      this.since = this.lastMs;
      return;
    }
    const from = instantAfter(this.calendarOf(context), this.lastMs, this.leaf.idleFor);
    this.holds = context.nowMs >= from;
    this.since = this.holds ? from : this.lastMs;
    if (this.holds) this.before = this.lastMs;
    if (!this.holds) this.next = from;
  }
  describe(context: EvaluationContext, reasons: string[]): void {
    const business = this.leaf.in === 'business';
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
  constructor(private readonly leaf: Extract<Condition, { lastCsatAtMost: unknown }>) {
    super();
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
    this.holds = false;
    this.since = UNKNOWN;
    this.before = UNKNOWN;
    this.next = NEVER;
    if (Number.isNaN(score)) return;
    const within = this.leaf.within;
    const expires = within === undefined ? NEVER : respondedMs + within;
    const low = score <= this.leaf.lastCsatAtMost;
    this.holds = low && context.nowMs < expires;
    this.since = this.holds || !low ? respondedMs : expires;
    if (low && !this.holds) this.before = respondedMs;
    if (this.holds) this.next = expires;
  }
  describe(context: EvaluationContext, reasons: string[]): void {
    reasons.push(Number.isNaN(this.score) ? 'no CSAT response' : `last CSAT was ${this.score} (${ago(context.nowMs - this.respondedMs)})`);
  }
}

/** Compiles a validated condition into nodes. */
export function compileCondition(condition: Condition): ConditionNode {
  if ('all' in condition) return new CombinationNode(condition.all.map(compileCondition), true);
  if ('any' in condition) return new CombinationNode(condition.any.map(compileCondition), false);
  if ('not' in condition) return new NotNode(compileCondition(condition.not));
  if ('field' in condition) return new FieldNode(condition);
  if ('status' in condition) return new StandardStatusNode(condition);
  if ('breachedFor' in condition) return new BreachedForNode(condition);
  if ('dueWithin' in condition) return new DueWithinNode(condition);
  if ('openFor' in condition) return new OpenForNode(condition);
  if ('idleFor' in condition) return new IdleForNode(condition);
  return new LastCsatNode(condition);
}

/** Whether a condition reads service standards or surveys (so an evaluation can skip what it does not need). */
export function conditionReads(condition: Condition | undefined, what: 'standards' | 'surveys'): boolean {
  if (condition === undefined) return false;
  if ('all' in condition) return condition.all.some((child) => conditionReads(child, what));
  if ('any' in condition) return condition.any.some((child) => conditionReads(child, what));
  if ('not' in condition) return conditionReads(condition.not, what);
  return what === 'standards' ? 'standard' in condition : 'lastCsatAtMost' in condition;
}
