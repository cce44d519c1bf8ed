package nl.dekking.examples;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import nl.dekking.io.DataFiles;
import nl.dekking.io.ReadOptions;
import nl.dekking.model.Street;
import nl.dekking.report.map.BgtBackgroundReader;
import nl.dekking.report.map.MapBackground;
import org.locationtech.jts.geom.Coordinate;
import org.locationtech.jts.geom.Geometry;
import org.locationtech.jts.geom.LineString;
import org.locationtech.jts.geom.Point;
import org.locationtech.jts.linearref.LengthIndexedLine;
import picocli.CommandLine.Option;

/**
 * The options that put roads and street names under a map: BGT road surfaces and street-name labels (as PDOK
 * extracts them), or street centre lines (NWB), drawn as 8 m wide roads named along their longest part.
 */
final class MapBackgroundOptions {

  /** Half the width of a road drawn from a centre line, metres. */
  static final double HALF_ROAD_WIDTH_M = 4;

  @Option(names = "--roads", paramLabel = "FILE",
      description = "BGT road surfaces (wegdeel polygons), GeoJSON: the roads under the map. Needs --labels.")
  Path roads;

  @Option(names = "--labels", paramLabel = "FILE",
      description = "BGT street-name labels (openbareruimtelabel points with tekst and hoek), GeoJSON. Needs --roads.")
  Path labels;

  @Option(names = "--road-lines", paramLabel = "FILE",
      description = "Street centre lines (NWB wegvakken), GeoJSON or GeoPackage: drawn as roads with their names.")
  Path roadLines;

  /**
   * The background the options name; when they name none, the bundled sample's roads for a command run on the
   * sample ({@code --sample}), else an empty one.
   */
  MapBackground read(boolean sample) {
    return sample && inputs().isEmpty() ? SampleMap.background() : read();
  }

  /** The background the options name, or an empty one. */
  private MapBackground read() {
    if ((roads == null) != (labels == null)) {
      throw new IllegalArgumentException("--roads and --labels go together (BGT road surfaces and their street"
          + " labels); got only " + (roads != null ? "--roads " + roads : "--labels " + labels));
    }
    if (roads != null && roadLines != null) {
      throw new IllegalArgumentException("give either --roads/--labels (BGT) or --road-lines (NWB), not both");
    }
    if (roads != null) {
      return BgtBackgroundReader.read(roads, labels);
    }
    if (roadLines != null) {
      return fromLines(DataFiles.readStreets(roadLines, ReadOptions.defaults()));
    }
    return MapBackground.empty();
  }

  /** The files these options read, so that no output folder may hold them. */
  List<Path> inputs() {
    List<Path> inputs = new ArrayList<>();
    Optional.ofNullable(roads).ifPresent(inputs::add);
    Optional.ofNullable(labels).ifPresent(inputs::add);
    Optional.ofNullable(roadLines).ifPresent(inputs::add);
    return inputs;
  }

  /** Roads as centre lines widened to {@link #HALF_ROAD_WIDTH_M} each side, each named at its longest part. */
  static MapBackground fromLines(List<Street> streets) {
    List<Geometry> surfaces = new ArrayList<>();
    List<MapBackground.StreetLabel> names = new ArrayList<>();
    for (Street street : streets) {
      if (street.line().isEmpty()) {
        continue;
      }
      Geometry line = street.line().get();
      surfaces.add(line.buffer(HALF_ROAD_WIDTH_M, 2));
      LineString longest = null;
      for (int i = 0; i < line.getNumGeometries(); i++) {
        if (line.getGeometryN(i) instanceof LineString part && (longest == null || part.getLength() > longest.getLength())) {
          longest = part;
        }
      }
      if (longest != null && longest.getLength() > 60) {
        LengthIndexedLine indexed = new LengthIndexedLine(longest);
        double middle = longest.getLength() / 2;
        Coordinate a = indexed.extractPoint(middle - 10);
        Coordinate b = indexed.extractPoint(middle + 10);
        Point centre = longest.getFactory().createPoint(indexed.extractPoint(middle));
        double angle = Math.toDegrees(Math.atan2(b.y - a.y, b.x - a.x));
        names.add(new MapBackground.StreetLabel(street.name(), centre.getX(), centre.getY(), angle));
      }
    }
    return new MapBackground(surfaces, names);
  }
}
