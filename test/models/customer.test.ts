import { describe, expect, it } from 'vitest';
import { CustomerSchema } from '../../src/models/index.js';

describe('CustomerSchema', () => {
  it('parses a churned customer, reading a date alone as UTC midnight', () => {
    const customer = CustomerSchema.parse({ id: 'c1', acquiredAt: '2025-01-06', churnedAt: '2025-03-01T12:00:00Z', segment: 'smb' });
    expect(customer.acquiredAt.toISOString()).toBe('2025-01-06T00:00:00.000Z');
    expect(customer.churnedAt?.toISOString()).toBe('2025-03-01T12:00:00.000Z');
  });

  it('turns a numeric id into its decimal string', () => {
    expect(CustomerSchema.parse({ id: 1042, acquiredAt: 0 }).id).toBe('1042');
  });

  it('keeps flat attributes of string, number and boolean', () => {
    const attributes = { plan: 'pro', seats: 12, trial: false };
    expect(CustomerSchema.parse({ id: 'c1', acquiredAt: 0, attributes }).attributes).toEqual(attributes);
  });

  it.each([
    ['churnedAt before acquiredAt', { churnedAt: '2024-12-31' }, ['churnedAt'], 'churnedAt is before acquiredAt'],
    ['a negative numeric id', { id: -1 }, ['id'], ''],
    ['a nested attribute', { attributes: { address: { city: 'Oslo' } } }, ['attributes', 'address'], ''],
    ['an empty tier', { tier: '' }, ['tier'], ''],
  ] as const)('rejects %s with its path', (_kind, change, path, words) => {
    const result = CustomerSchema.safeParse({ id: 'c1', acquiredAt: '2025-01-06', ...change });
    expect(result.success).toBe(false);
    const issue = result.error?.issues.find((candidate) => JSON.stringify(candidate.path) === JSON.stringify(path));
    expect(issue?.message).toContain(words);
  });
});
