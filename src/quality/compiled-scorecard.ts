// Internal: a scorecard prepared for scoring many reviews (criteria by id, scale bounds, section
// layout), and the scoring rule itself. scoreReview, iqs and iqsMetric share it. Not re-exported.
import { describeValue } from '../errors/describe-value.js';
import { locatedError } from '../errors/located-error.js';
import { isServiceKitError, ServiceKitError, type ServiceKitErrorPath } from '../errors/service-kit-error.js';
import type { Criterion, NotApplicablePolicy } from './criterion.js';
import { addExact, exactTotal } from './exact-sum.js';
import type { ReviewOutcome, ReviewScore } from './score-review.js';
import { defineScorecard, type Scorecard } from './scorecard.js';
import { majorVersion } from './semantic-version.js';

interface CompiledCriterion {
  readonly id: string;
  readonly weight: number;
  readonly min: number;
  readonly max: number;
  readonly accepts: (rating: number) => boolean;
  readonly scaleText: string;
  readonly notApplicable: NotApplicablePolicy;
  readonly critical: Criterion['critical'];
  /** Index into `sections`, or -1 without declared sections. */
  readonly section: number;
  readonly bonus: boolean;
}

export interface CompiledScorecard {
  readonly card: Scorecard;
  readonly major: number;
  readonly criteria: readonly CompiledCriterion[];
  readonly index: ReadonlyMap<string, number>;
  /** Section weights (weighted method with declared sections), else null. */
  readonly sectionWeights: readonly number[] | null;
}

function scaleOf(criterion: Criterion): Pick<CompiledCriterion, 'min' | 'max' | 'accepts' | 'scaleText'> {
  const scale = criterion.scale;
  if (scale === 'binary') return { min: 0, max: 1, accepts: (rating) => rating === 0 || rating === 1, scaleText: '0 or 1 (binary)' };
  if ('points' in scale) {
    const points = scale.points;
    return { min: 1, max: points, accepts: (rating) => Number.isInteger(rating) && rating >= 1 && rating <= points, scaleText: `a whole number 1–${points}` };
  }
  const options = new Set(scale.options);
  return {
    min: Math.min(...scale.options),
    max: Math.max(...scale.options),
    accepts: (rating) => options.has(rating),
    scaleText: `one of ${scale.options.join(', ')}`,
  };
}

const compiledByObject = new WeakMap<object, CompiledScorecard>();

/**
 * A scorecard prepared for scoring, from the cache or made now (and cached for that object): an
 * object seen for the first time is validated as {@link defineScorecard} does (one it made as well:
 * another copy of the library makes plain objects too), and refused with its errors at
 * `['scorecard', …]`.
 */
export function compileScorecard(card: Scorecard): CompiledScorecard {
  let compiled = typeof card === 'object' && card !== null ? compiledByObject.get(card) : undefined;
  if (compiled === undefined) {
    let valid: Scorecard;
    try {
      valid = defineScorecard(card);
    } catch (error) {
      throw isServiceKitError(error) ? locatedError(error, ['scorecard']) : error;
    }
    compiled = compile(valid);
    compiledByObject.set(card, compiled);
  }
  return compiled;
}

/** Prepares a validated scorecard for scoring. */
function compile(card: Scorecard): CompiledScorecard {
  const sectionIndex = new Map((card.sections ?? []).map((section, index) => [section.id, index] as const));
  const criteria = card.criteria.map((criterion): CompiledCriterion => {
    const section = criterion.section === undefined ? -1 : (sectionIndex.get(criterion.section) ?? -1);
    return {
      id: criterion.id,
      weight: criterion.weight,
      ...scaleOf(criterion),
      notApplicable: criterion.notApplicable,
      critical: criterion.critical,
      section,
      bonus: section >= 0 && card.sections?.[section]?.bonus === true,
    };
  });
  const sectionWeights = card.method === 'weighted' && card.sections !== undefined ? card.sections.map((section) => section.weight ?? 1) : null;
  return {
    card,
    major: majorVersion(card.version, ['version']),
    criteria,
    index: new Map(criteria.map((criterion, position) => [criterion.id, position] as const)),
    sectionWeights,
  };
}

/** Scores ratings against a compiled scorecard; errors carry `path` (the ratings object's path). */
export function scoreRatings(compiled: CompiledScorecard, ratings: unknown, path: ServiceKitErrorPath): ReviewScore {
  if (typeof ratings !== 'object' || ratings === null || Array.isArray(ratings)) {
    throw new ServiceKitError('INVALID_SCORECARD', 'ratings must be an object of criterion id → rating', { path });
  }
  const given = ratings as Record<string, unknown>;
  for (const id of Object.keys(given)) {
    if (!compiled.index.has(id) && given[id] !== undefined) {
      throw new ServiceKitError('INVALID_SCORECARD', `"${id}" is not a criterion of scorecard ${compiled.card.id} ${compiled.card.version}`, {
        path: [...path, id],
      });
    }
  }
  const criteria = compiled.criteria;
  const scores: (number | null)[] = new Array<number | null>(criteria.length).fill(null);
  const notApplicable: boolean[] = new Array<boolean>(criteria.length).fill(false);
  const autoFailedBy: string[] = [];
  let unrated = false;
  let zeroed = false;
  for (let position = 0; position < criteria.length; position++) {
    const criterion = criteria[position] as CompiledCriterion;
    const rating = Object.prototype.hasOwnProperty.call(given, criterion.id) ? given[criterion.id] : undefined;
    if (rating === undefined) {
      unrated = true;
    } else if (rating === 'na') {
      notApplicable[position] = true;
      if (criterion.notApplicable === 'not_allowed') {
        throw new ServiceKitError('INVALID_SCORECARD', `criterion "${criterion.id}" does not allow 'na': rate it ${criterion.scaleText}`, {
          path: [...path, criterion.id],
        });
      }
      if (criterion.notApplicable === 'zero') scores[position] = 0;
      else if (criterion.notApplicable === 'pass') scores[position] = 1;
    } else if (typeof rating === 'number' && criterion.accepts(rating)) {
      const score = (rating - criterion.min) / (criterion.max - criterion.min);
      scores[position] = score;
      if (criterion.critical !== undefined && score < criterion.critical.below) {
        autoFailedBy.push(criterion.id);
        if (criterion.critical.effect === 'zero') zeroed = true;
      }
    } else {
      throw new ServiceKitError('INVALID_SCORECARD', `rating ${describeValue(rating)} for "${criterion.id}" is off its scale: expected ${criterion.scaleText} or 'na'`, {
        path: [...path, criterion.id],
      });
    }
  }
  const weights = appliedWeights(compiled, scores);
  const rawScore = weights.score;
  const score = zeroed ? 0 : rawScore;
  const outcome: ReviewOutcome =
    autoFailedBy.length > 0
      ? 'auto_failed'
      : unrated || score === null
        ? 'incomplete'
        : score >= compiled.card.passThreshold - 1e-9
          ? 'passed'
          : 'failed';
  return {
    score,
    rawScore,
    outcome,
    criteria: criteria.map((criterion, position) => ({
      id: criterion.id,
      score: scores[position] ?? null,
      appliedWeight: weights.applied[position] ?? 0,
      notApplicable: notApplicable[position] ?? false,
    })),
    autoFailedBy,
  };
}

/** The review score and each criterion's applied weight, from the criterion scores (null = left out). */
function appliedWeights(compiled: CompiledScorecard, scores: readonly (number | null)[]): { score: number | null; applied: number[] } {
  const criteria = compiled.criteria;
  const applied = new Array<number>(criteria.length).fill(0);
  if (compiled.card.method === 'points') {
    const possible: number[] = [];
    const earned: number[] = [];
    criteria.forEach((criterion, position) => {
      const score = scores[position];
      if (score === null || score === undefined) return;
      if (!criterion.bonus) addExact(possible, criterion.weight);
      addExact(earned, criterion.weight * score);
    });
    const totalPossible = exactTotal(possible);
    if (totalPossible === 0) return { score: null, applied };
    criteria.forEach((criterion, position) => {
      if (scores[position] !== null) applied[position] = criterion.weight / totalPossible;
    });
    return { score: clamp(exactTotal(earned) / totalPossible), applied };
  }
  const sectionWeights = compiled.sectionWeights;
  const groups = sectionWeights === null ? 1 : sectionWeights.length;
  const weightSums: number[][] = Array.from({ length: groups }, () => []);
  const weightedSums: number[][] = Array.from({ length: groups }, () => []);
  criteria.forEach((criterion, position) => {
    const score = scores[position];
    if (score === null || score === undefined) return;
    const group = sectionWeights === null ? 0 : criterion.section;
    addExact(weightSums[group] as number[], criterion.weight);
    addExact(weightedSums[group] as number[], criterion.weight * score);
  });
  const groupWeight = (group: number) => (sectionWeights === null ? 1 : (sectionWeights[group] as number));
  const groupTotals = weightSums.map((sum) => exactTotal(sum));
  const activeWeight: number[] = [];
  const weightedMeans: number[] = [];
  groupTotals.forEach((total, group) => {
    if (total === 0 || groupWeight(group) === 0) return;
    addExact(activeWeight, groupWeight(group));
    addExact(weightedMeans, groupWeight(group) * (exactTotal(weightedSums[group] as number[]) / total));
  });
  const totalWeight = exactTotal(activeWeight);
  if (totalWeight === 0) return { score: null, applied };
  criteria.forEach((criterion, position) => {
    if (scores[position] === null) return;
    const group = sectionWeights === null ? 0 : criterion.section;
    const total = groupTotals[group] as number;
    if (total === 0 || groupWeight(group) === 0) return;
    applied[position] = (groupWeight(group) / totalWeight) * (criterion.weight / total);
  });
  return { score: clamp(exactTotal(weightedMeans) / totalWeight), applied };
}

function clamp(score: number): number {
  return score < 0 ? 0 : score > 1 ? 1 : score;
}
