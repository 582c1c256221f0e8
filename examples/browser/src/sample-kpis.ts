// The dashboard's numbers, as a pure function of the raw sample rows. The browser page renders it;
// the consumer test runs the same function in Node against the same tarball and compares.
import {
  aht,
  csat,
  csatMetric,
  fcr,
  nps,
  npsMetric,
  parseCsatResponses,
  parseInteractions,
  parseNpsResponses,
  periodKey,
  summarize,
  type CsatResult,
  type DurationStat,
  type KpiRate,
  type NpsResult,
} from 'servicekit';

/** One ISO week of the chart: CSAT as a fraction and NPS in points, each with its 95 % interval. */
export interface WeeklyPoint {
  week: string;
  csat: { value: number | null; lower: number | null; upper: number | null };
  nps: { value: number | null; lower: number | null; upper: number | null };
}

/** What the dashboard shows. */
export interface SampleKpis {
  overall: { csat: CsatResult; nps: NpsResult; fcr: KpiRate; aht: DurationStat };
  weekly: WeeklyPoint[];
}

const ZONE = 'America/New_York';

/** Computes the dashboard from raw JSON rows (as exported), parsing them first. */
export function sampleKpis(raw: { interactions: unknown[]; csat: unknown[]; nps: unknown[] }): SampleKpis {
  const interactions = parseInteractions(raw.interactions).records;
  const csatResponses = parseCsatResponses(raw.csat).records;
  const npsResponses = parseNpsResponses(raw.nps).records;
  const week = (row: { respondedAt: Date }) => periodKey(row.respondedAt, 'week', { timeZone: ZONE });
  const csatWeeks = summarize(csatResponses, { by: week, metrics: { csat: csatMetric() } });
  const npsWeeks = summarize(npsResponses, { by: week, metrics: { nps: npsMetric() } });
  const weeks = [...new Set([...csatWeeks.groups, ...npsWeeks.groups].map((group) => String(group.key)))].sort();
  const weekly = weeks.map((key): WeeklyPoint => {
    const csatWeek = csatWeeks.groups.find((group) => group.key === key)?.values.csat;
    const npsWeek = npsWeeks.groups.find((group) => group.key === key)?.values.nps;
    return {
      week: key,
      csat: { value: csatWeek?.value ?? null, lower: csatWeek?.interval?.lower ?? null, upper: csatWeek?.interval?.upper ?? null },
      nps: { value: npsWeek?.value ?? null, lower: npsWeek?.interval?.lower ?? null, upper: npsWeek?.interval?.upper ?? null },
    };
  });
  return {
    overall: { csat: csat(csatResponses), nps: nps(npsResponses), fcr: fcr(interactions), aht: aht(interactions) },
    weekly,
  };
}
