import { describe, expect, it } from 'vitest';
import { quantiles, SampleBuffer } from '../../src/stats/index.js';

describe('SampleBuffer', () => {
  it('grows past its initial capacity and keeps every value', () => {
    const sample = new SampleBuffer();
    for (let index = 0; index < 100; index++) sample.push(index);
    expect(sample.length).toBe(100);
    expect([...sample.toArray()].sort((a, b) => a - b)).toEqual(Array.from({ length: 100 }, (_, index) => index));
  });
  it('appends another sample without changing it', () => {
    const a = new SampleBuffer();
    const b = new SampleBuffer();
    for (const value of [1, 2, 3]) a.push(value);
    for (const value of [10, 20]) b.push(value);
    a.append(b);
    expect(a.length).toBe(5);
    expect(b.length).toBe(2);
    expect(a.quantiles([0.5])).toEqual([3]);
  });
  it('gives the same quantiles as quantiles() and keeps giving them after reordering', () => {
    const values = [9, 3, 7, 1, 8, 2];
    const sample = new SampleBuffer();
    for (const value of values) sample.push(value);
    expect(sample.quantiles([0.9, 0.5])).toEqual(quantiles(values, [0.9, 0.5]));
    expect(sample.quantiles([0.5])).toEqual(quantiles(values, [0.5]));
  });
  it('returns null for an empty sample and rejects probabilities outside [0, 1]', () => {
    expect(new SampleBuffer().quantiles([0.5])).toBeNull();
    expect(() => new SampleBuffer().quantiles([2])).toThrow(expect.objectContaining({ code: 'INVALID_OPTION' }));
  });
  it('throws INVALID_OPTION for probabilities that are not an array of numbers (null crashed, "0.5" was taken)', () => {
    const sample = new SampleBuffer();
    sample.pushAll([1, 3]);
    expect(() => sample.quantiles(null as unknown as number[])).toThrow(
      expect.objectContaining({ code: 'INVALID_OPTION', path: ['ps'], message: 'ps must be an array of probabilities; got null' }),
    );
    expect(() => sample.quantiles(['0.5' as unknown as number])).toThrow(
      expect.objectContaining({ code: 'INVALID_OPTION', path: ['ps', 0], message: 'probability "0.5" is not between 0 and 1 (0.9 for the 90th percentile)' }),
    );
  });
  it('interpolates between values whose difference overflows (it gave Infinity)', () => {
    const sample = new SampleBuffer();
    sample.pushAll([1e308, -1e308]);
    expect(sample.quantiles([0.5])).toEqual([0]);
  });
  it('throws INVALID_INPUT when asked to append something that is not a sample', () => {
    expect(() => new SampleBuffer().append(null as unknown as SampleBuffer)).toThrow(
      expect.objectContaining({ code: 'INVALID_INPUT', path: ['other'], message: 'other must be a SampleBuffer; got null' }),
    );
    // an object that is not a SampleBuffer (it has no chunks to settle): refused too, not a TypeError
    expect(() => new SampleBuffer().append({} as unknown as SampleBuffer)).toThrow(
      expect.objectContaining({ code: 'INVALID_INPUT', path: ['other'], message: 'other must be a SampleBuffer; got {}' }),
    );
  });
});

describe('SampleBuffer sharing', () => {
  it('keeps merged buffers independent when either grows afterwards', () => {
    const a = new SampleBuffer();
    const b = new SampleBuffer();
    for (const value of [1, 2, 3]) b.push(value);
    a.append(b);
    b.push(100);
    a.push(-100);
    expect([...a.toArray()].sort((x, y) => x - y)).toEqual([-100, 1, 2, 3]);
    expect([...b.toArray()].sort((x, y) => x - y)).toEqual([1, 2, 3, 100]);
  });
  it('takes the merged parts of a merged buffer along, and can append itself', () => {
    const a = new SampleBuffer();
    const b = new SampleBuffer();
    const c = new SampleBuffer();
    c.push(7);
    b.push(5);
    b.append(c);
    a.append(b);
    expect(a.length).toBe(2);
    a.append(a);
    expect(a.quantiles([0, 1])).toEqual([5, 7]);
    expect(a.length).toBe(4);
  });
});

describe('SampleBuffer.pushAll', () => {
  it('adds a range of values at once, as pushing each would', () => {
    const values = Float64Array.from({ length: 70_000 }, (_, index) => (index * 7919) % 70_001);
    const bulk = new SampleBuffer();
    bulk.push(3);
    bulk.pushAll(values, 10, 69_990);
    bulk.push(4);
    const single = new SampleBuffer();
    single.push(3);
    for (let index = 10; index < 69_990; index++) single.push(values[index] as number);
    single.push(4);
    expect(bulk.length).toBe(single.length);
    expect(bulk.quantiles([0, 0.5, 0.9, 1])).toEqual(single.quantiles([0, 0.5, 0.9, 1]));
  });
  it('throws INVALID_INPUT for a range outside the values, keeping the sample unchanged (NaN quantiles, or no end with Infinity)', () => {
    const sample = new SampleBuffer();
    for (const [from, to, path, message] of [
      [0, 10, 'to', 'to must be a whole number from 0 to 3; got 10'],
      [0, Number.POSITIVE_INFINITY, 'to', 'to must be a whole number from 0 to 3; got Infinity'],
      [2, 1, 'to', 'to must be a whole number from 2 to 3; got 1'],
      [0.5, undefined, 'from', 'from must be a whole number from 0 to 3; got 0.5'],
      [-2, undefined, 'from', 'from must be a whole number from 0 to 3; got -2'],
    ] as const) {
      expect(() => sample.pushAll([1, 2, 3], from, to)).toThrow(expect.objectContaining({ code: 'INVALID_INPUT', path: [path], message }));
    }
    expect(() => sample.pushAll(null as unknown as number[])).toThrow(
      expect.objectContaining({ code: 'INVALID_INPUT', path: [], message: 'values must be an array of finite numbers; got null' }),
    );
    expect(sample.length).toBe(0);
    sample.pushAll([1, 2, 3], 3);
    expect(sample.length).toBe(0);
  });
});
