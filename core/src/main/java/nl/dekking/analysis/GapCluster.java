package nl.dekking.analysis;

import static java.util.Objects.requireNonNull;

import java.util.List;
import nl.dekking.model.Household;
import org.locationtech.jts.geom.Envelope;
import org.locationtech.jts.geom.Geometry;

/**
 * Uncovered households within walking distance of one another: a place where a new group could start.
 *
 * @param id {@code gap-1}, {@code gap-2}, ... in report order (largest first)
 * @param outline a polygon around the households, RD New; see {@link CoverageAnalysis} for how it is drawn
 * @param households the households, in address order
 * @param streets the streets the households lie on, most households first, then by place and name
 */
public record GapCluster(String id, Geometry outline, List<Household> households, List<GapStreet> streets) {

  public GapCluster {
    requireNonNull(id, "id");
    requireNonNull(outline, "outline");
    households = List.copyOf(households);
    streets = List.copyOf(streets);
    if (households.isEmpty()) {
      throw new IllegalArgumentException("gap cluster " + id + " has no households");
    }
    outline = outline.copy();
  }

  /** A copy of the outline (JTS geometries are mutable). */
  @Override
  public Geometry outline() {
    return outline.copy();
  }

  /** The outline's bounding box, a copy: what maps need to place the cluster, without copying the outline. */
  public Envelope envelope() {
    return new Envelope(outline.getEnvelopeInternal());
  }

  /** The number of households. */
  public int householdCount() {
    return households.size();
  }

  /** The outline's area, m². */
  public double areaM2() {
    return outline.getArea();
  }
}
