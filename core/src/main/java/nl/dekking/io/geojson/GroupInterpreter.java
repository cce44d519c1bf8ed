package nl.dekking.io.geojson;

import java.util.HashMap;
import java.util.Map;
import java.util.Optional;
import nl.dekking.io.fields.GroupFields;
import nl.dekking.model.Group;
import org.locationtech.jts.geom.Geometry;

/**
 * Makes a {@link Group} of a feature: a Polygon or MultiPolygon (kept as read, valid or not) with group
 * properties as {@link GroupFields} recognises them, the feature's {@code id} member used when no id property is
 * given. Two features with the same group id are an error naming both.
 *
 * <p>Not thread-safe; one per read.
 */
final class GroupInterpreter implements FeatureCollectionParser.Interpreter<Group> {

  private final Map<String, Long> seen = new HashMap<>();

  @Override
  public Group interpret(RawFeature f, GeometryDecoder decoder) {
    Geometry area = decoder.decodeArea(f.geometry(), "group");
    Group g = GroupFields.read(f.id().isBlank() ? Optional.empty() : Optional.of(f.id()), f.properties(), area);
    Long before = seen.putIfAbsent(g.id(), f.index());
    if (before != null) {
      throw new IllegalArgumentException("group id '" + g.id() + "' is used by feature " + before + " too; ids must be unique");
    }
    return g;
  }
}
