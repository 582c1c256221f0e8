/**
 * Escalation: policies as data that say which level applies to an interaction, why in words, and
 * the exact instant the answer can next change by itself.
 *
 * A policy (`EscalationPolicySchema`) lists levels with `when` conditions, optional delays
 * (`afterMs`), notify targets, repeats and stop conditions. Conditions are JSON: `all`, `any`,
 * `not`, and leaves on fields of the interaction and its customer, on service-standard checks, on
 * time (open for, idle for) in calendar or business time, and on the last CSAT. Each leaf knows
 * when its truth began and when it will next flip, so `evaluateEscalation` gives `nextReviewAt`
 * exactly and no one has to poll.
 *
 * @module escalation
 */
export * from './condition.js';
export * from './policy.js';
export * from './escalation-input.js';
export * from './evaluate-condition.js';
export * from './evaluate.js';
export * from './escalation-changes.js';
