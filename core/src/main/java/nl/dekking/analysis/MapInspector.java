package nl.dekking.analysis;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeSet;
import nl.dekking.crs.RdNew;
import nl.dekking.index.Assignment;
import nl.dekking.model.Group;
import nl.dekking.model.Household;
import org.locationtech.jts.coverage.CoverageGapFinder;
import org.locationtech.jts.geom.Envelope;
import org.locationtech.jts.geom.Geometry;
import org.locationtech.jts.geom.LineString;
import org.locationtech.jts.geom.Polygon;
import org.locationtech.jts.geom.util.LineStringExtracter;
import org.locationtech.jts.geom.util.PolygonExtracter;
import org.locationtech.jts.index.strtree.STRtree;
import org.locationtech.jts.operation.union.UnaryUnionOp;

/**
 * Inspects the groups' (repaired) areas as a map: overlaps between pairs of groups (real ones above the overlap
 * tolerance, drawing errors below it), neighbours, and narrow gaps between groups. Pairs are found with an
 * {@link STRtree} of the areas' envelopes, so only groups whose envelopes meet are compared; the narrow-gap search
 * works on the union of all areas. Not thread-safe; used once per analysis.
 */
final class MapInspector {

  /** Narrow-gap pieces smaller than this are rounding from the buffer operations, m². */
  static final double MIN_GAP_PIECE_M2 = 1.0;
  /** How close a narrow gap must lie to a group's area to border it, m. */
  static final double BORDER_DISTANCE_M = 0.01;
  private static final int QUADRANT_SEGMENTS = 8;

  private final List<Group> groups;
  private final Geometry[] areas;
  private final AnalysisSettings settings;
  private final STRtree tree = new STRtree();
  private final List<Overlap> overlaps = new ArrayList<>();
  private final List<QaFinding> smallOverlaps = new ArrayList<>();
  private final List<List<String>> neighbours = new ArrayList<>();

  MapInspector(List<Group> groups, Geometry[] areas, List<Household> households, Assignment assignment,
      AnalysisSettings settings) {
    this.groups = groups;
    this.areas = areas;
    this.settings = settings;
    int g = groups.size();
    for (int o = 0; o < g; o++) {
      if (!areas[o].isEmpty()) {
        tree.insert(areas[o].getEnvelopeInternal(), o);
      }
    }
    tree.build();
    // households covered by each pair of groups
    Map<Long, List<Household>> pairHouseholds = new HashMap<>();
    for (int i = 0; i < households.size(); i++) {
      if (assignment.coveringCount(i) > 1) {
        int[] os = assignment.groupsOf(i);
        for (int a = 0; a < os.length; a++) {
          for (int b = a + 1; b < os.length; b++) {
            pairHouseholds.computeIfAbsent(pair(os[a], os[b]), k -> new ArrayList<>()).add(households.get(i));
          }
        }
      }
    }
    List<TreeSet<Integer>> near = new ArrayList<>(g);
    for (int o = 0; o < g; o++) {
      near.add(new TreeSet<>());
    }
    double nd = settings.neighbourDistanceM();
    for (int a = 0; a < g; a++) {
      if (areas[a].isEmpty()) {
        continue;
      }
      Envelope search = new Envelope(areas[a].getEnvelopeInternal());
      search.expandBy(nd);
      @SuppressWarnings("unchecked")
      List<Integer> candidates = tree.query(search);
      candidates.sort(null);
      for (int b : candidates) {
        if (b <= a) {
          continue;
        }
        if (areas[a].isWithinDistance(areas[b], nd)) {
          near.get(a).add(b);
          near.get(b).add(a);
        }
        if (areas[a].getEnvelopeInternal().intersects(areas[b].getEnvelopeInternal())) {
          overlap(a, b, pairHouseholds.getOrDefault(pair(a, b), List.of()));
        }
      }
    }
    for (int o = 0; o < g; o++) {
      List<String> ids = new ArrayList<>();
      for (int b : near.get(o)) {
        ids.add(groups.get(b).id());
      }
      neighbours.add(List.copyOf(ids));
    }
  }

  private void overlap(int a, int b, List<Household> both) {
    Geometry shared = polygonal(areas[a].intersection(areas[b]));
    double area = shared.getArea();
    if (area <= 0 && both.isEmpty()) {
      return;
    }
    String ida = groups.get(a).id();
    String idb = groups.get(b).id();
    if (area > settings.overlapToleranceM2()) {
      overlaps.add(new Overlap(ida, idb, shared, area, both));
    } else {
      smallOverlaps.add(new QaFinding.SmallOverlap(ida, idb, shared, area, both));
    }
  }

  List<Overlap> overlaps() {
    return overlaps;
  }

  List<QaFinding> smallOverlaps() {
    return smallOverlaps;
  }

  List<String> neighbours(int ordinal) {
    return neighbours.get(ordinal);
  }

  /** The narrow gaps between groups: enclosed holes and open strips narrower than the gap width. */
  List<QaFinding> narrowGaps() {
    double width = settings.gapWidthM();
    List<Geometry> nonEmpty = new ArrayList<>();
    for (Geometry a : areas) {
      if (!a.isEmpty()) {
        nonEmpty.add(a);
      }
    }
    if (width <= 0 || nonEmpty.isEmpty()) {
      return List.of();
    }
    Geometry union = UnaryUnionOp.union(nonEmpty);
    List<Geometry> pieces = new ArrayList<>();
    // enclosed holes of the map: JTS CoverageGapFinder on the union (a valid one-polygon coverage)
    Geometry holeLines = CoverageGapFinder.findGaps(new Geometry[] {union}, width);
    if (holeLines != null) {
      for (Object o : LineStringExtracter.getLines(holeLines)) {
        LineString ring = (LineString) o;
        pieces.add(RdNew.GEOMETRY_FACTORY.createPolygon(ring.getCoordinates()));
      }
    }
    // open strips between groups: what a closing of the union fills, bordering two groups or more
    Geometry closed = union.buffer(width / 2, QUADRANT_SEGMENTS).buffer(-width / 2, QUADRANT_SEGMENTS);
    for (Polygon p : polygons(closed.difference(union))) {
      if (p.getArea() >= MIN_GAP_PIECE_M2 && borderedAlong(p, width) >= 2) {
        pieces.add(p);
      }
    }
    if (pieces.isEmpty()) {
      return List.of();
    }
    List<QaFinding> out = new ArrayList<>();
    for (Polygon p : polygons(UnaryUnionOp.union(pieces))) {
      if (p.getArea() < MIN_GAP_PIECE_M2) {
        continue;
      }
      double w = 2 * p.getArea() / p.getLength();
      List<String> ids = new ArrayList<>();
      for (int o : bordering(p)) {
        ids.add(groups.get(o).id());
      }
      out.add(new QaFinding.NarrowGap(ids, p, p.getArea(), w));
    }
    return out;
  }

  /**
   * How many groups border this piece along more than {@code length} of its boundary. A concave corner where two
   * groups meet on the map's outline is filled by the closing too, but borders each group along at most half the
   * gap width; a strip between two groups borders both along its length.
   */
  private int borderedAlong(Geometry piece, double length) {
    Geometry boundary = piece.getBoundary();
    int n = 0;
    for (int o : bordering(piece)) {
      if (boundary.intersection(areas[o].buffer(BORDER_DISTANCE_M, 2)).getLength() > length) {
        n++;
      }
    }
    return n;
  }

  private TreeSet<Integer> bordering(Geometry piece) {
    Envelope search = new Envelope(piece.getEnvelopeInternal());
    search.expandBy(BORDER_DISTANCE_M);
    @SuppressWarnings("unchecked")
    List<Integer> candidates = tree.query(search);
    TreeSet<Integer> out = new TreeSet<>();
    for (int o : candidates) {
      if (areas[o].isWithinDistance(piece, BORDER_DISTANCE_M)) {
        out.add(o);
      }
    }
    return out;
  }

  @SuppressWarnings("unchecked")
  private static List<Polygon> polygons(Geometry g) {
    return PolygonExtracter.getPolygons(g);
  }

  private static Geometry polygonal(Geometry g) {
    List<Polygon> ps = polygons(g);
    if (ps.size() == 1) {
      return ps.get(0);
    }
    return RdNew.GEOMETRY_FACTORY.createMultiPolygon(ps.toArray(new Polygon[0]));
  }

  private static long pair(int a, int b) {
    return ((long) Math.min(a, b) << 32) | Math.max(a, b);
  }
}
