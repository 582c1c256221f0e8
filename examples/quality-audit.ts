// A week of quality audits on the bundled sample data: sample interactions for review (low CSAT
// targeted, the rest at random), score the reviews on the seven qualities of good service, and report
// the team's IQS, the pass rate with its interval, and how well the reviewers are calibrated.
// The sample data holds no reviews, so this script makes them up with a seeded generator.
import { readFileSync } from 'node:fs';
import {
  agreement,
  iqs,
  parseCsatResponses,
  parseInteractions,
  periodKey,
  type Rating,
  type Review,
  sampleForReview,
  SERVICE_QUALITIES_SCORECARD,
} from 'servicekit';

const read = (name: string): unknown[] => JSON.parse(readFileSync(new URL(`./data/${name}.json`, import.meta.url), 'utf8')) as unknown[];

const interactions = parseInteractions(read('interactions')).records;
const csat = parseCsatResponses(read('csat')).records;
const csatByInteraction = new Map(csat.map((response) => [response.interactionId, response.score] as const));

// 1. Sample one week: five reviews per agent, half of them from contacts with a CSAT of 1 or 2.
const week = '2025-W36';
const thisWeek = interactions.filter((interaction) => periodKey(interaction.openedAt, 'week') === week && interaction.abandonedAt === undefined);
const picks = sampleForReview(thisWeek, {
  strategy: 'targeted',
  perAgent: 5,
  seed: week,
  target: { where: (interaction) => (csatByInteraction.get(interaction.id) ?? 5) <= 2, share: 0.5 },
});

// 2. Reviews: the data has none, so a seeded generator plays the reviewers. Each agent has a skill;
// contacts with low CSAT go worse; now and then a criterion does not apply or a rude reply slips in.
function mulberry32(seed: number): () => number {
  let state = seed >>> 0;
  return () => {
    state = (state + 0x6d2b79f5) >>> 0;
    let t = Math.imul(state ^ (state >>> 15), state | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}
const random = mulberry32(36);
const skill = new Map<string, number>();
const clampRating = (value: number) => Math.min(5, Math.max(1, Math.round(value)));
const reviewers = ['lead-amy', 'lead-bo', 'lead-cai'];

function ratingsFor(agentId: string, lowCsat: boolean, truth?: Record<string, Rating>): Record<string, Rating> {
  if (!skill.has(agentId)) skill.set(agentId, 3.6 + random() * 1.3);
  const base = (skill.get(agentId) ?? 4) - (lowCsat ? 1.2 : 0);
  const ratings: Record<string, Rating> = {};
  for (const criterion of SERVICE_QUALITIES_SCORECARD.criteria) {
    const given = truth?.[criterion.id];
    if (given !== undefined) {
      // A second reviewer: the same contact, seen with their own bias and noise.
      ratings[criterion.id] = given === 'na' ? 'na' : clampRating(given + (random() < 0.3 ? (random() < 0.5 ? -1 : 1) : 0));
      continue;
    }
    if (criterion.notApplicable !== 'not_allowed' && random() < 0.12) ratings[criterion.id] = 'na';
    else if (criterion.id === 'professionalism' && random() < 0.04) ratings[criterion.id] = 2;
    else ratings[criterion.id] = clampRating(base + (random() - 0.5) * 2.2);
  }
  return ratings;
}

const reviews: (Review & { team: string })[] = picks.map((pick, index) => ({
  interactionId: pick.interaction.id,
  agentId: pick.agentId,
  reviewerId: reviewers[index % reviewers.length] ?? 'lead-amy',
  scorecardVersion: SERVICE_QUALITIES_SCORECARD.version,
  reviewedAt: new Date('2025-09-08T09:00:00Z'),
  ratings: ratingsFor(pick.agentId, pick.stratum === 'targeted'),
  inclusionProbability: pick.inclusionProbability,
  team: pick.interaction.team ?? '(none)',
}));

// 3. The team's IQS and pass rate, as sampled and weighted back to the whole week.
const percent = (value: number | null) => (value === null ? '  n/a' : `${(value * 100).toFixed(1)} %`);
const sampled = iqs(SERVICE_QUALITIES_SCORECARD, reviews);
const weighted = iqs(SERVICE_QUALITIES_SCORECARD, reviews, { weighting: 'inverse-probability', by: (review) => review.team });
const interval = (rate: typeof weighted.passRate) => (rate.interval === null ? '' : ` (95 % CI ${percent(rate.interval.lower)} – ${percent(rate.interval.upper)})`);

console.log(`Quality audit, week ${week}: ${reviews.length} reviews of ${thisWeek.length} contacts, ${weighted.agents} agents`);
console.log(`  ${picks.filter((pick) => pick.stratum === 'targeted').length} targeted at CSAT 1–2, the rest at random\n`);
console.log(`IQS as sampled:            ${percent(sampled.value)}  (targeting low CSAT drags it down)`);
console.log(`IQS weighted to the week:  ${percent(weighted.value)}`);
console.log(`Pass rate (≥ ${SERVICE_QUALITIES_SCORECARD.passThreshold * 100} %):       ${percent(weighted.passRate.value)}${interval(weighted.passRate)}`);
console.log(`Outcomes: ${weighted.outcomes.passed} passed, ${weighted.outcomes.failed} failed, ${weighted.outcomes.autoFailed} auto-failed (professionalism), ${weighted.outcomes.incomplete} incomplete\n`);

console.log('team         reviews     IQS   pass rate');
for (const group of weighted.groups) {
  console.log(`${group.key.padEnd(12)} ${String(group.count).padStart(7)} ${percent(group.value).padStart(8)} ${percent(group.passRate.value).padStart(10)}`);
}
console.log('\nper quality (coaching view, before critical zeroing):');
for (const criterion of weighted.byCriterion) {
  console.log(`  ${criterion.id.padEnd(18)} ${percent(criterion.value).padStart(8)}   rated ${criterion.count}, n/a ${criterion.notApplicable}`);
}

// 4. Calibration: all three leads rate the same 12 reviewed contacts; how far do they agree?
const session = reviews.slice(0, 12);
const sessionRatings = session.map((review) => [
  review.ratings,
  ratingsFor(review.agentId, false, review.ratings),
  ratingsFor(review.agentId, false, review.ratings),
]);
console.log('\ncalibration (3 reviewers, 12 contacts)');
console.log('quality             agree  Fleiss κ  Kripp. α (ordinal)  band');
for (const criterion of SERVICE_QUALITIES_SCORECARD.criteria) {
  const table = sessionRatings.map((raters) => raters.map((ratings) => {
    const rating = ratings[criterion.id];
    return rating === undefined || rating === 'na' ? null : rating;
  }));
  const complete = table.filter((row) => row.every((rating) => rating !== null));
  const raw = agreement(table, { method: 'percent' });
  const fleiss = agreement(complete, { method: 'fleiss' });
  const alpha = agreement(table, { method: 'krippendorff', level: 'ordinal', categories: [1, 2, 3, 4, 5] });
  const fixed = (value: number | null) => (value === null ? 'n/a' : value.toFixed(2));
  console.log(
    `${criterion.id.padEnd(18)} ${percent(raw.value).padStart(7)} ${fixed(fleiss.value).padStart(9)} ${fixed(alpha.value).padStart(19)}  ${alpha.band ?? ''}`,
  );
}
