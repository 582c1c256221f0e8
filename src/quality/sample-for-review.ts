import { choiceOption } from '../errors/choice-option.js';
import { describeValue } from '../errors/describe-value.js';
import { invalidOption } from '../errors/invalid-option.js';
import { optionsObject } from '../errors/options-object.js';
import { ServiceKitError } from '../errors/service-kit-error.js';
import { checkIterableRows, rowNotObject } from '../models/check-rows.js';
import { hashText, seededRandom } from './seeded-random.js';

/**
 * How {@link sampleForReview} picks interactions for each agent:
 *
 * - `random`: a simple random sample of `perAgent`;
 * - `stratified`: `perAgent` split across the agent's strata (channel, reason…), then random within each;
 * - `targeted`: a share of `perAgent` from the interactions `target.where` selects (low CSAT,
 *   escalations…), the rest at random from the others.
 *
 * @example
 * ```ts
 * SAMPLING_STRATEGIES
 * // => ['random', 'stratified', 'targeted']
 * ```
 */
export const SAMPLING_STRATEGIES = ['random', 'stratified', 'targeted'] as const;

/** A value of {@link SAMPLING_STRATEGIES}. */
export type SamplingStrategy = (typeof SAMPLING_STRATEGIES)[number];

/** What {@link sampleForReview} reads from an interaction: its id and the agent who handled it. */
export interface SampleableInteraction {
  /** The interaction's id. */
  readonly id: string;
  /** The agent who handled it; interactions without one are not sampled. */
  readonly agentId?: string | null | undefined;
}

/** Options for {@link sampleForReview}. */
export interface SampleForReviewOptions<Row> {
  /** `random`, `stratified` or `targeted`. */
  strategy: SamplingStrategy;
  /** How many interactions to pick per agent (all of them when the agent has fewer). */
  perAgent: number;
  /** The seed: the same seed and interactions give the same picks, in any input order. */
  seed: number | string;
  /** `stratified`: the stratum of an interaction (its channel, reason, week…). */
  strata?: (interaction: Row) => string;
  /** `stratified`: `proportional` (the default) to stratum sizes, or `equal` across strata. */
  allocation?: 'proportional' | 'equal';
  /** `targeted`: which interactions to target, and the share of `perAgent` to take from them. */
  target?: ReviewTarget<Row>;
}

/** What a `targeted` sample targets (see {@link sampleForReview}). */
export interface ReviewTarget<Row> {
  /** Whether an interaction is a target (low CSAT, escalated, reopened…). */
  where: (interaction: Row) => boolean;
  /** The share of `perAgent` to take from the targets, 0…1; 0.5 by default. */
  share?: number;
}

/** One interaction picked for review, with the probability it had of being picked. */
export interface ReviewPick<Row> {
  /** The interaction. */
  readonly interaction: Row;
  /** The agent whose sample it belongs to. */
  readonly agentId: string;
  /** Its stratum: the `strata` key, `'targeted'` or `'untargeted'`; `null` for a random sample. */
  readonly stratum: string | null;
  /** `picked / available` in its agent's stratum: copy it onto the review for {@link iqs}. */
  readonly inclusionProbability: number;
}

/** Splits `size` picks across cells of the given sizes: largest remainders (proportional) or round robin (equal). */
function allocate(sizes: readonly number[], size: number, allocation: 'proportional' | 'equal'): number[] {
  const total = sizes.reduce((sum, value) => sum + value, 0);
  if (size >= total) return [...sizes];
  if (allocation === 'proportional') {
    const quotas = sizes.map((value) => (size * value) / total);
    const counts = quotas.map((quota) => Math.floor(quota));
    let left = size - counts.reduce((sum, value) => sum + value, 0);
    const order = quotas.map((quota, index) => ({ index, remainder: quota - Math.floor(quota) })).sort((a, b) => b.remainder - a.remainder || a.index - b.index);
    for (const { index } of order) {
      if (left === 0) break;
      counts[index] = (counts[index] as number) + 1;
      left--;
    }
    return counts;
  }
  const counts = sizes.map(() => 0);
  let left = size;
  while (left > 0) {
    for (let index = 0; index < sizes.length && left > 0; index++) {
      if ((counts[index] as number) < (sizes[index] as number)) {
        counts[index] = (counts[index] as number) + 1;
        left--;
      }
    }
  }
  return counts;
}

/** Picks `count` of `rows` (already in id order) by a partial Fisher–Yates shuffle seeded by `seed`. */
function pick<Row>(rows: Row[], count: number, seed: number): Row[] {
  const random = seededRandom(seed);
  const pool = [...rows];
  for (let index = 0; index < count; index++) {
    const other = index + Math.floor(random() * (pool.length - index));
    const swap = pool[index] as Row;
    pool[index] = pool[other] as Row;
    pool[other] = swap;
  }
  return pool.slice(0, count);
}

/**
 * Picks interactions for quality review, reproducibly from a seed, with each pick's inclusion
 * probability so that {@link iqs} can weight a targeted or stratified sample back to an unbiased
 * estimate.
 *
 * For each agent, interactions are split into cells (one for `random`; one per stratum for
 * `stratified`; targeted and untargeted for `targeted`), each cell gets a number of picks, and a
 * simple random sample of that size is drawn from the cell, so a pick's inclusion probability is
 * `picked / available` in its cell. `stratified` splits `perAgent` in proportion to the strata sizes
 * (largest remainders) or equally (`allocation: 'equal'`); `targeted` takes `round(perAgent ×
 * share)` targeted interactions and the rest from the others, topping up from either side when the
 * other runs short. Keep `share < 1` so untargeted work has a chance and the weighted estimate stays
 * unbiased. Cells are drawn from interactions in id order with a generator seeded by the seed, the
 * agent and the cell, so the picks do not depend on the input order or on other agents.
 * Interactions without an `agentId` are not sampled.
 *
 * @param interactions - Interactions (or any rows with `id` and `agentId`).
 * @param options - `strategy`, `perAgent`, `seed`, and `strata` / `allocation` or `target`.
 * @returns The picks, by agent, then stratum, then interaction id.
 * @throws {@link errors!ServiceKitError} `INVALID_OPTION` for an unknown strategy, a `perAgent` that is not a
 *   positive whole number, a missing `strata` (stratified) or `target` (targeted), a `share` outside
 *   0…1, or a seed that is not a finite number or a string; `INVALID_INPUT` for interactions that are
 *   not iterable, or one that is not an object (path `[index]`).
 * @see docs/guide/quality.md#sampling
 * @example
 * ```ts
 * const chats = ['c1', 'c2', 'c3', 'c4'].map((id) => ({ id, agentId: 'ana' }));
 * const picks = sampleForReview(chats, { strategy: 'random', perAgent: 2, seed: 7 });
 * picks.map((pick) => pick.inclusionProbability)
 * // => [0.5, 0.5]
 * const again = sampleForReview([...chats].reverse(), { strategy: 'random', perAgent: 2, seed: 7 });
 * again.map((pick) => pick.interaction.id).join() === picks.map((pick) => pick.interaction.id).join()
 * // => true
 * ```
 */
export function sampleForReview<Row extends SampleableInteraction>(interactions: Iterable<Row>, options: SampleForReviewOptions<Row>): ReviewPick<Row>[] {
  options = optionsObject(options);
  const { strategy, perAgent, seed } = options;
  choiceOption(strategy, SAMPLING_STRATEGIES, 'strategy');
  if (!(Number.isInteger(perAgent) && perAgent > 0)) throw invalidOption('perAgent', 'a positive whole number', perAgent);
  if (!((typeof seed === 'number' && Number.isFinite(seed)) || typeof seed === 'string')) throw invalidOption('seed', 'a finite number or a string', seed);
  const strata = options.strata;
  if (strategy === 'stratified' && typeof strata !== 'function') {
    throw new ServiceKitError('INVALID_OPTION', "strategy 'stratified' needs strata: a function giving each interaction's stratum", { path: ['strata'] });
  }
  const allocation = choiceOption(options.allocation ?? 'proportional', ['proportional', 'equal'], 'allocation');
  const target = options.target;
  const share = target?.share ?? 0.5;
  if (strategy === 'targeted') {
    if (typeof target?.where !== 'function') {
      throw new ServiceKitError('INVALID_OPTION', "strategy 'targeted' needs target.where: a function selecting the interactions to target", { path: ['target'] });
    }
    if (!(typeof share === 'number' && share >= 0 && share <= 1)) {
      throw new ServiceKitError('INVALID_OPTION', `target.share must be from 0 to 1; got ${describeValue(share)}`, { path: ['target', 'share'] });
    }
  }

  checkIterableRows(interactions, 'interactions');
  const byAgent = new Map<string, Map<string, Row[]>>();
  let index = 0;
  for (const interaction of interactions) {
    if (typeof interaction !== 'object' || interaction === null) throw rowNotObject(index, interaction);
    index++;
    const agentId = interaction.agentId;
    if (agentId === undefined || agentId === null || agentId === '') continue;
    const stratum =
      strategy === 'stratified' ? String((strata as (row: Row) => string)(interaction)) : strategy === 'targeted' ? ((target as ReviewTarget<Row>).where(interaction) ? 'targeted' : 'untargeted') : '';
    let cells = byAgent.get(agentId);
    if (cells === undefined) {
      cells = new Map();
      byAgent.set(agentId, cells);
    }
    let cell = cells.get(stratum);
    if (cell === undefined) {
      cell = [];
      cells.set(stratum, cell);
    }
    cell.push(interaction);
  }

  const byText = (a: string, b: string) => (a < b ? -1 : a > b ? 1 : 0);
  const picks: ReviewPick<Row>[] = [];
  for (const agentId of [...byAgent.keys()].sort(byText)) {
    const cells = byAgent.get(agentId) as Map<string, Row[]>;
    const keys = [...cells.keys()].sort(byText);
    const sizes = keys.map((key) => (cells.get(key) as Row[]).length);
    let counts: number[];
    if (strategy === 'targeted') {
      const targeted = cells.get('targeted')?.length ?? 0;
      const untargeted = cells.get('untargeted')?.length ?? 0;
      let fromTargeted = Math.min(targeted, Math.round(perAgent * share));
      const fromUntargeted = Math.min(untargeted, perAgent - fromTargeted);
      fromTargeted = Math.min(targeted, perAgent - fromUntargeted);
      counts = keys.map((key) => (key === 'targeted' ? fromTargeted : fromUntargeted));
    } else {
      counts = allocate(sizes, perAgent, allocation);
    }
    keys.forEach((key, index) => {
      const rows = (cells.get(key) as Row[]).sort((a, b) => byText(a.id, b.id));
      const count = counts[index] as number;
      if (count === 0) return;
      const probability = count / rows.length;
      const chosen = pick(rows, count, hashText(`${String(seed)}\u0000${agentId}\u0000${key}`));
      chosen.sort((a, b) => byText(a.id, b.id));
      for (const interaction of chosen) {
        picks.push({ interaction, agentId, stratum: strategy === 'random' ? null : key, inclusionProbability: probability });
      }
    });
  }
  return picks;
}
