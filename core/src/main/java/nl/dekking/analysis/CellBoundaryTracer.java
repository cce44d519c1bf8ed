package nl.dekking.analysis;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.locationtech.jts.geom.Coordinate;
import org.locationtech.jts.geom.Geometry;
import org.locationtech.jts.geom.GeometryFactory;
import org.locationtech.jts.geom.LinearRing;
import org.locationtech.jts.geom.Polygon;

/**
 * The union of a {@link CellGrid}'s held cells as valid polygons, by tracing the raster's boundary instead of
 * unioning cells or row runs (which cost an overlay of every piece).
 *
 * <p>Algorithm: held cells are labelled by 4-connected component (union–find, the lowest cell its root). Every
 * edge between a held and an unheld cell (off-grid cells are unheld) is walked once, directed with the held cell on
 * its left, and the walks chained into rings: at each vertex the walk turns left if it can, else goes straight,
 * else turns right, so it hugs the held cell it follows. At a saddle vertex (two held cells that touch only at a
 * corner) that keeps the two cells' boundaries apart, so held cells meet only through edges, as their components
 * are 4-connected. A walk that comes back to a saddle vertex it passed before (a component that curls round and
 * touches itself at a corner) is cut there into two rings that touch at that point, as JTS requires of a shell and
 * a hole. Only corners are kept (no vertex in the middle of a straight run). Rings that wind counter-clockwise
 * are shells, clockwise ones holes; every ring belongs to the component of the held cells on its left, and each
 * component has exactly one shell. The result is one {@link Polygon} per component (shell and holes; rings of
 * different components, and holes of one, may touch at a point), a {@code MultiPolygon} when there are several,
 * valid for {@code IsValidOp}, the same point set as the union of the held cells, with vertices at exactly the
 * coordinates x0 + i·cell, y0 + j·cell. {@link #buffer} offsets the rings by a margin directly, which is JTS's buffer
 * of that union without its noding and overlay.
 *
 * <p>O(cells of the grid + boundary edges); allocates an {@code int} per cell. Not thread-safe; one instance per
 * grid.
 */
final class CellBoundaryTracer {

  private static final int EAST = 0;
  private static final int NORTH = 1;
  private static final int WEST = 2;
  private static final int SOUTH = 3;
  private static final int[] STEP_X = {1, 0, -1, 0};
  private static final int[] STEP_Y = {0, 1, 0, -1};
  /** The cell ahead and to the left of a walk arriving at a vertex, per direction, relative to the vertex. */
  private static final int[] LEFT_X = {0, -1, -1, 0};
  private static final int[] LEFT_Y = {0, 0, -1, -1};
  /** The cell ahead and to the right. */
  private static final int[] RIGHT_X = {0, 0, -1, -1};
  private static final int[] RIGHT_Y = {-1, 0, 0, -1};

  private final CellGrid grid;
  private final GeometryFactory factory;
  /** The margin the rings are offset by when {@link #offset}. */
  private final double margin;
  private final int quadrantSegments;
  /** Whether each ring is emitted offset by the margin rather than as traced. */
  private boolean offset;
  private final int width;
  private final int height;
  /** Per held cell, its component's root (the component's lowest cell index); unheld cells are not used. */
  private final int[] root;
  /** Horizontal edges walked, index y · width + x for the edge from vertex (x, y) to (x + 1, y). */
  private final boolean[] walked;
  /** Saddle vertices, y · (width + 1) + x, ascending. */
  private int[] saddles = new int[16];
  private int saddleCount;
  /** Per saddle, the ring that last visited it and where its corner then stood in {@link #cornerX}. */
  private int[] saddleRing;
  private int[] saddleCorner;
  private int ring;
  private int[] cornerX = new int[64];
  private int[] cornerY = new int[64];
  private int corners;
  private final Map<Integer, Part> parts = new HashMap<>();
  private final List<Part> order = new ArrayList<>();

  /** The shell and holes of one component. */
  private static final class Part {
    LinearRing shell;
    final List<LinearRing> holes = new ArrayList<>();
  }

  private CellBoundaryTracer(CellGrid grid, GeometryFactory factory, double margin, int quadrantSegments) {
    this.grid = grid;
    this.factory = factory;
    this.margin = margin;
    this.quadrantSegments = quadrantSegments;
    this.width = grid.width();
    this.height = grid.height();
    this.root = new int[width * height];
    this.walked = new boolean[width * (height + 1)];
  }

  /**
   * The union of the grid's held cells: a polygon, a multipolygon of components touching at most at points, or
   * an empty polygon when no cell is held.
   */
  static Geometry trace(CellGrid grid, GeometryFactory factory) {
    return new CellBoundaryTracer(grid, factory, 0, 1).run();
  }

  /**
   * The union of the grid's held cells buffered by {@code margin} with round corners of {@code quadrantSegments}
   * segments per quarter circle: the same point set as {@code trace(grid, factory).buffer(margin,
   * quadrantSegments)}, up to rounding. When the margin is under half a cell (as for gap clusters: 10 m against
   * cells of 50 m), each ring is offset directly, without JTS's noding and overlay: its edges moved out by the
   * margin, at a convex corner the same arc as JTS's round join, at a concave one the offset edges' crossing.
   * Rings then follow 8-connected components (a walk at a saddle vertex turns right, to the diagonal cell), because
   * the buffer fills the disc around a saddle: the union of the two cells' buffers there has only the two concave
   * corners at ±(margin, −margin) or ±(margin, margin) from it, which is what the offset of a right turn gives. All
   * other parts of rings lie at least a cell apart, so no offset ring meets another or itself. With a margin of
   * half a cell or more, the traced polygons are buffered by JTS.
   */
  static Geometry buffer(CellGrid grid, double margin, int quadrantSegments, GeometryFactory factory) {
    if (!(margin >= 0) || !Double.isFinite(margin) || quadrantSegments < 1) {
      throw new IllegalArgumentException("a buffer of traced cells needs a finite margin >= 0 and at least one"
          + " segment per quarter circle, was margin " + margin + " and " + quadrantSegments + " segments");
    }
    CellBoundaryTracer tracer = new CellBoundaryTracer(grid, factory, margin, quadrantSegments);
    Geometry traced = tracer.run();
    return tracer.offset || margin == 0 ? traced : traced.buffer(margin, quadrantSegments);
  }

  private Geometry run() {
    offset = margin > 0 && 2 * margin < grid.cell();
    label();
    saddleRing = new int[saddleCount];
    saddleCorner = new int[saddleCount];
    for (int y = 0; y <= height; y++) {
      for (int x = 0; x < width; x++) {
        if (walked[y * width + x]) {
          continue;
        }
        boolean above = grid.isHeld(x, y);
        if (above != grid.isHeld(x, y - 1)) {
          int cell = above ? y * width + x : (y - 1) * width + x;
          walk(above ? x : x + 1, y, above ? EAST : WEST, root[cell]);
        }
      }
    }
    Polygon[] polygons = new Polygon[order.size()];
    for (int p = 0; p < polygons.length; p++) {
      Part part = order.get(p);
      polygons[p] = factory.createPolygon(part.shell, part.holes.toArray(new LinearRing[0]));
    }
    if (polygons.length == 0) {
      return factory.createPolygon();
    }
    return polygons.length == 1 ? polygons[0] : factory.createMultiPolygon(polygons);
  }

  /** Roots of the 4-connected components, and the saddle vertices in ascending order. */
  private void label() {
    boolean[] held = grid.held();
    for (int y = 0; y < height; y++) {
      for (int x = 0; x < width; x++) {
        int k = y * width + x;
        if (held[k]) {
          root[k] = k;
          if (x > 0 && held[k - 1]) {
            union(k - 1, k);
          }
          if (y > 0 && held[k - width]) {
            union(k - width, k);
          }
          // offset rings follow 8-connected components (see buffer)
          if (offset && y > 0 && x > 0 && held[k - width - 1]) {
            union(k - width - 1, k);
          }
          if (offset && y > 0 && x + 1 < width && held[k - width + 1]) {
            union(k - width + 1, k);
          }
        }
        // the vertex at this cell's upper right corner; those on the grid's edge have an off-grid cell on two
        // sides and are never saddles
        if (x + 1 < width && y + 1 < height) {
          boolean sw = held[k];
          boolean ne = held[k + width + 1];
          if (sw == ne && held[k + 1] == held[k + width] && sw != held[k + 1]) {
            if (saddleCount == saddles.length) {
              saddles = Arrays.copyOf(saddles, saddleCount * 2);
            }
            saddles[saddleCount++] = (y + 1) * (width + 1) + x + 1;
          }
        }
      }
    }
    // every cell straight to its root (parents are never above the cell, so ascending order suffices)
    for (int k = 0; k < root.length; k++) {
      if (held[k]) {
        root[k] = root[root[k]];
      }
    }
  }

  private int find(int k) {
    while (root[k] != k) {
      root[k] = root[root[k]];
      k = root[k];
    }
    return k;
  }

  private void union(int a, int b) {
    int ra = find(a);
    int rb = find(b);
    if (ra < rb) {
      root[rb] = ra;
    } else if (rb < ra) {
      root[ra] = rb;
    }
  }

  /** Walks the ring that starts with the edge from vertex (x, y) in direction d, its held cells of this root. */
  private void walk(int startX, int startY, int startDirection, int component) {
    ring++;
    corners = 0;
    int x = startX;
    int y = startY;
    int d = startDirection;
    do {
      if (d == EAST) {
        walked[y * width + x] = true;
      } else if (d == WEST) {
        walked[y * width + x - 1] = true;
      }
      x += STEP_X[d];
      y += STEP_Y[d];
      int next;
      boolean left = grid.isHeld(x + LEFT_X[d], y + LEFT_Y[d]);
      boolean right = grid.isHeld(x + RIGHT_X[d], y + RIGHT_Y[d]);
      if (right && (left || offset)) {
        // at a saddle (right held, left not) an offset ring crosses over to the diagonal cell
        next = (d + 3) & 3;
      } else if (left) {
        next = d;
      } else {
        next = (d + 1) & 3;
      }
      if (next != d) {
        corner(x, y, component);
      }
      d = next;
    } while (x != startX || y != startY || d != startDirection);
    emit(0, component);
  }

  /** Adds a corner; back at a saddle passed before in this ring, the loop since then is cut off as a ring. */
  private void corner(int x, int y, int component) {
    int s = saddleCount == 0 || offset ? -1 : Arrays.binarySearch(saddles, 0, saddleCount, y * (width + 1) + x);
    if (s >= 0) {
      int at = saddleCorner[s];
      if (saddleRing[s] == ring && at < corners && cornerX[at] == x && cornerY[at] == y) {
        emit(at, component);
        corners = at + 1;
        return;
      }
      saddleRing[s] = ring;
      saddleCorner[s] = corners;
    }
    if (corners == cornerX.length) {
      cornerX = Arrays.copyOf(cornerX, corners * 2);
      cornerY = Arrays.copyOf(cornerY, corners * 2);
    }
    cornerX[corners] = x;
    cornerY[corners] = y;
    corners++;
  }

  /**
   * The corners from {@code from} on as a closed ring (offset by the margin when {@link #offset}), a shell or a
   * hole of the component by its winding.
   */
  private void emit(int from, int component) {
    int n = corners - from;
    long twiceArea = 0;
    for (int k = 0; k < n; k++) {
      int b = from + (k + 1) % n;
      twiceArea += (long) cornerX[from + k] * cornerY[b] - (long) cornerX[b] * cornerY[from + k];
    }
    LinearRing linearRing = factory.createLinearRing(offset
        ? RectilinearOffset.ring(cornerX, cornerY, from, n, grid, margin, quadrantSegments) : ring(from, n));
    Part part = parts.get(component);
    if (part == null) {
      part = new Part();
      parts.put(component, part);
      order.add(part);
    }
    if (twiceArea > 0) {
      part.shell = linearRing;
    } else {
      part.holes.add(linearRing);
    }
  }

  /** The corners from {@code from} on, n of them, as a closed ring. */
  private Coordinate[] ring(int from, int n) {
    Coordinate[] coords = new Coordinate[n + 1];
    for (int k = 0; k < n; k++) {
      coords[k] = new Coordinate(grid.x0() + cornerX[from + k] * grid.cell(),
          grid.y0() + cornerY[from + k] * grid.cell());
    }
    coords[n] = coords[0].copy();
    return coords;
  }
}
