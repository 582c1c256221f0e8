// Internal (not re-exported): the names an extra numeric column of a table may not take.
import { ServiceKitError } from '../errors/service-kit-error.js';

/** Names a table or its rows use for their own fields. */
const FIELDS = new Set([
  'index', 'length', 'id', 'customerId', 'channel', 'direction', 'priority', 'team', 'agentId', 'reason',
  'openedAt', 'answeredAt', 'firstResponseAt', 'resolvedAt', 'closedAt', 'abandonedAt',
  'talkMs', 'holdMs', 'wrapMs', 'transfers', 'reopenCount', 'escalationLevel', 'resolvedOnFirstContact',
  'statusHistory', 'messages', 'numbers', 'table', 'constructor', '__proto__', 'toString', 'valueOf',
]);

/** Throws `INVALID_INPUT` for an extra column named like a field. */
export function checkExtraColumnName(name: string): void {
  if (FIELDS.has(name)) {
    throw new ServiceKitError('INVALID_INPUT', `the extra column ${JSON.stringify(name)} is named like a field of an interaction row`, { path: ['numbers', name] });
  }
}
