package nl.dekking.rules;

/**
 * A group's state against its municipality's member caps; see {@link GroupRules#assess(int, int)}.
 */
public enum CapacityState {
  /** Members within the soft cap, and the area's households fit one group. */
  OK,
  /** Members above the soft cap but within its tolerance ("not much larger than 40"). */
  NEAR_CAPACITY,
  /** Members beyond the soft cap and its tolerance, or beyond the hard cap. */
  OVER_CAPACITY,
  /**
   * The area holds more households than one group may have members: one member per household cannot be served by
   * one group, and the area should be split.
   */
  AREA_EXCEEDS_CAPACITY
}
