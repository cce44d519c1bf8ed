package nl.dekking.nearby;

import static java.util.Objects.requireNonNull;

import java.util.List;
import nl.dekking.model.Group;
import nl.dekking.model.Household;

/**
 * A group near an incident.
 *
 * @param group the group
 * @param distance the distance from the point to the group's area in metres, 0 when the point is inside or on it
 * @param households the group's households within the radius of the point (covered by the group's area), in the
 *     order they were given; empty when no households were given
 */
public record NearbyGroup(Group group, double distance, List<Household> households) {
  public NearbyGroup {
    requireNonNull(group, "group");
    if (!(distance >= 0)) {
      throw new IllegalArgumentException("distance to group '" + group.id() + "' must be 0 or more, was " + distance);
    }
    households = List.copyOf(households);
  }
}
