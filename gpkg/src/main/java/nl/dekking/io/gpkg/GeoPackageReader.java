package nl.dekking.io.gpkg;

import nl.dekking.io.GeoPackageLayer;
import static java.util.Objects.requireNonNull;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import nl.dekking.io.fields.AddressFields;
import nl.dekking.io.DataFileException;
import nl.dekking.io.MunicipalityFilter;
import nl.dekking.io.fields.NeighbourhoodFields;
import nl.dekking.io.ReadOptions;
import nl.dekking.io.fields.StreetFields;
import nl.dekking.model.Streets;
import nl.dekking.model.Household;
import nl.dekking.model.HouseholdList;
import nl.dekking.model.Neighbourhood;
import nl.dekking.model.Street;
import org.locationtech.jts.geom.Geometry;
import org.locationtech.jts.geom.MultiPoint;
import org.locationtech.jts.geom.Point;

/**
 * Reads households, streets and neighbourhoods from a GeoPackage (OGC 12-128): a PDOK BAG extract
 * ({@code bag-light.gpkg}), the INSPIRE Adressen, NWB wegvakken, a CBS wijk- en buurtkaart.
 *
 * <p>How: the file is opened read-only with sqlite-jdbc; {@link #layers()} lists the feature layers from
 * {@code gpkg_contents} and {@code gpkg_geometry_columns} with their CRS from {@code gpkg_spatial_ref_sys}. A read
 * takes one layer (named in {@link ReadOptions#layer()} or else the only one of the right geometry type), decodes
 * each geometry blob (GeoPackage header, then JTS WKB, ISO Z/M codes accepted), transforms it into RD New and
 * maps the columns through {@link AddressFields}, {@link StreetFields} or {@link NeighbourhoodFields}. Layers in
 * EPSG:28992 and EPSG:4326 are read; any other CRS is refused unless {@link ReadOptions#proj4()} defines it.
 *
 * <p>All-or-nothing: the first bad feature ends the read with a {@link DataFileException} naming the file, the
 * layer, the feature's index and its {@code fid}, and the problem; nothing partial is returned. A truncated or
 * corrupt file is refused when opened (its SQLite header promises more bytes than the file has) or when SQLite
 * meets a damaged page. One pass over the layer: O(n) time, O(n) memory for the
 * result.
 *
 * <p>Not thread-safe: one reader per thread. Close it to release the SQLite connection.
 */
public final class GeoPackageReader implements AutoCloseable {

  private static final Set<String> BERTH_LAYERS = Set.of("ligplaats", "standplaats");

  private final GeoPackageFile gpkg;
  private final String displayName;
  private final List<GeoPackageLayer> layers;

  private GeoPackageReader(GeoPackageFile gpkg) {
    this.gpkg = gpkg;
    this.displayName = gpkg.displayName();
    this.layers = gpkg.layers();
  }

  /**
   * Opens a GeoPackage for reading and lists its feature layers.
   *
   * @throws DataFileException when the file is missing, not a GeoPackage, truncated or corrupt
   */
  public static GeoPackageReader open(Path file) {
    return new GeoPackageReader(GeoPackageFile.open(file));
  }

  /**
   * Opens a GeoPackage whose queries are stopped when they yield no feature for {@code limit} (default
   * {@link GeoPackageFile#QUERY_LIMIT}): an endless recursive view cannot hang the read.
   */
  static GeoPackageReader open(Path file, java.time.Duration limit) {
    return new GeoPackageReader(GeoPackageFile.open(file, limit));
  }

  /** The feature layers, in {@code gpkg_contents} order. */
  public List<GeoPackageLayer> layers() {
    return layers;
  }

  /** The file this reader reads. */
  public Path file() {
    return gpkg.file();
  }

  /**
   * Reads a point layer as households (a polygon layer gives each feature's interior point, as the BAG
   * {@code ligplaats} and {@code standplaats} need). Without a layer in the options the layer
   * {@code verblijfsobject} is taken, or else the only point layer. The {@linkplain ReadOptions#bag() BAG filter}
   * applies where its columns exist; with berths on, the layers {@code ligplaats} and {@code standplaats} are read
   * too when present. The municipality filter applies only where the layer names a municipality (BAG addresses
   * do not).
   *
   * @throws DataFileException on the first bad feature, or when no suitable layer exists
   */
  public List<Household> readHouseholds(ReadOptions options) {
    requireNonNull(options, "options");
    GeoPackageLayer main = options.layer().map(n -> requireLayer(n, LayerKind.HOUSEHOLDS))
        .orElseGet(() -> layer("verblijfsobject").orElseGet(() -> onlyLayer(LayerKind.HOUSEHOLDS)));
    requireType(main, LayerKind.HOUSEHOLDS);
    List<GeoPackageLayer> toRead = new ArrayList<>();
    toRead.add(main);
    if (options.bag().withBerths() && !BERTH_LAYERS.contains(main.name().toLowerCase(Locale.ROOT))) {
      for (String berth : List.of("ligplaats", "standplaats")) {
        layer(berth).ifPresent(toRead::add);
      }
    }
    HouseholdList.Builder households = HouseholdList.builder();
    for (GeoPackageLayer layer : toRead) {
      requireType(layer, LayerKind.HOUSEHOLDS);
      gpkg.forEachFeature(layer, options, LayerKind.HOUSEHOLDS, (fid, props, geometry) -> {
        if (!options.bag().accepts(props::get)
            || options.municipality().map(m -> m.test(props::get) == MunicipalityFilter.Match.NO).orElse(false)) {
          return;
        }
        Point p = pointOf(geometry);
        String id = AddressFields.householdId(props::get).orElse(layer.name() + "." + fid);
        households.add(new Household(id, AddressFields.read(props::get), p.getX(), p.getY()));
      });
    }
    return households.build();
  }

  /**
   * Reads a line layer as streets: segments of one street in one place are merged into one street with one line
   * ({@link Streets#merge}). Segments without a street name are left out. Without a layer in the options the only
   * line layer is taken.
   *
   * @throws DataFileException on the first bad feature, or when no suitable layer exists
   */
  public List<Street> readStreets(ReadOptions options) {
    requireNonNull(options, "options");
    GeoPackageLayer layer = chosen(options, LayerKind.STREETS);
    List<Street> segments = new ArrayList<>();
    gpkg.forEachFeature(layer, options, LayerKind.STREETS, (fid, props, geometry) -> {
      if (options.municipality().isPresent() && !inMunicipality(options.municipality().get(), props)) {
        return;
      }
      StreetFields.read(props::get, geometry).ifPresent(segments::add);
    });
    return Streets.merge(segments);
  }

  /**
   * Reads a polygon layer as CBS neighbourhoods (buurten or wijken, under the names {@link NeighbourhoodFields}
   * recognises). Without a layer in the options the layer {@code buurten} is taken (the CBS wijk- en buurtkaart
   * also holds {@code wijken} and {@code gemeenten}), or else the only polygon layer. Water-only areas are left
   * out unless {@link ReadOptions#includeWater()}.
   *
   * @throws DataFileException on the first bad feature, or when no suitable layer exists
   */
  public List<Neighbourhood> readNeighbourhoods(ReadOptions options) {
    requireNonNull(options, "options");
    GeoPackageLayer layer = options.layer().isPresent() ? chosen(options, LayerKind.AREAS)
        : layer("buurten").filter(LayerKind.AREAS::prefers).orElseGet(() -> chosen(options, LayerKind.AREAS));
    List<Neighbourhood> result = new ArrayList<>();
    gpkg.forEachFeature(layer, options, LayerKind.AREAS, (fid, props, geometry) -> {
      if (!options.includeWater() && NeighbourhoodFields.isWaterOnly(props::get)) {
        return;
      }
      if (options.municipality().isPresent() && !inMunicipality(options.municipality().get(), props)) {
        return;
      }
      result.add(NeighbourhoodFields.read(props::get, geometry));
    });
    return List.copyOf(result);
  }

  /**
   * Reads the features of a polygon layer as properties (lower-case column names, text values) and RD New area,
   * for callers that map them onto their own type (groups). Without a layer in the options the only polygon
   * layer is taken. The municipality filter is not applied.
   *
   * @param mapper maps one feature; an {@link IllegalArgumentException} it throws becomes a
   *     {@link DataFileException} naming the feature
   */
  public <T> List<T> readAreas(ReadOptions options, AreaMapper<T> mapper) {
    requireNonNull(options, "options");
    requireNonNull(mapper, "mapper");
    GeoPackageLayer layer = chosen(options, LayerKind.AREAS);
    String pk = gpkg.primaryKey(layer);
    List<T> result = new ArrayList<>();
    gpkg.forEachFeature(layer, options, LayerKind.AREAS, (fid, props, geometry) -> {
      Map<String, String> columns = new LinkedHashMap<>(props);
      if (pk != null) {
        columns.remove(pk.toLowerCase(Locale.ROOT));
      }
      result.add(requireNonNull(mapper.map(Collections.unmodifiableMap(columns), geometry), "mapper result"));
    });
    return List.copyOf(result);
  }

  /** Maps one polygon feature onto a value. */
  @FunctionalInterface
  public interface AreaMapper<T> {
    /**
     * @param properties the feature's columns by lower-case name in table order, text values; NULL columns and
     *     the primary key ({@code fid}) are absent
     * @param area the feature's Polygon or MultiPolygon in RD New
     */
    T map(Map<String, String> properties, Geometry area);
  }

  @Override
  public void close() {
    gpkg.close();
  }

  // ---------------------------------------------------------------------------------------------------------

  private GeoPackageLayer chosen(ReadOptions options, LayerKind kind) {
    GeoPackageLayer layer = options.layer().map(n -> requireLayer(n, kind)).orElseGet(() -> onlyLayer(kind));
    requireType(layer, kind);
    return layer;
  }

  private Optional<GeoPackageLayer> layer(String name) {
    return gpkg.layer(name);
  }

  private GeoPackageLayer requireLayer(String name, LayerKind kind) {
    return layer(name).orElseThrow(() -> DataFileException.ofFile(displayName, "has no feature layer '" + name
        + "' to read " + kind.what + " from; its layers are " + layers, null));
  }

  /**
   * The one layer that holds this kind: declared so, or, when none is, declared as the generic {@code GEOMETRY}
   * (as {@code ogr2ogr -sql} writes) and holding geometries of this kind (its first geometry is looked at; each
   * feature is checked during the read).
   */
  private GeoPackageLayer onlyLayer(LayerKind kind) {
    List<GeoPackageLayer> candidates = layers.stream().filter(kind::prefers).toList();
    Map<GeoPackageLayer, String> holding = new LinkedHashMap<>();
    if (candidates.isEmpty()) {
      List<GeoPackageLayer> generic = new ArrayList<>();
      for (GeoPackageLayer l : layers) {
        if (l.hasAnyGeometry()) {
          Optional<Geometry> first = gpkg.firstGeometry(l);
          holding.put(l, first.map(Geometry::getGeometryType).orElse("no geometry"));
          if (first.filter(kind::acceptsFeature).isPresent()) {
            generic.add(l);
          }
        }
      }
      candidates = generic;
    }
    if (candidates.size() == 1) {
      return candidates.get(0);
    }
    String problem = candidates.isEmpty()
        ? "has no " + kind.needs.substring(2) + " to read " + kind.what + " from; its layers are "
            + layers.stream().map(l -> holding.containsKey(l) ? l.name() + " (" + l.geometryType() + " holding "
                + holding.get(l) + ", " + l.crs() + ")" : l.toString()).toList()
        : "has " + candidates.size() + " layers that could hold " + kind.what + ": " + candidates + "; name one (--layer)";
    throw DataFileException.ofFile(displayName, problem, null);
  }

  private void requireType(GeoPackageLayer layer, LayerKind kind) {
    if (!kind.accepts(layer)) {
      throw DataFileException.ofFile(displayName, "layer '" + layer.name() + "' has geometry type " + layer.geometryType()
          + ", but " + kind.what + " need " + kind.needs, null);
    }
  }

  private static boolean inMunicipality(MunicipalityFilter filter, Map<String, String> props) {
    return filter.keeps(MunicipalityFilter.municipalityCode(props::get), MunicipalityFilter.municipalityName(props::get));
  }

  private static Point pointOf(Geometry g) {
    if (g instanceof Point p) {
      return p;
    }
    if (g instanceof MultiPoint m) {
      return (Point) m.getGeometryN(0);
    }
    return g.getInteriorPoint();
  }
}
