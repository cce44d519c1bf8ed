package nl.dekking.analysis;

import java.util.ArrayList;
import java.util.List;
import org.locationtech.jts.geom.Coordinate;

/**
 * Offsets a rectilinear ring of grid corners outwards, as JTS's buffer with round joins would, without the buffer:
 * the outline of a large gap cluster traced from its raster ({@link CellBoundaryTracer#buffer}). Stateless.
 */
final class RectilinearOffset {

  private RectilinearOffset() {
  }

  /**
   * The ring of grid corners {@code (cornerX[k], cornerY[k])} from {@code from} on, n of them, moved out (to the
   * right of the walk, away from the held cells) by the margin: a convex corner (a left turn) becomes a quarter arc
   * of {@code quadrantSegments} segments from the incoming edge's offset to the outgoing one's, as JTS's round join;
   * a concave corner (a right turn) the point where the two offset edges cross.
   */
  static Coordinate[] ring(int[] cornerX, int[] cornerY, int from, int n, CellGrid grid, double margin,
      int quadrantSegments) {
    List<Coordinate> out = new ArrayList<>(n * (quadrantSegments + 1) + 1);
    double step = Math.PI / 2 / quadrantSegments;
    for (int k = 0; k < n; k++) {
      int p = from + (k + n - 1) % n;
      int c = from + k;
      int q = from + (k + 1) % n;
      int inX = Integer.signum(cornerX[c] - cornerX[p]);
      int inY = Integer.signum(cornerY[c] - cornerY[p]);
      int outX = Integer.signum(cornerX[q] - cornerX[c]);
      int outY = Integer.signum(cornerY[q] - cornerY[c]);
      // the outward normals (to the right) of the incoming and outgoing edges
      int normalInX = inY;
      int normalInY = -inX;
      int normalOutX = outY;
      int normalOutY = -outX;
      double x = grid.x0() + cornerX[c] * grid.cell();
      double y = grid.y0() + cornerY[c] * grid.cell();
      if (inX * outY - inY * outX > 0) {
        out.add(new Coordinate(x + margin * normalInX, y + margin * normalInY));
        double start = Math.atan2(normalInY, normalInX);
        for (int i = 1; i < quadrantSegments; i++) {
          double angle = start + i * step;
          out.add(new Coordinate(x + margin * Math.cos(angle), y + margin * Math.sin(angle)));
        }
        out.add(new Coordinate(x + margin * normalOutX, y + margin * normalOutY));
      } else {
        out.add(new Coordinate(x + margin * (normalInX + normalOutX), y + margin * (normalInY + normalOutY)));
      }
    }
    out.add(out.get(0).copy());
    return out.toArray(new Coordinate[0]);
  }
}
