package nl.dekking.model;

import static java.util.Objects.requireNonNull;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.locationtech.jts.algorithm.locate.IndexedPointInAreaLocator;
import org.locationtech.jts.geom.Coordinate;
import org.locationtech.jts.geom.Envelope;
import org.locationtech.jts.geom.Geometry;
import org.locationtech.jts.geom.Location;
import org.locationtech.jts.geom.prep.PreparedGeometry;
import org.locationtech.jts.geom.prep.PreparedGeometryFactory;
import org.locationtech.jts.index.strtree.STRtree;

/**
 * The households, streets, groups and neighbourhoods of one area (a village, a municipality): everything an
 * analysis needs. Lists keep their source order; households given as a {@link HouseholdList} stay in its columns
 * (not copied), other lists are copied. Group ids are unique; households may repeat an address (the BAG
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
    // a HouseholdList is immutable and has no nulls: kept as it is, so a national dataset stays in columns
    households = households instanceof HouseholdList columns ? columns : noNulls(households, name, "households");
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

  /**
   * This dataset limited to an area given as neighbourhoods (a municipality's buurten or wijken): the households
   * inside one of them (on the boundary counts as inside, as everywhere in Dekking), the streets whose centre line
   * meets one of them and the streets without a line, and these neighbourhoods. Groups are kept as they are: a
   * group near the border still covers the households inside.
   *
   * <p>BAG and INSPIRE addresses and GeoJSON street files name no municipality, so this is how a run is limited to
   * one municipality: {@code dataset.clippedTo(neighbourhoodsOfGM0074)}. O((n + s) log k) for n households, s
   * streets and k neighbourhoods.
   *
   * @throws IllegalArgumentException when {@code area} is empty: clipping to nothing is a mistake, not a result
   */
  public Dataset clippedTo(List<Neighbourhood> area) {
    requireNonNull(area, "area");
    if (area.isEmpty()) {
      throw new IllegalArgumentException("dataset '" + name + "' cannot be clipped to no neighbourhoods");
    }
    STRtree tree = new STRtree();
    for (Neighbourhood n : area) {
      Geometry g = n.area();
      tree.insert(g.getEnvelopeInternal(), new Clip(new IndexedPointInAreaLocator(g), PreparedGeometryFactory.prepare(g)));
    }
    List<Household> inside = new ArrayList<>();
    Coordinate c = new Coordinate();
    for (Household h : households) {
      c.x = h.x();
      c.y = h.y();
      for (Object o : tree.query(new Envelope(c))) {
        if (((Clip) o).locator.locate(c) != Location.EXTERIOR) {
          inside.add(h);
          break;
        }
      }
    }
    List<Street> crossing = new ArrayList<>();
    for (Street street : streets) {
      if (street.line().isEmpty()) {
        crossing.add(street);
        continue;
      }
      Geometry line = street.line().get();
      for (Object o : tree.query(line.getEnvelopeInternal())) {
        if (((Clip) o).prepared.intersects(line)) {
          crossing.add(street);
          break;
        }
      }
    }
    return new Dataset(name, inside, crossing, groups, area);
  }

  private record Clip(IndexedPointInAreaLocator locator, PreparedGeometry prepared) {}

  @Override
  public String toString() {
    return "Dataset['" + name + "', " + households.size() + " households, " + streets.size() + " streets, "
        + groups.size() + " groups, " + neighbourhoods.size() + " neighbourhoods]";
  }
}
