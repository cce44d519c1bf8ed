package nl.dekking.intake;

import static java.util.Objects.requireNonNull;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.JsonToken;
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
import nl.dekking.io.output.JsonCopy;
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
 * <p>The existing features are copied as they are (GeoJSON: token by token, numbers in the very text they had;
 * KML: the text itself), so their ids, properties and geometry stay exactly as they were; the new groups are
 * written for the municipality itself ({@link Audience#MUNICIPALITY}: every admin with their consent). The output
 * replaces its target only when complete, and never is one of the inputs. Stateless; thread-safe.
 */
public final class GroupFileAppender {

  private static final JsonFactory JSON = new JsonFactory();

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
    String crsName;
    try {
      crsName = crsName(existing, source);
    } catch (JsonProcessingException e) {
      throw new IllegalArgumentException(source + " is not valid JSON: " + e.getOriginalMessage(), e);
    }
    boolean rd = false;
    if (crsName != null) {
      int epsg = CrsTransform.epsgCode(crsName);
      if (epsg == RdNew.EPSG) {
        rd = true;
      } else if (epsg != 4326) {
        throw new IllegalArgumentException(source + " names CRS '" + crsName
            + "'; new groups can be written in RD New (EPSG:28992) or WGS84 only");
      }
    }
    ByteArrayOutputStream written = new ByteArrayOutputStream();
    (rd ? GeoJsonWriter.rdNew() : GeoJsonWriter.rfc7946()).groups(added, written, Audience.MUNICIPALITY);
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    try (JsonParser p = JSON.createParser(existing);
        JsonGenerator g = JSON.createGenerator(out).useDefaultPrettyPrinter()) {
      p.nextToken();
      g.writeStartObject();
      while (p.nextToken() == JsonToken.FIELD_NAME) {
        g.copyCurrentEvent(p);
        p.nextToken();
        if (p.currentName().equals("features") && p.currentToken() == JsonToken.START_ARRAY) {
          g.writeStartArray();
          while (p.nextToken() != JsonToken.END_ARRAY) {
            JsonCopy.value(p, g);
          }
          try (JsonParser fresh = JSON.createParser(written.toByteArray())) {
            copyFeatures(fresh, g);
          }
          g.writeEndArray();
        } else {
          JsonCopy.value(p, g);
        }
      }
      g.writeEndObject();
    }
    return out.toByteArray();
  }

  /**
   * The collection's {@code crs.properties.name}, or {@code null} when it has none that is a string.
   *
   * @throws IllegalArgumentException when the text is not a FeatureCollection-like object with a features array
   */
  private static String crsName(byte[] existing, Path source) throws IOException {
    String name = null;
    boolean features = false;
    try (JsonParser p = JSON.createParser(existing)) {
      if (p.nextToken() == JsonToken.START_OBJECT) {
        while (p.nextToken() == JsonToken.FIELD_NAME) {
          String field = p.currentName();
          JsonToken value = p.nextToken();
          if (field.equals("features")) {
            features = value == JsonToken.START_ARRAY;
          } else if (field.equals("crs")) {
            name = nameOfCrs(p);
          }
          p.skipChildren();
        }
      }
    }
    if (!features) {
      throw new IllegalArgumentException(source + " is not a GeoJSON FeatureCollection with a features array");
    }
    return name;
  }

  /** Reads the {@code crs} value the parser is at: its {@code properties.name} when that is a string. */
  private static String nameOfCrs(JsonParser p) throws IOException {
    String name = null;
    if (p.currentToken() != JsonToken.START_OBJECT) {
      return null;
    }
    while (p.nextToken() == JsonToken.FIELD_NAME) {
      String field = p.currentName();
      JsonToken value = p.nextToken();
      if (field.equals("properties") && value == JsonToken.START_OBJECT) {
        name = null;
        while (p.nextToken() == JsonToken.FIELD_NAME) {
          String inner = p.currentName();
          JsonToken v = p.nextToken();
          if (inner.equals("name")) {
            name = v == JsonToken.VALUE_STRING ? p.getText() : null;
          }
          p.skipChildren();
        }
      } else {
        if (field.equals("properties")) {
          name = null;
        }
        p.skipChildren();
      }
    }
    return name;
  }

  /** Copies the features of the collection {@code fresh} holds, each after the ones {@code g} has written. */
  private static void copyFeatures(JsonParser fresh, JsonGenerator g) throws IOException {
    fresh.nextToken();
    while (fresh.nextToken() == JsonToken.FIELD_NAME) {
      String field = fresh.currentName();
      fresh.nextToken();
      if (field.equals("features")) {
        while (fresh.nextToken() != JsonToken.END_ARRAY) {
          JsonCopy.value(fresh, g);
        }
      } else {
        fresh.skipChildren();
      }
    }
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
