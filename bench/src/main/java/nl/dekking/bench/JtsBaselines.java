package nl.dekking.bench;

import java.util.List;
import org.locationtech.jts.algorithm.locate.IndexedPointInAreaLocator;
import org.locationtech.jts.geom.Coordinate;
import org.locationtech.jts.geom.Envelope;
import org.locationtech.jts.geom.Geometry;
import org.locationtech.jts.geom.GeometryFactory;
import org.locationtech.jts.geom.Location;
import org.locationtech.jts.geom.Point;
import org.locationtech.jts.geom.prep.PreparedGeometry;
import org.locationtech.jts.geom.prep.PreparedGeometryFactory;
import org.locationtech.jts.index.hprtree.HPRtree;
import org.locationtech.jts.index.strtree.STRtree;
import nl.dekking.index.CoverageMap;
import nl.dekking.model.Group;

/**
 * The JTS baselines, written the way a careful JTS user would: areas repaired as Dekking repairs them, indexes
 * and prepared geometries built eagerly, and the lowest covering ordinal found without the interior test (the
 * lowest covering group is the answer under Dekking's shared-boundary rule either way). Each is thread-safe
 * once built.
 */
final class JtsBaselines {

  private static final GeometryFactory FACTORY = new GeometryFactory();

  private JtsBaselines() {
  }

  /** The groups' areas as the index uses them. */
  static Geometry[] areas(List<Group> groups) {
    Geometry[] areas = new Geometry[groups.size()];
    for (int i = 0; i < areas.length; i++) {
      areas[i] = CoverageMap.analysedArea(groups.get(i).area());
    }
    return areas;
  }

  static PreparedGeometry[] prepare(Geometry[] areas) {
    PreparedGeometry[] prepared = new PreparedGeometry[areas.length];
    for (int i = 0; i < areas.length; i++) {
      prepared[i] = PreparedGeometryFactory.prepare(areas[i]);
      Envelope e = areas[i].getEnvelopeInternal();
      prepared[i].covers(FACTORY.createPoint(new Coordinate(e.getMinX(), e.getMinY()))); // build its index now
    }
    return prepared;
  }

  /** Scans every group. */
  static final class NaivePrepared implements PointLocator {
    private final PreparedGeometry[] prepared;
    private final Envelope[] envelopes;

    NaivePrepared(Geometry[] areas) {
      prepared = prepare(areas);
      envelopes = new Envelope[areas.length];
      for (int i = 0; i < areas.length; i++) {
        envelopes[i] = areas[i].getEnvelopeInternal();
      }
    }

    @Override
    public int locate(double x, double y) {
      Point p = null;
      for (int g = 0; g < prepared.length; g++) {
        if (envelopes[g].covers(x, y)) {
          if (p == null) {
            p = FACTORY.createPoint(new Coordinate(x, y));
          }
          if (prepared[g].covers(p)) {
            return g;
          }
        }
      }
      return -1;
    }
  }

  /** STRtree of envelopes plus prepared geometries; also the exactness reference of the benchmarks. */
  static final class StrTreePrepared implements PointLocator {
    private final STRtree tree = new STRtree();
    private final PreparedGeometry[] prepared;

    StrTreePrepared(Geometry[] areas) {
      prepared = prepare(areas);
      for (int i = 0; i < areas.length; i++) {
        tree.insert(areas[i].getEnvelopeInternal(), i);
      }
      tree.build();
    }

    @Override
    public int locate(double x, double y) {
      List<?> candidates = tree.query(new Envelope(x, x, y, y));
      if (candidates.isEmpty()) {
        return -1;
      }
      Point p = FACTORY.createPoint(new Coordinate(x, y));
      int best = -1;
      for (Object o : candidates) {
        int g = (Integer) o;
        if ((best < 0 || g < best) && prepared[g].covers(p)) {
          best = g;
        }
      }
      return best;
    }

    /**
     * The lowest covering ordinal and how many groups cover the point under the shared-boundary rule, packed as
     * {@code count << 32 | (first + 1)}.
     */
    long locateCounted(double x, double y) {
      List<?> candidates = tree.query(new Envelope(x, x, y, y));
      if (candidates.isEmpty()) {
        return 0;
      }
      Point p = FACTORY.createPoint(new Coordinate(x, y));
      int best = -1;
      int count = 0;
      boolean interior = false;
      for (Object o : candidates) {
        int g = (Integer) o;
        if (prepared[g].covers(p)) {
          count++;
          best = best < 0 ? g : Math.min(best, g);
          if (!interior && candidates.size() > 1) {
            interior = prepared[g].contains(p);
          }
        }
      }
      if (count > 1 && !interior) {
        count = 1;
      }
      return ((long) count << 32) | (best + 1);
    }
  }

  /** HPRtree of envelopes plus an indexed point-in-area locator per group. */
  static final class HprTreeIndexed implements PointLocator {
    private final HPRtree tree = new HPRtree();
    private final IndexedPointInAreaLocator[] locators;

    HprTreeIndexed(Geometry[] areas) {
      locators = new IndexedPointInAreaLocator[areas.length];
      for (int i = 0; i < areas.length; i++) {
        tree.insert(areas[i].getEnvelopeInternal(), i);
        locators[i] = new IndexedPointInAreaLocator(areas[i]);
        Envelope e = areas[i].getEnvelopeInternal();
        locators[i].locate(new Coordinate(e.getMinX(), e.getMinY()));
      }
      tree.build();
    }

    @Override
    public int locate(double x, double y) {
      Coordinate p = new Coordinate(x, y);
      int[] best = {-1};
      tree.query(new Envelope(x, x, y, y), item -> {
        int g = (Integer) item;
        if ((best[0] < 0 || g < best[0]) && locators[g].locate(p) != Location.EXTERIOR) {
          best[0] = g;
        }
      });
      return best[0];
    }
  }
}
