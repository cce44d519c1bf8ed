/**
 * The domain of Dekking: {@link nl.dekking.model.Address addresses}, the {@link nl.dekking.model.Household
 * households} at them, {@link nl.dekking.model.Street streets}, neighbourhood-watch {@link nl.dekking.model.Group
 * groups} with their admins' {@link nl.dekking.model.Contact contacts}, CBS {@link nl.dekking.model.Neighbourhood
 * neighbourhoods}, and the {@link nl.dekking.model.Dataset dataset} that holds them for one area.
 *
 * <p>Every value here is an immutable record that validates itself in its constructor: a value that exists is
 * valid. All coordinates and geometries are in RD New (EPSG:28992), metres; readers in {@code nl.dekking.io}
 * transform on the way in.
 */
package nl.dekking.model;
