package nl.dekking.rules;

/**
 * A group's members against its municipality's member caps; see {@link GroupRules#assess(int)}. Only the members
 * count: an area that holds more households than one group may serve is planning advice, not a broken rule (see
 * {@link GroupRules#groupsNeededFor(int)}).
 */
public enum CapacityState {
  /** Members within the soft cap. */
  OK,
  /** Members above the soft cap but within its tolerance ("not much larger than 40"). */
  NEAR_CAPACITY,
  /** Members beyond the soft cap and its tolerance, or beyond the hard cap: a rule is broken. */
  OVER_CAPACITY
}
