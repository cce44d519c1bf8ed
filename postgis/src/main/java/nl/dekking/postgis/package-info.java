/**
 * The PostgreSQL + PostGIS adapter of the {@link nl.dekking.store.CoverageStore} port:
 * {@link nl.dekking.postgis.PostgisCoverageStore}, with its schema migrations, COPY bulk import into one
 * household table per municipality, optimistic locking, per-operation timeouts, and spatial and analysis queries (per-group
 * household counts, uncovered households, overlaps) pushed down to GiST indexes, exact on shared edges
 * ({@code AnalysisSql}). Everything but the store and its builder is
 * package-private.
 */
package nl.dekking.postgis;
