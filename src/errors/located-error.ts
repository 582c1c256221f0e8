// Internal (not re-exported): an error raised by one part of a larger input, located in the whole.
import { ServiceKitError, type ServiceKitErrorPath } from './service-kit-error.js';

/**
 * `error` located inside a larger input: `path` goes in front of its path and, when given, `label`
 * in front of its message (`row 3: …`). Its cause is the original's cause (a zod error, say) or,
 * when it has none, the original itself.
 */
export function locatedError(error: ServiceKitError, path: ServiceKitErrorPath, label?: string): ServiceKitError {
  return new ServiceKitError(error.code, label === undefined ? error.message : `${label}: ${error.message}`, {
    path: [...path, ...error.path],
    cause: error.cause ?? error,
  });
}
