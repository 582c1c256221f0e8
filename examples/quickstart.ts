// The README's quickstart: parse an export, then compute the headline KPIs with what they were
// computed from. Run with `npx tsx examples/quickstart.ts`.
import { aht, csat, fcr, formatDuration, nps, parseCsatResponses, parseInteractions, parseNpsResponses } from 'servicekit';
import { readSample } from './support-policy.js';

const { records: interactions, issues } = parseInteractions(readSample('interactions'));
const surveys = parseCsatResponses(readSample('csat')).records;
const scores = parseNpsResponses(readSample('nps')).records;

const score = nps(scores);
const satisfied = csat(surveys);
const firstContact = fcr(interactions);
const handle = aht(interactions);

console.log(`${interactions.length} interactions parsed, ${issues.length} rejected`);
console.log(`NPS ${score.value?.toFixed(1)} (95 % CI ${score.interval?.lower.toFixed(1)} to ${score.interval?.upper.toFixed(1)}; ${score.promoters} promoters, ${score.detractors} detractors of ${score.responses})`);
console.log(`CSAT ${((satisfied.value ?? 0) * 100).toFixed(1)} % (${satisfied.numerator} of ${satisfied.denominator} satisfied)`);
console.log(`FCR ${((firstContact.value ?? 0) * 100).toFixed(1)} % of ${firstContact.denominator} resolved contacts with a known flag (${firstContact.excluded} left out)`);
console.log(`AHT ${formatDuration(handle.meanMs ?? 0)} mean, ${formatDuration(handle.medianMs ?? 0)} median, over ${handle.count} handled contacts`);
