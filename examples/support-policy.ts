// Shared by the examples: reads examples/data/support-policy.json, where the sample team's service
// standards are stored as data (`"calendar": "office"` names the policy's one business calendar).
import { readFileSync } from 'node:fs';
import { defineStandard, type BusinessCalendarInput, type ServiceStandard, type ServiceStandardInput } from 'servicekit';

interface StoredPolicy {
  calendar: BusinessCalendarInput;
  standards: (Omit<ServiceStandardInput, 'calendar'> & { calendar?: 'office' })[];
}

const stored = JSON.parse(readFileSync(new URL('./data/support-policy.json', import.meta.url), 'utf8')) as StoredPolicy;

/** The office hours every business-time standard of the policy counts in. */
export const officeHours: BusinessCalendarInput = stored.calendar;

/** The policy's standards, validated; most specific first per measure. */
export const supportPolicy: ServiceStandard[] = stored.standards.map(({ calendar, ...standard }) =>
  defineStandard(calendar === 'office' ? { ...standard, calendar: officeHours } : standard),
);

/** Reads one of the sample data files (examples/data/NAME.json) as raw rows. */
export function readSample(name: 'interactions' | 'customers' | 'csat' | 'nps' | 'ces'): unknown[] {
  return JSON.parse(readFileSync(new URL(`./data/${name}.json`, import.meta.url), 'utf8')) as unknown[];
}

/** The end of the sample window (Monday 2025-11-24 00:00 in New York): the examples' `now`. */
export const SAMPLE_END = new Date('2025-11-24T05:00:00Z');
