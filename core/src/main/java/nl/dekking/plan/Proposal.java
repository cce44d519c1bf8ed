package nl.dekking.plan;

import static java.util.Objects.requireNonNull;

import java.util.List;
import nl.dekking.model.Household;
import org.locationtech.jts.geom.Geometry;

/**
 * The plan for one oversized group or one gap cluster: its area and households, and the groups proposed for it.
 *
 * @param kind {@link ProposedGroup.Kind#SPLIT} for a group, {@link ProposedGroup.Kind#NEW} for a gap cluster
 * @param parent the group id or gap cluster id
 * @param name the group's name, or the gap cluster's id
 * @param area the area the proposed groups tile, RD New: the group's analysed area, or the gap cluster's outline
 *     without any group's area
 * @param households the households in the area, in address order
 * @param groups the proposed groups, together holding every household exactly once
 */
public record Proposal(ProposedGroup.Kind kind, String parent, String name, Geometry area, List<Household> households,
    List<ProposedGroup> groups) {

  public Proposal {
    requireNonNull(kind, "kind");
    requireNonNull(parent, "parent");
    requireNonNull(name, "name");
    requireNonNull(area, "area");
    households = List.copyOf(households);
    groups = List.copyOf(groups);
    int sum = groups.stream().mapToInt(ProposedGroup::householdCount).sum();
    if (sum != households.size()) {
      throw new IllegalArgumentException("proposal for " + parent + ": the proposed groups hold " + sum
          + " households, the area " + households.size());
    }
    area = area.copy();
  }

  /** A copy of the area. */
  @Override
  public Geometry area() {
    return area.copy();
  }

  /** A one-line summary. */
  @Override
  public String toString() {
    return "Proposal[" + kind.code() + " " + parent + ", " + households.size() + " households into " + groups.size()
        + " groups]";
  }
}
