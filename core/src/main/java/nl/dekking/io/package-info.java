/**
 * Reading and writing the formats municipal data comes in. Each format has its own package ({@code io.geojson},
 * {@code io.gpkg}, {@code io.kml}, {@code io.csv}); what they share lives here: {@link nl.dekking.io.DataFileException},
 * the one error every reader raises for bad input, naming the file, the feature and the problem, and
 * {@link nl.dekking.io.fields.AddressFields}, which recognises address properties under their BAG, INSPIRE and
 * OpenStreetMap names, {@link nl.dekking.io.fields.GroupFields}, which does the same for group properties, and
 * {@link nl.dekking.model.Audience}, which decides whose contact details a written file may hold;
 * {@link nl.dekking.io.fields.NeighbourhoodFields} (CBS wijken and buurten, every year's names) and
 * {@link nl.dekking.io.fields.StreetFields} (NWB street lines) recognise the other kinds of feature.
 *
 * <p>{@link nl.dekking.io.DataFiles} is the one entry point: it picks the reader by the file's extension and
 * takes {@link nl.dekking.io.ReadOptions} (layer, {@link nl.dekking.io.MunicipalityFilter municipality},
 * {@link nl.dekking.io.BagFilter BAG filter}, {@link nl.dekking.io.CoordinateColumns CSV coordinate columns},
 * proj4 definition). {@link nl.dekking.model.Streets} merges street segments and derives streets from addresses.
 *
 * <p>GeoPackage is read by the separate module {@code nl.dekking:dekking-gpkg} (it brings SQLite): on the class
 * path it registers a {@link nl.dekking.io.FormatReader} that {@code DataFiles} finds with {@link java.util.ServiceLoader};
 * without it a {@code .gpkg} file is refused with a message naming the artifact to add.
 *
 * <p>Readers are all-or-nothing: they return a complete result or throw, never a partial dataset.
 */
package nl.dekking.io;

import nl.dekking.io.fields.AddressFields;
import nl.dekking.io.fields.GroupFields;
import nl.dekking.io.fields.NeighbourhoodFields;
import nl.dekking.io.fields.StreetFields;
import nl.dekking.model.Audience;
import nl.dekking.model.Streets;
