package nl.dekking.analysis;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import nl.dekking.crs.RdNew;
import org.junit.jupiter.api.Test;
import org.locationtech.jts.geom.Coordinate;
import org.locationtech.jts.geom.Envelope;
import org.locationtech.jts.geom.Geometry;
import org.locationtech.jts.geom.LinearRing;
import org.locationtech.jts.geom.Polygon;
import org.locationtech.jts.operation.overlayng.UnaryUnionNG;
import org.locationtech.jts.operation.valid.IsValidOp;

class CellBoundaryTracerTest {

  @Test
  void trace_singleCell_isOneSquareOfFourCorners() {
    Geometry traced = traceChecked(grid("X"));

    assertThat(traced).isInstanceOf(Polygon.class);
    assertThat(traced.getNumPoints()).isEqualTo(5);
  }

  @Test
  void trace_fullBlock_isOneRectangleWithoutMidpoints() {
    Geometry traced = traceChecked(grid(
        "XXXXX",
        "XXXXX",
        "XXXXX",
        "XXXXX"));

    assertThat(traced).isInstanceOf(Polygon.class);
    assertThat(traced.getNumPoints()).isEqualTo(5);
    assertThat(traced.getArea()).isEqualTo(20.0);
  }

  @Test
  void trace_ringOfCells_isAPolygonWithOneHole() {
    Polygon traced = (Polygon) traceChecked(grid(
        "XXX",
        "X.X",
        "XXX"));

    assertThat(traced.getNumInteriorRing()).isEqualTo(1);
    assertThat(traced.getInteriorRingN(0).getNumPoints()).isEqualTo(5);
  }

  @Test
  void trace_checkerboard_isOneSquarePerHeldCellTouchingAtCorners() {
    Geometry traced = traceChecked(grid(
        "X.X.X.",
        ".X.X.X",
        "X.X.X.",
        ".X.X.X",
        "X.X.X.",
        ".X.X.X"));

    assertThat(traced.getNumGeometries()).isEqualTo(18);
    for (int i = 0; i < traced.getNumGeometries(); i++) {
      assertThat(traced.getGeometryN(i).getNumPoints()).isEqualTo(5);
    }
  }

  @Test
  void trace_diagonalSaddles_keepsTheComponentsApart() {
    Geometry traced = traceChecked(grid(
        "X..X",
        ".XX.",
        ".XX.",
        "X..X"));

    assertThat(traced.getNumGeometries()).isEqualTo(5);
  }

  @Test
  void trace_componentTouchingItselfAtACorner_isAShellWithAHoleTouchingItAtThatPoint() {
    Polygon traced = (Polygon) traceChecked(grid(
        "XXXX",
        "X..X",
        "X.X.",
        "XXX."));

    assertThat(traced.getNumInteriorRing()).isEqualTo(1);
    assertThat(traced.getExteriorRing().intersection(traced.getInteriorRingN(0)).getNumPoints()).isEqualTo(1);
  }

  @Test
  void trace_holeOfTwoLobesTouchingAtACorner_isTwoHolesTouchingAtAPoint() {
    Polygon traced = (Polygon) traceChecked(grid(
        "XXXXXX",
        "X..XXX",
        "X..XXX",
        "XXX..X",
        "XXX..X",
        "XXXXXX"));

    assertThat(traced.getNumInteriorRing()).isEqualTo(2);
  }

  @Test
  void trace_islandInALakeInAnIslandInALake_isThreePolygonsWithTwoHoles() {
    Geometry traced = traceChecked(grid(
        "XXXXXXXXX",
        "X.......X",
        "X.XXXXX.X",
        "X.X...X.X",
        "X.X.X.X.X",
        "X.X...X.X",
        "X.XXXXX.X",
        "X.......X",
        "XXXXXXXXX"));

    assertThat(traced.getNumGeometries()).isEqualTo(3);
    int holes = 0;
    for (int i = 0; i < traced.getNumGeometries(); i++) {
      holes += ((Polygon) traced.getGeometryN(i)).getNumInteriorRing();
    }
    assertThat(holes).isEqualTo(2);
  }

  @Test
  void trace_noCellHeld_isEmpty() {
    assertThat(CellBoundaryTracer.trace(grid("...", "..."), RdNew.GEOMETRY_FACTORY).isEmpty()).isTrue();
  }

  @Test
  void trace_randomRastersUpToTheGridEdge_equalsTheUnionOfTheirCells() {
    for (long seed = 1; seed <= 300; seed++) {
      Random random = new Random(seed);
      int w = 1 + random.nextInt(24);
      int h = 1 + random.nextInt(24);
      double density = 0.2 + random.nextDouble() * 0.6;
      boolean[] held = new boolean[w * h];
      for (int k = 0; k < held.length; k++) {
        held[k] = random.nextDouble() < density;
      }
      // RD New sized coordinates and a cell side that is not a power of two
      traceChecked(new CellGrid(held, w, h, 150_000 + random.nextInt(1000) * 37.5, 450_000 - 12.5, 37.5));
    }
  }

  @Test
  void trace_closedRastersOfScatteredStreets_equalsTheUnionOfTheirCellsAndTheOldRowRunUnion() {
    for (long seed = 1; seed <= 40; seed++) {
      Random random = new Random(seed);
      List<Coordinate> pts = new ArrayList<>();
      for (int s = 0; s < 30; s++) {
        double cx = 150_000 + random.nextDouble() * 3_000;
        double cy = 450_000 + random.nextDouble() * 3_000;
        for (int i = 0; i < 40; i++) {
          pts.add(new Coordinate(cx + random.nextGaussian() * 80, cy + random.nextGaussian() * 80));
        }
      }
      CellGrid closed = CellGrid.closed(pts.toArray(new Coordinate[0]), 50);

      Geometry traced = traceChecked(closed);

      assertThat(traced.equalsTopo(RowRunUnion.union(closed))).as("seed %d", seed).isTrue();
    }
  }

  @Test
  void buffer_rastersWithAndWithoutSaddles_equalsJtsBufferOfTheTracedPolygons() {
    int withSaddles = 0;
    for (long seed = 1; seed <= 300; seed++) {
      Random random = new Random(seed);
      CellGrid grid;
      if (seed % 2 == 0) {
        int w = 1 + random.nextInt(20);
        int h = 1 + random.nextInt(20);
        boolean[] held = new boolean[w * h];
        double density = 0.3 + random.nextDouble() * 0.6;
        for (int k = 0; k < held.length; k++) {
          held[k] = random.nextDouble() < density;
        }
        grid = new CellGrid(held, w, h, 150_000 + random.nextInt(100) * 50.0, 450_000, 50);
      } else {
        List<Coordinate> pts = new ArrayList<>();
        for (int s = 0; s < 1 + random.nextInt(12); s++) {
          double cx = 150_000 + random.nextDouble() * 2_000;
          double cy = 450_000 + random.nextDouble() * 2_000;
          for (int i = 0; i < 30; i++) {
            pts.add(new Coordinate(cx + random.nextGaussian() * 70, cy + random.nextGaussian() * 70));
          }
        }
        grid = CellGrid.closed(pts.toArray(new Coordinate[0]), 50);
      }
      withSaddles += hasSaddle(grid) ? 1 : 0;

      Geometry buffered = CellBoundaryTracer.buffer(grid, GapClusterer.OUTLINE_MARGIN_M,
          GapClusterer.QUADRANT_SEGMENTS, RdNew.GEOMETRY_FACTORY);

      Geometry reference = CellBoundaryTracer.trace(grid, RdNew.GEOMETRY_FACTORY)
          .buffer(GapClusterer.OUTLINE_MARGIN_M, GapClusterer.QUADRANT_SEGMENTS);
      assertThat(new IsValidOp(buffered).getValidationError()).as("seed %d", seed).isNull();
      assertThat(buffered.symDifference(reference).getArea()).as("seed %d", seed).isLessThan(1e-6);
      assertThat(buffered.getArea()).as("seed %d", seed).isCloseTo(reference.getArea(), within(1e-6));
    }
    // rasters with and without saddles (two cells touching only at a corner) are both checked
    assertThat(withSaddles).isBetween(30, 270);
  }

  @Test
  void buffer_islandInALakeInAnIslandWithAMarginUnderHalfACell_isTheRoundedOffsetOfEveryRing() {
    CellGrid grid = grid(
        "XXXXXXXXX",
        "X.......X",
        "X.XXXXX.X",
        "X.X...X.X",
        "X.X.X.X.X",
        "X.X...X.X",
        "X.XXXXX.X",
        "X.......X",
        "XXXXXXXXX");

    Geometry buffered = CellBoundaryTracer.buffer(grid, 0.25, 4, RdNew.GEOMETRY_FACTORY);

    Geometry reference = CellBoundaryTracer.trace(grid, RdNew.GEOMETRY_FACTORY).buffer(0.25, 4);
    assertThat(buffered.isValid()).isTrue();
    assertThat(buffered.getNumGeometries()).isEqualTo(3);
    assertThat(buffered.symDifference(reference).getArea()).isLessThan(1e-9);
  }

  @Test
  void buffer_diagonalSaddlesAndACornerTouchingHole_fillsTheDiscAroundEachSaddle() {
    CellGrid grid = grid(
        "X..X.XXXX",
        ".XX..X..X",
        ".XX..X.X.",
        "X..X.XXX.");

    Geometry buffered = CellBoundaryTracer.buffer(grid, 0.25, 4, RdNew.GEOMETRY_FACTORY);

    Geometry reference = CellBoundaryTracer.trace(grid, RdNew.GEOMETRY_FACTORY).buffer(0.25, 4);
    assertThat(buffered.isValid()).isTrue();
    assertThat(buffered.symDifference(reference).getArea()).isLessThan(1e-9);
  }

  @Test
  void buffer_marginOfHalfACellOrMore_isJtsBufferOfTheTrace() {
    CellGrid grid = grid(
        "XX.X",
        "X..X",
        "XXXX");

    Geometry buffered = CellBoundaryTracer.buffer(grid, 0.5, 4, RdNew.GEOMETRY_FACTORY);

    assertThat(buffered.equalsExact(CellBoundaryTracer.trace(grid, RdNew.GEOMETRY_FACTORY).buffer(0.5, 4)))
        .isTrue();
  }

  @Test
  void buffer_negativeMargin_isRejected() {
    assertThatThrownBy(() -> CellBoundaryTracer.buffer(grid("X"), -1, 4, RdNew.GEOMETRY_FACTORY))
        .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("margin -1.0");
  }

  private static boolean hasSaddle(CellGrid grid) {
    for (int y = 0; y + 1 < grid.height(); y++) {
      for (int x = 0; x + 1 < grid.width(); x++) {
        boolean sw = grid.isHeld(x, y);
        if (sw == grid.isHeld(x + 1, y + 1) && grid.isHeld(x + 1, y) == grid.isHeld(x, y + 1)
            && sw != grid.isHeld(x + 1, y)) {
          return true;
        }
      }
    }
    return false;
  }

  /** Traces the grid and checks what every trace must be: valid, the cells' union, corners only. */
  private static Geometry traceChecked(CellGrid grid) {
    Geometry traced = CellBoundaryTracer.trace(grid, RdNew.GEOMETRY_FACTORY);
    Geometry cells = cellUnion(grid);
    String what = grid.width() + " x " + grid.height() + " cells";
    assertThat(new IsValidOp(traced).getValidationError()).as(what).isNull();
    assertThat(traced.symDifference(cells).getArea()).as(what).isZero();
    assertThat(traced.equalsTopo(cells)).as(what).isTrue();
    for (int i = 0; i < traced.getNumGeometries(); i++) {
      Polygon p = (Polygon) traced.getGeometryN(i);
      assertCornersOnly(p.getExteriorRing(), what);
      for (int r = 0; r < p.getNumInteriorRing(); r++) {
        assertCornersOnly(p.getInteriorRingN(r), what);
      }
    }
    return traced;
  }

  /** Every vertex turns: no two consecutive edges run the same way. */
  private static void assertCornersOnly(LinearRing ring, String what) {
    Coordinate[] c = ring.getCoordinates();
    int n = c.length - 1;
    for (int k = 0; k < n; k++) {
      Coordinate prev = c[(k + n - 1) % n];
      Coordinate at = c[k];
      Coordinate next = c[k + 1];
      boolean straight = (prev.x == at.x && at.x == next.x) || (prev.y == at.y && at.y == next.y);
      assertThat(straight).as("%s: vertex %s lies on a straight run", what, at).isFalse();
    }
  }

  /** The reference: every held cell a square, unioned by OverlayNG. */
  private static Geometry cellUnion(CellGrid grid) {
    List<Geometry> squares = new ArrayList<>();
    for (int y = 0; y < grid.height(); y++) {
      for (int x = 0; x < grid.width(); x++) {
        if (grid.isHeld(x, y)) {
          squares.add(RdNew.GEOMETRY_FACTORY.toGeometry(new Envelope(grid.x0() + x * grid.cell(),
              grid.x0() + (x + 1) * grid.cell(), grid.y0() + y * grid.cell(), grid.y0() + (y + 1) * grid.cell())));
        }
      }
    }
    return UnaryUnionNG.union(RdNew.GEOMETRY_FACTORY.buildGeometry(squares),
        RdNew.GEOMETRY_FACTORY.getPrecisionModel());
  }

  /** A grid of unit cells from rows drawn top row first, 'X' held. */
  private static CellGrid grid(String... rows) {
    int h = rows.length;
    int w = rows[0].length();
    boolean[] held = new boolean[w * h];
    for (int r = 0; r < h; r++) {
      for (int x = 0; x < w; x++) {
        held[(h - 1 - r) * w + x] = rows[r].charAt(x) == 'X';
      }
    }
    return new CellGrid(held, w, h, 0, 0, 1);
  }
}
