import { describe, expect, it } from 'vitest';
import { describeValue } from '../../src/errors/describe-value.js';
import { optionsObject } from '../../src/errors/options-object.js';

describe('describeValue (how error messages show a rejected value)', () => {
  it('shows every kind of value without throwing', () => {
    const cycle: Record<string, unknown> = {};
    cycle.self = cycle;
    expect([
      describeValue(' padded '),
      describeValue('9'.repeat(400)),
      describeValue(10n),
      describeValue(Symbol('s')),
      describeValue(function named() {}),
      describeValue(null),
      describeValue(undefined),
      describeValue(Number.NaN),
      describeValue(new Date(Number.NaN)),
      describeValue(new Date(0)),
      describeValue({ a: 1 }),
      describeValue(cycle),
      describeValue(Object.create(null)),
      describeValue(Array.from({ length: 40 }, (_, index) => index)),
    ]).toEqual([
      '" padded "',
      `"${'9'.repeat(56)}...`,
      '10n',
      'Symbol(s)',
      'function named',
      'null',
      'undefined',
      'NaN',
      'Invalid Date',
      '1970-01-01T00:00:00.000Z',
      '{"a":1}',
      '[object Object]',
      '{}',
      '[0,1,2,3,4,5,6,7,8,9,10,11,12,13,14,15,16,17,18,19,20,21,...',
    ]);
  });
});

describe('optionsObject', () => {
  it('gives {} for undefined, the object itself, and INVALID_OPTION at [] for anything else', () => {
    const options = { level: 0.9 };
    expect(optionsObject(undefined)).toEqual({});
    expect(optionsObject(options)).toBe(options);
    for (const [value, shown] of [
      [null, 'null'],
      [5, '5'],
      [[1], '[1]'],
      ['x', '"x"'],
    ] as const) {
      expect(() => optionsObject(value as never)).toThrow(expect.objectContaining({ code: 'INVALID_OPTION', path: [], message: `options must be an object; got ${shown}` }));
    }
  });
});
