/**
 * JMH benchmarks of the hot path, {@link nl.dekking.index.CoverageIndex}, against JTS baselines compared through
 * the {@link nl.dekking.bench.Implementation} enum {@code @Param} in the same run: single-thread lookups, batch
 * assignment on every core, index build time and footprint, the bundled real addresses and, when a database is
 * given, PostGIS. Inputs are seeded and prepared in {@code @Setup}, which also checks that every implementation
 * gives exactly the reference answers on the benchmark's own data before anything is timed.
 */
package nl.dekking.bench;
