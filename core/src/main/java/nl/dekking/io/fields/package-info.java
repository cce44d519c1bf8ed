/**
 * Internal: the field dictionaries every reader shares. Each class names the properties under which BAG, INSPIRE,
 * OpenStreetMap, CBS, NWB and Google My Maps files keep one kind of value ({@link
 * nl.dekking.io.fields.AddressFields}, {@link nl.dekking.io.fields.GroupFields}, {@link
 * nl.dekking.io.fields.StreetFields}, {@link nl.dekking.io.fields.NeighbourhoodFields}), so the GeoJSON, GeoPackage,
 * CSV and KML readers recognise the same names. Not API (left out of the published javadoc): applications read
 * files through {@link nl.dekking.io.DataFiles}.
 */
package nl.dekking.io.fields;
