package nl.dekking.io;

import static java.util.Objects.requireNonNull;

import java.util.Optional;

/**
 * How to read a data file: which layer, which municipality, which BAG objects count as households, where a CSV
 * keeps its coordinates, and the CRS when the file's own is neither RD New nor WGS84. Start from
 * {@link #defaults()} and change what differs:
 *
 * <pre>{@code
 * ReadOptions options = ReadOptions.defaults().withLayer("verblijfsobject").withMunicipality("GM0228");
 * }</pre>
 *
 * <p>Thread-safe and immutable.
 *
 * @param layer the GeoPackage layer (table) to read; empty to pick the one layer of the right geometry type
 *     (for households a layer named {@code verblijfsobject} wins)
 * @param municipality keep only features of this municipality, where the source names one
 * @param bag which BAG objects are households
 * @param coordinates the CSV coordinate columns
 * @param proj4 a proj4 definition of the source CRS, used when the file's CRS is neither EPSG:28992 nor EPSG:4326
 * @param includeWater whether CBS areas that are only water ("Groot water", {@code water = JA}) are kept; they
 *     are left out by default because nobody lives there and they distort coverage maps
 */
public record ReadOptions(Optional<String> layer, Optional<MunicipalityFilter> municipality, BagFilter bag,
    CoordinateColumns coordinates, Optional<String> proj4, boolean includeWater) {

  public ReadOptions {
    requireNonNull(layer, "layer");
    requireNonNull(municipality, "municipality");
    requireNonNull(bag, "bag");
    requireNonNull(coordinates, "coordinates");
    requireNonNull(proj4, "proj4");
    layer = layer.map(String::strip).filter(s -> !s.isEmpty());
    proj4 = proj4.map(String::strip).filter(s -> !s.isEmpty());
  }

  /** Any layer of the right type, every municipality, BAG homes in use with berths, coordinate columns detected. */
  public static ReadOptions defaults() {
    return new ReadOptions(Optional.empty(), Optional.empty(), BagFilter.defaults(), CoordinateColumns.detect(),
        Optional.empty(), false);
  }

  public ReadOptions withLayer(String newLayer) {
    return new ReadOptions(Optional.of(requireNonNull(newLayer, "layer")), municipality, bag, coordinates, proj4, includeWater);
  }

  /**
   * Keeps the features of one municipality, by code ({@code GM0074}) or name ({@code Heerenveen}).
   *
   * @see MunicipalityFilter#parse(String)
   */
  public ReadOptions withMunicipality(String codeOrName) {
    return new ReadOptions(layer, Optional.of(MunicipalityFilter.parse(codeOrName)), bag, coordinates, proj4, includeWater);
  }

  public ReadOptions withBag(BagFilter newBag) {
    return new ReadOptions(layer, municipality, newBag, coordinates, proj4, includeWater);
  }

  public ReadOptions withCoordinates(CoordinateColumns newCoordinates) {
    return new ReadOptions(layer, municipality, bag, newCoordinates, proj4, includeWater);
  }

  public ReadOptions withProj4(String definition) {
    return new ReadOptions(layer, municipality, bag, coordinates, Optional.of(requireNonNull(definition, "proj4")), includeWater);
  }

  public ReadOptions withWater(boolean include) {
    return new ReadOptions(layer, municipality, bag, coordinates, proj4, include);
  }
}
