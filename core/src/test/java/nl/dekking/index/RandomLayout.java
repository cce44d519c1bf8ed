package nl.dekking.index;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Random;
import java.util.Set;
import nl.dekking.model.Group;
import org.locationtech.jts.geom.Coordinate;
import org.locationtech.jts.geom.Geometry;
import org.locationtech.jts.geom.GeometryFactory;
import org.locationtech.jts.geom.LinearRing;
import org.locationtech.jts.geom.Polygon;

/**
 * Seeded random group layouts on a 1 m grid near RD x 190000, y 550000, and query points on the half-metre grid,
 * so that points exactly on vertices and on (also diagonal) edges are common. A layout mixes a tiling of
 * rectangles (shared edges, T-junctions), polygons with holes, multipolygons, overlapping and star-shaped areas,
 * and random quadrilaterals that may be bow-ties or have no area at all.
 */
final class RandomLayout {

  static final double X0 = 190_000;
  static final double Y0 = 550_000;
  private static final GeometryFactory FACTORY = new GeometryFactory();

  private final Random random;
  private final int width;
  private final int height;
  private final List<Group> groups = new ArrayList<>();
  private final Set<String> ids = new HashSet<>();

  private RandomLayout(long seed) {
    this.random = new Random(seed);
    this.width = 4 + random.nextInt(28);
    this.height = 4 + random.nextInt(28);
  }

  /** A layout of 1 to about 14 groups. */
  static List<Group> groups(long seed) {
    RandomLayout layout = new RandomLayout(seed);
    layout.fill();
    return layout.groups;
  }

  /** Query points for these groups: every vertex, every edge midpoint, random half-grid points, random reals. */
  static List<double[]> points(long seed, List<Group> groups, int randomCount) {
    Random random = new Random(seed ^ 0x5DEECE66DL);
    List<double[]> points = new ArrayList<>();
    double maxX = X0;
    double maxY = Y0;
    for (Group g : groups) {
      Coordinate[] cs = g.area().getCoordinates();
      for (int i = 0; i < cs.length; i++) {
        points.add(new double[] {cs[i].x, cs[i].y});
        if (i + 1 < cs.length) {
          points.add(new double[] {(cs[i].x + cs[i + 1].x) / 2, (cs[i].y + cs[i + 1].y) / 2});
        }
        maxX = Math.max(maxX, cs[i].x);
        maxY = Math.max(maxY, cs[i].y);
      }
    }
    int w = (int) (maxX - X0) + 2;
    int h = (int) (maxY - Y0) + 2;
    for (int i = 0; i < randomCount; i++) {
      points.add(new double[] {X0 - 1 + random.nextInt(2 * w + 2) * 0.5, Y0 - 1 + random.nextInt(2 * h + 2) * 0.5});
      points.add(new double[] {X0 - 1 + random.nextDouble() * (w + 1), Y0 - 1 + random.nextDouble() * (h + 1)});
    }
    return points;
  }

  private void fill() {
    int kinds = 1 + random.nextInt(5);
    for (int k = 0; k < kinds; k++) {
      switch (random.nextInt(6)) {
        case 0, 1 -> tiling();
        case 2 -> add(withHole());
        case 3 -> add(multi());
        case 4 -> add(star());
        default -> add(quadrilateral());
      }
    }
  }

  /** Cuts a rectangle into pieces by random guillotine cuts; most pieces become groups. */
  private void tiling() {
    List<int[]> pieces = new ArrayList<>();
    pieces.add(new int[] {0, 0, width, height});
    int cuts = 1 + random.nextInt(6);
    for (int c = 0; c < cuts; c++) {
      int[] p = pieces.remove(random.nextInt(pieces.size()));
      boolean vertical = random.nextBoolean();
      int span = vertical ? p[2] - p[0] : p[3] - p[1];
      if (span < 2) {
        pieces.add(p);
        continue;
      }
      int at = (vertical ? p[0] : p[1]) + 1 + random.nextInt(span - 1);
      pieces.add(vertical ? new int[] {p[0], p[1], at, p[3]} : new int[] {p[0], p[1], p[2], at});
      pieces.add(vertical ? new int[] {at, p[1], p[2], p[3]} : new int[] {p[0], at, p[2], p[3]});
    }
    for (int[] p : pieces) {
      if (random.nextInt(5) > 0) {
        add(rectangle(p[0], p[1], p[2], p[3]));
      }
    }
  }

  private Geometry withHole() {
    int x0 = random.nextInt(width - 3);
    int y0 = random.nextInt(height - 3);
    int x1 = x0 + 3 + random.nextInt(width - x0 - 2);
    int y1 = y0 + 3 + random.nextInt(height - y0 - 2);
    int hx0 = x0 + 1 + random.nextInt(x1 - x0 - 2);
    int hy0 = y0 + 1 + random.nextInt(y1 - y0 - 2);
    int hx1 = hx0 + 1 + random.nextInt(x1 - hx0 - 1);
    int hy1 = hy0 + 1 + random.nextInt(y1 - hy0 - 1);
    // a hole may touch the shell: then the polygon is invalid and GeometryFixer decides
    return FACTORY.createPolygon(ring(x0, y0, x1, y0, x1, y1, x0, y1), new LinearRing[] {
        ring(hx0, hy0, hx0, hy1, hx1, hy1, hx1, hy0)});
  }

  private Geometry multi() {
    Polygon a = randomRectangle();
    Polygon b = randomRectangle();
    return FACTORY.createMultiPolygon(new Polygon[] {a, b});
  }

  private Geometry star() {
    double cx = random.nextInt(width + 1);
    double cy = random.nextInt(height + 1);
    int n = 3 + random.nextInt(9);
    List<Coordinate> cs = new ArrayList<>();
    for (int i = 0; i < n; i++) {
      double angle = 2 * Math.PI * i / n;
      double r = 1 + random.nextInt(Math.max(1, Math.min(width, height) / 2));
      cs.add(grid(cx + Math.rint(r * Math.cos(angle)), cy + Math.rint(r * Math.sin(angle))));
    }
    cs.add(cs.get(0));
    return FACTORY.createPolygon(cs.toArray(new Coordinate[0]));
  }

  private Geometry quadrilateral() {
    int[] v = new int[8];
    for (int i = 0; i < 8; i += 2) {
      v[i] = random.nextInt(width + 1);
      v[i + 1] = random.nextInt(height + 1);
    }
    return FACTORY.createPolygon(ring(v));
  }

  private Polygon randomRectangle() {
    int x0 = random.nextInt(width);
    int y0 = random.nextInt(height);
    return rectangle(x0, y0, x0 + 1 + random.nextInt(width - x0), y0 + 1 + random.nextInt(height - y0));
  }

  private static Polygon rectangle(int x0, int y0, int x1, int y1) {
    return FACTORY.createPolygon(ring(x0, y0, x1, y0, x1, y1, x0, y1));
  }

  private static LinearRing ring(int... xy) {
    Coordinate[] cs = new Coordinate[xy.length / 2 + 1];
    for (int i = 0; i < xy.length; i += 2) {
      cs[i / 2] = grid(xy[i], xy[i + 1]);
    }
    cs[cs.length - 1] = cs[0];
    return FACTORY.createLinearRing(cs);
  }

  private static Coordinate grid(double gx, double gy) {
    return new Coordinate(X0 + gx, Y0 + gy);
  }

  private void add(Geometry area) {
    String id;
    do {
      id = Character.toString('a' + random.nextInt(6)) + random.nextInt(100);
    } while (!ids.add(id));
    groups.add(Group.of(id, id, area));
  }
}
