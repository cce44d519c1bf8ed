package nl.dekking.io;

import java.util.Locale;
import java.util.function.Function;

/**
 * Which BAG objects count as households. A PDOK BAG GeoPackage ({@code bag-light.gpkg}) holds every
 * verblijfsobject (dwellings, shops, offices, sheds) in every life-cycle state, plus the layers {@code ligplaats}
 * (houseboat berths) and {@code standplaats} (caravan pitches). By default only homes that exist count:
 *
 * <ul>
 *   <li>{@link #homesOnly}: the {@code gebruiksdoel} contains {@code woonfunctie}; a shop with a flat above it
 *       ({@code woonfunctie,winkelfunctie}) is a home;</li>
 *   <li>{@link #inUseOnly}: the {@code status} is in use: {@code Verblijfsobject in gebruik}, {@code Verblijfsobject
 *       in gebruik (niet ingemeten)} or {@code Verbouwing verblijfsobject} (a renovated object stays in use in the
 *       BAG life cycle); for berths and pitches {@code Plaats aangewezen}. Planned ({@code Verblijfsobject
 *       gevormd}), never built, withdrawn and disused objects are left out;</li>
 *   <li>{@link #withBerths}: the {@code ligplaats} and {@code standplaats} layers are read as well: houseboats
 *       and caravans are homes too.</li>
 * </ul>
 *
 * <p>A filter applies only where its column exists: the INSPIRE Adressen layer has neither {@code gebruiksdoel}
 * nor {@code status} and loads whole. Thread-safe and immutable.
 *
 * @param homesOnly keep only objects whose gebruiksdoel contains woonfunctie
 * @param inUseOnly keep only objects whose status is in use
 * @param withBerths also read the ligplaats and standplaats layers
 */
public record BagFilter(boolean homesOnly, boolean inUseOnly, boolean withBerths) {

  /** Homes in use, with houseboats and caravans: what a coverage map counts. */
  public static BagFilter defaults() {
    return new BagFilter(true, true, true);
  }

  /** Every object of the layer asked for, no other layers. */
  public static BagFilter none() {
    return new BagFilter(false, false, false);
  }

  public BagFilter withHomesOnly(boolean value) {
    return new BagFilter(value, inUseOnly, withBerths);
  }

  public BagFilter withInUseOnly(boolean value) {
    return new BagFilter(homesOnly, value, withBerths);
  }

  public BagFilter withBerths(boolean value) {
    return new BagFilter(homesOnly, inUseOnly, value);
  }

  /**
   * Whether a BAG object, its properties looked up by lower-case name, passes this filter. A missing
   * {@code gebruiksdoel} or {@code status} column passes.
   */
  public boolean accepts(Function<String, String> properties) {
    if (homesOnly) {
      String use = properties.apply("gebruiksdoel");
      if (use != null && !use.toLowerCase(Locale.ROOT).contains("woonfunctie")) {
        return false;
      }
    }
    if (inUseOnly) {
      String status = properties.apply("status");
      if (status != null && !isInUse(status)) {
        return false;
      }
    }
    return true;
  }

  /** Whether a BAG status means the object is in use. */
  public static boolean isInUse(String status) {
    String s = status.strip().toLowerCase(Locale.ROOT);
    return s.equals("verblijfsobject in gebruik") || s.equals("verblijfsobject in gebruik (niet ingemeten)")
        || s.equals("verbouwing verblijfsobject") || s.equals("plaats aangewezen");
  }
}
