/**
 * The coverage map: one {@link nl.dekking.report.map.MapScene} (road surfaces, neighbourhood outlines, group areas,
 * overlaps, gap clusters, slivers, households, street names, legend and scale bar, already projected to pixels)
 * drawn by two renderers that share it: {@link nl.dekking.report.map.SvgMapWriter} for the HTML report and web
 * pages, and {@link nl.dekking.report.map.PngMapWriter} (Java2D) for a picture. Styles live with the
 * {@link nl.dekking.report.map.MapLayer layers}, so both renderers draw the same map.
 *
 * <p>Also here: {@link nl.dekking.report.map.MapBackground}, the road surfaces and street-name labels drawn under
 * the groups, with a reader for BGT extracts, and {@link nl.dekking.report.map.StyledGroupsWriter}, which writes
 * group areas as GeoJSON with SimpleStyle properties so uMap and geojson.io colour them on import.
 *
 * <p><b>Projection.</b> The working CRS, RD New, is metric and nearly conformal, so the map is a linear scaling of
 * RD coordinates with the y axis flipped; the scale bar is exact to well within a pixel at town scale.
 */
package nl.dekking.report.map;
