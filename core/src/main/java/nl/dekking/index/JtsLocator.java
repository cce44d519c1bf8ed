package nl.dekking.index;

import java.util.Arrays;
import java.util.function.IntConsumer;
import org.locationtech.jts.algorithm.locate.IndexedPointInAreaLocator;
import org.locationtech.jts.geom.Coordinate;
import org.locationtech.jts.geom.Envelope;
import org.locationtech.jts.geom.Geometry;
import org.locationtech.jts.geom.Location;
import org.locationtech.jts.index.hprtree.HPRtree;

/**
 * The JTS reference implementation, kept to check {@link CellTreeLocator} against: an {@link HPRtree} of the groups' envelopes and an
 * {@link IndexedPointInAreaLocator} per group. Thread-safe once built: the tree is built eagerly and each
 * locator's lazily built index is initialised here, before the index is shared.
 */
final class JtsLocator implements CoverageIndex.Locator {

  private final HPRtree tree = new HPRtree();
  private final IndexedPointInAreaLocator[] locators;

  JtsLocator(Geometry[] areas) {
    locators = new IndexedPointInAreaLocator[areas.length];
    Coordinate warm = new Coordinate();
    for (int i = 0; i < areas.length; i++) {
      tree.insert(areas[i].getEnvelopeInternal(), i);
      locators[i] = new IndexedPointInAreaLocator(areas[i]);
      Envelope e = areas[i].getEnvelopeInternal();
      warm.x = e.getMinX();
      warm.y = e.getMinY();
      locators[i].locate(warm); // builds the locator's index now, not racily on first use
    }
    tree.build();
  }

  @Override
  public int first(double x, double y) {
    int[] out = new int[locators.length];
    int n = all(x, y, out);
    return n == 0 ? CoverageIndex.NONE : out[0];
  }

  @Override
  public void forEach(double x, double y, IntConsumer visitor) {
    int[] out = new int[locators.length];
    int n = all(x, y, out);
    for (int i = 0; i < n; i++) {
      visitor.accept(out[i]);
    }
  }

  @Override
  public int all(double x, double y, int[] out) {
    Coordinate p = new Coordinate(x, y);
    int[] interior = {0};
    int[] boundaryCount = {0};
    int[] boundary = new int[8];
    int[][] boundaryRef = {boundary};
    tree.query(new Envelope(x, x, y, y), item -> {
      int g = (Integer) item;
      int loc = locators[g].locate(p);
      if (loc == Location.INTERIOR) {
        out[interior[0]++] = g;
      } else if (loc == Location.BOUNDARY) {
        if (boundaryCount[0] == boundaryRef[0].length) {
          boundaryRef[0] = Arrays.copyOf(boundaryRef[0], boundaryRef[0].length * 2);
        }
        boundaryRef[0][boundaryCount[0]++] = g;
      }
    });
    int n = interior[0];
    int b = boundaryCount[0];
    if (n == 0) {
      if (b == 0) {
        return 0;
      }
      // in no interior, on one or more boundaries: exactly one group, the lowest ordinal (the first id)
      int min = Integer.MAX_VALUE;
      for (int i = 0; i < b; i++) {
        min = Math.min(min, boundaryRef[0][i]);
      }
      out[0] = min;
      return 1;
    }
    for (int i = 0; i < b; i++) {
      out[n++] = boundaryRef[0][i];
    }
    Arrays.sort(out, 0, n);
    return n;
  }
}
