/**
 * Address lookup: a resident's question "is there a group for my address, and whom do I contact?".
 *
 * <p>{@link nl.dekking.lookup.AddressQuery} parses an address as people type it ({@code "2628 bx 12"},
 * {@code "2628BX 12a"}, {@code "2628BX 12-2"}, {@code "2628 BX 12 A"}) into a BAG key: postcode, house number,
 * letter and suffix. {@link nl.dekking.lookup.AddressLookup} answers, over one analysed map
 * ({@link nl.dekking.index.CoverageMap}) and the households, for an address or a point: a
 * {@link nl.dekking.lookup.LookupResult} with a {@link nl.dekking.lookup.LookupStatus}, the household and every
 * group covering it, each as a {@link nl.dekking.model.PublicGroup} that says how to join.
 *
 * <p><b>Covers</b> here means exactly what PostGIS {@code ST_Covers} means: the point lies in the group's area or
 * on its boundary, and a point on the shared edge of two groups is covered by both. (The index's own rule, for
 * counting, gives such a point to the group whose id sorts first; a resident on that edge may join either group, so
 * the lookup names both.)
 */
package nl.dekking.lookup;
