import { describe, expect, it } from 'vitest';
import { isServiceKitError } from '../../src/errors/service-kit-error.js';
import { sampleForReview, type SampleForReviewOptions } from '../../src/quality/index.js';

interface Chat {
  id: string;
  agentId?: string;
  channel: string;
  lowCsat: boolean;
}

const chats: Chat[] = Array.from({ length: 60 }, (_, index) => ({
  id: `c${String(index).padStart(2, '0')}`,
  agentId: index % 3 === 0 ? 'ana' : index % 3 === 1 ? 'ben' : 'cy',
  channel: index % 4 === 0 ? 'phone' : 'chat',
  lowCsat: index % 5 === 0,
}));

function errorPath(options: SampleForReviewOptions<Chat>) {
  try {
    sampleForReview(chats, options);
  } catch (error) {
    if (isServiceKitError(error, 'INVALID_OPTION')) return error.path;
    throw error;
  }
  throw new Error('expected INVALID_OPTION');
}

const ids = (picks: { interaction: { id: string } }[]) => picks.map((pick) => pick.interaction.id);

describe('sampleForReview', () => {
  it('picks perAgent at random for each agent, each with probability picked / available', () => {
    const picks = sampleForReview(chats, { strategy: 'random', perAgent: 4, seed: 1 });
    expect(picks).toHaveLength(12);
    for (const agent of ['ana', 'ben', 'cy']) {
      const mine = picks.filter((pick) => pick.agentId === agent);
      expect(mine).toHaveLength(4);
      expect(mine.every((pick) => pick.interaction.agentId === agent && pick.inclusionProbability === 4 / 20 && pick.stratum === null)).toBe(true);
      expect(new Set(ids(mine)).size).toBe(4);
    }
  });

  it('is reproducible from the seed, whatever the input order, and changes with the seed', () => {
    const first = sampleForReview(chats, { strategy: 'random', perAgent: 4, seed: 'week-36' });
    const shuffled = [...chats].reverse();
    expect(sampleForReview(shuffled, { strategy: 'random', perAgent: 4, seed: 'week-36' })).toEqual(first);
    expect(ids(sampleForReview(chats, { strategy: 'random', perAgent: 4, seed: 'week-37' }))).not.toEqual(ids(first));
  });

  it("does not change one agent's picks when another agent's work changes", () => {
    const before = sampleForReview(chats, { strategy: 'random', perAgent: 4, seed: 9 }).filter((pick) => pick.agentId === 'ana');
    const fewer = chats.filter((chat) => chat.agentId !== 'ben');
    expect(sampleForReview(fewer, { strategy: 'random', perAgent: 4, seed: 9 }).filter((pick) => pick.agentId === 'ana')).toEqual(before);
  });

  it('takes everything, with probability 1, from an agent with fewer interactions than perAgent', () => {
    const picks = sampleForReview(chats.slice(0, 6), { strategy: 'random', perAgent: 5, seed: 1 });
    expect(picks).toHaveLength(6);
    expect(picks.every((pick) => pick.inclusionProbability === 1)).toBe(true);
  });

  it('skips interactions without an agent', () => {
    const picks = sampleForReview([{ id: 'x', channel: 'chat', lowCsat: false }, ...chats.slice(0, 3)], { strategy: 'random', perAgent: 5, seed: 1 });
    expect(ids(picks)).toEqual(['c00', 'c01', 'c02']);
  });

  it('stratifies in proportion to strata sizes, with the probability of each stratum', () => {
    // ana handles c00, c03, …, c57: 20 chats, of which phone (index % 4 = 0) is c00, c12, c24, c36, c48: 5.
    const picks = sampleForReview(chats, { strategy: 'stratified', perAgent: 8, seed: 3, strata: (chat) => chat.channel }).filter(
      (pick) => pick.agentId === 'ana',
    );
    expect(picks.filter((pick) => pick.stratum === 'phone').map((pick) => pick.inclusionProbability)).toEqual([2 / 5, 2 / 5]);
    expect(picks.filter((pick) => pick.stratum === 'chat').map((pick) => pick.inclusionProbability)).toEqual(Array.from({ length: 6 }, () => 6 / 15));
  });

  it('stratifies equally across strata with allocation equal', () => {
    const picks = sampleForReview(chats, { strategy: 'stratified', perAgent: 8, seed: 3, strata: (chat) => chat.channel, allocation: 'equal' }).filter(
      (pick) => pick.agentId === 'ana',
    );
    expect(picks.filter((pick) => pick.stratum === 'phone')).toHaveLength(4);
    expect(picks.filter((pick) => pick.stratum === 'chat')).toHaveLength(4);
  });

  it('targets a share of perAgent and fills the rest at random, topping up when the targets run short', () => {
    // ana's 20 chats hold 4 with low CSAT (c00, c15, c30, c45): a 0.75 share of 8 wants 6, gets 4,
    // and the other 4 come from the 16 others.
    const picks = sampleForReview(chats, { strategy: 'targeted', perAgent: 8, seed: 5, target: { where: (chat) => chat.lowCsat, share: 0.75 } }).filter(
      (pick) => pick.agentId === 'ana',
    );
    expect(picks.filter((pick) => pick.stratum === 'targeted').map((pick) => [pick.interaction.id, pick.inclusionProbability])).toEqual([
      ['c00', 1],
      ['c15', 1],
      ['c30', 1],
      ['c45', 1],
    ]);
    expect(picks.filter((pick) => pick.stratum === 'untargeted').map((pick) => pick.inclusionProbability)).toEqual([0.25, 0.25, 0.25, 0.25]);
  });

  it('rejects bad options with their path', () => {
    expect(errorPath({ strategy: 'random', perAgent: 0, seed: 1 })).toEqual(['perAgent']);
    expect(errorPath({ strategy: 'random', perAgent: 2.5, seed: 1 })).toEqual(['perAgent']);
    expect(errorPath({ strategy: 'cluster' as 'random', perAgent: 2, seed: 1 })).toEqual(['strategy']);
    expect(errorPath({ strategy: 'random', perAgent: 2, seed: Number.NaN })).toEqual(['seed']);
    expect(errorPath({ strategy: 'stratified', perAgent: 2, seed: 1 })).toEqual(['strata']);
    expect(errorPath({ strategy: 'targeted', perAgent: 2, seed: 1 })).toEqual(['target']);
    expect(errorPath({ strategy: 'targeted', perAgent: 2, seed: 1, target: { where: () => true, share: 2 } })).toEqual(['target', 'share']);
  });
});

describe('sampleForReview: bad input', () => {
  const options = { strategy: 'random', perAgent: 2, seed: 1 } as const;
  it.each([
    ['rows that are not iterable', () => sampleForReview(null as never, options), 'INVALID_INPUT', [], 'rows must be an array (or iterable) of interactions; got null'],
    ['a row that is not an object', () => sampleForReview([chats[0]!, null as never], options), 'INVALID_INPUT', [1], 'row 1 must be an object; got null'],
    ['no options', () => sampleForReview(chats, undefined as never), 'INVALID_OPTION', ['strategy'], "strategy must be one of 'random', 'stratified', 'targeted'; got undefined"],
    ['null options', () => sampleForReview(chats, null as never), 'INVALID_OPTION', [], 'options must be an object; got null'],
  ])('throws for %s', (_label, run, code, path, message) => {
    expect(run).toThrow(expect.objectContaining({ code, path, message }));
  });
});
