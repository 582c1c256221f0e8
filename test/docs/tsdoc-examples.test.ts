import { transformSync } from 'esbuild';
import { describe, expect, it } from 'vitest';
import * as servicekit from '../../src/index.js';
import { guideExamples, tsdocExamples, type DocExample } from './extract-examples.js';

// Every @example in the TSDoc of src/ and every ```ts block in docs/guide runs here, with the whole
// public API in scope; `expr` followed by `// => value` asserts the value.
const root = new URL('../..', import.meta.url).pathname;

function check(actual: unknown, expectedText: string): void {
  let expected: unknown;
  try {
    expected = new Function(`return (${expectedText});`)();
  } catch {
    const shown = actual instanceof Date ? actual.toISOString() : String(actual);
    expect(shown).toBe(expectedText);
    return;
  }
  expect(actual).toEqual(expected);
}

function run(example: DocExample): void {
  const withoutImports = example.code.replace(/^\s*import\s[\s\S]*?from\s+['"][^'"]+['"];?\s*$/gm, '');
  const { code } = transformSync(withoutImports, { loader: 'ts', format: 'cjs' });
  const names = Object.keys(servicekit);
  const body = new Function(...names, '__check', code);
  body(...names.map((name) => (servicekit as Record<string, unknown>)[name]), check);
}

describe('TSDoc @example blocks', () => {
  const examples = tsdocExamples(root);
  it('finds examples to run', () => {
    expect(examples.length).toBeGreaterThan(20);
  });
  it.each(examples.map((example) => [example.name, example] as const))('%s', (_name, example) => {
    run(example);
  });
});

describe('guide code blocks', () => {
  it.each(guideExamples(root).map((example) => [example.name, example] as const))('%s', (_name, example) => {
    run(example);
  });
});
