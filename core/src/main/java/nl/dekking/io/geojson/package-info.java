/**
 * GeoJSON in and out. {@link nl.dekking.io.geojson.GeoJsonReader} reads households, streets, groups and
 * neighbourhoods from FeatureCollections into RD New, streaming feature by feature with Jackson's
 * {@code JsonParser}; RFC 7946 WGS84 is assumed unless the file has a named {@code crs} member
 * ({@code urn:ogc:def:crs:EPSG::28992}, as PDOK and GDAL write), which is honoured wherever it stands.
 * {@link nl.dekking.io.geojson.GeoJsonWriter} writes them back as RFC 7946 (or RD New with a {@code crs} member),
 * never including a contact without public consent unless municipality-internal output is asked for;
 * {@link nl.dekking.io.geojson.FeatureCollectionWriter} is the general, streaming feature writer other packages
 * use for their own layers.
 *
 * <p>Bad input is one {@link nl.dekking.io.DataFileException} naming the file, the feature and the problem.
 */
package nl.dekking.io.geojson;
