// Internal (not re-exported): the checks of the arguments the stats functions take, so their
// messages read alike ("successes must be …; got …") and carry the argument's path.
import { describeValue } from '../errors/describe-value.js';
import { invalidInput } from '../errors/invalid-input.js';
import { invalidOption } from '../errors/invalid-option.js';
import { ServiceKitError, type ServiceKitErrorPath } from '../errors/service-kit-error.js';
import type { NpsCounts } from './interval.js';

/** `value` when it is an object (a set of counts), else INVALID_INPUT at `path`. */
export function checkObject<T>(value: T, path: ServiceKitErrorPath, shape: string, name?: string): T {
  if (typeof value !== 'object' || value === null) throw invalidInput(path, shape, value, name);
  return value;
}

/** A count: a finite number ≥ 0 (fractional counts are weighted ones). */
export function checkCount(value: unknown, path: ServiceKitErrorPath): number {
  if (!(Number.isFinite(value) && (value as number) >= 0)) throw invalidInput(path, 'a finite number ≥ 0', value);
  return value as number;
}

/** The counts of a proportion at `path`: two {@link checkCount}s named `names`, the first at most the second. */
export function checkProportion(part: unknown, whole: unknown, names: readonly [string, string], path: ServiceKitErrorPath = []): void {
  const partPath = [...path, names[0]];
  if (checkCount(part, partPath) > checkCount(whole, [...path, names[1]])) throw invalidInput(partPath, `at most ${names[1]} ${describeValue(whole)}`, part);
}

/** Promoters, passives and detractors at `path` (`[]` for an argument of its own, then named `counts`). */
export function checkNpsCounts(counts: NpsCounts, path: ServiceKitErrorPath): void {
  checkObject(counts, path, '{ promoters, passives, detractors }', path.length > 0 ? undefined : 'counts');
  for (const key of ['promoters', 'passives', 'detractors'] as const) checkCount(counts[key], [...path, key]);
}

/** `values` when it is array-like (an array or a typed array), else INVALID_INPUT at `[]`. */
export function checkValues<T extends ArrayLike<number>>(values: T): T {
  if (!(typeof values === 'object' && values !== null && Number.isSafeInteger(values.length) && values.length >= 0)) {
    throw invalidInput([], 'an array of finite numbers', values, 'values');
  }
  return values;
}

/**
 * `ps` when it is an array of numbers from 0 to 1, else INVALID_OPTION at `['ps']` or `['ps',
 * index]` (at `path` when given: `['p']` for the one probability of `quantile`).
 */
export function checkProbabilities(ps: readonly number[], path?: ServiceKitErrorPath): readonly number[] {
  if (!Array.isArray(ps)) throw invalidOption('ps', 'an array of probabilities', ps);
  ps.forEach((p, index) => {
    if (!(typeof p === 'number' && p >= 0 && p <= 1)) {
      throw new ServiceKitError('INVALID_OPTION', `probability ${describeValue(p)} is not between 0 and 1 (0.9 for the 90th percentile)`, {
        path: path ?? ['ps', index],
      });
    }
  });
  return ps;
}
