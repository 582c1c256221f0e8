// Internal (not re-exported): the INVALID_INPUT twin of invalid-option.ts, for arguments and the
// fields of records, so their messages read alike.
import { describeValue } from './describe-value.js';
import { ServiceKitError, type ServiceKitErrorPath } from './service-kit-error.js';

/**
 * INVALID_INPUT at `path`: "`name` must be `expectation`; got `value`", `name` being the path as
 * code writes it (`messages[2].at`); a string given where a `Date` goes adds a hint to parse first
 * (an export not yet parsed). Returned, for the caller to `throw`.
 */
export function invalidInput(path: ServiceKitErrorPath, expectation: string, value: unknown, name?: string): ServiceKitError {
  const shown = name ?? path.map((key) => (typeof key === 'number' ? `[${key}]` : `.${key}`)).join('').slice(1);
  const hint = typeof value === 'string' && expectation.includes('Date') ? ' (parse rows with parseInteractions first)' : '';
  return new ServiceKitError('INVALID_INPUT', `${shown} must be ${expectation}; got ${describeValue(value)}${hint}`, { path });
}
