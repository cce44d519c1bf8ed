package nl.dekking.io.kml;

import static java.util.Objects.requireNonNull;

import java.io.IOException;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Pattern;
import javax.xml.stream.XMLOutputFactory;
import javax.xml.stream.XMLStreamException;
import javax.xml.stream.XMLStreamWriter;
import nl.dekking.crs.CrsTransform;
import nl.dekking.io.output.AtomicFiles;
import nl.dekking.io.output.DecimalText;
import nl.dekking.io.output.XmlText;
import org.locationtech.jts.algorithm.Orientation;
import org.locationtech.jts.geom.CoordinateArrays;
import org.locationtech.jts.geom.Coordinate;
import org.locationtech.jts.geom.Geometry;
import org.locationtech.jts.geom.LineString;
import org.locationtech.jts.geom.Polygon;
import org.locationtech.jts.geom.Polygonal;

/**
 * Writes areas as KML 2.2 placemarks that Google My Maps, Google Earth, QGIS and GDAL import with their colours and
 * fields: one {@code <Placemark>} per area with its name, a plain-text description, an {@code <ExtendedData>} of
 * named values (which My Maps keeps as the layer's columns and {@link KmlReader} reads back as properties) and a
 * {@code <styleUrl>} to a {@code <Style>} shared by every placemark of the same colour and opacity. Areas are given
 * in RD New and written as WGS84 longitude, latitude with 7 decimals (about 1 cm), outer rings counter-clockwise
 * and holes clockwise as KML asks; a MultiPolygon becomes a {@code <MultiGeometry>}, an empty area a placemark
 * without geometry.
 *
 * <p>The writer writes what it is given: callers decide what a description and the data hold (the coverage report
 * gives only {@link nl.dekking.model.PublicGroup} fields). Text is escaped by StAX after every character XML does
 * not allow (NUL, ESC, lone surrogates) is replaced ({@link XmlText#clean}), so the document always parses.
 * Writing to a path goes to a temporary file that replaces the target only when complete. Linear in the number of
 * vertices. Stateless and thread-safe.
 */
public final class KmlWriter {

  private static final String KML_NS = "http://www.opengis.net/kml/2.2";
  private static final Pattern COLOUR = Pattern.compile("#[0-9a-fA-F]{6}");

  private KmlWriter() {}

  /**
   * One area to write.
   *
   * @param id the placemark id (unique in the document), not blank
   * @param name the name shown on the map
   * @param description plain text shown when the area is clicked; may be empty
   * @param areaRd a Polygon or MultiPolygon in RD New; empty for a placemark without geometry
   * @param colour fill and outline colour {@code #rrggbb}
   * @param fillOpacity the fill's opacity, 0 to 1
   * @param data the {@code ExtendedData} values by name, in this order; names not blank
   */
  public record Placemark(String id, String name, String description, Geometry areaRd, String colour,
      double fillOpacity, Map<String, String> data) {

    /** A placemark without {@code ExtendedData}. */
    public Placemark(String id, String name, String description, Geometry areaRd, String colour, double fillOpacity) {
      this(id, name, description, areaRd, colour, fillOpacity, Map.of());
    }

    public Placemark {
      requireNonNull(id, "id");
      requireNonNull(name, "name");
      requireNonNull(description, "description");
      requireNonNull(areaRd, "areaRd");
      requireNonNull(colour, "colour");
      requireNonNull(data, "data");
      if (id.isBlank()) {
        throw new IllegalArgumentException("KML placemark id must not be blank (name '" + name + "')");
      }
      if (!(areaRd instanceof Polygonal) && !areaRd.isEmpty()) {
        throw new IllegalArgumentException("KML placemark '" + id + "' area must be a polygon, was "
            + areaRd.getGeometryType());
      }
      for (Map.Entry<String, String> e : data.entrySet()) {
        if (e.getKey() == null || e.getKey().isBlank() || e.getValue() == null) {
          throw new IllegalArgumentException("KML placemark '" + id + "' data must have names and values, was "
              + e.getKey() + "=" + e.getValue());
        }
      }
      data = Collections.unmodifiableMap(new LinkedHashMap<>(data));
      if (!COLOUR.matcher(colour).matches()) {
        throw new IllegalArgumentException("KML placemark '" + id + "' colour must be #rrggbb, was '" + colour + "'");
      }
      if (!(fillOpacity >= 0 && fillOpacity <= 1)) {
        throw new IllegalArgumentException("KML placemark '" + id + "' fill opacity must be 0 to 1, was " + fillOpacity);
      }
      areaRd = areaRd.copy();
    }

    @Override
    public Geometry areaRd() {
      return areaRd.copy();
    }
  }

  /** Writes a KML document with these placemarks to a file. */
  public static void write(String documentName, List<Placemark> placemarks, Path file) {
    AtomicFiles.write(file, out -> write(documentName, placemarks, out));
  }

  /** Writes a KML document with these placemarks to a stream (UTF-8), which is left open. */
  public static void write(String documentName, List<Placemark> placemarks, OutputStream out) {
    requireNonNull(documentName, "documentName");
    requireNonNull(placemarks, "placemarks");
    requireNonNull(out, "out");
    CrsTransform toWgs84 = CrsTransform.rdToWgs84();
    try {
      XMLStreamWriter w = XMLOutputFactory.newFactory().createXMLStreamWriter(out, "UTF-8");
      w.writeStartDocument("UTF-8", "1.0");
      w.writeCharacters("\n");
      w.writeStartElement("kml");
      w.writeDefaultNamespace(KML_NS);
      w.writeStartElement("Document");
      element(w, "name", documentName);
      // one shared style per colour and opacity, in order of first use
      Map<String, Placemark> styles = new LinkedHashMap<>();
      for (Placemark p : placemarks) {
        styles.putIfAbsent(styleKey(p), p);
      }
      List<String> keys = new ArrayList<>(styles.keySet());
      for (int s = 0; s < keys.size(); s++) {
        style(w, "style-" + (s + 1), styles.get(keys.get(s)));
      }
      for (Placemark p : placemarks) {
        placemark(w, p, "#style-" + (keys.indexOf(styleKey(p)) + 1), toWgs84);
      }
      w.writeEndElement();
      w.writeEndElement();
      w.writeEndDocument();
      w.writeCharacters("\n");
      w.flush();
      w.close();
    } catch (XMLStreamException e) {
      throw new UncheckedIOException("cannot write KML document '" + documentName + "': " + e.getMessage(),
          new IOException(e));
    }
  }

  private static String styleKey(Placemark p) {
    return kmlColour(p.colour(), p.fillOpacity()) + "/" + kmlColour(p.colour(), 1);
  }

  private static void style(XMLStreamWriter w, String id, Placemark p) throws XMLStreamException {
    w.writeStartElement("Style");
    w.writeAttribute("id", id);
    w.writeStartElement("LineStyle");
    element(w, "color", kmlColour(p.colour(), 1));
    element(w, "width", "2");
    w.writeEndElement();
    w.writeStartElement("PolyStyle");
    element(w, "color", kmlColour(p.colour(), p.fillOpacity()));
    w.writeEndElement();
    w.writeEndElement();
  }

  private static void placemark(XMLStreamWriter w, Placemark p, String styleUrl, CrsTransform toWgs84)
      throws XMLStreamException {
    w.writeStartElement("Placemark");
    w.writeAttribute("id", XmlText.clean(p.id()));
    element(w, "name", p.name());
    if (!p.description().isEmpty()) {
      element(w, "description", p.description());
    }
    element(w, "styleUrl", styleUrl);
    if (!p.data().isEmpty()) {
      w.writeStartElement("ExtendedData");
      for (Map.Entry<String, String> e : p.data().entrySet()) {
        w.writeStartElement("Data");
        w.writeAttribute("name", XmlText.clean(e.getKey()));
        element(w, "value", e.getValue());
        w.writeEndElement();
      }
      w.writeEndElement();
    }
    Geometry area = p.areaRd();
    if (area.getNumGeometries() > 1) {
      w.writeStartElement("MultiGeometry");
    }
    for (int i = 0; i < area.getNumGeometries() && !area.isEmpty(); i++) {
      Polygon polygon = (Polygon) area.getGeometryN(i);
      if (polygon.isEmpty()) {
        continue;
      }
      w.writeStartElement("Polygon");
      boundary(w, "outerBoundaryIs", polygon.getExteriorRing(), true, toWgs84);
      for (int h = 0; h < polygon.getNumInteriorRing(); h++) {
        boundary(w, "innerBoundaryIs", polygon.getInteriorRingN(h), false, toWgs84);
      }
      w.writeEndElement();
    }
    if (area.getNumGeometries() > 1) {
      w.writeEndElement();
    }
    w.writeEndElement();
  }

  /** A ring, turned counter-clockwise for an outer ring and clockwise for a hole (RD and WGS84 share handedness). */
  private static void boundary(XMLStreamWriter w, String name, LineString ring, boolean outer, CrsTransform toWgs84)
      throws XMLStreamException {
    w.writeStartElement(name);
    w.writeStartElement("LinearRing");
    StringBuilder sb = new StringBuilder();
    Coordinate[] coordinates = ring.getCoordinates();
    if (Orientation.isCCW(coordinates) != outer) {
      coordinates = coordinates.clone();
      CoordinateArrays.reverse(coordinates);
    }
    char[] text = new char[DecimalText.MAX_LENGTH];
    for (Coordinate c : coordinates) {
      Coordinate ll = toWgs84.apply(c.x, c.y);
      if (!sb.isEmpty()) {
        sb.append(' ');
      }
      degrees(sb, ll.x, text).append(',');
      degrees(sb, ll.y, text);
    }
    element(w, "coordinates", sb.toString());
    w.writeEndElement();
    w.writeEndElement();
  }

  /**
   * Appends degrees with 7 decimals as {@code String.format(Locale.ROOT, "%.7f", v)} does (which rounds the
   * shortest decimal half up), through {@link DecimalText#fixed} for the positive degrees of the Netherlands.
   */
  private static StringBuilder degrees(StringBuilder sb, double v, char[] text) {
    if (v > 0) {
      return sb.append(text, 0, DecimalText.fixed(v, 7, text, 0));
    }
    return sb.append(String.format(Locale.ROOT, "%.7f", v)); // its sign of a negative value rounding to zero
  }

  private static void element(XMLStreamWriter w, String name, String text) throws XMLStreamException {
    w.writeStartElement(name);
    w.writeCharacters(XmlText.clean(text));
    w.writeEndElement();
  }

  /** KML writes colours as {@code aabbggrr}. */
  static String kmlColour(String rgb, double opacity) {
    int alpha = (int) Math.round(opacity * 255);
    return String.format(Locale.ROOT, "%02x%s%s%s", alpha, rgb.substring(5, 7), rgb.substring(3, 5), rgb.substring(1, 3))
        .toLowerCase(Locale.ROOT);
  }
}
