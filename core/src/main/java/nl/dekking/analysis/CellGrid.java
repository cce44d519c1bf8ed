package nl.dekking.analysis;

import static java.util.Objects.requireNonNull;

import org.locationtech.jts.geom.Coordinate;

/**
 * A raster of square cells, each held or not: cell (x, y) covers [x0 + x·cell, x0 + (x+1)·cell] ×
 * [y0 + y·cell, y0 + (y+1)·cell], RD New metres, and is held when {@code held[y · width + x]}. The raster a large
 * gap cluster is outlined from ({@link #closed}); {@link CellBoundaryTracer} turns its held cells into polygons.
 * The array is shared, not copied: not thread-safe.
 *
 * @param held the cells, row by row from the lowest row, each row from the left
 * @param width cells in a row, at least 1
 * @param height rows, at least 1
 * @param x0 the left edge of the grid, m
 * @param y0 the bottom edge of the grid, m
 * @param cell the side of a cell, m
 */
record CellGrid(boolean[] held, int width, int height, double x0, double y0, double cell) {

  CellGrid {
    requireNonNull(held, "held");
    if (width < 1 || height < 1 || held.length != (long) width * height) {
      throw new IllegalArgumentException("a cell grid needs width x height >= 1 cell states, was " + held.length
          + " states for " + width + " x " + height + " cells");
    }
    if (!(cell > 0) || !Double.isFinite(cell) || !Double.isFinite(x0) || !Double.isFinite(y0)) {
      throw new IllegalArgumentException("a cell grid needs a finite origin and a cell side above 0, was origin "
          + x0 + ", " + y0 + " and side " + cell);
    }
  }

  /** Whether cell (x, y) is held; a cell off the grid never is. */
  boolean isHeld(int x, int y) {
    return x >= 0 && y >= 0 && x < width && y < height && held[y * width + x];
  }

  /**
   * The cells of this side that hold a point, closed by one cell (a gap of up to two empty cells between held
   * ones is filled: a 3 × 3 dilation, then erosion, and the held cells kept), with at least one empty cell on every
   * side of the grid. O(points + cells of the envelope).
   *
   * @param pts at least one point
   */
  static CellGrid closed(Coordinate[] pts, double cell) {
    if (pts.length == 0) {
      throw new IllegalArgumentException("a closed cell grid needs at least one point, was none");
    }
    double minX = Double.POSITIVE_INFINITY;
    double minY = Double.POSITIVE_INFINITY;
    double maxX = Double.NEGATIVE_INFINITY;
    double maxY = Double.NEGATIVE_INFINITY;
    for (Coordinate c : pts) {
      minX = Math.min(minX, c.x);
      minY = Math.min(minY, c.y);
      maxX = Math.max(maxX, c.x);
      maxY = Math.max(maxY, c.y);
    }
    // one empty cell of padding on every side, so closing never needs cells beyond the grid
    double x0 = Math.floor(minX / cell) * cell - cell;
    double y0 = Math.floor(minY / cell) * cell - cell;
    int w = (int) Math.floor((maxX - x0) / cell) + 2;
    int h = (int) Math.floor((maxY - y0) / cell) + 2;
    boolean[] held = new boolean[w * h];
    for (Coordinate c : pts) {
      int i = (int) Math.floor((c.x - x0) / cell);
      int j = (int) Math.floor((c.y - y0) / cell);
      held[j * w + i] = true;
    }
    boolean[] closed = erode(dilate(held, w, h), w, h);
    for (int k = 0; k < held.length; k++) {
      closed[k] |= held[k];
    }
    return new CellGrid(closed, w, h, x0, y0, cell);
  }

  /** Cells within one (in x and y) of a set cell. */
  private static boolean[] dilate(boolean[] in, int w, int h) {
    return pass(pass(in, w, h, 1, false), w, h, w, false);
  }

  /** Cells whose every cell within one (in x and y) is set; cells at the grid's edge are never kept. */
  private static boolean[] erode(boolean[] in, int w, int h) {
    return pass(pass(in, w, h, 1, true), w, h, w, true);
  }

  /**
   * One direction of a 3 x 3 dilation or erosion: each cell and its two neighbours {@code step} apart (1 along a
   * row, {@code w} along a column), any of them set ({@code all} false) or all three set, off-grid counting as unset.
   */
  private static boolean[] pass(boolean[] in, int w, int h, int step, boolean all) {
    boolean[] out = new boolean[in.length];
    for (int k = 0; k < in.length; k++) {
      int along = step == 1 ? k % w : k / w;
      int length = step == 1 ? w : h;
      boolean before = along > 0 && in[k - step];
      boolean after = along + 1 < length && in[k + step];
      out[k] = all ? in[k] && before && after : in[k] || before || after;
    }
    return out;
  }
}
