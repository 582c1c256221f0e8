import { describeValue } from '../errors/describe-value.js';
import { locatedError } from '../errors/located-error.js';
import { optionsObject } from '../errors/options-object.js';
import { isServiceKitError, ServiceKitError } from '../errors/service-kit-error.js';
import { checkIterableRows } from '../models/check-rows.js';
import { compilePolicy } from './compiled-policy.js';
import type { EscalationInput } from './escalation-input.js';
import { type EscalationDecision, evaluateEscalation } from './evaluate.js';
import type { EscalationPolicy, EscalationPolicyInput } from './policy.js';

/** One interaction to watch: what {@link evaluateEscalation} reads, less `now` and `checks` (which belong to one instant). */
export type EscalationSubject = Omit<EscalationInput, 'now' | 'checks'>;

/** An interaction whose escalation changed between two instants. */
export interface EscalationChange {
  /** The interaction's id. */
  readonly interactionId: string;
  /** The decision at `from`. */
  readonly previous: EscalationDecision;
  /** The decision at `to`. */
  readonly current: EscalationDecision;
}

/** Options of {@link escalationChanges}. */
export interface EscalationChangesOptions {
  /** The earlier instant (the scheduler's last run). */
  from: Date;
  /** The later instant (now). */
  to: Date;
}

/** The epoch ms of the instant option `name`: INVALID_INPUT at `[name]` unless it is a valid `Date`. */
function instantOption(value: unknown, name: string): number {
  const ms = value instanceof Date ? value.getTime() : Number.NaN;
  if (ms !== ms) throw new ServiceKitError('INVALID_INPUT', `${name} must be a valid Date; got ${describeValue(value)}`, { path: [name] });
  return ms;
}

/**
 * Evaluates many interactions at two instants and lists those whose escalation level changed, or
 * whose level is due again (`repeat`), between them: what a scheduler runs.
 *
 * Only the two instants are compared (a level that came and went in between is not listed; a
 * scheduler that also calls at each `nextReviewAt` sees it). An interaction whose decision at `from`
 * has a `nextReviewAt` after `to` (or none) cannot have changed and is not evaluated again.
 *
 * @param policy - The policy (see {@link evaluateEscalation}).
 * @param subjects - The interactions, each with its customer, standards and surveys as needed.
 * @param options - `from` and `to`, `from` not after `to`.
 * @returns The changes, in the order of `subjects`.
 * @throws {@link errors!ServiceKitError} as {@link evaluateEscalation}, with a subject's errors located
 *   at its index (`[index, 'interaction', …]`, "subject 3: …"); `INVALID_INPUT` when `from` or `to`
 *   is not a valid `Date` (path `['from']` or `['to']`), when `from` is after `to` (path `['from']`),
 *   or when `subjects` is not iterable.
 * @example
 * ```ts
 * const policy = { id: 'stale', levels: [{ level: 1, name: 'team lead', when: { openFor: '4h' } }] };
 * const tickets = ['09:00', '12:00'].map((time, index) => InteractionSchema.parse({
 *   id: `t${index + 1}`, customerId: 'c1', channel: 'email', openedAt: `2025-01-06T${time}:00Z`,
 * }));
 * escalationChanges(policy, tickets.map((interaction) => ({ interaction })), {
 *   from: new Date('2025-01-06T12:30:00Z'), to: new Date('2025-01-06T13:30:00Z'),
 * }).map((change) => [change.interactionId, change.previous.level, change.current.level])
 * // => [['t1', null, 1]]
 * ```
 */
export function escalationChanges(
  policy: EscalationPolicy | EscalationPolicyInput,
  subjects: Iterable<EscalationSubject>,
  options: EscalationChangesOptions,
): EscalationChange[] {
  const { from, to } = optionsObject(options);
  const fromMs = instantOption(from, 'from');
  const toMs = instantOption(to, 'to');
  if (fromMs > toMs) throw new ServiceKitError('INVALID_INPUT', 'from must not be after to', { path: ['from'] });
  checkIterableRows(subjects, 'subjects');
  compilePolicy(policy); // checked here: a policy's error is not a subject's
  const changes: EscalationChange[] = [];
  let index = 0;
  for (const subject of subjects) {
    try {
      const previous = evaluateEscalation(policy, { ...subject, now: from });
      const review = previous.nextReviewAt;
      if (review !== null && review.getTime() <= toMs) {
        const current = evaluateEscalation(policy, { ...subject, now: to });
        if (current.level !== previous.level || current.repeat !== previous.repeat) {
          changes.push({ interactionId: subject.interaction.id, previous, current });
        }
      }
    } catch (error) {
      throw isServiceKitError(error) ? locatedError(error, [index], `subject ${index}`) : error;
    }
    index++;
  }
  return changes;
}
