package nl.dekking.io;

import static java.util.Objects.requireNonNull;

import java.util.Locale;
import java.util.Set;

/**
 * A feature layer of a GeoPackage as {@code gpkg_contents} and {@code gpkg_geometry_columns} describe it.
 *
 * @param name the table name, as {@code --layer} takes it
 * @param geometryColumn the geometry column
 * @param geometryType the declared geometry type in upper case: {@code POINT}, {@code LINESTRING},
 *     {@code MULTIPOLYGON}, {@code GEOMETRY} (any) and so on
 * @param srsId the GeoPackage srs_id
 * @param crs the CRS as organisation and code, {@code EPSG:28992}; {@code NONE:-1} when undefined
 */
public record GeoPackageLayer(String name, String geometryColumn, String geometryType, int srsId, String crs) {

  static final Set<String> POINTS = Set.of("POINT", "MULTIPOINT");
  static final Set<String> LINES = Set.of("LINESTRING", "MULTILINESTRING", "CURVE", "MULTICURVE", "COMPOUNDCURVE");
  static final Set<String> AREAS = Set.of("POLYGON", "MULTIPOLYGON", "CURVEPOLYGON", "SURFACE", "MULTISURFACE");

  public GeoPackageLayer {
    requireNonNull(name, "name");
    requireNonNull(geometryColumn, "geometryColumn");
    requireNonNull(geometryType, "geometryType");
    requireNonNull(crs, "crs");
    geometryType = geometryType.strip().toUpperCase(Locale.ROOT);
  }

  /** Whether the layer declares points. */
  public boolean hasPoints() {
    return POINTS.contains(geometryType);
  }

  /** Whether the layer declares lines. */
  public boolean hasLines() {
    return LINES.contains(geometryType);
  }

  /** Whether the layer declares polygons. */
  public boolean hasAreas() {
    return AREAS.contains(geometryType);
  }

  /** Whether the layer declares the generic type {@code GEOMETRY}: each feature may have any type. */
  public boolean hasAnyGeometry() {
    return geometryType.equals("GEOMETRY") || geometryType.equals("GEOMETRYCOLLECTION");
  }

  @Override
  public String toString() {
    return name + " (" + geometryType + ", " + crs + ")";
  }
}
