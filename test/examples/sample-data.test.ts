import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { generateSample, toJsonLines } from '../../examples/data/sample-generator.js';
import { parseCesResponses, parseCsatResponses, parseCustomers, parseInteractions, parseNpsResponses } from '../../src/models/index.js';

const files = ['customers', 'interactions', 'csat', 'nps', 'ces'] as const;
const committed = Object.fromEntries(
  files.map((name) => [name, readFileSync(new URL(`../../examples/data/${name}.json`, import.meta.url), 'utf8')]),
) as Record<(typeof files)[number], string>;

describe('bundled sample data', () => {
  it('is exactly what the seeded generator produces', () => {
    const sample = generateSample();
    for (const name of files) expect(toJsonLines(sample[name]), `examples/data/${name}.json`).toBe(committed[name]);
  });

  it('parses with no issues', () => {
    const rows = Object.fromEntries(files.map((name) => [name, JSON.parse(committed[name]) as unknown[]]));
    expect(parseCustomers(rows.customers ?? []).issues).toEqual([]);
    expect(parseInteractions(rows.interactions ?? []).issues).toEqual([]);
    expect(parseCsatResponses(rows.csat ?? []).issues).toEqual([]);
    expect(parseNpsResponses(rows.nps ?? []).issues).toEqual([]);
    expect(parseCesResponses(rows.ces ?? []).issues).toEqual([]);
  });

  it('has the shape the docs promise: 5,000 contacts, 800 customers, 3 teams, 4 channels, reopens and after-hours', () => {
    const interactions = parseInteractions(JSON.parse(committed.interactions) as unknown[]).records;
    expect(interactions).toHaveLength(5_000);
    expect(new Set(interactions.map((row) => row.team))).toEqual(new Set(['billing', 'technical', 'onboarding']));
    expect(new Set(interactions.map((row) => row.channel))).toEqual(new Set(['email', 'chat', 'phone', 'messaging']));
    expect(interactions.some((row) => (row.reopenCount ?? 0) > 0)).toBe(true);
    expect(interactions.some((row) => row.abandonedAt !== undefined)).toBe(true);
    expect(interactions.some((row) => row.openedAt.getUTCDay() === 0 || row.openedAt.getUTCDay() === 6)).toBe(true);
    expect(JSON.parse(committed.customers)).toHaveLength(800);
  });
});
