import { describe, expect, it } from 'vitest';
import { toCheckedCode } from './extract-examples.js';

describe('toCheckedCode', () => {
  it('asserts the single-line expression before a // => line', () => {
    expect(toCheckedCode("const a = 1;\na + 1\n// => 2")).toBe('const a = 1;\n__check((a + 1), "2");');
  });
  it('takes a multi-line call whose brackets balance only at its first line', () => {
    const code = "nps([\n  { score: 10 },\n]).value\n// => 100";
    expect(toCheckedCode(code)).toBe('__check((nps([\n  { score: 10 },\n]).value), "100");');
  });
  it('keeps a chain that continues on lines starting with a dot', () => {
    expect(toCheckedCode("const x = f();\nx\n  .value\n// => 3")).toBe('const x = f();\n__check((x\n  .value), "3");');
  });
  it('ignores brackets inside strings', () => {
    expect(toCheckedCode("f(')')\n// => 1")).toBe('__check((f(\')\')), "1");');
  });
  it('throws when a // => line has nothing before it', () => {
    expect(() => toCheckedCode('// => 1')).toThrow('no expression');
  });
});
