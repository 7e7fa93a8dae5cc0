/** The dataset's fixed words: kinds of event, measure, stakeholder, stance and link (the schema's enums, kept apart from it so readers need no zod). */

/** Kinds of dated events in a bill's life. */
export const eventTypes = [
  'introduced',
  'amended',
  'announced',
  'committee-vote',
  'floor-vote',
  'passed',
  'concurred',
  'signed',
  'chaptered',
  'enacted',
  'approved-by-voters',
  'vetoed',
  'died',
  'failed',
  'effective',
  'other',
] as const;

/** Kinds of measure a link can hang on. */
export const measureKinds = ['bill', 'constitutional-amendment', 'budget-act', 'ballot-measure', 'resolution'] as const;

/** Kinds of stakeholder. */
export const stakeholderKinds = [
  'legislator',
  'governor',
  'advocacy-group',
  'union',
  'law-enforcement-association',
  'family',
  'coalition',
  'agency',
  'local-government',
  'civic-group',
  'business',
  'other',
] as const;

/** Stances a stakeholder can take. */
export const stances = ['sponsor', 'support', 'oppose', 'neutral', 'withdrawn'] as const;

/** Link kinds that decide outcomes, and loose relations that do not. */
export const linkKinds = [
  'contingent-enactment',
  'tie-bar',
  'double-joint',
  'procedural',
  'companion',
  'related',
  'prior-session',
  'replaces',
  'replaced-by',
  'same-as',
  'similar-to',
] as const;

/**
 * What a deciding link's condition asks of the measures it names: `effect` (the default when
 * absent), that each takes effect, so conditions chain ("is enacted and takes effect"); or
 * `enactment`, that each is enacted, whether or not it takes effect (Michigan's tie-bar:
 * "does not take effect unless ... are enacted into law").
 */
export const requirements = ['enactment', 'effect'] as const;
