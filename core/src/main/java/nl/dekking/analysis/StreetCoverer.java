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
import nl.dekking.index.CoverageIndex;
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
    // households come in address order, so a street's households mostly follow each other: the key of the same
    // spelling as the previous household's is not made again
    Map<Street.Key, Entry> byKey = new HashMap<>(streets);
    String lastStreet = null;
    String lastPlace = null;
    Entry last = null;
    for (int i = 0; i < households.size(); i++) {
      Household h = households.get(i);
      String street = h.address().street();
      String place = h.address().place();
      if (last == null || !street.equals(lastStreet) || !place.equals(lastPlace)) {
        Street.Key key = Street.Key.of(h.address());
        last = byKey.get(key);
        if (last == null) {
          last = new Entry(street, place);
          byKey.put(key, last);
          streets.put(key, last);
        }
        lastStreet = street;
        lastPlace = place;
      }
      last.add(i);
    }
    int g = groups.size();
    STRtree tree = new STRtree();
    PreparedGeometry[] prepared = new PreparedGeometry[g];
    for (int o = 0; o < g; o++) {
      if (!areas[o].isEmpty()) {
        tree.insert(areas[o].getEnvelopeInternal(), o);
      }
    }
    // streets are visited in key order, so each group's list of streets is made in key order too
    List<List<GroupStreet>> perGroup = new ArrayList<>(g);
    for (int o = 0; o < g; o++) {
      perGroup.add(new ArrayList<>());
    }
    int[] coveredBy = new int[g]; // per street, reset after it
    int[] touched = new int[g];
    for (Map.Entry<Street.Key, Entry> me : streets.entrySet()) {
      Entry e = me.getValue();
      int total = e.count;
      int touchedCount = 0;
      int covered = 0;
      List<Household> uncovered = new ArrayList<>();
      for (int k = 0; k < e.count; k++) {
        int i = e.households[k];
        int first = assignment.firstGroup(i);
        if (first == CoverageIndex.NONE) {
          uncovered.add(households.get(i));
          continue;
        }
        covered++;
        if (assignment.coveringCount(i) == 1) {
          if (coveredBy[first]++ == 0) {
            touched[touchedCount++] = first;
          }
        } else {
          for (int o : assignment.groupsOf(i)) {
            if (coveredBy[o]++ == 0) {
              touched[touchedCount++] = o;
            }
          }
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
      TreeSet<Integer> all = new TreeSet<>(lineGroups);
      for (int t = 0; t < touchedCount; t++) {
        all.add(touched[t]);
      }
      List<String> groupIds = new ArrayList<>();
      for (int o : all) {
        perGroup.get(o).add(new GroupStreet(e.name, e.place, coveredBy[o], total));
        groupIds.add(groups.get(o).id());
      }
      for (int t = 0; t < touchedCount; t++) {
        coveredBy[touched[t]] = 0;
      }
      if (total > 0) {
        groupIds.sort(Comparator.naturalOrder());
        streetCoverages.add(new StreetCoverage(e.name, e.place, total, covered, uncovered, groupIds));
      }
    }
    for (List<GroupStreet> list : perGroup) {
      groupStreets.add(List.copyOf(list));
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
    int[] households = new int[2];
    int count;

    Entry(String name, String place) {
      this.name = name;
      this.place = place;
    }

    void add(int household) {
      if (count == households.length) {
        households = java.util.Arrays.copyOf(households, count * 2);
      }
      households[count++] = household;
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
