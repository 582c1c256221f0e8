// Internal (not re-exported): the check of a function's options argument itself.
import { shownValue } from './invalid-option.js';
import { ServiceKitError } from './service-kit-error.js';

/**
 * `options` when it is an object (`undefined` gives `{}`), else INVALID_OPTION at `[]`: what a
 * caller from JavaScript gets for `null`, a number or an array where the options go.
 */
export function optionsObject<T extends object>(options: T | undefined): T {
  if (options === undefined) return {} as T;
  if (typeof options !== 'object' || options === null || Array.isArray(options)) {
    throw new ServiceKitError('INVALID_OPTION', `options must be an object; got ${shownValue(options)}`, { path: [] });
  }
  return options;
}
