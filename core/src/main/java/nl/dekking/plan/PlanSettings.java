package nl.dekking.plan;

import static java.util.Objects.requireNonNull;

import nl.dekking.rules.GroupRules;

/**
 * What the planner aims for.
 *
 * @param householdsPerGroup the most households one proposed group may serve ({@code cap}), 1 or more; by default
 *     the rules' soft member cap, since one member per household makes households the group's potential members
 * @param minimumGapHouseholds the fewest households a gap cluster needs for a new group to be proposed, 1 or more;
 *     10 by default: on the bundled sample the clusters of 10 or more hold 81 % of the households without a group,
 *     while smaller clusters are a farm or two that an existing neighbour group should take in
 * @param method how the households are split: the planner's own algorithm, or the naive split it is compared with
 */
public record PlanSettings(int householdsPerGroup, int minimumGapHouseholds, Method method) {

  /** The default {@link #minimumGapHouseholds()}. */
  public static final int DEFAULT_MINIMUM_GAP_HOUSEHOLDS = 10;

  public PlanSettings {
    requireNonNull(method, "method");
    if (householdsPerGroup < 1) {
      throw new IllegalArgumentException("households per group must be 1 or more, was " + householdsPerGroup);
    }
    if (minimumGapHouseholds < 1) {
      throw new IllegalArgumentException("minimum gap households must be 1 or more, was " + minimumGapHouseholds);
    }
  }

  /** The defaults for these rules: the soft member cap per group, gap clusters of 10 households or more. */
  public static PlanSettings of(GroupRules rules) {
    return new PlanSettings(rules.softMemberCap(), DEFAULT_MINIMUM_GAP_HOUSEHOLDS, Method.REGION_GROWING);
  }

  /** These settings with another cap. */
  public PlanSettings withHouseholdsPerGroup(int cap) {
    return new PlanSettings(cap, minimumGapHouseholds, method);
  }

  /** These settings with another minimum gap cluster size. */
  public PlanSettings withMinimumGapHouseholds(int minimum) {
    return new PlanSettings(householdsPerGroup, minimum, method);
  }

  /** These settings with another method. */
  public PlanSettings withMethod(Method newMethod) {
    return new PlanSettings(householdsPerGroup, minimumGapHouseholds, newMethod);
  }

  /** How households are split into parts. */
  public enum Method {
    /**
     * Capacity-constrained region growing on the households' Delaunay graph with street links preferred,
     * then local search; parts' areas are the households' Voronoi cells merged per part. See the package docs.
     */
    REGION_GROWING,
    /** The naive baseline: k-means centres, every household to its nearest, the centres' Voronoi cells. */
    K_MEANS_VORONOI
  }
}
