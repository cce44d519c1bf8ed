/**
 * Coordinate reference systems. Dekking works in RD New (Amersfoort / RD New, EPSG:28992), metres; GeoJSON comes
 * and goes as WGS84 longitude/latitude (RFC 7946). {@link nl.dekking.crs.RdNew} holds the explicit RD New
 * definition (with the {@code +towgs84} datum shift, so no grid files are needed) and the extent check that turns
 * swapped axes or a wrong CRS into an error; {@link nl.dekking.crs.CrsTransform} transforms coordinates and
 * geometries into RD New from WGS84, from RD New itself or from any proj4 definition a caller supplies.
 */
package nl.dekking.crs;
