package nl.dekking.plan;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.locationtech.jts.geom.Coordinate;
import org.locationtech.jts.geom.Envelope;
import org.locationtech.jts.geom.Geometry;
import org.locationtech.jts.geom.GeometryFactory;
import org.locationtech.jts.geom.Polygonal;
import org.locationtech.jts.geom.prep.PreparedGeometry;
import org.locationtech.jts.geom.prep.PreparedGeometryFactory;
import org.locationtech.jts.operation.overlayng.CoverageUnion;
import org.locationtech.jts.operation.overlayng.OverlayNG;
import org.locationtech.jts.operation.overlayng.OverlayNGRobust;
import org.locationtech.jts.operation.union.UnaryUnionOp;
import org.locationtech.jts.triangulate.VoronoiDiagramBuilder;

/**
 * The areas of the parts of a split: each spot's Voronoi cell (or each centre's, for the naive split), merged per
 * part and clipped to the area. The cells of a Voronoi diagram cover the plane without overlap, so the parts tile
 * the area exactly: no gap, no overlap, together the area (up to floating-point noise in the clipping). A part whose
 * cells the area's shape cuts apart is a MultiPolygon. O(n log n) for the diagram plus the clipping and union of n
 * cells. Stateless.
 */
final class PartAreas {

  private PartAreas() {
  }

  /** The area of each part, for sites (spots or centres) with their part and this area to tile. */
  static Geometry[] tile(double[] sx, double[] sy, int[] partOfSite, int parts, Geometry area, GeometryFactory factory) {
    return tile(cells(sx, sy, area, factory), sx, sy, partOfSite, parts, area, factory);
  }

  /**
   * The Voronoi cell of each site (distinct coordinates), unclipped, over a frame well beyond the area; a single
   * site's cell is the frame. Null when the diagram cannot be built (all sites on one line).
   */
  static Geometry[] cells(double[] sx, double[] sy, Geometry area, GeometryFactory factory) {
    Map<Coordinate, Integer> siteOf = new HashMap<>();
    List<Coordinate> sites = new ArrayList<>();
    for (int i = 0; i < sx.length; i++) {
      Coordinate c = new Coordinate(sx[i], sy[i]);
      if (siteOf.putIfAbsent(c, i) == null) {
        sites.add(c);
      }
    }
    Envelope frame = new Envelope(area.getEnvelopeInternal());
    for (Coordinate c : sites) {
      frame.expandToInclude(c);
    }
    frame.expandBy(Math.max(100, Math.max(frame.getWidth(), frame.getHeight())));
    Geometry[] cell = new Geometry[sx.length];
    if (sites.size() == 1) {
      cell[0] = factory.toGeometry(frame);
      return cell;
    }
    try {
      VoronoiDiagramBuilder builder = new VoronoiDiagramBuilder();
      builder.setSites(sites);
      builder.setClipEnvelope(frame);
      Geometry diagram = builder.getDiagram(factory);
      for (int i = 0; i < diagram.getNumGeometries(); i++) {
        Integer site = siteOf.get((Coordinate) diagram.getGeometryN(i).getUserData());
        if (site != null) {
          cell[site] = diagram.getGeometryN(i);
        }
      }
    } catch (RuntimeException degenerate) {
      return null;
    }
    return cell;
  }

  /** The area of each part from the sites' cells (as {@link #cells} gives them, or null). */
  static Geometry[] tile(Geometry[] cellOfSite, double[] sx, double[] sy, int[] partOfSite, int parts, Geometry area,
      GeometryFactory factory) {
    Geometry[] out = new Geometry[parts];
    if (parts == 1) {
      out[0] = area.copy();
      return out;
    }
    if (cellOfSite == null) {
      // all sites on one line: jitter them by a centimetre, which no map shows
      double[] jx = sx.clone();
      double[] jy = sy.clone();
      for (int i = 0; i < jx.length; i++) {
        jx[i] += 0.01 * Math.sin(i * 12.9898);
        jy[i] += 0.01 * Math.cos(i * 78.233);
      }
      cellOfSite = cells(jx, jy, area, factory);
      if (cellOfSite == null) {
        throw new IllegalStateException("cannot draw areas for " + sx.length + " addresses: no Voronoi diagram");
      }
    }
    List<List<Geometry>> cells = new ArrayList<>(parts);
    for (int p = 0; p < parts; p++) {
      cells.add(new ArrayList<>());
    }
    for (int i = 0; i < cellOfSite.length; i++) {
      if (cellOfSite[i] != null) {
        cells.get(partOfSite[i]).add(cellOfSite[i]);
      }
    }
    Geometry[] fast = mergeThenClip(cells, area, factory);
    Geometry[] tiled = fast != null ? fast : clipThenMerge(cells, area, factory);
    reattach(tiled, sx, sy, partOfSite, factory);
    return tiled;
  }

  /**
   * Gives every piece of a part that holds none of its sites (a cell fragment that a bend of the area cut off) to
   * the part it shares the longest border with, so parts are in one piece wherever their households allow. The
   * tiling is unchanged: pieces move whole from one part to another. O(pieces · parts) for the few scattered parts.
   */
  static void reattach(Geometry[] parts, double[] sx, double[] sy, int[] partOfSite, GeometryFactory factory) {
    for (int p = 0; p < parts.length; p++) {
      if (parts[p].getNumGeometries() < 2) {
        continue;
      }
      List<Geometry> kept = new ArrayList<>();
      for (int i = 0; i < parts[p].getNumGeometries(); i++) {
        Geometry piece = parts[p].getGeometryN(i);
        PreparedGeometry prepared = PreparedGeometryFactory.prepare(piece);
        boolean holdsSite = false;
        for (int s = 0; s < sx.length && !holdsSite; s++) {
          holdsSite = partOfSite[s] == p && prepared.covers(factory.createPoint(new Coordinate(sx[s], sy[s])));
        }
        int best = -1;
        double bestLength = 0;
        if (!holdsSite) {
          Geometry border = piece.getBoundary();
          for (int q = 0; q < parts.length; q++) {
            if (q != p && parts[q].getEnvelopeInternal().intersects(piece.getEnvelopeInternal())) {
              double length = OverlayNGRobust.overlay(border, parts[q], OverlayNG.INTERSECTION).getLength();
              if (length > bestLength) {
                bestLength = length;
                best = q;
              }
            }
          }
        }
        if (best >= 0) {
          parts[best] = polygonal(OverlayNGRobust.overlay(parts[best], piece, OverlayNG.UNION), factory);
        } else {
          kept.add(piece);
        }
      }
      if (kept.size() < parts[p].getNumGeometries()) {
        parts[p] = kept.isEmpty() ? factory.createPolygon() : polygonal(UnaryUnionOp.union(kept, factory), factory);
      }
    }
  }

  /**
   * The fast way: the cells of a Voronoi diagram share their vertices exactly, so a part's cells merge by a
   * coverage union (no noding), and each part is clipped once. Null when the result does not tile the area
   * (degenerate, near-cocircular sites), so the caller takes the robust way.
   */
  private static Geometry[] mergeThenClip(List<List<Geometry>> cells, Geometry area, GeometryFactory factory) {
    Geometry[] out = new Geometry[cells.size()];
    PreparedGeometry inside = PreparedGeometryFactory.prepare(area);
    double sum = 0;
    try {
      for (int p = 0; p < out.length; p++) {
        if (cells.get(p).isEmpty()) {
          out[p] = factory.createPolygon();
          continue;
        }
        Geometry merged = cells.get(p).size() == 1 ? cells.get(p).get(0)
            : CoverageUnion.union(factory.buildGeometry(cells.get(p)));
        if (merged == null || merged.isEmpty()) {
          return null;
        }
        out[p] = inside.containsProperly(merged) ? merged
            : polygonal(OverlayNGRobust.overlay(merged, area, OverlayNG.INTERSECTION), factory);
        sum += out[p].getArea();
      }
    } catch (RuntimeException topology) {
      return null;
    }
    double expected = area.getArea();
    return Math.abs(sum - expected) <= 1e-9 * Math.max(1, expected) ? out : null;
  }

  /** The robust way: every cell clipped to the area, then the part's pieces merged by a full overlay union. */
  private static Geometry[] clipThenMerge(List<List<Geometry>> cells, Geometry area, GeometryFactory factory) {
    PreparedGeometry prepared = PreparedGeometryFactory.prepare(area);
    Geometry[] out = new Geometry[cells.size()];
    for (int p = 0; p < out.length; p++) {
      List<Geometry> pieces = new ArrayList<>();
      for (Geometry cell : cells.get(p)) {
        Geometry clipped = prepared.containsProperly(cell) ? cell
            : prepared.intersects(cell) ? OverlayNGRobust.overlay(cell, area, OverlayNG.INTERSECTION) : null;
        if (clipped != null && !clipped.isEmpty()) {
          pieces.add(polygonal(clipped, factory));
        }
      }
      out[p] = pieces.isEmpty() ? factory.createPolygon() : polygonal(UnaryUnionOp.union(pieces, factory), factory);
    }
    return out;
  }

  /** The polygons of a geometry (an overlay may leave lines or points where cells touch the boundary). */
  static Geometry polygonal(Geometry g, GeometryFactory factory) {
    if (g instanceof Polygonal) {
      return g;
    }
    List<Geometry> polygons = new ArrayList<>();
    for (int i = 0; i < g.getNumGeometries(); i++) {
      Geometry part = g.getGeometryN(i);
      if (part instanceof Polygonal && !part.isEmpty()) {
        polygons.add(part);
      }
    }
    return polygons.isEmpty() ? factory.createPolygon() : UnaryUnionOp.union(polygons, factory);
  }
}
