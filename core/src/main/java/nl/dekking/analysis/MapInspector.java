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
import org.locationtech.jts.algorithm.Area;
import org.locationtech.jts.algorithm.PointLocation;
import org.locationtech.jts.coverage.CoverageGapFinder;
import org.locationtech.jts.geom.Envelope;
import org.locationtech.jts.geom.Geometry;
import org.locationtech.jts.geom.LineString;
import org.locationtech.jts.geom.LinearRing;
import org.locationtech.jts.geom.Point;
import org.locationtech.jts.geom.Polygon;
import org.locationtech.jts.geom.util.LineStringExtracter;
import org.locationtech.jts.geom.util.PolygonExtracter;
import org.locationtech.jts.index.strtree.STRtree;
import org.locationtech.jts.operation.overlayng.OverlayNG;
import org.locationtech.jts.operation.overlayng.OverlayNGRobust;

/**
 * Inspects the groups' (repaired) areas as a map: overlaps between pairs of groups (real ones above the overlap
 * tolerance and at least the gap width wide somewhere, drawing errors otherwise), neighbours, and narrow gaps
 * between groups. Pairs are found with an {@link STRtree} of the areas' envelopes, so only groups whose envelopes
 * meet are compared; the narrow-gap search works on the union of all areas. Overlays use JTS {@link OverlayNGRobust}, which falls back to snapping and
 * snap-rounding rather than fail on hand-drawn near-coincident edges. Not thread-safe; used once per analysis.
 */
final class MapInspector {

  /** Narrow-gap pieces smaller than this are rounding from the buffer operations, m². */
  static final double MIN_GAP_PIECE_M2 = 1.0;
  /** How close a narrow gap must lie to a group's area to border it, m. */
  static final double BORDER_DISTANCE_M = 0.01;
  /** How much narrower than the gap width a gap must be, m: a 10 m street between two groups is not a 10 m gap. */
  static final double STRICTLY_NARROWER_M = 0.001;
  private static final int QUADRANT_SEGMENTS = 8;

  private final List<Group> groups;
  private final Geometry[] areas;
  private final AnalysisSettings settings;
  private final STRtree tree = new STRtree();
  private final List<Overlap> overlaps = new ArrayList<>();
  private final List<QaFinding> overlapErrors = new ArrayList<>();
  private final List<List<String>> neighbours = new ArrayList<>();
  private final Geometry[] borderZones;

  MapInspector(List<Group> groups, Geometry[] areas, List<Household> households, Assignment assignment,
      AnalysisSettings settings) {
    this.groups = groups;
    this.areas = areas;
    this.settings = settings;
    int g = groups.size();
    this.borderZones = new Geometry[g];
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
    Geometry shared = polygonal(OverlayNGRobust.overlay(areas[a], areas[b], OverlayNG.INTERSECTION));
    double area = shared.getArea();
    if (area <= 0 && both.isEmpty()) {
      return;
    }
    double width = 0;
    for (Polygon p : polygons(shared)) {
      width = Math.max(width, meanWidth(p));
    }
    String ida = groups.get(a).id();
    String idb = groups.get(b).id();
    if (area <= settings.overlapToleranceM2()) {
      overlapErrors.add(new QaFinding.OverlapError(QaFinding.Kind.SMALL_OVERLAP, ida, idb, shared, area, width, both));
    } else if (width < settings.gapWidthM()) {
      overlapErrors.add(new QaFinding.OverlapError(QaFinding.Kind.SLIVER_OVERLAP, ida, idb, shared, area, width, both));
    } else {
      overlaps.add(new Overlap(ida, idb, shared, area, both));
    }
  }

  List<Overlap> overlaps() {
    return overlaps;
  }

  List<QaFinding> overlapErrors() {
    return overlapErrors;
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
    if (width <= 2 * STRICTLY_NARROWER_M || nonEmpty.isEmpty()) {
      return List.of();
    }
    Geometry union = OverlayNGRobust.union(nonEmpty);
    List<Geometry> pieces = new ArrayList<>();
    // strips between groups, open or enclosed: what a closing of the union fills, bordering two groups or more
    // a closing with radius r fills strips up to 2r wide; "narrower than" the width, so a hair less
    double radius = width / 2 - STRICTLY_NARROWER_M;
    Geometry closed = union.buffer(radius, QUADRANT_SEGMENTS).buffer(-radius, QUADRANT_SEGMENTS);
    for (Polygon p : polygons(OverlayNGRobust.overlay(closed, union, OverlayNG.DIFFERENCE))) {
      if (p.getArea() >= MIN_GAP_PIECE_M2 && borderedAlong(p, width) >= 2) {
        pieces.add(p);
      }
    }
    // the other enclosed holes of the map (a narrow hole in one group, say): JTS CoverageGapFinder on the union
    Geometry holeLines = CoverageGapFinder.findGaps(new Geometry[] {withPossiblyNarrowHoles(union, width, pieces)},
        width - 2 * STRICTLY_NARROWER_M);
    if (holeLines != null) {
      for (Object o : LineStringExtracter.getLines(holeLines)) {
        LineString ring = (LineString) o;
        pieces.add(RdNew.GEOMETRY_FACTORY.createPolygon(ring.getCoordinates()));
      }
    }
    if (pieces.isEmpty()) {
      return List.of();
    }
    List<QaFinding> out = new ArrayList<>();
    for (Polygon p : polygons(OverlayNGRobust.union(pieces))) {
      if (p.getArea() < MIN_GAP_PIECE_M2) {
        continue;
      }
      List<String> ids = new ArrayList<>();
      for (int o : bordering(p)) {
        ids.add(groups.get(o).id());
      }
      out.add(new QaFinding.NarrowGap(ids, p, p.getArea(), meanWidth(p)));
    }
    return out;
  }

  /**
   * The union with only the holes that may be narrower than the width. A region whose largest inscribed circle has
   * radius r lies within r of its boundary, so its area is at most perimeter × r; a hole with 2 × area / perimeter
   * above the width cannot be narrow. This spares {@link CoverageGapFinder} its costly inscribed-circle search on
   * the wide holes (a missing group's area in the middle of a town). Holes already found as strips between groups
   * are left out too: the inscribed-circle search is slow on the long thin holes that hand-drawn neighbours leave.
   */
  private static Geometry withPossiblyNarrowHoles(Geometry union, double width, List<Geometry> found) {
    List<Point> foundPoints = new ArrayList<>();
    for (Geometry f : found) {
      foundPoints.add(f.getInteriorPoint());
    }
    List<Polygon> out = new ArrayList<>();
    for (Polygon p : polygons(union)) {
      List<LinearRing> holes = new ArrayList<>();
      for (int i = 0; i < p.getNumInteriorRing(); i++) {
        LinearRing ring = p.getInteriorRingN(i);
        double area = Area.ofRing(ring.getCoordinateSequence());
        if (2 * area / ring.getLength() <= width && !holdsAny(ring, foundPoints)) {
          holes.add(ring);
        }
      }
      out.add(RdNew.GEOMETRY_FACTORY.createPolygon(p.getExteriorRing(),
          holes.toArray(new LinearRing[0])));
    }
    return RdNew.GEOMETRY_FACTORY.createMultiPolygon(out.toArray(new Polygon[0]));
  }

  private static boolean holdsAny(LinearRing ring,
      List<Point> points) {
    Envelope e = ring.getEnvelopeInternal();
    for (Point p : points) {
      if (e.contains(p.getCoordinate()) && PointLocation.isInRing(p.getCoordinate(),
          ring.getCoordinates())) {
        return true;
      }
    }
    return false;
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
      if (OverlayNGRobust.overlay(boundary, borderZone(o), OverlayNG.INTERSECTION).getLength() > length) {
        n++;
      }
    }
    return n;
  }

  /** The group's area widened by {@link #BORDER_DISTANCE_M}, made once per group however many pieces it borders. */
  private Geometry borderZone(int o) {
    if (borderZones[o] == null) {
      borderZones[o] = areas[o].buffer(BORDER_DISTANCE_M, 2);
    }
    return borderZones[o];
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

  /** 2 × area / perimeter: for a long strip very nearly its width, and cheap where an inscribed circle is not. */
  private static double meanWidth(Polygon p) {
    return 2 * p.getArea() / p.getLength();
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
