package nl.dekking.intake;

import static java.util.Objects.requireNonNull;

import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import nl.dekking.crs.RdNew;
import nl.dekking.model.Household;
import org.locationtech.jts.geom.Coordinate;
import org.locationtech.jts.geom.Envelope;
import org.locationtech.jts.geom.Geometry;
import org.locationtech.jts.geom.GeometryFactory;
import org.locationtech.jts.geom.MultiPolygon;
import org.locationtech.jts.geom.Point;
import org.locationtech.jts.geom.Polygon;
import org.locationtech.jts.geom.PrecisionModel;
import org.locationtech.jts.geom.prep.PreparedGeometry;
import org.locationtech.jts.geom.prep.PreparedGeometryFactory;
import org.locationtech.jts.operation.distance.IndexedFacetDistance;
import org.locationtech.jts.operation.union.UnaryUnionOp;
import org.locationtech.jts.precision.GeometryPrecisionReducer;
import org.locationtech.jts.simplify.TopologyPreservingSimplifier;
import org.locationtech.jts.triangulate.VoronoiDiagramBuilder;

/**
 * Draws the area of a group from the households it names: an area that covers exactly those households and no
 * other, except households at the very same spot as a named one (one building), which cannot be separated and are
 * reported.
 *
 * <p>Algorithm: the distinct address points within twice the reach of a named household are the sites of a Voronoi
 * diagram (JTS {@link VoronoiDiagramBuilder}); the area is the union of the named sites' cells, each cut to a disc of
 * {@linkplain #withReach reach} metres around its site, so the area keeps near the houses. A point closer to a named
 * site than to any other site lies in its cell, so every other household (a site of its own) stays outside. The
 * union is then simplified (JTS {@link TopologyPreservingSimplifier}) and rounded to millimetres, and checked against
 * every nearby household, which must lie at least 5 cm inside or outside its edge; a simplification that would take in or leave out a household is rejected for a finer
 * one, down to none. A last check adds or cuts out a small square around any household the floating-point
 * construction misplaced, so the answer is exact. O(k log k) in the k households near the named ones.
 *
 * <p>Thread-safe and immutable.
 */
public final class AreaBuilder {

  /** The default reach: how far the area extends from a named house, in metres. */
  public static final double DEFAULT_REACH = 50;

  /**
   * How far every household must stay from the simplified area's edge, in metres, so that writing the area in
   * WGS84 with 7 decimals (about 1 cm) cannot move it across.
   */
  private static final double MARGIN = 0.05;
  private static final double[] TOLERANCES = {2.0, 1.0, 0.5, 0.2, 0.1, 0.0};
  private static final GeometryFactory FACTORY = RdNew.GEOMETRY_FACTORY;
  private static final GeometryPrecisionReducer MILLIMETRES = new GeometryPrecisionReducer(new PrecisionModel(1000));

  private final double reach;

  private AreaBuilder(double reach) {
    this.reach = reach;
  }

  /** A builder with the default reach of 50 m. */
  public static AreaBuilder withDefaults() {
    return new AreaBuilder(DEFAULT_REACH);
  }

  /**
   * A builder whose areas reach this far from the named houses.
   *
   * @throws IllegalArgumentException unless 1 to 1,000 m
   */
  public AreaBuilder withReach(double metres) {
    if (!(metres >= 1 && metres <= 1000)) {
      throw new IllegalArgumentException("reach must be 1 to 1000 m, was " + metres);
    }
    return new AreaBuilder(metres);
  }

  /** The reach in metres. */
  public double reach() {
    return reach;
  }

  /** The area drawn from addresses, with the households it had to take along. */
  public record DrawnArea(Geometry area, List<Household> sameSpot) {
    public DrawnArea {
      requireNonNull(area, "area");
      sameSpot = List.copyOf(sameSpot);
    }

    /** The number of separate pieces the area falls apart in. */
    public int pieces() {
      return area.getNumGeometries();
    }
  }

  /**
   * The area covering exactly the named households among all.
   *
   * @param all every household of the town (the named ones included)
   * @param named the households the group names, at least one
   * @throws IllegalArgumentException when no household is named
   */
  public DrawnArea build(Collection<Household> all, Collection<Household> named) {
    requireNonNull(all, "all");
    requireNonNull(named, "named");
    if (named.isEmpty()) {
      throw new IllegalArgumentException("an area needs at least one named household");
    }
    Map<Household, Boolean> isNamed = new HashMap<>();
    Envelope namedEnvelope = new Envelope();
    for (Household h : named) {
      isNamed.put(h, Boolean.TRUE);
      namedEnvelope.expandToInclude(h.x(), h.y());
    }
    Envelope near = new Envelope(namedEnvelope);
    near.expandBy(2 * reach + 10);
    Map<Coordinate, Boolean> sites = new HashMap<>();
    List<Household> nearby = new ArrayList<>();
    for (Household h : named) {
      sites.put(new Coordinate(h.x(), h.y()), Boolean.TRUE);
    }
    for (Household h : all) {
      if (near.contains(h.x(), h.y())) {
        nearby.add(h);
        sites.putIfAbsent(new Coordinate(h.x(), h.y()), Boolean.FALSE);
      }
    }
    for (Household h : named) {
      if (!near.contains(h.x(), h.y())) {
        nearby.add(h);
      }
    }
    List<Household> inside = new ArrayList<>();
    List<Household> sameSpot = new ArrayList<>();
    List<Household> outside = new ArrayList<>();
    for (Household h : nearby) {
      boolean siteNamed = sites.get(new Coordinate(h.x(), h.y()));
      if (isNamed.containsKey(h)) {
        inside.add(h);
      } else if (siteNamed) {
        inside.add(h);
        sameSpot.add(h);
      } else {
        outside.add(h);
      }
    }
    Geometry cells = cells(sites, near);
    Geometry exact = null;
    for (double tolerance : TOLERANCES) {
      Geometry candidate = polygonal(MILLIMETRES.reduce(
          tolerance == 0 ? cells : TopologyPreservingSimplifier.simplify(cells, tolerance)));
      if (misplaced(candidate, inside, outside, MARGIN).isEmpty()) {
        exact = candidate;
        break;
      }
    }
    if (exact == null) {
      Geometry unsimplified = polygonal(MILLIMETRES.reduce(cells));
      exact = misplaced(unsimplified, inside, outside, 0).isEmpty() ? unsimplified : null;
    }
    if (exact == null) {
      exact = mended(polygonal(MILLIMETRES.reduce(cells)), inside, outside);
    }
    return new DrawnArea(exact, sameSpot);
  }

  private Geometry cells(Map<Coordinate, Boolean> sites, Envelope near) {
    List<Geometry> pieces = new ArrayList<>();
    if (sites.size() == 1) {
      Coordinate c = sites.keySet().iterator().next();
      pieces.add(FACTORY.createPoint(c).buffer(reach, 8));
    } else {
      VoronoiDiagramBuilder builder = new VoronoiDiagramBuilder();
      builder.setSites(new ArrayList<>(sites.keySet()));
      Envelope clip = new Envelope(near);
      clip.expandBy(reach);
      builder.setClipEnvelope(clip);
      Geometry diagram = builder.getDiagram(FACTORY);
      for (int i = 0; i < diagram.getNumGeometries(); i++) {
        Geometry cell = diagram.getGeometryN(i);
        Coordinate site = (Coordinate) cell.getUserData();
        if (site != null && Boolean.TRUE.equals(sites.get(new Coordinate(site.x, site.y)))) {
          Point p = FACTORY.createPoint(site);
          pieces.add(cell.intersection(p.buffer(reach, 8)));
        }
      }
    }
    return polygonal(UnaryUnionOp.union(pieces));
  }

  /** The households on the wrong side of the area: named ones outside it, others inside it. */
  private static List<Household> misplaced(Geometry area, List<Household> inside, List<Household> outside,
      double margin) {
    PreparedGeometry prepared = PreparedGeometryFactory.prepare(area);
    IndexedFacetDistance boundary = margin > 0 ? new IndexedFacetDistance(area.getBoundary()) : null;
    List<Household> wrong = new ArrayList<>();
    for (Household h : inside) {
      Point p = FACTORY.createPoint(new Coordinate(h.x(), h.y()));
      if (!prepared.covers(p) || boundary != null && boundary.distance(p) < margin) {
        wrong.add(h);
      }
    }
    for (Household h : outside) {
      Point p = FACTORY.createPoint(new Coordinate(h.x(), h.y()));
      if (prepared.covers(p) || boundary != null && boundary.distance(p) < margin) {
        wrong.add(h);
      }
    }
    return wrong;
  }

  /** Adds a small square around named households left out and cuts one out around others taken in. */
  private static Geometry mended(Geometry area, List<Household> inside, List<Household> outside) {
    Geometry result = area;
    for (int round = 0; round < 3; round++) {
      List<Household> wrong = misplaced(result, inside, outside, 0);
      if (wrong.isEmpty()) {
        return result;
      }
      Map<Household, Boolean> isInside = new HashMap<>();
      inside.forEach(h -> isInside.put(h, Boolean.TRUE));
      for (Household h : wrong) {
        double half = 0.01 / (round + 1);
        Geometry square = FACTORY.toGeometry(new Envelope(h.x() - half, h.x() + half, h.y() - half, h.y() + half));
        result = polygonal(isInside.containsKey(h) ? result.union(square) : result.difference(square));
      }
    }
    List<Household> wrong = misplaced(result, inside, outside, 0);
    if (!wrong.isEmpty()) {
      throw new IllegalStateException("cannot draw an exact area: " + wrong.size() + " households lie on the wrong side, such as "
          + wrong.get(0).address());
    }
    return result;
  }

  /** The polygons of a geometry as a Polygon or MultiPolygon. */
  static Geometry polygonal(Geometry g) {
    if (g instanceof Polygon || g instanceof MultiPolygon) {
      g.setSRID(RdNew.EPSG);
      return g;
    }
    List<Polygon> polygons = new ArrayList<>();
    for (int i = 0; i < g.getNumGeometries(); i++) {
      Geometry part = g.getGeometryN(i);
      if (part instanceof Polygon p && !p.isEmpty()) {
        polygons.add(p);
      } else if (part instanceof MultiPolygon mp) {
        for (int j = 0; j < mp.getNumGeometries(); j++) {
          polygons.add((Polygon) mp.getGeometryN(j));
        }
      }
    }
    Geometry result = polygons.size() == 1 ? polygons.get(0) : FACTORY.createMultiPolygon(polygons.toArray(Polygon[]::new));
    result.setSRID(RdNew.EPSG);
    return result;
  }
}
