import { describe, expect, it } from 'vitest';
import { isServiceKitError } from '../../src/errors/service-kit-error.js';
import { landisKochBand } from '../../src/quality/index.js';

describe('landisKochBand', () => {
  it('names the bands of Landis and Koch (1977), Biometrics 33(1):159–174, Table 2', () => {
    expect([-0.2, 0, 0.2, 0.21, 0.4, 0.41, 0.6, 0.61, 0.8, 0.81, 1].map(landisKochBand)).toEqual([
      'poor',
      'slight',
      'slight',
      'fair',
      'fair',
      'moderate',
      'moderate',
      'substantial',
      'substantial',
      'almost perfect',
      'almost perfect',
    ]);
  });

  it('keeps a value that is a band edge up to rounding in that band', () => {
    // 0.1 + 0.2 + 0.1 is 0.4000000000000001 in floating point.
    expect(landisKochBand(0.1 + 0.2 + 0.1)).toBe('fair');
  });

  it('rejects NaN and values above 1', () => {
    for (const value of [Number.NaN, 1.5]) {
      let caught: unknown;
      try {
        landisKochBand(value);
      } catch (error) {
        caught = error;
      }
      expect(isServiceKitError(caught, 'INVALID_INPUT')).toBe(true);
    }
  });
});
