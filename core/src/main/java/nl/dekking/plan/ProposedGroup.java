package nl.dekking.plan;

import static java.util.Objects.requireNonNull;

import java.util.List;
import java.util.stream.Collectors;
import nl.dekking.analysis.Language;
import nl.dekking.model.Household;
import org.locationtech.jts.geom.Geometry;

/**
 * One group the planner proposes: a part of an oversized group, or a new group in a gap. Holds only what may be
 * published: addresses and an area, no contacts, no metadata.
 *
 * @param id {@code <parent>-A}, {@code <parent>-B}, ... (numbers past 26 parts)
 * @param kind split or new
 * @param parent the id of the group split, or of the gap cluster
 * @param area the proposed area, RD New
 * @param households the households, in address order
 * @param streets the streets, most households first, then by place and name
 */
public record ProposedGroup(String id, Kind kind, String parent, Geometry area, List<Household> households,
    List<ProposedStreet> streets) {

  public ProposedGroup {
    requireNonNull(id, "id");
    requireNonNull(kind, "kind");
    requireNonNull(parent, "parent");
    requireNonNull(area, "area");
    households = List.copyOf(households);
    streets = List.copyOf(streets);
    area = area.copy();
  }

  /** A copy of the area (JTS geometries are mutable). */
  @Override
  public Geometry area() {
    return area.copy();
  }

  /** The number of households. */
  public int householdCount() {
    return households.size();
  }

  /** The streets in one line: {@code "Kerklaan (Otterlo); Dorpsstraat (Otterlo): 1–59 (oneven)"}. */
  public String streetsText(Language language) {
    return streets.stream().map(s -> s.text(language)).collect(Collectors.joining("; "));
  }

  /** A one-line summary; the households are far too many to print. */
  @Override
  public String toString() {
    return "ProposedGroup[" + id + ", " + kind.code() + " of " + parent + ", " + households.size() + " households, "
        + streets.size() + " streets]";
  }

  /** What a proposal does. */
  public enum Kind {
    /** A part of a group whose area holds more households than one group may serve. */
    SPLIT,
    /** A new group for households without one. */
    NEW;

    /** The name in files: {@code split}, {@code new}. */
    public String code() {
      return name().toLowerCase(java.util.Locale.ROOT);
    }
  }
}
