/**
 * GeoPackage (OGC 12-128, an SQLite file) reading: PDOK BAG extracts ({@code bag-light.gpkg}: layers
 * {@code verblijfsobject}, {@code ligplaats}, {@code standplaats}), the INSPIRE Adressen, NWB wegvakken and CBS
 * wijk- en buurtkaarten. {@link nl.dekking.io.gpkg.GeoPackageReader} lists the feature layers with their geometry
 * type and CRS and reads a point layer as households, a line layer as streets and a polygon layer as
 * neighbourhoods or groups. Geometries are decoded from the GeoPackage binary header and WKB (JTS) and transformed
 * from EPSG:28992 or EPSG:4326 (or a caller's proj4 definition) into RD New. Reads are all-or-nothing.
 *
 * <p>This package is the module {@code nl.dekking:dekking-gpkg}, so core does not carry sqlite-jdbc;
 * {@link nl.dekking.io.gpkg.GeoPackageFormat} registers it with {@link nl.dekking.io.DataFiles}.
 */
package nl.dekking.io.gpkg;
