import { ServiceKitError } from '../errors/service-kit-error.js';

/**
 * The bands Landis and Koch (1977, Biometrics 33(1), 159–174, Table 2) gave for kappa-like
 * agreement: below 0 `poor`, 0–0.20 `slight`, 0.21–0.40 `fair`, 0.41–0.60 `moderate`, 0.61–0.80
 * `substantial`, 0.81–1 `almost perfect`.
 *
 * @example
 * ```ts
 * LANDIS_KOCH_BANDS[2]
 * // => 'fair'
 * ```
 */
export const LANDIS_KOCH_BANDS = ['poor', 'slight', 'fair', 'moderate', 'substantial', 'almost perfect'] as const;

/** A value of {@link LANDIS_KOCH_BANDS}. */
export type AgreementBand = (typeof LANDIS_KOCH_BANDS)[number];

/**
 * The Landis–Koch band of a chance-corrected agreement value (Cohen's or Fleiss' kappa,
 * Krippendorff's alpha), in words.
 *
 * Upper bounds are inclusive: `≤ 0.20` is slight, `≤ 0.40` fair, `≤ 0.60` moderate, `≤ 0.80`
 * substantial, above that almost perfect; below 0 is poor (comparisons allow 1e-12 for rounding). The bands are a convention, not a test:
 * report the value beside them.
 *
 * @param value - A kappa or alpha, at most 1.
 * @returns The band's name.
 * @throws {@link errors!ServiceKitError} `INVALID_INPUT` for a value that is not a number at most 1.
 * @example
 * ```ts
 * landisKochBand(0.4)
 * // => 'fair'
 * landisKochBand(0.41)
 * // => 'moderate'
 * landisKochBand(-0.1)
 * // => 'poor'
 * ```
 */
export function landisKochBand(value: number): AgreementBand {
  if (!(typeof value === 'number' && value <= 1 + 1e-12)) {
    throw new ServiceKitError('INVALID_INPUT', `agreement ${String(value)} is not a number at most 1`, { path: [] });
  }
  // A tolerance of 1e-12 keeps a value that is 0.4 up to rounding in the band 0.4 belongs to.
  const tolerance = 1e-12;
  if (value < -tolerance) return 'poor';
  if (value <= 0.2 + tolerance) return 'slight';
  if (value <= 0.4 + tolerance) return 'fair';
  if (value <= 0.6 + tolerance) return 'moderate';
  if (value <= 0.8 + tolerance) return 'substantial';
  return 'almost perfect';
}
