/**
 * The incident query: which groups lie within a distance of a point, and how far each is, for the police and
 * Burgernet ("which groups, and admins, are within 500 m of this address?"). {@link nl.dekking.nearby.NearbyIndex}
 * answers it over a {@link nl.dekking.index.CoverageMap} exactly as PostGIS {@code ST_DWithin} and
 * {@code ST_Distance} do on the analysed areas: 0 inside an area or on its edge, else the distance to its nearest
 * edge. Working CRS is RD New, metres.
 */
package nl.dekking.nearby;
