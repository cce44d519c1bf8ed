/**
 * The hot path: {@link nl.dekking.index.CoverageIndex}, an immutable spatial index from a point to the groups
 * whose areas cover it, and {@link nl.dekking.index.Assignment}, the result of assigning many households at once.
 *
 * <p><b>Semantics.</b> A group covers a point when the point lies inside its area or on its boundary (closed
 * areas, as PostGIS {@code ST_Covers}). One exception keeps a shared edge from counting as an overlap: a point
 * that lies in the interior of no group but on the boundary of two or more is covered by exactly one of them, the
 * one whose id sorts first ({@link java.lang.String#compareTo}). Ids are unique, so the rule is deterministic and
 * does not depend on the order in which groups are given.
 *
 * <p><b>Implementation.</b> {@code CellTreeLocator} (built by {@code CellTreeBuilder}) is an adaptive quadtree
 * whose cells either carry their answer (inside one or more groups, or outside all) or hold the few edges that
 * cross them and the answers of their sub-cells that no edge touches; a point next to an edge is classified with
 * JTS's exact orientation predicate. {@code JtsLocator}
 * (an {@code HPRtree} with an {@code IndexedPointInAreaLocator} per group) is the reference the tests compare it
 * with; the tests also compare both with brute-force JTS {@code covers}. {@link nl.dekking.index.Assignment}
 * looks a batch up in two stages on every core: a walk of the tree answers, in the order given, every point that
 * needs no geometry test and lies in at most one group, and {@code CurveOrder} orders the rest (points next to
 * edges, in overlaps) along a Z-order curve before their full lookup.
 */
package nl.dekking.index;
