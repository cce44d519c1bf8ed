package nl.dekking.intake;

import static java.util.Objects.requireNonNull;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Collection;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import nl.dekking.crs.CrsTransform;
import nl.dekking.crs.RdNew;
import nl.dekking.io.fields.GroupFields;
import nl.dekking.io.geojson.GeoJsonWriter;
import nl.dekking.io.output.AtomicFiles;
import nl.dekking.model.Audience;
import nl.dekking.model.Group;
import org.locationtech.jts.geom.Coordinate;
import org.locationtech.jts.geom.Geometry;
import org.locationtech.jts.geom.LineString;
import org.locationtech.jts.geom.Polygon;

/**
 * Writes a groups file holding every group of an existing one, untouched, plus new groups, in the existing file's
 * format: GeoJSON in its CRS (RD New when it names EPSG:28992, else RFC 7946 WGS84), or KML.
 *
 * <p>The existing features are copied as they are (GeoJSON: the parsed JSON tree with numbers kept as written;
 * KML: the text itself), so their ids, properties and geometry stay exactly as they were; the new groups are
 * written for the municipality itself ({@link Audience#MUNICIPALITY}: every admin with their consent). The output
 * replaces its target only when complete, and never is one of the inputs. Stateless; thread-safe.
 */
public final class GroupFileAppender {

  private static final ObjectMapper JSON = new ObjectMapper()
      .enable(DeserializationFeature.USE_BIG_DECIMAL_FOR_FLOATS)
      .enable(SerializationFeature.INDENT_OUTPUT);

  private GroupFileAppender() {
  }

  /**
   * Writes {@code out}: the groups of {@code existing} plus {@code added}.
   *
   * @param inputs every file the command read; {@code out} may be none of them
   * @throws IllegalArgumentException when out is an input, the formats differ, or the file is neither GeoJSON nor KML
   * @throws UncheckedIOException naming the file that cannot be read or written
   */
  public static void append(Path existing, List<Group> added, Path out, Collection<Path> inputs) {
    requireNonNull(existing, "existing");
    requireNonNull(added, "added");
    requireNonNull(out, "out");
    for (Path input : inputs) {
      if (same(input, out)) {
        throw new IllegalArgumentException("--out " + out + " is an input file; write the new groups to another file");
      }
    }
    String format = format(existing);
    if (!format.equals(format(out))) {
      throw new IllegalArgumentException("--out " + out + " must be " + format + " like " + existing.getFileName()
          + " (the groups file's format is kept)");
    }
    byte[] bytes;
    try {
      bytes = format.equals("KML") ? kml(Files.readString(existing, StandardCharsets.UTF_8), added, existing)
          : geoJson(Files.readAllBytes(existing), added, existing);
    } catch (IOException e) {
      throw new UncheckedIOException("cannot read " + existing + ": " + e.getMessage(), e);
    }
    AtomicFiles.write(out, bytes);
  }

  private static boolean same(Path a, Path b) {
    try {
      if (Files.exists(a) && Files.exists(b)) {
        return Files.isSameFile(a, b);
      }
    } catch (IOException e) {
      // fall through to comparing the names
    }
    return a.toAbsolutePath().normalize().equals(b.toAbsolutePath().normalize());
  }

  private static String format(Path file) {
    String name = file.getFileName().toString().toLowerCase(Locale.ROOT);
    if (name.endsWith(".geojson") || name.endsWith(".json")) {
      return "GeoJSON";
    }
    if (name.endsWith(".kml")) {
      return "KML";
    }
    throw new IllegalArgumentException("groups file " + file + " must be GeoJSON (.geojson, .json) or KML (.kml) to add a group to");
  }

  static byte[] geoJson(byte[] existing, List<Group> added, Path source) throws IOException {
    JsonNode root;
    try {
      root = JSON.readTree(existing);
    } catch (JsonProcessingException e) {
      throw new IllegalArgumentException(source + " is not valid JSON: " + e.getOriginalMessage(), e);
    }
    if (!(root instanceof ObjectNode collection) || !(root.get("features") instanceof ArrayNode features)) {
      throw new IllegalArgumentException(source + " is not a GeoJSON FeatureCollection with a features array");
    }
    JsonNode crsName = root.path("crs").path("properties").path("name");
    boolean rd = false;
    if (crsName.isTextual()) {
      int epsg = CrsTransform.epsgCode(crsName.asText());
      if (epsg == RdNew.EPSG) {
        rd = true;
      } else if (epsg != 4326) {
        throw new IllegalArgumentException(source + " names CRS '" + crsName.asText()
            + "'; new groups can be written in RD New (EPSG:28992) or WGS84 only");
      }
    }
    ByteArrayOutputStream written = new ByteArrayOutputStream();
    (rd ? GeoJsonWriter.rdNew() : GeoJsonWriter.rfc7946()).groups(added, written, Audience.MUNICIPALITY);
    JsonNode fresh = JSON.readTree(written.toByteArray());
    for (JsonNode feature : fresh.path("features")) {
      features.add(feature);
    }
    return JSON.writeValueAsBytes(collection);
  }

  static byte[] kml(String existing, List<Group> added, Path source) {
    int at = existing.lastIndexOf("</Document>");
    if (at < 0) {
      throw new IllegalArgumentException(source + " is not a KML document (no </Document>) to add placemarks to");
    }
    StringBuilder placemarks = new StringBuilder();
    CrsTransform toWgs84 = CrsTransform.rdToWgs84();
    for (Group g : added) {
      placemarks.append("<Placemark id=\"").append(xml(g.id())).append("\">\n<name>").append(xml(g.name())).append("</name>\n");
      placemarks.append("<ExtendedData>\n");
      for (Map.Entry<String, Object> e : GroupFields.write(g, Audience.MUNICIPALITY).entrySet()) {
        placemarks.append("<Data name=\"").append(xml(e.getKey())).append("\"><value>").append(xml(String.valueOf(e.getValue())))
            .append("</value></Data>\n");
      }
      placemarks.append("</ExtendedData>\n");
      Geometry area = g.area();
      boolean multi = area.getNumGeometries() > 1;
      if (multi) {
        placemarks.append("<MultiGeometry>\n");
      }
      for (int i = 0; i < area.getNumGeometries(); i++) {
        Polygon p = (Polygon) area.getGeometryN(i);
        placemarks.append("<Polygon>\n<outerBoundaryIs>");
        ring(placemarks, p.getExteriorRing(), toWgs84);
        placemarks.append("</outerBoundaryIs>\n");
        for (int h = 0; h < p.getNumInteriorRing(); h++) {
          placemarks.append("<innerBoundaryIs>");
          ring(placemarks, p.getInteriorRingN(h), toWgs84);
          placemarks.append("</innerBoundaryIs>\n");
        }
        placemarks.append("</Polygon>\n");
      }
      if (multi) {
        placemarks.append("</MultiGeometry>\n");
      }
      placemarks.append("</Placemark>\n");
    }
    return (existing.substring(0, at) + placemarks + existing.substring(at)).getBytes(StandardCharsets.UTF_8);
  }

  private static void ring(StringBuilder sb, LineString ring, CrsTransform toWgs84) {
    sb.append("<LinearRing><coordinates>");
    for (Coordinate c : ring.getCoordinates()) {
      Coordinate w = toWgs84.apply(c.x, c.y);
      sb.append(String.format(Locale.ROOT, "%.8f,%.8f,0 ", w.x, w.y));
    }
    sb.append("</coordinates></LinearRing>");
  }

  private static String xml(String s) {
    return s.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;").replace("\"", "&quot;");
  }
}
