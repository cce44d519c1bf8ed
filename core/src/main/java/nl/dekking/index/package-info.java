/**
 * The hot path: {@link nl.dekking.index.CoverageIndex}, an immutable spatial index from a point to the groups
 * whose areas cover it, and {@link nl.dekking.index.Assignment}, the result of assigning many households at once.
 *
 * <p><b>Semantics.</b> A group covers a point when the point lies inside its area or on its boundary (closed
 * areas, as PostGIS {@code ST_Covers}). One exception keeps a shared edge from counting as an overlap: a point
 * that lies in the interior of no group but on the boundary of two or more is covered by exactly one of them, the
 * one whose id sorts first ({@link java.lang.String#compareTo}). Ids are unique, so the rule is deterministic and
 * does not depend on the order in which groups are given.
 */
package nl.dekking.index;
