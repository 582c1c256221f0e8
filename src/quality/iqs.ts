import { choiceOption } from '../errors/choice-option.js';
import { describeValue } from '../errors/describe-value.js';
import { functionOption } from '../errors/function-option.js';
import { invalidOption } from '../errors/invalid-option.js';
import { optionsObject } from '../errors/options-object.js';
import { ServiceKitError, type ServiceKitErrorPath } from '../errors/service-kit-error.js';
import type { Metric } from '../kpis/metric.js';
import { checkIterableRows, rowNotObject } from '../models/check-rows.js';
import { wilsonInterval } from '../stats/interval.js';
import { createRate, type Rate } from '../stats/rate.js';
import { type CompiledScorecard, compileScorecard, scoreRatings } from './compiled-scorecard.js';
import { addExact, exactTotal, mergeExact } from './exact-sum.js';
import type { Review } from './review.js';
import type { Scorecard } from './scorecard.js';
import { majorVersion } from './semantic-version.js';

/** What {@link iqs} reads from a review: who was reviewed, on which scorecard version, the ratings, and the sampling probability. */
export type IqsReview = Pick<Review, 'agentId' | 'scorecardVersion' | 'ratings' | 'inclusionProbability'>;

/** How {@link iqs} averages: every review equally (`review`), or every agent equally (`agent`). */
export type IqsRollup = 'review' | 'agent';

/** Options for {@link iqs} and {@link iqsMetric}. */
export interface IqsOptions<Row = IqsReview> {
  /** `review` (the default): the mean over reviews; `agent`: each agent's mean, then the mean over agents. */
  rollup?: IqsRollup;
  /** `inverse-probability`: weight each review by `1 / inclusionProbability` (Hájek estimator; each from 1e-100 to 1). */
  weighting?: 'inverse-probability';
  /** The confidence level of the pass-rate interval; 0.95 by default. */
  level?: number;
  /** Reads the review from a row (metric only); the row itself by default. `null` or `undefined` = no review. */
  review?: (row: Row) => IqsReview | null | undefined;
}

/** The average of one criterion over the reviews that rated it (see {@link iqs}). */
export interface CriterionAverage {
  /** The criterion's id. */
  readonly id: string;
  /** The mean criterion score 0…1 over the ratings (not `'na'`), before any critical zeroing; `null` when never rated. */
  readonly value: number | null;
  /** How many reviews rated it with a number. */
  readonly count: number;
  /** How many reviews rated it `'na'`. */
  readonly notApplicable: number;
}

/** How many reviews ended each way. */
export interface IqsOutcomes {
  /** Reviews at or above the pass threshold. */
  readonly passed: number;
  /** Reviews below the pass threshold. */
  readonly failed: number;
  /** Reviews failed by a critical criterion. */
  readonly autoFailed: number;
  /** Reviews with an unrated criterion or nothing applicable; left out of `value` and `passRate`. */
  readonly incomplete: number;
}

/** The internal quality score of a set of reviews (see {@link iqs}). */
export interface IqsResult {
  /** The IQS: the mean review score 0…1 (after critical zeroing) over decided reviews; `null` when there are none. */
  readonly value: number | null;
  /** Passed over decided reviews (passed, failed, auto-failed), with its Wilson interval. */
  readonly passRate: Rate;
  /** Per-criterion means, in scorecard order, for coaching. */
  readonly byCriterion: readonly CriterionAverage[];
  /** Reviews seen. */
  readonly count: number;
  /** Reviews by outcome. */
  readonly outcomes: IqsOutcomes;
  /** Distinct agents reviewed. */
  readonly agents: number;
}

/** One group of {@link iqs} with `by`. */
export interface IqsGroup<Key> extends IqsResult {
  /** The group's key, as `by` returned it. */
  readonly key: Key;
}

/** Running sums of one criterion for one agent (part of {@link IqsState}). */
export interface IqsCriterionTally {
  /** Σ weight × criterion score over numeric ratings, as exact-sum partials. */
  scoreSum: number[];
  /** Σ weight over numeric ratings, as exact-sum partials. */
  weightSum: number[];
  /** Numeric ratings seen. */
  count: number;
  /** `'na'` ratings seen. */
  notApplicable: number;
}

/** Running sums of one agent's reviews (part of {@link IqsState}). */
export interface IqsAgentTally {
  /** Σ weight × review score over decided reviews, as exact-sum partials. */
  scoreSum: number[];
  /** Σ weight over decided reviews, as exact-sum partials. */
  weightSum: number[];
  /** One tally per criterion, in scorecard order. */
  criteria: IqsCriterionTally[];
}

/**
 * The running state of {@link iqsMetric}. Sums are exact (lists of non-overlapping partials, as in
 * Python's `math.fsum`), so merging states gives exactly the one-pass result.
 */
export interface IqsState {
  /** Reviews seen. */
  count: number;
  /** Reviews passed. */
  passed: number;
  /** Reviews failed. */
  failed: number;
  /** Reviews failed by a critical criterion. */
  autoFailed: number;
  /** Incomplete reviews. */
  incomplete: number;
  /** Σ weight of passed reviews. */
  passedWeight: number[];
  /** Σ weight of decided reviews. */
  decidedWeight: number[];
  /** Σ weight² of decided reviews (for the effective sample size). */
  decidedWeightSquared: number[];
  /** Per agent id, that agent's sums. */
  agents: Map<string, IqsAgentTally>;
}

interface IqsEngine {
  readonly compiled: CompiledScorecard;
  readonly rollup: IqsRollup;
  readonly weighted: boolean;
  readonly level: number;
}

function engineFor(card: Scorecard, options: IqsOptions<never>): IqsEngine {
  const rollup = choiceOption<IqsRollup>(options.rollup ?? 'review', ['review', 'agent'], 'rollup');
  if (options.weighting !== undefined && options.weighting !== 'inverse-probability') throw invalidOption('weighting', "'inverse-probability'", options.weighting);
  const level = options.level ?? 0.95;
  createRate(0, 0, { level }); // checks the level once
  return { compiled: compileScorecard(card), rollup, weighted: options.weighting === 'inverse-probability', level };
}

function initState(): IqsState {
  return { count: 0, passed: 0, failed: 0, autoFailed: 0, incomplete: 0, passedWeight: [], decidedWeight: [], decidedWeightSquared: [], agents: new Map() };
}

function addReview(engine: IqsEngine, state: IqsState, review: IqsReview, path: ServiceKitErrorPath): void {
  const { compiled } = engine;
  const major = majorVersion(review.scorecardVersion, [...path, 'scorecardVersion']);
  if (major !== compiled.major) {
    throw new ServiceKitError(
      'INCOMPARABLE_INPUT',
      `review on scorecard version ${review.scorecardVersion} cannot be averaged with version ${compiled.card.version}: major versions differ`,
      { path: [...path, 'scorecardVersion'] },
    );
  }
  let weight = 1;
  if (engine.weighted) {
    const probability = review.inclusionProbability;
    // at least 1e-100, so that Σw² (for Kish's effective sample size) stays finite
    if (!(typeof probability === 'number' && probability >= 1e-100 && probability <= 1)) {
      throw new ServiceKitError(
        'INVALID_INPUT',
        probability === undefined
          ? "weighting 'inverse-probability' needs each review's inclusionProbability (sampleForReview gives it)"
          : `inclusionProbability ${describeValue(probability)} is not from 1e-100 to 1`,
        { path: [...path, 'inclusionProbability'] },
      );
    }
    weight = 1 / probability;
  }
  const result = scoreRatings(compiled, review.ratings, [...path, 'ratings']);
  state.count++;
  let agent = state.agents.get(review.agentId);
  if (agent === undefined) {
    agent = {
      scoreSum: [],
      weightSum: [],
      criteria: compiled.criteria.map(() => ({ scoreSum: [], weightSum: [], count: 0, notApplicable: 0 })),
    };
    state.agents.set(review.agentId, agent);
  }
  result.criteria.forEach((criterion, position) => {
    const tally = agent.criteria[position];
    if (tally === undefined) return;
    if (criterion.notApplicable) tally.notApplicable++;
    else if (criterion.score !== null) {
      tally.count++;
      addExact(tally.scoreSum, weight * criterion.score);
      addExact(tally.weightSum, weight);
    }
  });
  if (result.outcome === 'incomplete') {
    state.incomplete++;
    return;
  }
  if (result.outcome === 'passed') {
    state.passed++;
    addExact(state.passedWeight, weight);
  } else if (result.outcome === 'failed') state.failed++;
  else state.autoFailed++;
  addExact(state.decidedWeight, weight);
  addExact(state.decidedWeightSquared, weight * weight);
  addExact(agent.scoreSum, weight * (result.score ?? 0));
  addExact(agent.weightSum, weight);
}

function mergeStates(into: IqsState, from: IqsState): void {
  into.count += from.count;
  into.passed += from.passed;
  into.failed += from.failed;
  into.autoFailed += from.autoFailed;
  into.incomplete += from.incomplete;
  mergeExact(into.passedWeight, from.passedWeight);
  mergeExact(into.decidedWeight, from.decidedWeight);
  mergeExact(into.decidedWeightSquared, from.decidedWeightSquared);
  for (const [agentId, theirs] of from.agents) {
    const ours = into.agents.get(agentId);
    if (ours === undefined) {
      into.agents.set(agentId, {
        scoreSum: [...theirs.scoreSum],
        weightSum: [...theirs.weightSum],
        criteria: theirs.criteria.map((tally) => ({ ...tally, scoreSum: [...tally.scoreSum], weightSum: [...tally.weightSum] })),
      });
      continue;
    }
    mergeExact(ours.scoreSum, theirs.scoreSum);
    mergeExact(ours.weightSum, theirs.weightSum);
    theirs.criteria.forEach((tally, position) => {
      const target = ours.criteria[position];
      if (target === undefined) return;
      target.count += tally.count;
      target.notApplicable += tally.notApplicable;
      mergeExact(target.scoreSum, tally.scoreSum);
      mergeExact(target.weightSum, tally.weightSum);
    });
  }
}

/** Mean of (Σ weight × score, Σ weight) pairs: pooled (review rollup) or a mean of ratios (agent rollup). */
function rolledUp(rollup: IqsRollup, pairs: Iterable<{ scoreSum: number[]; weightSum: number[] }>): number | null {
  const numerator: number[] = [];
  const denominator: number[] = [];
  let agents = 0;
  for (const pair of pairs) {
    if (rollup === 'review') {
      mergeExact(numerator, pair.scoreSum);
      mergeExact(denominator, pair.weightSum);
    } else {
      const weight = exactTotal(pair.weightSum);
      if (weight === 0) continue;
      addExact(numerator, exactTotal(pair.scoreSum) / weight);
      agents++;
    }
  }
  const total = rollup === 'review' ? exactTotal(denominator) : agents;
  if (total === 0) return null;
  const mean = exactTotal(numerator) / total;
  return mean < 0 ? 0 : mean > 1 ? 1 : mean;
}

function finishState(engine: IqsEngine, state: IqsState): IqsResult {
  const agents = [...state.agents.values()];
  const decided = state.passed + state.failed + state.autoFailed;
  let passRate: Rate;
  if (!engine.weighted) passRate = createRate(state.passed, decided, { level: engine.level });
  else {
    const numerator = exactTotal(state.passedWeight);
    const denominator = exactTotal(state.decidedWeight);
    if (denominator === 0) passRate = createRate(0, 0, { level: engine.level });
    else {
      // Wilson at Kish's effective sample size n* = (Σw)² / Σw² for the weighted share.
      const share = Math.min(1, numerator / denominator);
      const effective = (denominator * denominator) / exactTotal(state.decidedWeightSquared);
      passRate = { value: share, numerator, denominator, interval: wilsonInterval(share * effective, effective, { level: engine.level }) };
    }
  }
  return {
    value: rolledUp(engine.rollup, agents),
    passRate,
    byCriterion: engine.compiled.criteria.map((criterion, position) => {
      const tallies = agents.map((agent) => agent.criteria[position]).filter((tally) => tally !== undefined);
      return {
        id: criterion.id,
        value: rolledUp(engine.rollup, tallies),
        count: tallies.reduce((sum, tally) => sum + tally.count, 0),
        notApplicable: tallies.reduce((sum, tally) => sum + tally.notApplicable, 0),
      };
    }),
    count: state.count,
    outcomes: { passed: state.passed, failed: state.failed, autoFailed: state.autoFailed, incomplete: state.incomplete },
    agents: state.agents.size,
  };
}

/**
 * The {@link Metric} behind {@link iqs}, for {@link kpis!summarize} and for merging partial results.
 *
 * Sums are kept exactly (as lists of partials), so merging the states of any split of the reviews
 * gives exactly the one-pass result. A review of another major scorecard version throws
 * `INCOMPARABLE_INPUT` when it is added.
 *
 * @param card - A scorecard from {@link defineScorecard}.
 * @param options - As for {@link iqs}, plus `review` to read the review from another row shape.
 * @returns The metric.
 * @throws {@link errors!ServiceKitError} `INVALID_OPTION` for an unknown rollup or weighting, a bad level
 *   or a `review` that is not a function; `INVALID_SCORECARD` for a `card` as {@link iqs} does; when a
 *   row is added, as {@link iqs} does, with the path inside the review (a metric is not told the row's
 *   index: `['ratings', id]`).
 * @example
 * ```ts
 * const card = defineScorecard({ id: 'qa', version: '1.0.0', criteria: [{ id: 'solved', scale: 'binary' }] });
 * const metric = iqsMetric(card);
 * const monday = metric.init();
 * const tuesday = metric.init();
 * metric.add(monday, { agentId: 'ana', scorecardVersion: '1.0.0', ratings: { solved: 1 } });
 * metric.add(tuesday, { agentId: 'ben', scorecardVersion: '1.0.0', ratings: { solved: 0 } });
 * metric.merge(monday, tuesday);
 * metric.finish(monday).value
 * // => 0.5
 * ```
 */
export function iqsMetric<Row = IqsReview>(card: Scorecard, options?: IqsOptions<Row>): Metric<Row, IqsState, IqsResult> {
  const checked = optionsObject(options);
  const engine = engineFor(card, checked as IqsOptions<never>);
  const read = functionOption(checked.review, 'review') ?? ((row: Row) => row as unknown as IqsReview);
  return {
    init: initState,
    add(state, row) {
      const review = read(row);
      if (review !== null && review !== undefined) addReview(engine, state, review, []);
    },
    merge: mergeStates,
    finish: (state) => finishState(engine, state),
  };
}

/** A group key {@link iqs} accepts from `by`: a string, a number, or a list of them (a composite key). */
export type IqsGroupKey = string | number | readonly (string | number)[];

/** The result of {@link iqs} with `by`: the overall result and one per group, in key order. */
export interface IqsGroupedResult<Key> extends IqsResult {
  /** One result per key, sorted by key (numbers numerically, strings by code unit, lists element by element). */
  readonly groups: readonly IqsGroup<Key>[];
}

function compareKeys(a: IqsGroupKey, b: IqsGroupKey): number {
  const left = Array.isArray(a) ? a : [a];
  const right = Array.isArray(b) ? b : [b];
  for (let index = 0; index < Math.min(left.length, right.length); index++) {
    const x = left[index] as string | number;
    const y = right[index] as string | number;
    if (x === y) continue;
    if (typeof x === 'number' && typeof y === 'number') return x - y;
    return String(x) < String(y) ? -1 : 1;
  }
  return left.length - right.length;
}

/**
 * The internal quality score (IQS): the mean review score of a set of reviews, with the pass rate,
 * per-criterion averages for coaching, and the counts behind them.
 *
 * `value` is the mean `score` (after critical zeroing) over decided reviews (passed, failed,
 * auto-failed); incomplete reviews are counted in `outcomes.incomplete` only. `rollup: 'agent'`
 * averages each agent's reviews first and then the agents, so one agent with many reviews does not
 * outweigh the others. `passRate` is passed over decided reviews with a Wilson interval.
 * `byCriterion` averages each criterion's score over the reviews that rated it (including incomplete
 * and auto-failed ones; `'na'` ratings are counted, not averaged), before any critical zeroing.
 *
 * With `weighting: 'inverse-probability'` each review weighs `1 / inclusionProbability` (the Hájek
 * estimator, Horvitz and Thompson 1952), which undoes the bias of targeted sampling;
 * `passRate.numerator` and `denominator` are then weighted counts and the interval is Wilson at
 * Kish's effective sample size `(Σw)² / Σw²`.
 *
 * @param card - A scorecard from {@link defineScorecard}.
 * @param reviews - Reviews (see {@link ReviewSchema}); each must be on the scorecard's major version.
 * @param options - `rollup` (`review`), `weighting`, `level` (0.95), and `by` to add one result per group.
 * @returns The IQS, pass rate, per-criterion averages and counts; with `by`, also `groups` in key order.
 * @throws {@link errors!ServiceKitError} `INCOMPARABLE_INPUT` (path `[index, 'scorecardVersion']`) for a
 *   review of another major scorecard version; `INVALID_SCORECARD` for ratings that do not fit the
 *   scorecard (path `[index, 'ratings', id]`), or for a `card` that {@link defineScorecard} refuses
 *   (path `['scorecard', …]`); `INVALID_INPUT` for reviews that are not iterable, a review that is not
 *   an object (path `[index]`), or a missing `inclusionProbability` (or one below 1e-100) when
 *   weighting; `INVALID_OPTION` for unknown options or a `by` that is not a function.
 * @see docs/guide/quality.md#iqs
 * @example
 * ```ts
 * const card = defineScorecard({
 *   id: 'qa', version: '1.2.0', passThreshold: 0.75,
 *   criteria: [{ id: 'tone', scale: { points: 5 } }, { id: 'solved', scale: 'binary', weight: 3 }],
 * });
 * const review = (agentId, tone, solved) => ({ agentId, scorecardVersion: '1.0.0', ratings: { tone, solved } });
 * const result = iqs(card, [review('ana', 5, 1), review('ana', 3, 1), review('ben', 4, 0)]);
 * [result.value, result.passRate.value, result.byCriterion[0].value]
 * // => [0.6875, 0.6666666666666666, 0.75]
 * iqs(card, [review('ana', 5, 1), review('ana', 3, 1), review('ben', 4, 0)], { rollup: 'agent' }).value
 * // => 0.5625
 * ```
 */
export function iqs<R extends IqsReview, Key extends IqsGroupKey = never>(
  card: Scorecard,
  reviews: Iterable<R>,
  options?: Omit<IqsOptions<R>, 'review'> & { by?: (review: R) => Key },
): [Key] extends [never] ? IqsResult : IqsGroupedResult<Key> {
  type Result = [Key] extends [never] ? IqsResult : IqsGroupedResult<Key>;
  const checked = optionsObject(options);
  const engine = engineFor(card, checked as IqsOptions<never>);
  const overall = initState();
  const by = functionOption(checked.by, 'by');
  checkIterableRows(reviews, 'reviews');
  const groups = new Map<string, { key: Key; state: IqsState }>();
  let index = 0;
  for (const review of reviews) {
    if (typeof review !== 'object' || review === null) throw rowNotObject(index, review);
    if (by === undefined) {
      addReview(engine, overall, review, [index]);
    } else {
      const key = by(review);
      const id = JSON.stringify(key);
      let group = groups.get(id);
      if (group === undefined) {
        group = { key, state: initState() };
        groups.set(id, group);
      }
      addReview(engine, group.state, review, [index]);
    }
    index++;
  }
  if (by === undefined) return finishState(engine, overall) as Result;
  const ordered = [...groups.values()].sort((a, b) => compareKeys(a.key, b.key));
  for (const group of ordered) mergeStates(overall, group.state);
  const grouped: IqsGroupedResult<Key> = {
    ...finishState(engine, overall),
    groups: ordered.map((group) => ({ key: group.key, ...finishState(engine, group.state) })),
  };
  return grouped as Result;
}
