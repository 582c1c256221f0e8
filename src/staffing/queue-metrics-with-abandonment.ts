import { invalidOption } from '../errors/invalid-option.js';
import { ServiceKitError } from '../errors/service-kit-error.js';
import { erlangBRecursion, erlangCMetrics } from './erlang-formulas.js';
import { requireAgentCount, requireNonNegative } from './input-checks.js';
import type { QueueMetrics, QueueMetricsInput } from './queue-metrics.js';
import { trafficIntensity } from './traffic-intensity.js';

/** A staffed interval whose callers give up: {@link QueueMetricsInput} plus their average patience. */
export interface QueueMetricsWithAbandonmentInput extends QueueMetricsInput {
  /**
   * How long a contact is willing to wait, on average, in milliseconds (> 0). Patience is
   * exponential; `Infinity` means nobody abandons, which is Erlang C.
   */
  averagePatienceMs: number;
}

/** How a queue with abandonment performs, by Erlang A (M/M/n+M). */
export interface QueueMetricsWithAbandonment extends QueueMetrics {
  /** Share of contacts that abandon before an agent answers, 0…1. */
  probabilityOfAbandonment: number;
}

/** More states than this means patience is extreme for the load; see the function's notes. */
const MAX_STATES = 5_000_000;
/** States whose weight is below e⁻⁴⁰ ≈ 4·10⁻¹⁸ of the largest are left out of the sums. */
const NEGLIGIBLE_LOG = -40;

/**
 * How a queue performs when contacts abandon, by Erlang A (the M/M/n+M queue of Palm, studied by
 * Garnett, Mandelbaum & Reiman 2002): Poisson arrivals, exponential handle times, `agents` agents and
 * exponential patience with mean `averagePatienceMs`.
 *
 * Computed exactly (to double precision) from the birth–death chain of the number of contacts in
 * the system, summed until states carry less than 10⁻¹⁷ of the probability: arrivals at rate
 * `λ = contacts / intervalMs`, departures at `min(k, n)/ahtMs + max(k − n, 0)/averagePatienceMs`.
 * A contact that finds `j` others queued ahead is answered with probability `b/(b + j + 1)`
 * (`b = n·averagePatienceMs/ahtMs`), and then within `thresholdMs` with the probability that a
 * Beta(b + 1, j + 1) variable exceeds `e^{−thresholdMs/averagePatienceMs}` (a finite negative-binomial
 * sum), so the service level needs no approximation.
 *
 * - `serviceLevel` is the share of all offered contacts answered within the threshold: an abandoned
 *   contact counts as missed, whenever it gave up.
 * - `averageSpeedOfAnswerMs` is the mean wait of answered contacts (`null` when no agent answers).
 * - `occupancy` is the carried load over agents: `A·(1 − P(abandon))/n` (0 with no agents).
 * - The queue is always stable when patience is finite (`stable: true`); `averagePatienceMs:
 *   Infinity` gives exactly {@link queueMetrics} (Erlang C) with `probabilityOfAbandonment: 0`.
 *
 * @param input - Contacts, interval, average handle time, agents, threshold and average patience.
 * @returns The queue's measures with the probability of abandonment.
 * @throws {@link errors!ServiceKitError} `INVALID_OPTION` for the inputs {@link queueMetrics} rejects, a zero
 *   or negative patience, or a patience so long for an overloaded queue that more than 5,000,000
 *   contacts would be queued (use `Infinity`: such a queue is Erlang C's unstable one).
 * @example
 * ```ts
 * const metrics = queueMetricsWithAbandonment({
 *   contacts: 100, intervalMs: 1_800_000, ahtMs: 180_000, agents: 14, thresholdMs: 20_000, averagePatienceMs: 120_000,
 * });
 * metrics.serviceLevel.toFixed(3)
 * // => '0.933'
 * metrics.probabilityOfAbandonment.toFixed(3)
 * // => '0.023'
 * ```
 */
export function queueMetricsWithAbandonment(input: QueueMetricsWithAbandonmentInput): QueueMetricsWithAbandonment {
  const erlangs = trafficIntensity(input);
  const agents = requireAgentCount(input.agents, ['agents']);
  const thresholdMs = requireNonNegative(input.thresholdMs, ['thresholdMs']);
  const patienceMs = input.averagePatienceMs;
  if (typeof patienceMs !== 'number' || Number.isNaN(patienceMs) || patienceMs <= 0) throw invalidOption('averagePatienceMs', 'a number of milliseconds > 0 (Infinity for no abandonment)', patienceMs);
  const { ahtMs } = input;
  const blocking = erlangBRecursion(agents, erlangs);
  if (patienceMs === Infinity || erlangs === 0) {
    return { ...erlangCMetrics(agents, erlangs, blocking, thresholdMs, ahtMs), probabilityOfAbandonment: 0 };
  }
  if (blocking < 1e-300) {
    // π(n) / P(k ≤ n) = B(n, A) underflows: no contact waits, to double precision.
    return { erlangs, probabilityOfWaiting: 0, serviceLevel: 1, averageSpeedOfAnswerMs: 0, occupancy: erlangs / agents, stable: true, probabilityOfAbandonment: 0 };
  }

  // Weights relative to π(n), in logs: the states below n sum to (1 − B)/B; the state with j
  // contacts queued has q(j) = Π_{i=1..j} A / (n + i·r), r = ahtMs / patienceMs.
  const ratio = ahtMs / patienceMs;
  const logBelow = Math.log1p(-blocking) - Math.log(blocking);
  const logLoad = Math.log(erlangs);
  const peak = (erlangs - agents) / ratio; // q(j) rises while j < peak
  let logTop = Math.max(logBelow, 0);
  let states = 0;
  for (let j = 1, logQueued = 0; ; j += 1) {
    if (j > MAX_STATES || peak > MAX_STATES) {
      throw new ServiceKitError(
        'INVALID_OPTION',
        `averagePatienceMs ${patienceMs} is too long for this load: over ${MAX_STATES} contacts would queue; use Infinity (Erlang C) for contacts that never give up`,
        { path: ['averagePatienceMs'] },
      );
    }
    logQueued += logLoad - Math.log(agents + j * ratio);
    logTop = Math.max(logTop, logQueued);
    if (j > peak && logQueued - logTop < NEGLIGIBLE_LOG) {
      states = j;
      break;
    }
  }

  // One pass over the queued states. A contact that finds j queued ahead is answered with
  // probability b/(b + j + 1), after a wait that is a sum of exponentials with rates
  // n/ahtMs + (i + 1)/patienceMs, i = 0…j, so: within thresholdMs with probability
  // 1 − Σ_{k≤j} NB(k; b + 1, x), x = e^{−thresholdMs/patienceMs}, and on average Σ 1/rate.
  const b = agents / ratio;
  const logX = -thresholdMs / patienceMs;
  const logOneMinusX = Math.log(-Math.expm1(logX));
  const below = Math.exp(logBelow - logTop);
  let queued = 0;
  let answered = 0;
  let abandoned = 0;
  let answeredWithin = 0;
  let answeredWaitMs = 0;
  let logNegativeBinomial = (b + 1) * logX;
  let negativeBinomialCdf = 0;
  let meanWaitIfAnsweredMs = 0;
  for (let j = 0, logQueued = 0; j < states; j += 1) {
    if (j > 0) {
      logQueued += logLoad - Math.log(agents + j * ratio);
      logNegativeBinomial += Math.log((b + j) / j) + logOneMinusX;
    }
    negativeBinomialCdf += Math.exp(logNegativeBinomial);
    meanWaitIfAnsweredMs += 1 / (agents / ahtMs + (j + 1) / patienceMs);
    const weight = Math.exp(logQueued - logTop);
    const answerChance = b / (b + j + 1);
    queued += weight;
    answered += weight * answerChance;
    abandoned += weight * ((j + 1) / (b + j + 1));
    answeredWithin += weight * answerChance * Math.max(0, 1 - negativeBinomialCdf);
    answeredWaitMs += weight * answerChance * meanWaitIfAnsweredMs;
  }

  const total = below + queued;
  const probabilityOfAbandonment = abandoned / total;
  const answeredTotal = below + answered;
  return {
    erlangs,
    probabilityOfWaiting: queued / total,
    serviceLevel: Math.min(1, (below + answeredWithin) / total),
    averageSpeedOfAnswerMs: answeredTotal > 0 ? answeredWaitMs / answeredTotal : null,
    occupancy: agents === 0 ? 0 : Math.min(1, (erlangs * (1 - probabilityOfAbandonment)) / agents),
    stable: true,
    probabilityOfAbandonment,
  };
}
