package nl.dekking.report.map;

import static java.util.Objects.requireNonNull;

import java.util.List;
import org.locationtech.jts.geom.Geometry;
import org.locationtech.jts.geom.Polygonal;

/**
 * What the map draws under the groups so that readers recognise their streets: road surfaces (BGT wegdelen) and
 * street-name labels, both in RD New. Either list may be empty; the map is then drawn without them.
 *
 * @param roads road-surface polygons in RD New
 * @param labels street-name labels in RD New
 */
public record MapBackground(List<Geometry> roads, List<StreetLabel> labels) {

  public MapBackground {
    roads = List.copyOf(roads);
    labels = List.copyOf(labels);
    for (int i = 0; i < roads.size(); i++) {
      if (!(roads.get(i) instanceof Polygonal)) {
        throw new IllegalArgumentException("map background road " + i + " is not a polygon: "
            + roads.get(i).getGeometryType());
      }
    }
  }

  /** A background with no roads and no labels. */
  public static MapBackground empty() {
    return new MapBackground(List.of(), List.of());
  }

  /**
   * A street-name label: the text, where it stands and its angle.
   *
   * @param text the street name, not blank
   * @param x RD New easting of the label's centre
   * @param y RD New northing of the label's centre
   * @param angleDegrees the text's angle, counter-clockwise from east, as BGT {@code hoek}
   */
  public record StreetLabel(String text, double x, double y, double angleDegrees) {
    public StreetLabel {
      requireNonNull(text, "text");
      text = text.strip();
      if (text.isEmpty()) {
        throw new IllegalArgumentException("street label at " + x + ", " + y + " has no text");
      }
      if (!Double.isFinite(x) || !Double.isFinite(y) || !Double.isFinite(angleDegrees)) {
        throw new IllegalArgumentException("street label '" + text + "' has a non-finite position or angle: "
            + x + ", " + y + ", " + angleDegrees);
      }
    }
  }
}
