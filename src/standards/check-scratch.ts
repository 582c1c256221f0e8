// Internal (not re-exported): the working space of one check call. A compiled standard and a compiled
// set of standards each own one, reused from call to call so a check allocates nothing but its
// results; a call made while it is in use (from a getter or callback of the input) works in a fresh one.
import { CheckSubject, forget } from './check-subject.js';
import type { CompiledStandard } from './compiled-standard.js';
import type { ClockReading } from './standard-clock.js';

/** What one call of the checks works in: passed down to every step, never reached through a module variable. */
export class CheckScratch {
  /** Whether a call is working in it. */
  busy = false;
  /** The interaction (or table row) being checked. */
  readonly subject = new CheckSubject();
  /** The clock just read (`readClock` fills it): copy it into the result before the next reading. */
  readonly reading: ClockReading = { elapsedMs: 0, dueAt: null, warnAt: null, running: true };
  /** The standards that apply to the subject, in order (library objects only: nothing of the caller's is kept here). */
  readonly chosen: CompiledStandard[] = [];
}

/** `owned`, marked busy for one call; a fresh scratch while `owned` serves a call under way (the new call is made from its input's getter or callback). */
export function takeScratch(owned: CheckScratch): CheckScratch {
  const scratch = owned.busy ? new CheckScratch() : owned;
  scratch.busy = true;
  return scratch;
}

/** Ends a call: the scratch drops its references to the caller's data and to the results, and is free again. */
export function releaseScratch(scratch: CheckScratch): void {
  forget(scratch.subject);
  scratch.reading.dueAt = null;
  scratch.reading.warnAt = null;
  scratch.busy = false;
}
