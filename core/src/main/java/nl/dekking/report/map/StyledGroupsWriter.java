package nl.dekking.report.map;

import static java.util.Objects.requireNonNull;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Pattern;
import nl.dekking.model.Audience;
import nl.dekking.io.fields.GroupFields;
import nl.dekking.io.geojson.GeoJsonFeature;
import nl.dekking.io.geojson.GeoJsonWriter;
import nl.dekking.model.Group;

/**
 * Writes group areas as RFC 7946 GeoJSON with <a href="https://github.com/mapbox/simplestyle-spec">SimpleStyle</a>
 * properties ({@code fill}, {@code fill-opacity}, {@code stroke}, {@code stroke-width}, {@code stroke-opacity}), so
 * uMap and geojson.io colour each group as the report's map does when the file is imported.
 *
 * <p>Each feature's properties are the group's public fields ({@link GroupFields#write} for
 * {@link Audience#PUBLIC}: contacts only with {@code PUBLIC} consent), then the caller's extra properties (such as
 * households and capacity), then the style. Writing goes through {@link GeoJsonWriter}: WGS84 with 7 decimals,
 * replaced atomically. Linear in the number of vertices. Stateless and thread-safe.
 */
public final class StyledGroupsWriter {

  private static final Pattern COLOUR = Pattern.compile("#[0-9a-fA-F]{6}");

  private StyledGroupsWriter() {}

  /**
   * One group with its style.
   *
   * @param group the group
   * @param colour fill and outline colour {@code #rrggbb}
   * @param fillOpacity the fill's opacity, 0 to 1
   * @param extra further properties, written after the group's own; they must not hold contact details
   */
  public record StyledGroup(Group group, String colour, double fillOpacity, Map<String, ?> extra) {
    public StyledGroup {
      requireNonNull(group, "group");
      requireNonNull(colour, "colour");
      requireNonNull(extra, "extra");
      if (!COLOUR.matcher(colour).matches()) {
        throw new IllegalArgumentException("group '" + group.id() + "' colour must be #rrggbb, was '" + colour + "'");
      }
      if (!(fillOpacity >= 0 && fillOpacity <= 1)) {
        throw new IllegalArgumentException("group '" + group.id() + "' fill opacity must be 0 to 1, was " + fillOpacity);
      }
      extra = new LinkedHashMap<>(extra);
    }
  }

  /** The GeoJSON features, in the given order. */
  public static List<GeoJsonFeature> features(List<StyledGroup> groups) {
    List<GeoJsonFeature> features = new ArrayList<>();
    for (StyledGroup s : groups) {
      Map<String, Object> properties = GroupFields.write(s.group(), Audience.PUBLIC);
      for (Map.Entry<String, ?> e : s.extra().entrySet()) {
        properties.putIfAbsent(e.getKey(), e.getValue());
      }
      properties.put("fill", s.colour());
      properties.put("fill-opacity", s.fillOpacity());
      properties.put("stroke", s.colour());
      properties.put("stroke-width", 2);
      properties.put("stroke-opacity", 1.0);
      features.add(GeoJsonFeature.of(s.group().id(), s.group().area(), properties));
    }
    return features;
  }

  /** Writes the groups to a GeoJSON file. */
  public static void write(List<StyledGroup> groups, Path file) {
    requireNonNull(groups, "groups");
    requireNonNull(file, "file");
    GeoJsonWriter.writeFeatures(features(groups), file);
  }
}
