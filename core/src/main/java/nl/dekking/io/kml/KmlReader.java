package nl.dekking.io.kml;

import static java.util.Objects.requireNonNull;

import java.io.BufferedInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.zip.ZipEntry;
import java.util.zip.ZipInputStream;
import javax.xml.stream.Location;
import javax.xml.stream.XMLInputFactory;
import javax.xml.stream.XMLStreamConstants;
import javax.xml.stream.XMLStreamException;
import javax.xml.stream.XMLStreamReader;
import nl.dekking.crs.CrsTransform;
import nl.dekking.crs.RdNew;
import nl.dekking.io.DataFileException;
import nl.dekking.io.fields.GroupFields;
import nl.dekking.model.Group;
import org.locationtech.jts.geom.Geometry;
import org.locationtech.jts.geom.GeometryFactory;
import org.locationtech.jts.geom.LinearRing;
import org.locationtech.jts.geom.Polygon;

/**
 * Reads the areas of a KML or KMZ file, as Google My Maps exports a hand-drawn coverage map: every Placemark with
 * a Polygon, or a MultiGeometry holding Polygons, becomes one area with its name, description, folder (the My
 * Maps layer) and ExtendedData ({@code Data}/{@code value} and {@code SchemaData}/{@code SimpleData}).
 *
 * <p>How: one pass with the JDK's StAX parser, DTDs and external entities switched off; a document that declares
 * a DOCTYPE is refused outright, so XXE and entity-expansion payloads never reach the parser's entity handling.
 * Coordinates are {@code lon,lat[,alt]} tuples in WGS84 (KML has no other CRS), transformed into RD New; the
 * altitude is dropped. {@code outerBoundaryIs} and {@code innerBoundaryIs} make a Polygon's shell and holes; the
 * Polygons of one Placemark make a MultiPolygon, and so do the several outer boundaries some files give one
 * Polygon (each hole goes to the outer boundary it lies in): no area is dropped. An area that encloses nothing (a
 * ring of zero area, a hole as large as its shell) is refused naming the placemark. A KMZ is inflated under the
 * limits of {@link InflationGuard} (a zip bomb is refused, counted while streaming). Placemarks without a Polygon (markers, lines) are not areas and
 * are skipped. A ring that is not closed, a bad coordinate or a point outside the Netherlands fails the whole
 * file with a {@link DataFileException} naming the placemark: all-or-nothing. O(n) in the file size.
 *
 * <p>Thread-safe and stateless: every read uses its own parser and transformation.
 */
public final class KmlReader {

  private static final GeometryFactory WGS84 = new GeometryFactory(RdNew.GEOMETRY_FACTORY.getPrecisionModel(), 4326);

  private KmlReader() {
  }

  /**
   * Reads the groups of a {@code .kml} or {@code .kmz} file: one per Placemark with an area. The group's id is
   * the ExtendedData {@code id} when there is one, else the Placemark's {@code id} attribute, else its name;
   * members, admins and consent come from ExtendedData under the names {@link GroupFields} recognises
   * ({@code leden}, {@code beheerder}, {@code email}, {@code telefoon}, {@code toestemming}, ...); the description,
   * the folder and every other ExtendedData become the group's metadata.
   *
   * @throws DataFileException naming the file, the placemark and the problem; nothing is returned then
   */
  public static List<Group> readGroups(Path file) {
    return groups(readPlacemarks(file), DataFileException.nameOf(file));
  }

  /**
   * Reads the groups of KML or KMZ bytes, as {@link #readGroups(Path)}; {@code name} names the source in errors.
   * The stream is not closed.
   */
  public static List<Group> readGroups(InputStream in, String name) {
    requireNonNull(in, "in");
    requireNonNull(name, "name");
    try {
      return groups(readPlacemarks(in, name), name);
    } catch (IOException e) {
      throw DataFileException.ofFile(name, "cannot read the KML: " + e, e);
    }
  }

  private static List<Group> groups(List<KmlPlacemark> placemarks, String file) {
    List<Group> groups = new ArrayList<>(placemarks.size());
    Map<String, Integer> seen = new HashMap<>();
    for (KmlPlacemark p : placemarks) {
      Group g;
      try {
        g = GroupFields.read(p.id(), p.properties(), p.area());
      } catch (IllegalArgumentException e) {
        throw new DataFileException(file, p.index(), p.label(), e.getMessage(), e);
      }
      Integer other = seen.putIfAbsent(g.id(), p.index());
      if (other != null) {
        throw new DataFileException(file, p.index(), p.label(), "group id '" + g.id() + "' is also the id of placemark "
            + other + "; give each placemark its own name or an ExtendedData id", null);
      }
      groups.add(g);
    }
    return List.copyOf(groups);
  }

  /** Reads the placemarks with areas of a {@code .kml} or {@code .kmz} file. */
  static List<KmlPlacemark> readPlacemarks(Path file) {
    requireNonNull(file, "file");
    String name = DataFileException.nameOf(file);
    try (InputStream in = new BufferedInputStream(Files.newInputStream(file))) {
      return readPlacemarks(in, name);
    } catch (IOException e) {
      throw DataFileException.ofFile(name, "cannot read the KML file: " + e, e);
    }
  }

  /** Reads the placemarks with areas of KML or KMZ (zipped KML) bytes; {@code name} names the source in errors. */
  static List<KmlPlacemark> readPlacemarks(InputStream in, String name) throws IOException {
    InputStream kml = in.markSupported() ? in : new BufferedInputStream(in);
    kml.mark(4);
    byte[] magic = kml.readNBytes(2);
    kml.reset();
    if (magic.length == 2 && magic[0] == 'P' && magic[1] == 'K') {
      InflationGuard guard = new InflationGuard(name);
      ZipInputStream zip = new ZipInputStream(guard.compressed(kml));
      for (ZipEntry e = zip.getNextEntry(); e != null; e = zip.getNextEntry()) {
        if (!e.isDirectory() && e.getName().toLowerCase(Locale.ROOT).endsWith(".kml")) {
          return parse(guard.inflated(zip, e.getName()), name + "!" + e.getName());
        }
        // skipping an entry inflates it too: count it, so bombs in images or icons are stopped as well
        guard.inflated(zip, e.getName()).transferTo(OutputStream.nullOutputStream());
      }
      throw DataFileException.ofFile(name, "is a KMZ (zip) file without a .kml document inside", null);
    }
    return parse(kml, name);
  }

  private static XMLInputFactory factory() {
    XMLInputFactory f = XMLInputFactory.newFactory();
    f.setProperty(XMLInputFactory.SUPPORT_DTD, false);
    f.setProperty(XMLInputFactory.IS_SUPPORTING_EXTERNAL_ENTITIES, false);
    f.setProperty(XMLInputFactory.IS_REPLACING_ENTITY_REFERENCES, false);
    f.setProperty(XMLInputFactory.IS_COALESCING, true);
    return f;
  }

  private static List<KmlPlacemark> parse(InputStream in, String name) {
    List<KmlPlacemark> result = new ArrayList<>();
    CrsTransform transform = CrsTransform.wgs84ToRd();
    Deque<String> folders = new ArrayDeque<>();
    Deque<String> path = new ArrayDeque<>();
    int placemarks = 0;
    XMLStreamReader r = null;
    try {
      r = factory().createXMLStreamReader(in);
      while (r.hasNext()) {
        int event = r.next();
        if (event == XMLStreamConstants.DTD) {
          throw DataFileException.ofFile(name, "declares a DOCTYPE " + at(r.getLocation())
              + "; DTDs and external entities are refused in KML", null);
        }
        if (event == XMLStreamConstants.ENTITY_REFERENCE) {
          throw DataFileException.ofFile(name, "refers to the entity '&" + r.getLocalName() + ";' " + at(r.getLocation())
              + "; entities are refused in KML", null);
        }
        if (event == XMLStreamConstants.START_ELEMENT) {
          String local = r.getLocalName();
          if (local.equals("Placemark")) {
            RawPlacemark raw = placemark(r, name, placemarks);
            if (!raw.polygons.isEmpty()) {
              raw.properties.putIfAbsent("folder", folders.isEmpty() ? null : folders.peek());
              raw.properties.values().removeIf(v -> v == null);
              result.add(raw.build(transform, name));
            }
            placemarks++;
            continue;
          }
          if (local.equals("Folder")) {
            folders.push("");
          } else if (local.equals("name") && "Folder".equals(path.peek())) {
            folders.pop();
            folders.push(text(r, name));
            continue;
          }
          path.push(local);
        } else if (event == XMLStreamConstants.END_ELEMENT) {
          if (r.getLocalName().equals("Folder") && !folders.isEmpty()) {
            folders.pop();
          }
          if (!path.isEmpty()) {
            path.pop();
          }
        }
      }
    } catch (XMLStreamException e) {
      throw DataFileException.ofFile(name, "is not well-formed XML " + at(e.getLocation()) + ": " + message(e), e);
    } finally {
      if (r != null) {
        try {
          r.close();
        } catch (XMLStreamException ignored) {
          // the document has been read or has failed; nothing is lost by a failed close
        }
      }
    }
    return List.copyOf(result);
  }

  /** A placemark as found, before its geometry is built: coordinate texts per polygon ring. */
  private static final class RawPlacemark {
    final int index;
    final Optional<String> id;
    final Map<String, String> properties = new LinkedHashMap<>();
    final List<RawPolygon> polygons = new ArrayList<>();

    RawPlacemark(int index, Optional<String> id) {
      this.index = index;
      this.id = id;
    }

    String label() {
      String n = properties.get("name");
      return n != null && !n.isBlank() ? n.strip() : id.orElse("");
    }

    KmlPlacemark build(CrsTransform transform, String file) {
      try {
        List<Polygon> shapes = new ArrayList<>();
        for (int p = 0; p < polygons.size(); p++) {
          String what = polygons.size() == 1 ? "" : "polygon " + (p + 1) + " ";
          shapes.addAll(polygons.get(p).build(what));
        }
        Geometry wgs84 = shapes.size() == 1 ? shapes.get(0) : WGS84.createMultiPolygon(shapes.toArray(new Polygon[0]));
        return new KmlPlacemark(index, id, properties, transform.apply(wgs84));
      } catch (IllegalArgumentException e) {
        throw new DataFileException(file, index, label(), e.getMessage(), e);
      }
    }
  }

  /**
   * A KML Polygon's ring texts. KML allows one outer boundary per Polygon; files in the wild hold several (two
   * {@code outerBoundaryIs}, or two rings in one), and each is read as its own polygon rather than dropped, its
   * holes those inner boundaries that lie inside it.
   */
  private record RawPolygon(List<String> shells, List<String> holes) {

    List<Polygon> build(String what) {
      if (shells.isEmpty()) {
        throw new IllegalArgumentException(what + "has no outerBoundaryIs");
      }
      List<LinearRing> outer = new ArrayList<>();
      for (int i = 0; i < shells.size(); i++) {
        outer.add(KmlCoordinates.ring(shells.get(i), what + "outer boundary" + (shells.size() == 1 ? "" : " " + (i + 1)),
            WGS84));
      }
      List<List<LinearRing>> inner = new ArrayList<>();
      outer.forEach(o -> inner.add(new ArrayList<>()));
      for (int i = 0; i < holes.size(); i++) {
        String label = what + "inner boundary " + (i + 1);
        LinearRing hole = KmlCoordinates.ring(holes.get(i), label, WGS84);
        int owner = outer.size() == 1 ? 0 : ownerOf(outer, hole);
        if (owner < 0) {
          throw new IllegalArgumentException(label + " lies inside none of the " + outer.size() + " outer boundaries");
        }
        inner.get(owner).add(hole);
      }
      List<Polygon> result = new ArrayList<>();
      for (int i = 0; i < outer.size(); i++) {
        result.add(WGS84.createPolygon(outer.get(i), inner.get(i).toArray(new LinearRing[0])));
      }
      return result;
    }

    private static int ownerOf(List<LinearRing> shells, LinearRing hole) {
      for (int i = 0; i < shells.size(); i++) {
        if (WGS84.createPolygon(shells.get(i)).covers(hole)) {
          return i;
        }
      }
      return -1;
    }
  }

  private static RawPlacemark placemark(XMLStreamReader r, String file, int index) throws XMLStreamException {
    String idAttr = r.getAttributeValue(null, "id");
    RawPlacemark p = new RawPlacemark(index, Optional.ofNullable(idAttr).map(String::strip).filter(s -> !s.isEmpty()));
    int depth = 1;
    while (depth > 0) {
      int event = r.next();
      if (event == XMLStreamConstants.END_ELEMENT) {
        depth--;
        continue;
      }
      if (event != XMLStreamConstants.START_ELEMENT) {
        continue;
      }
      String local = r.getLocalName();
      switch (local) {
        case "name", "description" -> {
          if (depth == 1) {
            p.properties.put(local, text(r, file));
          } else {
            text(r, file);
          }
        }
        case "Data" -> {
          String key = r.getAttributeValue(null, "name");
          String value = dataValue(r, file);
          if (key != null && !key.isBlank()) {
            p.properties.put(key.strip(), value);
          }
        }
        case "SimpleData" -> {
          String key = r.getAttributeValue(null, "name");
          String value = text(r, file);
          if (key != null && !key.isBlank()) {
            p.properties.put(key.strip(), value);
          }
        }
        case "Polygon" -> polygon(r, file, p);
        default -> depth++;
      }
    }
    return p;
  }

  /** The {@code value} of a {@code Data} element; leaves the reader on {@code </Data>}. */
  private static String dataValue(XMLStreamReader r, String file) throws XMLStreamException {
    String value = "";
    int depth = 1;
    while (depth > 0) {
      int event = r.next();
      if (event == XMLStreamConstants.START_ELEMENT) {
        if (r.getLocalName().equals("value")) {
          value = text(r, file);
        } else {
          text(r, file);
        }
      } else if (event == XMLStreamConstants.END_ELEMENT) {
        depth--;
      }
    }
    return value;
  }

  /** Collects a Polygon's ring texts; leaves the reader on {@code </Polygon>}. */
  private static void polygon(XMLStreamReader r, String file, RawPlacemark p) throws XMLStreamException {
    List<String> shells = new ArrayList<>();
    List<String> holes = new ArrayList<>();
    boolean inner = false;
    int depth = 1;
    while (depth > 0) {
      int event = r.next();
      if (event == XMLStreamConstants.START_ELEMENT) {
        String local = r.getLocalName();
        if (local.equals("coordinates")) {
          String text = text(r, file);
          (inner ? holes : shells).add(text);
        } else {
          if (local.equals("outerBoundaryIs")) {
            inner = false;
          } else if (local.equals("innerBoundaryIs")) {
            inner = true;
          }
          depth++;
        }
      } else if (event == XMLStreamConstants.END_ELEMENT) {
        depth--;
      }
    }
    p.polygons.add(new RawPolygon(shells, holes));
  }

  /** The text of the current element and its descendants; leaves the reader on its end tag. */
  private static String text(XMLStreamReader r, String file) throws XMLStreamException {
    StringBuilder sb = new StringBuilder();
    int depth = 1;
    while (depth > 0) {
      int event = r.next();
      switch (event) {
        case XMLStreamConstants.CHARACTERS, XMLStreamConstants.CDATA, XMLStreamConstants.SPACE -> sb.append(r.getText());
        case XMLStreamConstants.START_ELEMENT -> depth++;
        case XMLStreamConstants.END_ELEMENT -> depth--;
        case XMLStreamConstants.ENTITY_REFERENCE -> throw DataFileException.ofFile(file, "refers to the entity '&"
            + r.getLocalName() + ";' " + at(r.getLocation()) + "; entities are refused in KML", null);
        default -> { }
      }
    }
    return sb.toString().strip();
  }

  private static String at(Location location) {
    return location == null ? "" : "at line " + location.getLineNumber() + ", column " + location.getColumnNumber();
  }

  private static String message(XMLStreamException e) {
    String m = String.valueOf(e.getMessage());
    int i = m.indexOf("Message: ");
    return i >= 0 ? m.substring(i + "Message: ".length()).strip() : m;
  }
}
