package nl.dekking.analysis;

import static java.util.Objects.requireNonNull;

import java.util.List;
import nl.dekking.model.Household;

/**
 * A household covered by two or more groups.
 *
 * @param household the household
 * @param groupIds the covering groups, ascending, at least two
 */
public record SharedHousehold(Household household, List<String> groupIds) {

  public SharedHousehold {
    requireNonNull(household, "household");
    groupIds = List.copyOf(groupIds);
    if (groupIds.size() < 2) {
      throw new IllegalArgumentException("household " + household.id() + " is shared by at least two groups, was "
          + groupIds);
    }
  }
}
