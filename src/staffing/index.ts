/**
 * Staffing: how many agents a contact-center queue needs, by Erlang C (and Erlang A when callers
 * give up).
 *
 * From a volume of contacts per interval, the average handle time and a service-level promise
 * ("80 % answered within 20 s"), {@link agentsRequired} finds the smallest team that keeps it,
 * {@link queueMetrics} says how a given team performs, and {@link staffingPlan} staffs a day of
 * intervals. {@link erlangB} and {@link erlangC} use the stable recursion, exact for thousands of
 * agents. Inputs can come from the AHT KPI through {@link staffingInputFromKpis}.
 *
 * @module staffing
 */
export * from './traffic-intensity.js';
export * from './erlang-b.js';
export * from './erlang-c.js';
export * from './queue-metrics.js';
export * from './queue-metrics-with-abandonment.js';
export * from './scheduled-agents.js';
export * from './agents-required.js';
export * from './staffing-plan.js';
export * from './staffing-input-from-kpis.js';
