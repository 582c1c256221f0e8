/**
 * Errors: what servicekit throws when an option, a configuration or an argument is wrong.
 *
 * Every error is a {@link ServiceKitError} with a `code` from a closed union and the `path` of the
 * problem in the input. Invalid records are reported by zod (with the field path) instead.
 *
 * @module errors
 */
export * from './service-kit-error.js';
