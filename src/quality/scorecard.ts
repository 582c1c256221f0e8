import { z } from 'zod';
import { ServiceKitError } from '../errors/service-kit-error.js';
import { CriterionSchema } from './criterion.js';
import { SEMANTIC_VERSION } from './semantic-version.js';

/**
 * How a scorecard turns criterion scores into a review score:
 *
 * - `weighted` (the default): the weighted mean of the applicable criteria's scores; with `sections`
 *   declared, each section's weighted mean, weighted by the section weights;
 * - `points`: points earned over points possible, a criterion being worth its `weight` in points and
 *   earning `weight × criterion score`; criteria of `bonus` sections add to the earned points only.
 *
 * @example
 * ```ts
 * SCORING_METHODS
 * // => ['weighted', 'points']
 * ```
 */
export const SCORING_METHODS = ['weighted', 'points'] as const;

/** A value of {@link SCORING_METHODS}. */
export type ScoringMethod = (typeof SCORING_METHODS)[number];

/**
 * A section of a scorecard: a group of criteria with a weight (weighted method) or a bonus flag
 * (points method).
 *
 * @example
 * ```ts
 * ScorecardSectionSchema.parse({ id: 'resolution', weight: 60 }).bonus
 * // => false
 * ```
 */
export const ScorecardSectionSchema = z.object({
  /** The section's id, which criteria name in `section`. */
  id: z.string().min(1, 'a section id must not be empty'),
  /** A name to show. */
  name: z.string().optional(),
  /** The section's relative weight in the weighted method; 1 when left out. Not allowed with points. */
  weight: z.number().finite('weight must be a finite number').nonnegative('weight must not be negative').optional(),
  /** Points method only: its criteria add earned points but no possible points (extra credit). */
  bonus: z.boolean().default(false),
});

/** A section of a scorecard (see {@link ScorecardSectionSchema}). */
export interface ScorecardSection extends z.output<typeof ScorecardSectionSchema> {}

/**
 * A quality scorecard: the rubric reviews are scored against. Versioned with a semantic version;
 * reviews of different major versions are never averaged together.
 *
 * Rejected, with the path of the field: duplicate criterion or section ids, negative weights, every
 * weight 0, a `critical.below` outside 0–1, a scale with fewer than 2 points or options, a criterion
 * naming an undeclared section (when `sections` are declared), section weights with the points method
 * and bonus sections with the weighted method.
 *
 * @example
 * ```ts
 * const card = ScorecardSchema.parse({ id: 'qa', version: '1.0.0', criteria: [{ id: 'greeting', scale: 'binary' }] });
 * [card.method, card.passThreshold]
 * // => ['weighted', 0.8]
 * ScorecardSchema.safeParse({ ...card, version: 'v1' }).error?.issues[0]?.path
 * // => ['version']
 * ```
 */
export const ScorecardSchema = z
  .object({
    /** The scorecard's id. */
    id: z.string().min(1, 'a scorecard id must not be empty'),
    /** A name to show. */
    name: z.string().optional(),
    /** Its semantic version (`1.2.0`): a new major version makes scores incomparable with older ones. */
    version: z.string().regex(SEMANTIC_VERSION, 'version must be a semantic version such as 1.0.0'),
    /** `weighted` (the default) or `points`. */
    method: z.enum(SCORING_METHODS).default('weighted'),
    /** The lowest score (0–1) that passes; 0.8 by default. */
    passThreshold: z.number().min(0, 'passThreshold is a score from 0 to 1').max(1, 'passThreshold is a score from 0 to 1').default(0.8),
    /** Sections with weights (weighted method) or bonus flags (points method). */
    sections: z.array(ScorecardSectionSchema).optional(),
    /** The criteria, at least one. */
    criteria: z.array(CriterionSchema).min(1, 'a scorecard needs at least one criterion'),
  })
  .superRefine((card, context) => {
    const issue = (path: (string | number)[], message: string) => context.addIssue({ code: 'custom', path, message });
    const criterionIds = new Set<string>();
    card.criteria.forEach((criterion, index) => {
      if (criterionIds.has(criterion.id)) issue(['criteria', index, 'id'], `criterion id "${criterion.id}" is used twice`);
      criterionIds.add(criterion.id);
    });
    const sections = new Map<string, { bonus: boolean }>();
    card.sections?.forEach((section, index) => {
      if (sections.has(section.id)) issue(['sections', index, 'id'], `section id "${section.id}" is used twice`);
      sections.set(section.id, section);
      if (card.method === 'points' && section.weight !== undefined) {
        issue(['sections', index, 'weight'], 'section weights apply to the weighted method; with points, the criteria weights are their points');
      }
      if (card.method === 'weighted' && section.bonus) {
        issue(['sections', index, 'bonus'], 'bonus sections apply to the points method only');
      }
    });
    if (card.sections !== undefined) {
      card.criteria.forEach((criterion, index) => {
        if (criterion.section === undefined || !sections.has(criterion.section)) {
          issue(
            ['criteria', index, 'section'],
            criterion.section === undefined
              ? `criterion "${criterion.id}" needs a section: the scorecard declares sections`
              : `section "${criterion.section}" is not declared in sections`,
          );
        }
      });
      const weighs = (sectionId: string | undefined) => (card.sections?.find((section) => section.id === sectionId)?.weight ?? 1) > 0;
      const anyCounted = card.criteria.some((criterion) => criterion.weight > 0 && weighs(criterion.section));
      if (card.method === 'weighted' && card.criteria.some((criterion) => criterion.weight > 0) && !anyCounted) {
        issue(['sections'], 'no section that weighs above 0 has a criterion that weighs above 0, so no review could be scored');
      }
    }
    const counted = card.criteria.filter((criterion) => !(criterion.section !== undefined && sections.get(criterion.section)?.bonus === true));
    if (counted.length > 0 && counted.every((criterion) => criterion.weight === 0)) {
      issue(['criteria'], 'every criterion weighs 0, so no review could be scored');
    } else if (counted.length === 0 && card.criteria.length > 0) {
      issue(['criteria'], 'every criterion is in a bonus section, so no points are possible');
    }
  });

/** A validated quality scorecard (see {@link ScorecardSchema}); build one with {@link defineScorecard}. */
export interface Scorecard extends z.output<typeof ScorecardSchema> {}
/** What {@link defineScorecard} accepts: defaults (`method`, `passThreshold`, weights, N/A policies) may be left out. */
export type ScorecardInput = z.input<typeof ScorecardSchema>;

/**
 * Validates a scorecard definition and fills in its defaults.
 *
 * Defaults: `method: 'weighted'`, `passThreshold: 0.8`, and per criterion `weight: 1` and
 * `notApplicable: 'exclude'`. See {@link ScorecardSchema} for what is rejected.
 *
 * @param definition - The scorecard as plain data (JSON-serialisable).
 * @returns The validated scorecard.
 * @throws {@link errors!ServiceKitError} `INVALID_SCORECARD` with the path of the first problem; the message
 *   lists them all and `cause` is the zod error.
 * @example
 * ```ts
 * const card = defineScorecard({
 *   id: 'chat-qa',
 *   version: '1.0.0',
 *   criteria: [
 *     { id: 'greeting', scale: 'binary' },
 *     { id: 'resolution', scale: { points: 5 }, weight: 3, critical: { below: 0.25, effect: 'zero' } },
 *   ],
 * });
 * card.criteria[0].notApplicable
 * // => 'exclude'
 * try {
 *   defineScorecard({ ...card, criteria: [{ id: 'greeting', scale: 'binary', weight: -1 }] });
 * } catch (error) {
 *   error.path
 *   // => ['criteria', 0, 'weight']
 * }
 * ```
 */
export function defineScorecard(definition: ScorecardInput): Scorecard {
  const parsed = ScorecardSchema.safeParse(definition);
  if (parsed.success) return parsed.data;
  const issues = parsed.error.issues;
  const pathOf = (path: readonly PropertyKey[]) => path.filter((key): key is string | number => typeof key !== 'symbol');
  const message = issues.map((issue) => `${pathOf(issue.path).join('.') || '(scorecard)'}: ${issue.message}`).join('; ');
  throw new ServiceKitError('INVALID_SCORECARD', `invalid scorecard: ${message}`, {
    path: pathOf(issues[0]?.path ?? []),
    cause: parsed.error,
  });
}
