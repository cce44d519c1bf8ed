package nl.dekking.io.geojson;

import java.util.Optional;
import java.util.function.Function;
import nl.dekking.io.fields.NeighbourhoodFields;
import nl.dekking.io.ReadOptions;
import nl.dekking.model.Neighbourhood;
import org.locationtech.jts.geom.Geometry;

/**
 * Makes a {@link Neighbourhood} of a CBS buurt or wijk feature: a Polygon or MultiPolygon, kept as read (CBS's
 * generalised maps have a few self-intersecting rings), with the properties {@link NeighbourhoodFields} recognises
 * (CBS names of 2023 and later, of older years, simplified and PDOK files; {@code -99997} and its kin become an
 * empty household count). The feature's {@code id} member is the code when no code property is given. Water-only
 * areas ({@link NeighbourhoodFields#isWaterOnly}) are left out unless the options include water, and areas of
 * other municipalities when the options name one.
 *
 * <p>Thread-safe and stateless.
 */
final class NeighbourhoodInterpreter implements FeatureCollectionParser.Interpreter<Neighbourhood> {

  private final ReadOptions options;

  NeighbourhoodInterpreter(ReadOptions options) {
    this.options = options;
  }

  @Override
  public Neighbourhood interpret(RawFeature f, GeometryDecoder decoder) {
    Geometry area = decoder.decodeArea(f.geometry(), "neighbourhood");
    Function<String, String> properties = name -> PropertyLookup.get(f.properties(), name);
    if (!options.includeWater() && NeighbourhoodFields.isWaterOnly(properties)) {
      return null;
    }
    Neighbourhood n = NeighbourhoodFields.read(f.id().isBlank() ? Optional.empty() : Optional.of(f.id()), properties, area);
    if (options.municipality().isPresent()
        && !options.municipality().get().keeps(n.municipalityCode(), n.municipalityName())) {
      return null;
    }
    return n;
  }
}
