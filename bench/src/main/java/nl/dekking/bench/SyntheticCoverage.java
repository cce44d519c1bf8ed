package nl.dekking.bench;

import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import nl.dekking.model.Group;
import org.locationtech.jts.geom.Coordinate;
import org.locationtech.jts.geom.Envelope;
import org.locationtech.jts.geom.Geometry;
import org.locationtech.jts.geom.GeometryFactory;
import org.locationtech.jts.geom.LinearRing;
import org.locationtech.jts.geom.Polygon;
import org.locationtech.jts.triangulate.VoronoiDiagramBuilder;

/**
 * Seeded groups shaped like real watch-group maps, and households spread over them.
 *
 * <p>Groups are the cells of a Voronoi partition of random sites, about 1.34 km across (2,000 groups cover
 * 60 × 60 km, 15,000 groups about 164 × 164 km), each redrawn by hand as it were: every edge densified so the
 * ring has 60–200 vertices, the inner vertices moved up to 2 m sideways (so neighbours overlap and leave slivers,
 * while partition vertices stay shared exactly). One group in ten has a hole around its site, one in twenty is
 * grown by 3 % (overlapping its neighbours) and one site in twenty is left out (a gap).
 *
 * <p>Stateless; thread-safe.
 */
final class SyntheticCoverage {

  static final double ORIGIN_X = 30_000;
  static final double ORIGIN_Y = 330_000;
  private static final double GROUP_SIZE = 1_340;
  private static final GeometryFactory FACTORY = new GeometryFactory();

  private SyntheticCoverage() {
  }

  /** The side of the square the groups cover, in metres. */
  static double extent(int groups) {
    return GROUP_SIZE * Math.sqrt(groups);
  }

  /** {@code count} groups with ids {@code G00000...} in ordinal order. */
  static List<Group> groups(int count, long seed) {
    Random random = new Random(seed);
    double extent = extent(count);
    int sites = (int) Math.ceil(count / 0.95) + 2;
    List<Coordinate> points = new ArrayList<>();
    for (int i = 0; i < sites; i++) {
      points.add(new Coordinate(ORIGIN_X + random.nextDouble() * extent, ORIGIN_Y + random.nextDouble() * extent));
    }
    VoronoiDiagramBuilder builder = new VoronoiDiagramBuilder();
    builder.setSites(points);
    builder.setClipEnvelope(new Envelope(ORIGIN_X, ORIGIN_X + extent, ORIGIN_Y, ORIGIN_Y + extent));
    Geometry cells = builder.getDiagram(FACTORY);
    List<Group> groups = new ArrayList<>();
    for (int i = 0; i < cells.getNumGeometries() && groups.size() < count; i++) {
      Polygon cell = (Polygon) cells.getGeometryN(i);
      if (random.nextInt(20) == 0 || cell.isEmpty()) {
        continue;
      }
      Coordinate site = (Coordinate) cell.getUserData();
      Polygon area = redraw(cell, site, random);
      String id = String.format("G%05d", groups.size());
      groups.add(Group.of(id, "Buurtpreventie " + id, area));
    }
    if (groups.size() < count) {
      throw new IllegalStateException("generated " + groups.size() + " groups, wanted " + count + " (seed " + seed + ")");
    }
    return groups;
  }

  private static Polygon redraw(Polygon cell, Coordinate site, Random random) {
    Coordinate[] ring = cell.getExteriorRing().getCoordinates();
    double grow = random.nextInt(20) == 0 ? 1.03 : 1.0;
    double perimeter = cell.getLength();
    int vertices = 60 + random.nextInt(141);
    List<Coordinate> out = new ArrayList<>();
    for (int i = 0; i + 1 < ring.length; i++) {
      Coordinate a = ring[i];
      Coordinate b = ring[i + 1];
      double length = a.distance(b);
      int parts = Math.max(1, (int) Math.round(vertices * length / perimeter));
      out.add(scaled(a, site, grow));
      double nx = -(b.y - a.y) / length;
      double ny = (b.x - a.x) / length;
      for (int k = 1; k < parts; k++) {
        double t = (double) k / parts;
        double shift = (random.nextDouble() * 2 - 1) * Math.min(2, length / parts / 4);
        out.add(scaled(new Coordinate(a.x + t * (b.x - a.x) + shift * nx, a.y + t * (b.y - a.y) + shift * ny), site,
            grow));
      }
    }
    out.add(out.get(0));
    LinearRing shell = FACTORY.createLinearRing(out.toArray(new Coordinate[0]));
    if (site != null && random.nextInt(10) == 0) {
      double r = 0.3 * cell.getExteriorRing().distance(FACTORY.createPoint(site));
      Coordinate[] hole = new Coordinate[13];
      for (int k = 0; k < 12; k++) {
        double angle = -2 * Math.PI * k / 12;
        hole[k] = new Coordinate(site.x + r * Math.cos(angle), site.y + r * Math.sin(angle));
      }
      hole[12] = hole[0];
      return FACTORY.createPolygon(shell, new LinearRing[] {FACTORY.createLinearRing(hole)});
    }
    return FACTORY.createPolygon(shell);
  }

  private static Coordinate scaled(Coordinate c, Coordinate site, double factor) {
    if (factor == 1.0 || site == null) {
      return c;
    }
    return new Coordinate(site.x + (c.x - site.x) * factor, site.y + (c.y - site.y) * factor);
  }

  /** {@code count} households uniformly over the groups' square and a 2 % margin around it, as x and y arrays. */
  static double[][] households(int count, int groups, long seed) {
    Random random = new Random(seed);
    double extent = extent(groups);
    double[] xs = new double[count];
    double[] ys = new double[count];
    for (int i = 0; i < count; i++) {
      xs[i] = ORIGIN_X - 0.02 * extent + random.nextDouble() * 1.04 * extent;
      ys[i] = ORIGIN_Y - 0.02 * extent + random.nextDouble() * 1.04 * extent;
    }
    return new double[][] {xs, ys};
  }
}
