import { defineScorecard, type Scorecard } from './scorecard.js';

/**
 * A ready-made scorecard of the seven qualities of good service, to use as is or as a template.
 *
 * Three sections, weighted method, pass at 0.8, every criterion rated 1–5:
 *
 * | section | criterion | weight | N/A | critical |
 * | --- | --- | --- | --- | --- |
 * | connection (1) | `empathy`, `patience` | 1 each | exclude | – |
 * | communication (1) | `communication`, `responsiveness` | 1 each | not allowed / exclude | – |
 * | | `professionalism` | 1 | not allowed | below 0.5 (a 1 or 2) zeroes the review |
 * | resolution (2) | `problem_solving` | 2 | exclude | – |
 * | | `product_knowledge` | 1 | exclude | – |
 *
 * Resolution weighs twice each other section, and problem solving twice product knowledge within it.
 *
 * @example
 * ```ts
 * SERVICE_QUALITIES_SCORECARD.criteria.map((criterion) => criterion.id)
 * // => ['empathy', 'patience', 'communication', 'responsiveness', 'professionalism', 'problem_solving', 'product_knowledge']
 * const ratings = { empathy: 5, patience: 5, communication: 5, responsiveness: 5, professionalism: 5, problem_solving: 5, product_knowledge: 'na' };
 * scoreReview(SERVICE_QUALITIES_SCORECARD, { ratings }).score
 * // => 1
 * ```
 */
export const SERVICE_QUALITIES_SCORECARD: Scorecard = /* @__PURE__ */ defineScorecard({
  id: 'service-qualities',
  name: 'The seven qualities of good service',
  version: '1.0.0',
  method: 'weighted',
  passThreshold: 0.8,
  sections: [
    { id: 'connection', name: 'Connection', weight: 1 },
    { id: 'communication', name: 'Communication', weight: 1 },
    { id: 'resolution', name: 'Resolution', weight: 2 },
  ],
  criteria: [
    {
      id: 'empathy',
      name: 'Empathy',
      description: "Acknowledges the customer's situation and feelings, and personalises the reply.",
      section: 'connection',
      scale: { points: 5 },
      notApplicable: 'exclude',
    },
    {
      id: 'patience',
      name: 'Patience',
      description: 'Stays calm and thorough with a confused or upset customer; never rushes them.',
      section: 'connection',
      scale: { points: 5 },
      notApplicable: 'exclude',
    },
    {
      id: 'communication',
      name: 'Communication',
      description: 'Clear, correct and concise; no jargon; confirms understanding.',
      section: 'communication',
      scale: { points: 5 },
      notApplicable: 'not_allowed',
    },
    {
      id: 'responsiveness',
      name: 'Responsiveness',
      description: 'Replies and follows up promptly; sets and meets expectations on timing.',
      section: 'communication',
      scale: { points: 5 },
      notApplicable: 'exclude',
    },
    {
      id: 'professionalism',
      name: 'Professionalism',
      description: 'Courteous, respectful and within policy (privacy, security, tone).',
      section: 'communication',
      scale: { points: 5 },
      notApplicable: 'not_allowed',
      critical: { below: 0.5, effect: 'zero' },
    },
    {
      id: 'problem_solving',
      name: 'Problem solving',
      description: "Finds the root cause and resolves it, or sets up the next step; doesn't bounce the customer.",
      section: 'resolution',
      weight: 2,
      scale: { points: 5 },
      notApplicable: 'exclude',
    },
    {
      id: 'product_knowledge',
      name: 'Product knowledge',
      description: 'Accurate, complete answers about the product and its policies.',
      section: 'resolution',
      scale: { points: 5 },
      notApplicable: 'exclude',
    },
  ],
});
