/**
 * KML and KMZ reading: coverage maps drawn by hand in Google My Maps (or Google Earth, QGIS) become groups.
 * {@link nl.dekking.io.kml.KmlReader} parses with StAX, refuses DTDs and external entities, and reads Placemarks
 * with a Polygon or MultiGeometry, their name, description, folder and ExtendedData; all-or-nothing.
 * {@link nl.dekking.io.kml.KmlWriter} writes areas back as coloured placemarks for Google My Maps.
 */
package nl.dekking.io.kml;
