package nl.dekking.analysis;

import java.util.ArrayList;
import java.util.List;
import nl.dekking.crs.RdNew;
import org.locationtech.jts.geom.Envelope;
import org.locationtech.jts.geom.Geometry;
import org.locationtech.jts.operation.overlayng.UnaryUnionNG;

/**
 * The reference the traced raster outline is checked against: the way large gap clusters were outlined before
 * {@link CellBoundaryTracer}, one rectangle per row run of held cells, unioned by JTS's OverlayNG.
 */
final class RowRunUnion {

  private RowRunUnion() {
  }

  static Geometry union(CellGrid grid) {
    List<Geometry> runs = new ArrayList<>();
    int w = grid.width();
    for (int j = 0; j < grid.height(); j++) {
      int i = 0;
      while (i < w) {
        if (!grid.isHeld(i, j)) {
          i++;
          continue;
        }
        int start = i;
        while (i < w && grid.isHeld(i, j)) {
          i++;
        }
        runs.add(RdNew.GEOMETRY_FACTORY.toGeometry(new Envelope(grid.x0() + start * grid.cell(),
            grid.x0() + i * grid.cell(), grid.y0() + j * grid.cell(), grid.y0() + (j + 1) * grid.cell())));
      }
    }
    return UnaryUnionNG.union(
        RdNew.GEOMETRY_FACTORY.buildGeometry(runs), RdNew.GEOMETRY_FACTORY.getPrecisionModel());
  }

  /** A large cluster's outline as it was drawn before: the closed raster's row runs unioned, then buffered. */
  static Geometry outline(CellGrid grid) {
    return union(grid).buffer(GapClusterer.OUTLINE_MARGIN_M, GapClusterer.QUADRANT_SEGMENTS);
  }
}
