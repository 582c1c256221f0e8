import { readdirSync, readFileSync, statSync } from 'node:fs';
import { join, relative } from 'node:path';

/** One runnable example: where it came from and its code with `// =>` assertions turned into checks. */
export interface DocExample {
  /** `src/kpis/nps.ts nps` or `docs/guide/definitions.md #3`. */
  name: string;
  /** TypeScript source where every `expr` followed by `// => value` became `__check(expr, "value")`. */
  code: string;
}

const OPENERS = /[([{]/g;
const CLOSERS = /[)\]}]/g;
const CONTINUATION = /^\s*(?:\.|\?\.|[-+*/%&|^?:,]|=>)/;

function depth(text: string): number {
  const withoutStrings = text.replace(/'(?:\\.|[^'\\])*'|"(?:\\.|[^"\\])*"|`(?:\\.|[^`\\])*`/g, '""');
  return (withoutStrings.match(OPENERS)?.length ?? 0) - (withoutStrings.match(CLOSERS)?.length ?? 0);
}

/**
 * Turns example code into checked code: each `// => VALUE` line asserts the expression on the lines
 * right before it (walking back to the first line at which brackets balance and that does not
 * continue a chain).
 */
export function toCheckedCode(source: string): string {
  const done: string[] = [];
  let pending: string[] = [];
  for (const line of source.split('\n')) {
    const assertion = /^\s*\/\/ => (.*)$/.exec(line);
    if (assertion === null) {
      pending.push(line);
      continue;
    }
    let start = pending.length - 1;
    while (start >= 0 && pending[start]?.trim() === '') start--;
    let balance = 0;
    for (; start >= 0; start--) {
      balance += depth(pending[start] ?? '');
      if (balance === 0 && !CONTINUATION.test(pending[start] ?? '')) break;
    }
    if (start < 0) throw new Error(`no expression before "// => ${assertion[1]}"`);
    const expression = pending.slice(start).join('\n').trim().replace(/;$/, '');
    done.push(...pending.slice(0, start), `__check((${expression}), ${JSON.stringify(assertion[1]?.trim())});`);
    pending = [];
  }
  return [...done, ...pending].join('\n');
}

function sourceFiles(directory: string): string[] {
  return readdirSync(directory).flatMap((entry) => {
    const path = join(directory, entry);
    return statSync(path).isDirectory() ? sourceFiles(path) : path.endsWith('.ts') ? [path] : [];
  });
}

const FENCE = /```ts\n([\s\S]*?)```/g;

/** Every `@example` of every TSDoc comment under `src/`, named by file and the declaration it documents. */
export function tsdocExamples(root: string): DocExample[] {
  const examples: DocExample[] = [];
  for (const file of sourceFiles(join(root, 'src'))) {
    const text = readFileSync(file, 'utf8');
    for (const comment of text.matchAll(/\/\*\*([\s\S]*?)\*\/\s*\n\s*(.*)/g)) {
      const body = (comment[1] ?? '').split('\n').map((line) => line.replace(/^\s*\* ?/, '')).join('\n');
      const exampleAt = body.indexOf('@example');
      if (exampleAt < 0) continue;
      const declared = /(?:function|class|const|let|interface|type)\s+([\w$]+)|^\s*(?:static\s+|readonly\s+)*([\w$]+)\s*[(<:=]/.exec(comment[2] ?? '');
      const label = `${relative(root, file)} ${declared?.[1] ?? declared?.[2] ?? '?'}`;
      for (const fence of body.slice(exampleAt).matchAll(FENCE)) {
        examples.push({ name: label, code: toCheckedCode(fence[1] ?? '') });
      }
    }
  }
  return examples;
}

/** Every ```ts block of the hand-written guides, named by file and position. */
export function guideExamples(root: string): DocExample[] {
  const directory = join(root, 'docs', 'guide');
  const examples: DocExample[] = [];
  for (const entry of readdirSync(directory).filter((name) => name.endsWith('.md')).sort()) {
    const text = readFileSync(join(directory, entry), 'utf8');
    let position = 0;
    for (const fence of text.matchAll(FENCE)) {
      position++;
      examples.push({ name: `docs/guide/${entry} #${position}`, code: toCheckedCode(fence[1] ?? '') });
    }
  }
  return examples;
}
