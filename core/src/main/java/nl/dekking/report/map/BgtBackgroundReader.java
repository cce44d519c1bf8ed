package nl.dekking.report.map;

import static java.util.Objects.requireNonNull;

import java.io.InputStream;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import nl.dekking.io.DataFileException;
import nl.dekking.io.geojson.GeoJsonFeature;
import nl.dekking.io.geojson.GeoJsonReader;
import org.locationtech.jts.geom.Geometry;
import org.locationtech.jts.geom.MultiPolygon;
import org.locationtech.jts.geom.Point;
import org.locationtech.jts.geom.Polygon;

/**
 * Reads a {@link MapBackground} from two GeoJSON files as PDOK's BGT extracts come: road surfaces (wegdeel
 * polygons) and street-name labels (openbareruimtelabel points with {@code tekst} and {@code hoek}).
 *
 * <p>The files are read with {@link GeoJsonReader#readFeatures}: a named {@code crs} member (such as
 * {@code urn:ogc:def:crs:EPSG::28992}) is honoured; without one the coordinates are RFC 7946 WGS84. BGT writes the label angle {@code hoek} as a number, an array of numbers or the
 * text of an array ({@code "[ 21.8 -12.3]"}, one angle per label position); the first angle is used. Road features
 * that are not polygons are refused, as are labels without text: the whole read fails with a
 * {@link DataFileException} naming the file and the feature.
 *
 * <p>Time and memory are linear in the file size. Stateless and thread-safe.
 */
public final class BgtBackgroundReader {

  private static final Pattern NUMBER = Pattern.compile("-?[0-9]+(?:\\.[0-9]*)?(?:[eE][-+]?[0-9]+)?");

  private BgtBackgroundReader() {}

  /** Reads road surfaces and labels from two files. */
  public static MapBackground read(Path roads, Path labels) {
    requireNonNull(roads, "roads");
    requireNonNull(labels, "labels");
    return new MapBackground(roads(GeoJsonReader.readFeatures(roads), roads.toString()),
        labels(GeoJsonReader.readFeatures(labels), labels.toString()));
  }

  /** Reads road surfaces and labels from two streams; the names are used in error messages. */
  public static MapBackground read(InputStream roads, String roadsName, InputStream labels, String labelsName) {
    return new MapBackground(roads(GeoJsonReader.readFeatures(roads, roadsName), roadsName),
        labels(GeoJsonReader.readFeatures(labels, labelsName), labelsName));
  }

  private static List<Geometry> roads(List<GeoJsonFeature> features, String name) {
    List<Geometry> roads = new ArrayList<>(features.size());
    for (int i = 0; i < features.size(); i++) {
      GeoJsonFeature f = features.get(i);
      Geometry g = f.geometry().orElse(null);
      if (!(g instanceof Polygon || g instanceof MultiPolygon)) {
        throw new DataFileException(name, i, idOf(f, "lokaalID"), "road surface is not a Polygon or MultiPolygon: "
            + (g == null ? "no geometry" : g.getGeometryType()), null);
      }
      roads.add(g);
    }
    return roads;
  }

  private static List<MapBackground.StreetLabel> labels(List<GeoJsonFeature> features, String name) {
    List<MapBackground.StreetLabel> labels = new ArrayList<>(features.size());
    for (int i = 0; i < features.size(); i++) {
      GeoJsonFeature f = features.get(i);
      try {
        Geometry g = f.geometry().orElse(null);
        if (!(g instanceof Point p)) {
          throw new IllegalArgumentException("label is not a Point: " + (g == null ? "no geometry" : g.getGeometryType()));
        }
        String text = text(f, "tekst");
        if (text.isBlank()) {
          throw new IllegalArgumentException("label has no 'tekst'");
        }
        labels.add(new MapBackground.StreetLabel(text, p.getX(), p.getY(), firstAngle(text(f, "hoek"))));
      } catch (IllegalArgumentException e) {
        throw new DataFileException(name, i, idOf(f, "identificatieBAGOPR"), e.getMessage(), e);
      }
    }
    return labels;
  }

  /**
   * The first angle in BGT's {@code hoek} as text: a number, a JSON array or the text of an array
   * ({@code "[ 21.8 -12.3]"}); 0 when absent.
   */
  static double firstAngle(String hoek) {
    if (hoek.isBlank()) {
      return 0;
    }
    Matcher m = NUMBER.matcher(hoek);
    if (m.find()) {
      return Double.parseDouble(m.group());
    }
    if (hoek.strip().equals("[]")) {
      return 0;
    }
    throw new IllegalArgumentException("label angle 'hoek' holds no number: '" + hoek + "'");
  }

  private static String text(GeoJsonFeature f, String property) {
    Object value = f.properties().get(property);
    return value == null ? "" : value.toString();
  }

  private static String idOf(GeoJsonFeature f, String property) {
    String id = text(f, property);
    return id.isEmpty() ? f.id() : id;
  }
}
