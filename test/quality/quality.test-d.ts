import { describe, expectTypeOf, it } from 'vitest';
import type { Metric } from '../../src/kpis/metric.js';
import {
  agreement,
  type AgreementBand,
  defineScorecard,
  type IqsGroup,
  type IqsResult,
  type IqsReview,
  type IqsState,
  iqs,
  iqsMetric,
  type ReviewOutcome,
  sampleForReview,
  scoreReview,
} from '../../src/quality/index.js';

const card = defineScorecard({ id: 'qa', version: '1.0.0', criteria: [{ id: 'tone', scale: 'binary' }] });
const reviews = [{ agentId: 'ana', scorecardVersion: '1.0.0', ratings: { tone: 1 }, team: 'billing' }];

describe('quality types', () => {
  it('gives nullable scores, never a bare number', () => {
    const result = scoreReview(card, { ratings: { tone: 1 } });
    expectTypeOf(result.score).toEqualTypeOf<number | null>();
    expectTypeOf(result.outcome).toEqualTypeOf<ReviewOutcome>();
    expectTypeOf(iqs(card, reviews).value).toEqualTypeOf<number | null>();
  });

  it('adds groups, keyed by what by returns, only with by', () => {
    expectTypeOf(iqs(card, reviews)).toEqualTypeOf<IqsResult>();
    const grouped = iqs(card, reviews, { by: (review) => review.team });
    expectTypeOf(grouped.groups).toEqualTypeOf<readonly IqsGroup<string>[]>();
  });

  it('makes iqsMetric a Metric over reviews', () => {
    expectTypeOf(iqsMetric(card)).toEqualTypeOf<Metric<IqsReview, IqsState, IqsResult>>();
  });

  it('types the band and the picks', () => {
    expectTypeOf(agreement([[1, 1]], { method: 'cohen' }).band).toEqualTypeOf<AgreementBand | null>();
    const picks = sampleForReview([{ id: 'a', agentId: 'ana', channel: 'chat' }], { strategy: 'random', perAgent: 1, seed: 1 });
    expectTypeOf(picks[0]?.interaction.channel).toEqualTypeOf<string | undefined>();
  });
});
