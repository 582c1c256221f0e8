// Internal (not re-exported): the fields a condition's field leaf can read, and the kind of value
// each holds, which decides the operators it takes and how it is read as of `now`.

/** What kind of value a field holds. */
export type FieldKind = 'text' | 'priority' | 'direction' | 'number' | 'boolean' | 'instant' | 'any';

/** Every named field and its kind; `customer.attributes.NAME` is `any`. */
export const FIELD_KINDS: Readonly<Record<string, FieldKind>> = {
  id: 'text',
  customerId: 'text',
  channel: 'text',
  direction: 'direction',
  priority: 'priority',
  team: 'text',
  agentId: 'text',
  reason: 'text',
  status: 'text',
  talkMs: 'number',
  holdMs: 'number',
  wrapMs: 'number',
  transfers: 'number',
  reopenCount: 'number',
  escalationLevel: 'number',
  resolvedOnFirstContact: 'boolean',
  openedAt: 'instant',
  answeredAt: 'instant',
  firstResponseAt: 'instant',
  resolvedAt: 'instant',
  closedAt: 'instant',
  abandonedAt: 'instant',
  'customer.id': 'text',
  'customer.segment': 'text',
  'customer.tier': 'text',
  'customer.acquiredAt': 'instant',
  'customer.churnedAt': 'instant',
};

/** The prefix of a customer attribute's field name. */
export const ATTRIBUTE_PREFIX = 'customer.attributes.';

/** The kind of a field name, or `undefined` for a name that is not a field. */
export function fieldKind(field: string): FieldKind | undefined {
  if (Object.hasOwn(FIELD_KINDS, field)) return FIELD_KINDS[field];
  return field.startsWith(ATTRIBUTE_PREFIX) && field.length > ATTRIBUTE_PREFIX.length ? 'any' : undefined;
}
