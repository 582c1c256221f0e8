// Shared fast-check generators for the KPI property tests: rows that carry every field any KPI reads,
// with integer milliseconds (so sums are exact and merge must equal one pass exactly).
import fc from 'fast-check';
import {
  abandonmentRateMetric,
  ahtMetric,
  type AnyMetric,
  averageSpeedOfAnswerMetric,
  cesMetric,
  cohortRetentionMetric,
  csatMeanMetric,
  csatMetric,
  escalationRateMetric,
  fcrMetric,
  firstResponseTimeMetric,
  npsMetric,
  reopenRateMetric,
  resolutionTimeMetric,
  retentionMetric,
  serviceLevelMetric,
} from '../../src/kpis/index.js';

export interface KpiRow {
  id: number;
  customerId: string;
  team: string;
  reason?: string;
  direction: 'inbound' | 'outbound';
  openedAt: Date;
  answeredAt?: Date;
  abandonedAt?: Date;
  firstResponseAt?: Date;
  resolvedAt?: Date;
  talkMs?: number;
  holdMs?: number;
  wrapMs?: number;
  transfers?: number;
  reopenCount?: number;
  escalationLevel?: number;
  resolvedOnFirstContact?: boolean;
  csatScore?: number;
  npsScore?: number;
  cesScore?: number;
  acquiredAt: Date;
  churnedAt?: Date;
}

const BASE = Date.UTC(2025, 0, 1);
const HOUR = 3_600_000;
const offset = (maxHours: number) => fc.integer({ min: 0, max: maxHours * HOUR });

export const kpiRow: fc.Arbitrary<KpiRow> = fc
  .record(
    {
      customerId: fc.constantFrom('a', 'b', 'c', 'd'),
      team: fc.constantFrom('billing', 'tech', 'vip'),
      reason: fc.constantFrom('refund', 'login', 'delivery'),
      direction: fc.constantFrom('inbound' as const, 'inbound' as const, 'outbound' as const),
      opened: offset(24 * 60),
      answer: fc.oneof(fc.constant(-1), offset(1), fc.integer({ min: 0, max: 60_000 })),
      abandon: fc.oneof(fc.constant(-1), fc.integer({ min: 0, max: 120_000 })),
      firstResponse: offset(48),
      resolution: offset(24 * 10),
      talkMs: fc.integer({ min: 0, max: 3_600_000 }),
      holdMs: fc.integer({ min: 0, max: 600_000 }),
      wrapMs: fc.integer({ min: 0, max: 600_000 }),
      transfers: fc.nat(2),
      reopenCount: fc.nat(2),
      escalationLevel: fc.nat(3),
      resolvedOnFirstContact: fc.boolean(),
      csatScore: fc.integer({ min: 1, max: 5 }),
      npsScore: fc.integer({ min: 0, max: 10 }),
      cesScore: fc.integer({ min: 1, max: 7 }),
      acquired: offset(24 * 200),
      churn: offset(24 * 200),
    },
    {
      requiredKeys: ['customerId', 'team', 'direction', 'opened', 'acquired'],
    },
  )
  .map((r) => {
    const openedMs = BASE + r.opened;
    const row: KpiRow = {
      id: 0,
      customerId: r.customerId,
      team: r.team,
      direction: r.direction,
      openedAt: new Date(openedMs),
      acquiredAt: new Date(BASE - 100 * 24 * HOUR + r.acquired),
    };
    if (r.reason !== undefined) row.reason = r.reason;
    if (r.answer !== undefined && r.answer >= 0) row.answeredAt = new Date(openedMs + r.answer);
    else if (r.abandon !== undefined && r.abandon >= 0) row.abandonedAt = new Date(openedMs + r.abandon);
    if (r.firstResponse !== undefined) row.firstResponseAt = new Date(openedMs + r.firstResponse);
    if (r.resolution !== undefined) row.resolvedAt = new Date(openedMs + r.resolution);
    for (const key of ['talkMs', 'holdMs', 'wrapMs', 'transfers', 'reopenCount', 'escalationLevel', 'csatScore', 'npsScore', 'cesScore'] as const) {
      if (r[key] !== undefined) row[key] = r[key];
    }
    if (r.resolvedOnFirstContact !== undefined) row.resolvedOnFirstContact = r.resolvedOnFirstContact;
    if (r.churn !== undefined) row.churnedAt = new Date(row.acquiredAt.getTime() + r.churn);
    return row;
  });

export const kpiRows = (maxLength = 60) => fc.array(kpiRow, { maxLength }).map((rows) => rows.map((row, index) => ({ ...row, id: index })));

/** Every KPI metric, reading a KpiRow. */
export function allMetrics(): Record<string, AnyMetric<KpiRow>> {
  return {
    csat: csatMetric({ score: (row: KpiRow) => row.csatScore }),
    csatMean: csatMeanMetric({ score: (row: KpiRow) => row.csatScore }),
    nps: npsMetric({ score: (row: KpiRow) => row.npsScore }),
    npsWald: npsMetric({ score: (row: KpiRow) => row.npsScore, interval: 'wald' }),
    ces: cesMetric({ score: (row: KpiRow) => row.cesScore }),
    fcr: fcrMetric<KpiRow>(),
    fcrRepeat: fcrMetric<KpiRow>({ mode: 'repeat-window', windowMs: 3 * 24 * HOUR }),
    fcrRepeatAnyReason: fcrMetric<KpiRow>({ mode: 'repeat-window', sameReason: false, asOf: new Date(BASE + 50 * 24 * HOUR) }),
    aht: ahtMetric<KpiRow>({ thresholdMs: 600_000 }),
    ahtTalk: ahtMetric<KpiRow>({ components: ['talk'] }),
    firstResponse: firstResponseTimeMetric<KpiRow>({ thresholdMs: HOUR }),
    resolution: resolutionTimeMetric<KpiRow>(),
    speedOfAnswer: averageSpeedOfAnswerMetric<KpiRow>(),
    serviceLevel: serviceLevelMetric<KpiRow>({ thresholdMs: 20_000, shortAbandonMs: 5_000 }),
    serviceLevelPositive: serviceLevelMetric<KpiRow>({ thresholdMs: 20_000, abandons: 'positive' }),
    abandonment: abandonmentRateMetric<KpiRow>({ shortAbandonMs: 5_000 }),
    reopen: reopenRateMetric<KpiRow>(),
    escalation: escalationRateMetric<KpiRow>(),
    retention: retentionMetric<KpiRow>({ start: new Date(BASE), end: new Date(BASE + 60 * 24 * HOUR) }),
    cohorts: cohortRetentionMetric<KpiRow>({ asOf: new Date(BASE + 90 * 24 * HOUR), interval: 'month', periods: 4 }),
  };
}
