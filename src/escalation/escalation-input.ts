import type { Customer } from '../models/customer.js';
import type { Interaction } from '../models/interaction.js';
import type { SurveyResponse } from '../models/survey.js';
import type { StandardCheck } from '../standards/check.js';
import type { ServiceStandard, ServiceStandardInput } from '../standards/standard.js';

/**
 * What an escalation decision reads about one interaction at one instant.
 *
 * Standard leaves read `checks` when given (they must be checks at `now`, as
 * {@link standards!checkStandards} gives them); otherwise, with `standards`, the interaction is checked
 * against them at `now`. `standards` also give business-time standard leaves their calendar and
 * reasons their names. `surveys` may hold every response: those of the interaction's customer
 * (or the interaction itself) are picked out, so passing only the customer's is faster.
 */
export interface EscalationInput {
  /** The interaction, parsed (see {@link models!InteractionSchema}); events after `now` are not seen yet. */
  interaction: Interaction;
  /** Its customer, for `customer.*` fields (and standards' `appliesTo.segment`). */
  customer?: Partial<Customer>;
  /** The interaction's standard checks at `now`. */
  checks?: readonly StandardCheck[];
  /** The service standards, to check the interaction against when `checks` are not given. */
  standards?: readonly (ServiceStandard | ServiceStandardInput)[];
  /** CSAT responses, for `lastCsatAtMost` leaves. */
  surveys?: readonly SurveyResponse[];
  /** The instant of the decision: evaluation never reads the clock. */
  now: Date;
}
