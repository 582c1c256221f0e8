import { describe, expect, it } from 'vitest';
import { parseCesResponses, parseCsatResponses, parseCustomers, parseInteractions, parseNpsResponses } from '../../src/models/index.js';

function interactionRow(index: number): Record<string, unknown> {
  const openedAt = Date.UTC(2025, 0, 6) + index * 60_000;
  return { id: `t${index}`, customerId: `c${index % 97}`, channel: 'chat', openedAt: new Date(openedAt).toISOString(), talkMs: 1000 + index };
}

describe('parseInteractions', () => {
  it('reports exactly the 1 % bad rows of 10,000 and keeps every other row in order', () => {
    const rows = Array.from({ length: 10_000 }, (_, index) => interactionRow(index));
    const bad = new Set<number>();
    for (let index = 37; index < rows.length; index += 100) {
      bad.add(index);
      rows[index] = { ...rows[index], talkMs: -1 };
    }
    const { records, issues, indexes } = parseInteractions(rows);
    expect(bad.size).toBe(100);
    expect(issues.map((issue) => issue.index)).toEqual([...bad]);
    expect(issues.every((issue) => issue.path.join('.') === 'talkMs')).toBe(true);
    expect(records).toHaveLength(9_900);
    expect(indexes.filter((index) => bad.has(index))).toEqual([]);
    expect(records.map((record) => record.id)).toEqual(indexes.map((index) => `t${index}`));
  });

  it('reports every issue of a row that has several', () => {
    const { issues } = parseInteractions([{ id: '', customerId: 'c', channel: '', openedAt: 'soon' }]);
    expect(issues.map((issue) => issue.path.join('.'))).toEqual(['id', 'channel', 'openedAt']);
  });

  it('reports a row that is not an object', () => {
    const { records, issues } = parseInteractions([null, 'row']);
    expect(records).toEqual([]);
    expect(issues.map((issue) => [issue.index, issue.path])).toEqual([
      [0, []],
      [1, []],
    ]);
  });

  it('throws INVALID_INPUT when rows is not an array, for records and tables', () => {
    for (const rows of [null, undefined, { 0: interactionRow(0), length: 1 }, 'rows']) {
      expect(() => parseInteractions(rows as never)).toThrow(expect.objectContaining({ code: 'INVALID_INPUT', path: [] }));
      expect(() => parseInteractions(rows as never, { output: 'table' })).toThrow(expect.objectContaining({ code: 'INVALID_INPUT', path: [] }));
    }
    expect(() => parseInteractions(null as never)).toThrow('rows must be an array; got null');
  });

  it('throws INVALID_OPTION at output for an output other than records or table', () => {
    expect(() => parseInteractions([interactionRow(0)], { output: 'tables' as never })).toThrow(
      expect.objectContaining({ code: 'INVALID_OPTION', path: ['output'], message: 'output must be one of \'records\', \'table\'; got "tables"' }),
    );
  });
});

describe('the other batch parsers', () => {
  it('throw INVALID_INPUT when rows is not an array', () => {
    for (const parse of [parseCustomers, parseCsatResponses, parseNpsResponses, parseCesResponses]) {
      expect(() => parse({} as never)).toThrow(expect.objectContaining({ code: 'INVALID_INPUT', message: 'rows must be an array; got {}' }));
    }
  });

  it('parseCustomers keeps the valid customers', () => {
    const { records, issues } = parseCustomers([{ id: 'a', acquiredAt: '2025-01-01' }, { id: 'b' }]);
    expect(records.map((customer) => customer.id)).toEqual(['a']);
    expect(issues).toEqual([{ index: 1, path: ['acquiredAt'], message: expect.stringContaining('received nothing'), code: 'custom' }]);
  });

  it('parseCsatResponses reads another scale when asked', () => {
    expect(parseCsatResponses([{ score: 9, respondedAt: 0 }], { scale: [0, 10] }).issues).toEqual([]);
    expect(parseCsatResponses([{ score: 9, respondedAt: 0 }]).issues[0]?.path).toEqual(['score']);
  });

  it('parseNpsResponses and parseCesResponses report scores off their scales', () => {
    expect(parseNpsResponses([{ score: 11, respondedAt: 0 }]).issues[0]?.message).toBe('score is above the scale 0–10');
    expect(parseCesResponses([{ score: 0, respondedAt: 0 }]).issues[0]?.message).toBe('score is below the scale 1–7');
  });
});

describe('batch parsers: bad arguments', () => {
  it.each([
    ['parseInteractions with null options', () => parseInteractions([], null as never), 'INVALID_OPTION', [], 'options must be an object; got null'],
    ['parseCsatResponses with null options', () => parseCsatResponses([], null as never), 'INVALID_OPTION', [], 'options must be an object; got null'],
    ['parseCesResponses with a scale that is not a pair', () => parseCesResponses([], { scale: 'x' as never }), 'INVALID_OPTION', ['scale'], 'scale must be two whole numbers, lowest first; got "x"'],
  ])('%s throws %s', (_label, run, code, path, message) => {
    expect(run).toThrow(expect.objectContaining({ code, path, message }));
  });
});
