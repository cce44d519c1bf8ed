package nl.dekking.report.map;

import static java.util.Objects.requireNonNull;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import nl.dekking.crs.CrsTransform;
import nl.dekking.crs.RdNew;
import nl.dekking.io.DataFileException;
import org.locationtech.jts.geom.Coordinate;
import org.locationtech.jts.geom.Geometry;
import org.locationtech.jts.geom.GeometryFactory;
import org.locationtech.jts.geom.LinearRing;
import org.locationtech.jts.geom.Polygon;

/**
 * Reads a {@link MapBackground} from two GeoJSON files as PDOK's BGT extracts come: road surfaces (wegdeel
 * polygons) and street-name labels (openbareruimtelabel points with {@code tekst} and {@code hoek}).
 *
 * <p>A file's named {@code crs} member (such as {@code urn:ogc:def:crs:EPSG::28992}) is honoured; without one the
 * coordinates are RFC 7946 WGS84. BGT writes the label angle {@code hoek} as a number, an array of numbers or the
 * text of an array ({@code "[ 21.8 -12.3]"}, one angle per label position); the first angle is used. Road features
 * that are not polygons are refused, as are labels without text: the whole read fails with a
 * {@link DataFileException} naming the file and the feature.
 *
 * <p>Time and memory are linear in the file size. Stateless and thread-safe.
 */
public final class BgtBackgroundReader {

  private static final ObjectMapper JSON = new ObjectMapper();
  private static final Pattern NUMBER = Pattern.compile("-?[0-9]+(?:\\.[0-9]*)?(?:[eE][-+]?[0-9]+)?");
  private static final GeometryFactory FACTORY = RdNew.GEOMETRY_FACTORY;

  private BgtBackgroundReader() {}

  /** Reads road surfaces and labels from two files. */
  public static MapBackground read(Path roads, Path labels) {
    requireNonNull(roads, "roads");
    requireNonNull(labels, "labels");
    return new MapBackground(readRoads(tree(roads), roads.toString()), readLabels(tree(labels), labels.toString()));
  }

  /** Reads road surfaces and labels from two streams; the names are used in error messages. */
  public static MapBackground read(InputStream roads, String roadsName, InputStream labels, String labelsName) {
    return new MapBackground(readRoads(tree(roads, roadsName), roadsName), readLabels(tree(labels, labelsName), labelsName));
  }

  private static JsonNode tree(Path file) {
    try (InputStream in = Files.newInputStream(file)) {
      return tree(in, file.toString());
    } catch (IOException e) {
      throw DataFileException.ofFile(file.toString(), "cannot be read: " + e.getMessage(), e);
    }
  }

  private static JsonNode tree(InputStream in, String name) {
    try {
      JsonNode root = JSON.readTree(in);
      if (root == null || !"FeatureCollection".equals(root.path("type").asText()) || !root.path("features").isArray()) {
        throw DataFileException.ofFile(name, "is not a GeoJSON FeatureCollection", null);
      }
      return root;
    } catch (JsonProcessingException e) {
      throw DataFileException.ofFile(name, "is not valid JSON: " + e.getOriginalMessage()
          + " at line " + e.getLocation().getLineNr() + ", column " + e.getLocation().getColumnNr(), e);
    } catch (IOException e) {
      throw DataFileException.ofFile(name, "cannot be read: " + e.getMessage(), e);
    }
  }

  private static CrsTransform transformOf(JsonNode root, String name) {
    JsonNode crsName = root.path("crs").path("properties").path("name");
    if (crsName.isMissingNode() || crsName.isNull()) {
      return CrsTransform.wgs84ToRd();
    }
    try {
      return CrsTransform.toRd(crsName.asText());
    } catch (IllegalArgumentException e) {
      throw DataFileException.ofFile(name, e.getMessage(), e);
    }
  }

  private static List<Geometry> readRoads(JsonNode root, String name) {
    CrsTransform crs = transformOf(root, name);
    List<Geometry> roads = new ArrayList<>();
    int i = 0;
    for (JsonNode feature : root.path("features")) {
      JsonNode geometry = feature.path("geometry");
      String type = geometry.path("type").asText();
      try {
        if ("Polygon".equals(type)) {
          roads.add(polygon(geometry.path("coordinates"), crs));
        } else if ("MultiPolygon".equals(type)) {
          List<Polygon> parts = new ArrayList<>();
          for (JsonNode p : geometry.path("coordinates")) {
            parts.add(polygon(p, crs));
          }
          roads.add(FACTORY.createMultiPolygon(parts.toArray(Polygon[]::new)));
        } else {
          throw new IllegalArgumentException("road surface is not a Polygon or MultiPolygon: "
              + (type.isEmpty() ? "no geometry" : type));
        }
      } catch (IllegalArgumentException e) {
        throw new DataFileException(name, i, idOf(feature, "lokaalID"), e.getMessage(), e);
      }
      i++;
    }
    return roads;
  }

  private static List<MapBackground.StreetLabel> readLabels(JsonNode root, String name) {
    CrsTransform crs = transformOf(root, name);
    List<MapBackground.StreetLabel> labels = new ArrayList<>();
    int i = 0;
    for (JsonNode feature : root.path("features")) {
      try {
        JsonNode geometry = feature.path("geometry");
        if (!"Point".equals(geometry.path("type").asText())) {
          throw new IllegalArgumentException("label is not a Point: " + geometry.path("type").asText("no geometry"));
        }
        Coordinate c = coordinate(geometry.path("coordinates"), crs);
        JsonNode props = feature.path("properties");
        String text = props.path("tekst").asText("");
        if (text.isBlank()) {
          throw new IllegalArgumentException("label has no 'tekst'");
        }
        labels.add(new MapBackground.StreetLabel(text, c.x, c.y, firstAngle(props.path("hoek"))));
      } catch (IllegalArgumentException e) {
        throw new DataFileException(name, i, idOf(feature, "identificatieBAGOPR"), e.getMessage(), e);
      }
      i++;
    }
    return labels;
  }

  /** The first angle in BGT's {@code hoek}: a number, an array, or the text of an array; 0 when absent. */
  static double firstAngle(JsonNode hoek) {
    if (hoek.isNumber()) {
      return hoek.asDouble();
    }
    if (hoek.isArray()) {
      return hoek.isEmpty() ? 0 : firstAngle(hoek.get(0));
    }
    if (hoek.isTextual()) {
      Matcher m = NUMBER.matcher(hoek.asText());
      if (m.find()) {
        return Double.parseDouble(m.group());
      }
      throw new IllegalArgumentException("label angle 'hoek' holds no number: '" + hoek.asText() + "'");
    }
    return 0;
  }

  private static Polygon polygon(JsonNode rings, CrsTransform crs) {
    if (!rings.isArray() || rings.isEmpty()) {
      throw new IllegalArgumentException("polygon has no rings");
    }
    LinearRing shell = ring(rings.get(0), crs);
    LinearRing[] holes = new LinearRing[rings.size() - 1];
    for (int r = 1; r < rings.size(); r++) {
      holes[r - 1] = ring(rings.get(r), crs);
    }
    return FACTORY.createPolygon(shell, holes);
  }

  private static LinearRing ring(JsonNode positions, CrsTransform crs) {
    if (!positions.isArray() || positions.size() < 4) {
      throw new IllegalArgumentException("polygon ring needs at least 4 positions, has " + positions.size());
    }
    Coordinate[] cs = new Coordinate[positions.size()];
    for (int k = 0; k < cs.length; k++) {
      cs[k] = coordinate(positions.get(k), crs);
    }
    if (!cs[0].equals2D(cs[cs.length - 1])) {
      throw new IllegalArgumentException("polygon ring is not closed: starts at " + cs[0] + ", ends at " + cs[cs.length - 1]);
    }
    return FACTORY.createLinearRing(cs);
  }

  private static Coordinate coordinate(JsonNode position, CrsTransform crs) {
    if (!position.isArray() || position.size() < 2 || !position.get(0).isNumber() || !position.get(1).isNumber()) {
      throw new IllegalArgumentException("position is not [x, y]: " + position);
    }
    return crs.apply(position.get(0).asDouble(), position.get(1).asDouble());
  }

  private static String idOf(JsonNode feature, String property) {
    JsonNode id = feature.path("properties").path(property);
    return id.isValueNode() ? id.asText() : feature.path("id").asText("");
  }
}
