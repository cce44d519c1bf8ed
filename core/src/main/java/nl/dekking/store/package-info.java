/**
 * Where a municipality's coverage map lives between runs: the {@link nl.dekking.store.CoverageStore} port and its
 * embedded default, {@link nl.dekking.store.InMemoryCoverageStore}. The {@code dekking-postgis} module adds
 * {@code PostgisCoverageStore} on PostgreSQL + PostGIS.
 *
 * <p><b>Contract</b> (every implementation passes the same contract test):
 * <ul>
 *   <li>A municipality (its CBS code, {@code GM0228}) holds one {@link nl.dekking.model.Dataset}. Saving one replaces
 *       the previous dataset atomically: readers see the old one or the new one, never a mix, and a rejected save
 *       leaves the old one intact.</li>
 *   <li>Municipality codes are plain words: 1 to 64 ASCII letters, digits, {@code -} and {@code _}.</li>
 *   <li>A saved dataset counts each address key ({@link nl.dekking.model.Address#key()}) once, as the analysis
 *       does: the first household in address order is kept and {@link nl.dekking.store.SaveResult} reports every
 *       repeated address. Household ids must then be unique.</li>
 *   <li>Every store refuses the same things with the same {@link nl.dekking.store.InvalidDatasetException}: a
 *       repeated household id, text with a NUL character or a lone surrogate, geometry with an SRID other than
 *       28992 (RD New) or 0. Contact details never appear in a message.</li>
 *   <li>Groups carry a version. Writing a group names the version it was read at; a write based on a stale version
 *       fails with {@link nl.dekking.store.ConcurrentUpdateException} instead of overwriting a concurrent change.
 *       Versions only grow, across groups and saves, so a stale version never matches again.</li>
 *   <li>Spatial queries follow the coverage rule of {@link nl.dekking.index}: closed areas, invalid areas as JTS
 *       {@code GeometryFixer} repairs them, and a point on a shared boundary in no interior goes to the group whose
 *       id sorts first. A store answers exactly as a {@link nl.dekking.index.CoverageIndex} over the same groups.</li>
 *   <li>Contacts leave a store for a {@linkplain nl.dekking.model.Audience#PUBLIC public} audience only with
 *       {@link nl.dekking.model.Consent#PUBLIC} consent.</li>
 * </ul>
 */
package nl.dekking.store;

import nl.dekking.model.Audience;
