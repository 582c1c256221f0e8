// Internal (not re-exported): a duration setting in configuration (standards, escalation
// policies), milliseconds or a string, read into milliseconds with a message naming the setting.
import { z } from 'zod';
import { parseDuration } from './duration.js';

/** The longest duration a policy may state: 100 years of 365.25 days. Longer is a typo, not a policy. */
export const MAX_SETTING_MS = 100 * 365.25 * 86_400_000;

/**
 * The schema of one duration setting: a number of milliseconds or a duration string (`"4h"`,
 * `"30m"`, `"PT4H"`), read into whole milliseconds, never negative (zero only when `positive` is false).
 */
export function durationSetting(name: string, options: { positive: boolean }) {
  return z
    .union([z.number(), z.string()], { error: `${name} must be milliseconds or a duration string ("4h", "30m", "PT4H")` })
    .transform((value, context) => {
      let ms: number;
      try {
        ms = parseDuration(value);
      } catch (error) {
        context.addIssue({ code: 'custom', message: `${name}: ${(error as Error).message}` });
        return z.NEVER;
      }
      if (options.positive ? !(ms > 0) : !(ms >= 0)) {
        context.addIssue({ code: 'custom', message: `${name} must be ${options.positive ? 'positive' : 'zero or more'}; got ${JSON.stringify(value)}` });
        return z.NEVER;
      }
      if (ms > MAX_SETTING_MS) {
        context.addIssue({ code: 'custom', message: `${name} ${JSON.stringify(value)} is longer than 100 years` });
        return z.NEVER;
      }
      return ms;
    });
}
