// Internal: the INVALID_OPTION error every option check raises, so the messages read alike. Not
// re-exported from the package.
import { describeValue } from './describe-value.js';
import { ServiceKitError } from './service-kit-error.js';

/**
 * `INVALID_OPTION` at path `[name]`, with the message "`name` must be `expectation`; got `value`"
 * (the value as {@link describeValue} shows it). Returned, for the caller to `throw`.
 */
export function invalidOption(name: string, expectation: string, value: unknown): ServiceKitError {
  return new ServiceKitError('INVALID_OPTION', `${name} must be ${expectation}; got ${describeValue(value)}`, {
    path: [name],
  });
}
