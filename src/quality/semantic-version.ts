// Internal: semantic versions of scorecards (https://semver.org), and their major number.
import { describeValue } from '../errors/describe-value.js';
import { ServiceKitError, type ServiceKitErrorPath } from '../errors/service-kit-error.js';

/** `MAJOR.MINOR.PATCH`, with an optional pre-release and build part (semver.org 2.0.0). */
export const SEMANTIC_VERSION =
  /^(0|[1-9]\d*)\.(0|[1-9]\d*)\.(0|[1-9]\d*)(?:-[0-9A-Za-z-]+(?:\.[0-9A-Za-z-]+)*)?(?:\+[0-9A-Za-z-]+(?:\.[0-9A-Za-z-]+)*)?$/;

/** The major number of a semantic version; throws `INVALID_INPUT` at `path` for anything else. */
export function majorVersion(version: unknown, path: ServiceKitErrorPath): number {
  const match = typeof version === 'string' ? SEMANTIC_VERSION.exec(version) : null;
  if (match === null) {
    throw new ServiceKitError('INVALID_INPUT', `${describeValue(version)} is not a semantic version such as 1.0.0`, { path });
  }
  return Number(match[1]);
}
