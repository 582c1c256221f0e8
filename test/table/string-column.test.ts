import { describe, expect, it } from 'vitest';
import { encodeStrings } from '../../src/table/index.js';

describe('encodeStrings', () => {
  it('lists each distinct string once, in order of first appearance, with one code per row', () => {
    const column = encodeStrings(['email', 'chat', 'email', 'phone', 'chat']);
    expect(column.values).toEqual(['email', 'chat', 'phone']);
    expect(Array.from(column.codes)).toEqual([0, 1, 0, 2, 1]);
  });
  it('codes undefined, null and the empty string as -1', () => {
    expect(Array.from(encodeStrings([undefined, null, '', 'a']).codes)).toEqual([-1, -1, -1, 0]);
  });
  it('throws INVALID_INPUT for a value that is not a string', () => {
    expect(() => encodeStrings(['a', 5 as unknown as string])).toThrow(expect.objectContaining({ code: 'INVALID_INPUT', path: [1] }));
  });
});
