package nl.dekking.analysis;

import static java.util.Objects.requireNonNull;

import java.util.List;
import nl.dekking.rules.CapacityState;

/**
 * One group's coverage and capacity.
 *
 * @param id the group id
 * @param name the group name
 * @param households the households the group covers (its potential members: one member per household),
 *     including those it shares with other groups
 * @param sharedHouseholds of those, the households another group also covers
 * @param members the members
 * @param admins the number of admins
 * @param capacityState the members against the rules' caps (a rule; the households in the area do not count here)
 * @param groupsNeeded planning advice, not a rule: how many groups the area's households could fill, one member per
 *     household ("could hold N groups"); 1 when one group suffices
 * @param areaM2 the area of the (repaired) group area, m²
 * @param violations the rule violations, in the order of {@link RuleViolation.Kind}
 * @param streets the streets covered, ordered by place and name
 * @param neighbours the ids of the neighbouring groups, ascending
 */
public record GroupCoverage(String id, String name, int households, int sharedHouseholds, int members, int admins,
    CapacityState capacityState, int groupsNeeded, double areaM2, List<RuleViolation> violations,
    List<GroupStreet> streets, List<String> neighbours) {

  public GroupCoverage {
    requireNonNull(id, "id");
    requireNonNull(name, "name");
    requireNonNull(capacityState, "capacityState");
    if (households < 0 || sharedHouseholds < 0 || sharedHouseholds > households) {
      throw new IllegalArgumentException("group " + id + ": households " + households + " and shared households "
          + sharedHouseholds + " must satisfy 0 <= shared <= households");
    }
    if (groupsNeeded < 1) {
      throw new IllegalArgumentException("group " + id + ": groupsNeeded must be 1 or more, was " + groupsNeeded);
    }
    violations = List.copyOf(violations);
    streets = List.copyOf(streets);
    neighbours = List.copyOf(neighbours);
  }

  /** Whether the area holds more households than one group may serve: advice to split it, not a broken rule. */
  public boolean needsSplit() {
    return groupsNeeded > 1;
  }

  /** The streets this group covers fully. */
  public List<GroupStreet> fullStreets() {
    return streets.stream().filter(s -> s.extent() == GroupStreet.Extent.FULL).toList();
  }

  /** The streets this group covers partly. */
  public List<GroupStreet> partialStreets() {
    return streets.stream().filter(s -> s.extent() == GroupStreet.Extent.PARTIAL).toList();
  }
}
