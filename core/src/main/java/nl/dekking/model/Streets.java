package nl.dekking.model;

import static java.util.Objects.requireNonNull;

import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import nl.dekking.crs.RdNew;
import org.locationtech.jts.geom.Geometry;
import org.locationtech.jts.geom.LineString;
import org.locationtech.jts.operation.linemerge.LineMerger;

/**
 * Builds the streets of an area: from street lines (NWB segments of one street in one place become one street)
 * and from addresses alone (every street name + place that an address names), so that "streets in this group"
 * and "uncovered house numbers per street" work with an address file and no lines.
 *
 * <p>Algorithm: streets are grouped by {@link Street#key()} (name and place, case-insensitive) in first-seen
 * order; lines of one street are joined end to end with JTS {@link LineMerger}, giving a LineString when they
 * form one chain and a MultiLineString otherwise. O(n) grouping plus O(m log m) merging per street of m
 * segments. Thread-safe and stateless.
 */
public final class Streets {

  private Streets() {
  }

  /** The streets the households' addresses name, without lines, in first-seen order. */
  public static List<Street> fromAddresses(Collection<Household> households) {
    requireNonNull(households, "households");
    Map<Street.Key, Street> streets = new LinkedHashMap<>();
    for (Household h : households) {
      streets.computeIfAbsent(Street.Key.of(h.address()), k -> Street.of(h.address()));
    }
    return List.copyOf(streets.values());
  }

  /**
   * Street segments merged into streets: one street per name and place, its line the segments joined.
   * Segments without a line are kept as streets without a line unless another segment gives one.
   */
  public static List<Street> merge(Collection<Street> segments) {
    requireNonNull(segments, "segments");
    Map<Street.Key, List<Street>> byKey = new LinkedHashMap<>();
    for (Street s : segments) {
      byKey.computeIfAbsent(s.key(), k -> new ArrayList<>()).add(s);
    }
    List<Street> streets = new ArrayList<>(byKey.size());
    for (List<Street> parts : byKey.values()) {
      Street first = parts.get(0);
      LineMerger merger = new LineMerger();
      boolean any = false;
      for (Street s : parts) {
        if (s.line().isPresent()) {
          merger.add(s.line().get());
          any = true;
        }
      }
      Optional<Geometry> line = Optional.empty();
      if (any) {
        @SuppressWarnings("unchecked")
        Collection<LineString> merged = merger.getMergedLineStrings();
        Geometry g = RdNew.GEOMETRY_FACTORY.buildGeometry(merged);
        line = Optional.of(g);
      }
      streets.add(new Street(first.name(), first.place(), line));
    }
    return List.copyOf(streets);
  }

  /**
   * The streets with lines, merged, followed by the streets that only addresses name: every street an address
   * lies on is present, with its line when one is known.
   */
  public static List<Street> complete(Collection<Street> lines, Collection<Household> households) {
    List<Street> merged = merge(lines);
    Map<Street.Key, Street> all = new LinkedHashMap<>();
    for (Street s : merged) {
      all.put(s.key(), s);
    }
    for (Street s : fromAddresses(households)) {
      all.putIfAbsent(s.key(), s);
    }
    return List.copyOf(all.values());
  }
}
