import { describe, expect, it } from 'vitest';
import * as servicekit from '../src/index.js';

// The sorted list of every runtime export: a change here is a change to the public API, so make it
// on purpose (and with a changeset).
const EXPECTED_EXPORTS = [
  'ALWAYS_OPEN',
  'BusinessCalendarSchema',
  'CES_SCALE',
  'CSAT_SCALE',
  'CesResponseSchema',
  'CsatResponseSchema',
  'CustomerSchema',
  'DIRECTIONS',
  'DayHoursSchema',
  'IdSchema',
  'InstantSchema',
  'InteractionSchema',
  'MESSAGE_AUTHORS',
  'MessageSchema',
  'NPS_SCALE',
  'NpsResponseSchema',
  'OpeningWindowSchema',
  'PRIORITIES',
  'ServiceKitError',
  'StatusChangeSchema',
  'WEEKDAYS',
  'WELL_KNOWN_CHANNELS',
  'WELL_KNOWN_STATUSES',
  'addBusinessTime',
  'agentsRequired',
  'businessTimeBetween',
  'createCalendar',
  'erlangB',
  'erlangC',
  'formatDuration',
  'isOpen',
  'isServiceKitError',
  'nextClose',
  'nextOpen',
  'parseCesResponses',
  'parseCsatResponses',
  'parseCustomers',
  'parseDuration',
  'parseInteractions',
  'parseNpsResponses',
  'parseRows',
  'periodKey',
  'queueMetrics',
  'queueMetricsWithAbandonment',
  'scheduledAgents',
  'staffingInputFromKpis',
  'staffingPlan',
  'surveyResponseSchema',
  'trafficIntensity',
];

describe('public API', () => {
  it('exports exactly the documented names', () => {
    expect(Object.keys(servicekit).sort()).toEqual(EXPECTED_EXPORTS);
  });
});
