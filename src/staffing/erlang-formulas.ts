import type { QueueMetrics } from './queue-metrics.js';

// The Erlang B and C formulas on inputs already checked, shared by the public functions so that
// `erlangC`, `queueMetrics` and `agentsRequired` follow one path and give identical numbers.

/**
 * Erlang B by the stable recursion `B(k) = A·B(k−1) / (k + A·B(k−1))`, `B(0) = 1`: one step per
 * agent, and none after `B` underflows to 0 (it stays 0), so many agents on a small load are quick.
 */
export function erlangBRecursion(agents: number, erlangs: number): number {
  let blocking = 1;
  for (let k = 1; k <= agents && blocking > 0; k += 1) blocking = nextErlangB(k, erlangs, blocking);
  return blocking;
}

/** One step of the Erlang B recursion: `B(k)` from `B(k − 1)`. */
export function nextErlangB(agents: number, erlangs: number, previous: number): number {
  const carried = erlangs * previous;
  return carried / (agents + carried);
}

/** Erlang C from Erlang B at the same agent count: `C = n·B / (n − A·(1 − B))`, and 1 when `n ≤ A`. */
export function erlangCFromB(agents: number, erlangs: number, blocking: number): number {
  if (agents <= erlangs) return 1;
  return (agents * blocking) / (agents - erlangs * (1 - blocking));
}

/**
 * The Erlang C queue measures at `agents` for a load of `erlangs` whose Erlang B value is
 * `blocking`: `P(wait) = C`, `SL(t) = 1 − C·e^{−(n−A)·t/AHT}`, `ASA = C·AHT/(n − A)`,
 * occupancy `A/n`.
 */
export function erlangCMetrics(agents: number, erlangs: number, blocking: number, thresholdMs: number, ahtMs: number): QueueMetrics {
  if (erlangs === 0) {
    return { erlangs, probabilityOfWaiting: 0, serviceLevel: 1, averageSpeedOfAnswerMs: 0, occupancy: 0, stable: true };
  }
  const occupancy = agents === 0 ? 0 : Math.min(1, erlangs / agents);
  if (agents <= erlangs) {
    return { erlangs, probabilityOfWaiting: 1, serviceLevel: 0, averageSpeedOfAnswerMs: null, occupancy, stable: false };
  }
  const waiting = erlangCFromB(agents, erlangs, blocking);
  const spare = agents - erlangs;
  return {
    erlangs,
    probabilityOfWaiting: waiting,
    serviceLevel: 1 - waiting * Math.exp((-spare * thresholdMs) / ahtMs),
    averageSpeedOfAnswerMs: (waiting * ahtMs) / spare,
    occupancy,
    stable: true,
  };
}
