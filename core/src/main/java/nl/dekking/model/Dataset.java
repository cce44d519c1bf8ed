package nl.dekking.model;

import static java.util.Objects.requireNonNull;

import java.util.HashSet;
import java.util.List;
import java.util.Set;

/**
 * The households, streets, groups and neighbourhoods of one area (a village, a municipality): everything an
 * analysis needs. Lists keep their source order. Group ids are unique; households may repeat an address (the BAG
 * has such quirks), which the analysis reports and counts once.
 *
 * @param name what the area is called in reports ("Otterlo en Wekerom")
 * @param households the households
 * @param streets the streets, with or without centre lines; may be empty (then derived from addresses)
 * @param groups the groups
 * @param neighbourhoods the CBS neighbourhoods; may be empty
 */
public record Dataset(String name, List<Household> households, List<Street> streets, List<Group> groups,
    List<Neighbourhood> neighbourhoods) {

  public Dataset {
    requireNonNull(name, "dataset name");
    Text.requirePlain(name, "dataset name");
    households = noNulls(households, name, "households");
    streets = noNulls(streets, name, "streets");
    groups = noNulls(groups, name, "groups");
    neighbourhoods = noNulls(neighbourhoods, name, "neighbourhoods");
    Set<String> ids = new HashSet<>();
    for (Group g : groups) {
      if (!ids.add(g.id())) {
        throw new IllegalArgumentException("dataset '" + name + "' has two groups with id '" + g.id() + "'");
      }
    }
  }

  /** An immutable copy of a list, refusing a null list or a null element with a message naming both. */
  private static <T> List<T> noNulls(List<T> list, String dataset, String what) {
    requireNonNull(list, () -> "dataset '" + dataset + "' " + what);
    for (int i = 0; i < list.size(); i++) {
      if (list.get(i) == null) {
        throw new IllegalArgumentException("dataset '" + dataset + "' " + what + " element " + i + " of " + list.size()
            + " is null");
      }
    }
    return List.copyOf(list);
  }

  /** A dataset of households and groups only. */
  public static Dataset of(String name, List<Household> households, List<Group> groups) {
    return new Dataset(name, households, List.of(), groups, List.of());
  }

  public Dataset withGroups(List<Group> newGroups) {
    return new Dataset(name, households, streets, newGroups, neighbourhoods);
  }

  public Dataset withStreets(List<Street> newStreets) {
    return new Dataset(name, households, newStreets, groups, neighbourhoods);
  }

  public Dataset withNeighbourhoods(List<Neighbourhood> newNeighbourhoods) {
    return new Dataset(name, households, streets, groups, newNeighbourhoods);
  }

  @Override
  public String toString() {
    return "Dataset['" + name + "', " + households.size() + " households, " + streets.size() + " streets, "
        + groups.size() + " groups, " + neighbourhoods.size() + " neighbourhoods]";
  }
}
