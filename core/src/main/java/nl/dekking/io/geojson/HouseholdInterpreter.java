package nl.dekking.io.geojson;

import nl.dekking.io.fields.AddressFields;
import nl.dekking.model.Address;
import nl.dekking.model.Household;
import org.locationtech.jts.geom.Geometry;
import org.locationtech.jts.geom.MultiPoint;
import org.locationtech.jts.geom.Point;

/**
 * Makes a {@link Household} of a feature: a Point (or a MultiPoint of one point) with address properties as
 * {@link AddressFields} recognises them. The id is the feature's {@code id} member, else an id property
 * ({@link AddressFields#householdId}: {@code identificatie}, {@code id}, ...), else {@code <file name>#<index>}.
 *
 * <p>Stateless and thread-safe, so a full read's features are interpreted on every core. Street names, places and
 * postcodes repeat across thousands of households; a full read keeps one copy of each in its
 * {@link nl.dekking.model.HouseholdList}.
 */
final class HouseholdInterpreter implements FeatureCollectionParser.Interpreter<Household> {

  private final String fileName;
  private final boolean parallel;

  /** An interpreter for a streaming read: each household is handed on as soon as it is read. */
  HouseholdInterpreter(String fileName) {
    this(fileName, false);
  }

  /**
   * An interpreter; with {@code parallel}, for a read that collects every household, features are interpreted
   * on every core in batches (reading ahead of the consumer by a few thousand features).
   */
  HouseholdInterpreter(String fileName, boolean parallel) {
    this.fileName = fileName;
    this.parallel = parallel;
  }

  @Override
  public Household interpret(RawFeature f, GeometryDecoder decoder) {
    if (f.geometry() == null) {
      throw new IllegalArgumentException("feature has no geometry; a household needs a Point");
    }
    Geometry g = decoder.decode(f.geometry());
    if (g instanceof MultiPoint m && m.getNumGeometries() == 1) {
      g = m.getGeometryN(0);
    }
    if (!(g instanceof Point point)) {
      throw new IllegalArgumentException("a household's geometry must be a Point, was " + g.getGeometryType());
    }
    Address address = AddressFields.read(name -> PropertyLookup.get(f.properties(), name));
    return new Household(id(f), address, point.getX(), point.getY());
  }

  private String id(RawFeature f) {
    if (!f.id().isBlank()) {
      return f.id().strip();
    }
    return AddressFields.householdId(name -> PropertyLookup.get(f.properties(), name))
        .orElseGet(() -> fileName + "#" + f.index());
  }

  @Override
  public boolean threadSafe() {
    return parallel;
  }
}
