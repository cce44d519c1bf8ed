package nl.dekking.report.map;

import static java.util.Objects.requireNonNull;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import nl.dekking.io.geojson.GeoJsonFeature;
import nl.dekking.io.geojson.GeoJsonWriter;
import nl.dekking.model.Contact;
import nl.dekking.model.PublicGroup;
import org.locationtech.jts.geom.Geometry;
import org.locationtech.jts.geom.MultiPolygon;
import org.locationtech.jts.geom.Polygon;
import org.locationtech.jts.geom.util.PolygonExtracter;

/**
 * Writes public group areas as RFC 7946 GeoJSON with <a href="https://github.com/mapbox/simplestyle-spec">SimpleStyle</a>
 * properties ({@code fill}, {@code fill-opacity}, {@code stroke}, {@code stroke-width}, {@code stroke-opacity}), so
 * uMap and geojson.io colour each group as the report's map does when the file is imported.
 *
 * <p>A public file: it is given {@link PublicGroup}s, the allow-list, never a group. Each feature's properties are
 * {@code id}, {@code name}, {@code members}, {@code streets}, per public contact {@code admin_name},
 * {@code admin_email}, {@code admin_phone}, {@code consent} (then {@code _2}, ...: the names Dekking's readers
 * recognise, so the file reads back as groups), {@code join_contact} when given, then the caller's extra
 * properties (numbers the analysis computed, such as households), then the style. Every area is written as a
 * {@code MultiPolygon}, outer rings counter-clockwise, so the file is one layer of one geometry type; an empty area
 * has no geometry. Writing goes through {@link GeoJsonWriter}: WGS84 with 7 decimals, replaced atomically. Linear
 * in the number of vertices. Stateless and thread-safe.
 */
public final class StyledGroupsWriter {

  private StyledGroupsWriter() {}

  /**
   * One public group with its area and style.
   *
   * @param group the public view of the group; its colour fills and outlines the area
   * @param area the group's area as analysed, RD New; may be empty
   * @param fillOpacity the fill's opacity, 0 to 1
   * @param extra further properties computed by the analysis (numbers, flags); never free text from the input
   */
  public record StyledGroup(PublicGroup group, Geometry area, double fillOpacity, Map<String, ?> extra) {
    public StyledGroup {
      requireNonNull(group, "group");
      requireNonNull(area, "area");
      requireNonNull(extra, "extra");
      if (!GroupPalette.isColour(group.colour())) {
        throw new IllegalArgumentException("group '" + group.id() + "' colour must be #rrggbb, was '" + group.colour() + "'");
      }
      if (!(fillOpacity >= 0 && fillOpacity <= 1)) {
        throw new IllegalArgumentException("group '" + group.id() + "' fill opacity must be 0 to 1, was " + fillOpacity);
      }
      for (Object value : extra.values()) {
        if (!(value instanceof Number || value instanceof Boolean || value instanceof Enum<?>)) {
          throw new IllegalArgumentException("group '" + group.id() + "' extra properties must be numbers, flags or"
              + " enum values computed by the analysis, never text from the input; was " + value);
        }
      }
      extra = new LinkedHashMap<>(extra);
    }
  }

  /** The allow-listed properties of a public group, with the names Dekking's group readers recognise. */
  public static Map<String, Object> properties(PublicGroup g) {
    Map<String, Object> p = new LinkedHashMap<>();
    p.put("id", g.id());
    p.put("name", g.name());
    p.put("members", g.members());
    p.put("streets", String.join(", ", g.streets()));
    int n = 0;
    for (Contact c : g.contacts()) {
      n++;
      String suffix = n == 1 ? "" : "_" + n;
      p.put("admin_name" + suffix, c.name());
      if (!c.email().isEmpty()) {
        p.put("admin_email" + suffix, c.email());
      }
      if (!c.phone().isEmpty()) {
        p.put("admin_phone" + suffix, c.phone());
      }
      p.put("consent" + suffix, c.consent().name());
    }
    if (!g.joinContact().isEmpty()) {
      p.put("join_contact", g.joinContact());
    }
    return p;
  }

  /** The GeoJSON features, in the given order. */
  public static List<GeoJsonFeature> features(List<StyledGroup> groups) {
    List<GeoJsonFeature> features = new ArrayList<>();
    for (StyledGroup s : groups) {
      Map<String, Object> properties = properties(s.group());
      for (Map.Entry<String, ?> e : s.extra().entrySet()) {
        properties.putIfAbsent(e.getKey(), e.getValue());
      }
      properties.put("fill", s.group().colour());
      properties.put("fill-opacity", s.fillOpacity());
      properties.put("stroke", s.group().colour());
      properties.put("stroke-width", 2);
      properties.put("stroke-opacity", 1.0);
      MultiPolygon area = multiPolygon(s.area());
      features.add(new GeoJsonFeature(s.group().id(), area.isEmpty() ? Optional.empty() : Optional.of(area),
          properties));
    }
    return features;
  }

  /** Writes the groups to a GeoJSON file. */
  public static void write(List<StyledGroup> groups, Path file) {
    requireNonNull(groups, "groups");
    requireNonNull(file, "file");
    GeoJsonWriter.writeFeatures(features(groups), file);
  }

  /** The polygons of an area as one MultiPolygon, outer rings counter-clockwise and holes clockwise (RFC 7946). */
  public static MultiPolygon multiPolygon(Geometry area) {
    @SuppressWarnings("unchecked")
    List<Polygon> polygons = (List<Polygon>) PolygonExtracter.getPolygons(area);
    MultiPolygon multi = area.getFactory().createMultiPolygon(
        polygons.stream().filter(p -> !p.isEmpty()).toArray(Polygon[]::new));
    multi.normalize();
    return (MultiPolygon) multi.reverse();
  }
}
