import { describe, expect, it } from 'vitest';
import { erlangB, queueMetrics, queueMetricsWithAbandonment } from '../../src/staffing/index.js';

const halfHour = { contacts: 100, intervalMs: 1_800_000, ahtMs: 180_000, thresholdMs: 20_000 };

/**
 * P(wait) and P(abandon) of M/M/n+M by the closed forms of Garnett, Mandelbaum & Reiman (2002), as
 * summarised in Mandelbaum & Zeltyn, "The M/M/n+G queue: summary of performance measures":
 * with `E` the Erlang B value, `ρ = λ/(nμ)` and `A(x, y) = x·e^y·y^−x·γ(x, y) = Σ_k y^k / ((x+1)…(x+k))`,
 * `P(W > 0) = A·E / (1 + (A − 1)·E)` at `x = nμ/θ, y = λ/θ`, and `P(Ab) = P(W > 0)·(1/(ρA) + 1 − 1/ρ)`.
 * An independent route (incomplete gamma series) to the numbers the birth–death chain gives.
 */
function garnettMandelbaumReiman(contacts: number, intervalMs: number, ahtMs: number, agents: number, patienceMs: number) {
  const lambda = contacts / intervalMs;
  const mu = 1 / ahtMs;
  const theta = 1 / patienceMs;
  const x = (agents * mu) / theta;
  const y = lambda / theta;
  let series = 1;
  let term = 1;
  for (let k = 1; k < 100_000 && term > 1e-18 * series; k += 1) {
    term *= y / (x + k);
    series += term;
  }
  const blocking = erlangB(agents, lambda / mu);
  const waiting = (series * blocking) / (1 + (series - 1) * blocking);
  const rho = lambda / (agents * mu);
  return { waiting, abandonment: waiting * (1 / (rho * series) + 1 - 1 / rho) };
}

/**
 * The service level by brute force: the distribution of the number in system from its balance
 * equations, then the tagged contact's progress through the queue integrated with small RK4 steps.
 */
function serviceLevelByIntegration(agents: number, erlangs: number, ahtMs: number, patienceMs: number, thresholdMs: number): number {
  const mu = 1 / ahtMs;
  const theta = 1 / patienceMs;
  const lambda = erlangs * mu;
  const states = 120;
  const pi = [1];
  for (let k = 1; k <= agents + states; k += 1) pi.push(((pi[k - 1] as number) * lambda) / (Math.min(k, agents) * mu + Math.max(k - agents, 0) * theta));
  const total = pi.reduce((sum, value) => sum + value, 0);
  // p[j]: still queued with j ahead; served: answered so far
  let p = Array.from({ length: states }, (_, j) => (pi[agents + j] as number) / total);
  let served = 0;
  const derivative = (q: number[]) => {
    const dq = q.map((value, j) => -(agents * mu + (j + 1) * theta) * value);
    for (let j = 0; j + 1 < q.length; j += 1) dq[j] = (dq[j] as number) + (agents * mu + (j + 1) * theta) * (q[j + 1] as number);
    return { dq, ds: agents * mu * (q[0] as number) };
  };
  const steps = 400;
  const h = thresholdMs / steps;
  for (let step = 0; step < steps; step += 1) {
    const k1 = derivative(p);
    const k2 = derivative(p.map((v, j) => v + (h / 2) * (k1.dq[j] as number)));
    const k3 = derivative(p.map((v, j) => v + (h / 2) * (k2.dq[j] as number)));
    const k4 = derivative(p.map((v, j) => v + h * (k3.dq[j] as number)));
    p = p.map((v, j) => v + (h / 6) * ((k1.dq[j] as number) + 2 * (k2.dq[j] as number) + 2 * (k3.dq[j] as number) + (k4.dq[j] as number)));
    served += (h / 6) * (k1.ds + 2 * k2.ds + 2 * k3.ds + k4.ds);
  }
  const answeredAtOnce = pi.slice(0, agents).reduce((sum, value) => sum + value, 0) / total;
  return answeredAtOnce + served;
}

describe('queueMetricsWithAbandonment', () => {
  it.each([
    [14, 120_000],
    [14, 60_000],
    [12, 180_000],
    [5, 60_000],
    [9, 600_000],
  ])('agrees with the Garnett–Mandelbaum–Reiman closed forms for %i agents and %i ms patience', (agents, patienceMs) => {
    const metrics = queueMetricsWithAbandonment({ ...halfHour, agents, averagePatienceMs: patienceMs });
    const reference = garnettMandelbaumReiman(100, 1_800_000, 180_000, agents, patienceMs);
    expect(metrics.probabilityOfWaiting).toBeCloseTo(reference.waiting, 12);
    expect(metrics.probabilityOfAbandonment).toBeCloseTo(reference.abandonment, 12);
  });

  it('agrees with a brute-force integration of the waiting contacts for the service level', () => {
    for (const [agents, patienceMs] of [[14, 120_000], [11, 60_000], [8, 300_000]] as const) {
      const metrics = queueMetricsWithAbandonment({ ...halfHour, agents, averagePatienceMs: patienceMs });
      expect(metrics.serviceLevel).toBeCloseTo(serviceLevelByIntegration(agents, 10, 180_000, patienceMs, 20_000), 9);
    }
  });

  it('is a Poisson queue when patience equals the handle time (every contact leaves at rate 1/AHT)', () => {
    // with θ = μ the number in system is Poisson(A): P(wait) = P(N ≥ n), P(abandon) = E[(N − n)⁺] / A
    const metrics = queueMetricsWithAbandonment({ ...halfHour, agents: 12, averagePatienceMs: 180_000 });
    let term = Math.exp(-10);
    let below = 0;
    let excess = 0;
    for (let k = 0; k < 200; k += 1) {
      if (k < 12) below += term;
      else excess += (k - 12) * term;
      term *= 10 / (k + 1);
    }
    expect(metrics.probabilityOfWaiting).toBeCloseTo(1 - below, 14);
    expect(metrics.probabilityOfAbandonment).toBeCloseTo(excess / 10, 14);
  });

  it('tends to Erlang C as patience grows, and is Erlang C for infinite patience', () => {
    const erlangC = queueMetrics({ ...halfHour, agents: 14 });
    const patient = queueMetricsWithAbandonment({ ...halfHour, agents: 14, averagePatienceMs: 1e10 });
    expect(patient.probabilityOfWaiting).toBeCloseTo(erlangC.probabilityOfWaiting, 5);
    expect(patient.serviceLevel).toBeCloseTo(erlangC.serviceLevel, 5);
    expect(patient.averageSpeedOfAnswerMs).toBeCloseTo(erlangC.averageSpeedOfAnswerMs as number, 0);
    expect(patient.probabilityOfAbandonment).toBeLessThan(1e-6);
    expect(queueMetricsWithAbandonment({ ...halfHour, agents: 14, averagePatienceMs: Infinity })).toEqual({ ...erlangC, probabilityOfAbandonment: 0 });
  });

  it('answers more contacts within the threshold than Erlang C, since impatient contacts clear the queue', () => {
    const erlangC = queueMetrics({ ...halfHour, agents: 14 });
    const metrics = queueMetricsWithAbandonment({ ...halfHour, agents: 14, averagePatienceMs: 120_000 });
    expect(metrics.serviceLevel).toBeGreaterThan(erlangC.serviceLevel);
    expect(metrics.serviceLevel.toFixed(3)).toBe('0.933');
    expect(metrics.probabilityOfAbandonment.toFixed(3)).toBe('0.023');
  });

  it('stays stable and finite when agents are below the load', () => {
    const metrics = queueMetricsWithAbandonment({ ...halfHour, agents: 5, averagePatienceMs: 60_000 });
    expect(metrics.stable).toBe(true);
    // carried load is what the agents answer: A·(1 − P(abandon)) < n
    expect(metrics.occupancy).toBeCloseTo((10 * (1 - metrics.probabilityOfAbandonment)) / 5, 14);
    expect(metrics.probabilityOfAbandonment).toBeGreaterThan(0.5);
    expect(metrics.averageSpeedOfAnswerMs).toBeGreaterThan(0);
  });

  it('with no agents, everyone abandons and nobody is answered', () => {
    expect(queueMetricsWithAbandonment({ ...halfHour, agents: 0, averagePatienceMs: 60_000 })).toEqual({
      erlangs: 10,
      probabilityOfWaiting: 1,
      serviceLevel: 0,
      averageSpeedOfAnswerMs: null,
      occupancy: 0,
      stable: true,
      probabilityOfAbandonment: 1,
    });
  });

  it('gives service level 1 and P(wait) 0 for zero contacts', () => {
    expect(queueMetricsWithAbandonment({ ...halfHour, contacts: 0, agents: 2, averagePatienceMs: 60_000 })).toMatchObject({
      serviceLevel: 1,
      probabilityOfWaiting: 0,
      probabilityOfAbandonment: 0,
    });
  });

  it('handles 1,000 Erlangs overloaded 100-fold and 1,200 agents at 500 Erlangs', () => {
    const overloaded = queueMetricsWithAbandonment({ ...halfHour, contacts: 10_000, ahtMs: 18_000_000, agents: 1_000, averagePatienceMs: 60_000 });
    expect(overloaded.probabilityOfAbandonment).toBeCloseTo(0.99, 3);
    expect(overloaded.occupancy).toBeCloseTo(1, 6);
    const light = queueMetricsWithAbandonment({ ...halfHour, contacts: 5_000, agents: 1_200, averagePatienceMs: 60_000 });
    expect(light.serviceLevel).toBe(1);
    expect(light.probabilityOfWaiting).toBeLessThan(1e-100);
  });

  it('throws INVALID_OPTION for a zero, negative or missing patience and for a patience too long for an overload', () => {
    for (const averagePatienceMs of [0, -1, Number.NaN]) {
      expect(() => queueMetricsWithAbandonment({ ...halfHour, agents: 14, averagePatienceMs })).toThrow(
        expect.objectContaining({ code: 'INVALID_OPTION', path: ['averagePatienceMs'] }),
      );
    }
    expect(() => queueMetricsWithAbandonment({ ...halfHour, agents: 5, averagePatienceMs: 1e15 })).toThrow(
      expect.objectContaining({ code: 'INVALID_OPTION', path: ['averagePatienceMs'] }),
    );
    expect(() => queueMetricsWithAbandonment({ ...halfHour, agents: 1.5, averagePatienceMs: 60_000 })).toThrow(
      expect.objectContaining({ path: ['agents'] }),
    );
  });
});
