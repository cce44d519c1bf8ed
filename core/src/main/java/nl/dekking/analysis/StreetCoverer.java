package nl.dekking.analysis;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;
import java.util.TreeSet;
import nl.dekking.crs.RdNew;
import nl.dekking.index.Assignment;
import nl.dekking.model.Group;
import nl.dekking.model.Household;
import nl.dekking.model.Street;
import org.locationtech.jts.geom.Geometry;
import org.locationtech.jts.geom.LineString;
import org.locationtech.jts.geom.util.LineStringExtracter;
import org.locationtech.jts.geom.prep.PreparedGeometry;
import org.locationtech.jts.geom.prep.PreparedGeometryFactory;
import org.locationtech.jts.index.strtree.STRtree;
import org.locationtech.jts.operation.overlayng.OverlayNG;
import org.locationtech.jts.operation.overlayng.OverlayNGRobust;

/**
 * Derives which streets each group covers, fully or partly, and each street's coverage by all groups, from the
 * households' addresses and, where known, the streets' centre lines. Lines of one street key given in several
 * pieces (NWB road segments) are joined. O(n + s·g') for n households and s streets with lines, each tested
 * against the g' groups its envelope meets. Not thread-safe; used once per analysis.
 */
final class StreetCoverer {

  /** The length of centre line inside a group's area that puts a street (partly) in the group, m. */
  static final double MIN_LINE_INSIDE_M = 1.0;

  private static final Comparator<Street.Key> KEY_ORDER =
      Comparator.comparing(Street.Key::place).thenComparing(Street.Key::name);

  private final List<StreetCoverage> streetCoverages = new ArrayList<>();
  private final List<List<GroupStreet>> groupStreets = new ArrayList<>();

  StreetCoverer(List<Household> households, Assignment assignment, List<Group> groups, Geometry[] areas,
      List<Street> datasetStreets) {
    TreeMap<Street.Key, Entry> streets = new TreeMap<>(KEY_ORDER);
    for (Street s : datasetStreets) {
      Entry e = streets.computeIfAbsent(s.key(), k -> new Entry(s.name(), s.place()));
      s.line().ifPresent(e.lines::add);
    }
    for (int i = 0; i < households.size(); i++) {
      Household h = households.get(i);
      streets.computeIfAbsent(Street.Key.of(h.address()), k -> new Entry(h.address().street(), h.address().place()))
          .households.add(i);
    }
    int g = groups.size();
    STRtree tree = new STRtree();
    PreparedGeometry[] prepared = new PreparedGeometry[g];
    for (int o = 0; o < g; o++) {
      if (!areas[o].isEmpty()) {
        tree.insert(areas[o].getEnvelopeInternal(), o);
      }
    }
    List<TreeMap<Street.Key, GroupStreet>> perGroup = new ArrayList<>(g);
    for (int o = 0; o < g; o++) {
      perGroup.add(new TreeMap<>(KEY_ORDER));
    }
    for (Map.Entry<Street.Key, Entry> me : streets.entrySet()) {
      Entry e = me.getValue();
      int total = e.households.size();
      Map<Integer, Integer> coveredBy = new HashMap<>();
      int covered = 0;
      List<Household> uncovered = new ArrayList<>();
      for (int i : e.households) {
        int[] ordinals = assignment.groupsOf(i);
        if (ordinals.length == 0) {
          uncovered.add(households.get(i));
        } else {
          covered++;
        }
        for (int o : ordinals) {
          coveredBy.merge(o, 1, Integer::sum);
        }
      }
      TreeSet<Integer> lineGroups = new TreeSet<>();
      Optional<Geometry> line = e.line();
      if (line.isPresent()) {
        Geometry l = line.get();
        @SuppressWarnings("unchecked")
        List<Integer> candidates = tree.query(l.getEnvelopeInternal());
        for (int o : candidates) {
          if (prepared[o] == null) {
            prepared[o] = PreparedGeometryFactory.prepare(areas[o]);
          }
          if (prepared[o].intersects(l) && OverlayNGRobust.overlay(areas[o], l, OverlayNG.INTERSECTION).getLength() >= MIN_LINE_INSIDE_M) {
            lineGroups.add(o);
          }
        }
      }
      TreeSet<Integer> all = new TreeSet<>(coveredBy.keySet());
      all.addAll(lineGroups);
      List<String> groupIds = new ArrayList<>();
      for (int o : all) {
        int n = coveredBy.getOrDefault(o, 0);
        perGroup.get(o).put(me.getKey(), new GroupStreet(e.name, e.place, n, total));
        groupIds.add(groups.get(o).id());
      }
      if (total > 0) {
        groupIds.sort(Comparator.naturalOrder());
        streetCoverages.add(new StreetCoverage(e.name, e.place, total, covered, uncovered, groupIds));
      }
    }
    for (TreeMap<Street.Key, GroupStreet> m : perGroup) {
      groupStreets.add(List.copyOf(m.values()));
    }
  }

  List<StreetCoverage> streetCoverages() {
    return streetCoverages;
  }

  List<GroupStreet> groupStreets(int ordinal) {
    return groupStreets.get(ordinal);
  }

  private static final class Entry {
    final String name;
    final String place;
    final List<Geometry> lines = new ArrayList<>(1);
    final List<Integer> households = new ArrayList<>();

    Entry(String name, String place) {
      this.name = name;
      this.place = place;
    }

    Optional<Geometry> line() {
      if (lines.isEmpty()) {
        return Optional.empty();
      }
      if (lines.size() == 1) {
        return Optional.of(lines.get(0));
      }
      List<LineString> parts = new ArrayList<>();
      for (Geometry l : lines) {
        LineStringExtracter.getLines(l, parts);
      }
      return Optional.of(RdNew.GEOMETRY_FACTORY.createMultiLineString(parts.toArray(new LineString[0])));
    }
  }
}
