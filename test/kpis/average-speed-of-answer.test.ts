import { describe, expect, it } from 'vitest';
import { averageSpeedOfAnswer } from '../../src/kpis/index.js';

const openedAt = new Date('2025-01-06T09:00:00Z');
const after = (seconds: number) => new Date(openedAt.getTime() + seconds * 1000);

describe('averageSpeedOfAnswer', () => {
  it('is the mean wait of answered contacts', () => {
    // definition: ICMI / Call Centre Helper, "Average Speed of Answer": total wait time of answered
    // calls / answered calls; here (10 + 20 + 60) s / 3 = 30 s
    const result = averageSpeedOfAnswer([
      { openedAt, answeredAt: after(10) },
      { openedAt, answeredAt: after(20) },
      { openedAt, answeredAt: after(60) },
      { openedAt, abandonedAt: after(90) },
    ]);
    expect(result).toMatchObject({ meanMs: 30_000, medianMs: 20_000, count: 3, excluded: 1 });
  });
  it('returns nulls for no answered contacts', () => {
    expect(averageSpeedOfAnswer([])).toMatchObject({ value: null, count: 0 });
  });
});
