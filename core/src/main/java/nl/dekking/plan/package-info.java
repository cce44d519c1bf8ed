/**
 * The planner: concrete proposals an officer can mail to the admins. {@link nl.dekking.plan.Planner} splits every
 * group whose area holds more households than one group may serve into connected, balanced parts that follow
 * streets and tile the old area, and proposes new groups for the larger gap clusters;
 * {@link nl.dekking.plan.PlanWriter} writes the proposals as GeoJSON, CSV, {@code summary.json} and a page per
 * group or gap with a map before and after. {@link nl.dekking.plan.PlanQuality} holds the measures the planner is
 * compared by against the naive k-means + Voronoi split ({@link nl.dekking.plan.PlanSettings.Method}).
 *
 * <p><b>Algorithm</b> (package-private {@code SpotGraph}, {@code RegionGrowing}, {@code TreePartition},
 * {@code PartAreas}): households at one spot form one node; nodes are linked by their Delaunay edges, links along
 * one street costing half, long links and links leaving the area costing more. Capacity-constrained region
 * growing from seeds far apart, local search by boundary moves, and a minimum-spanning-tree cut as the fallback
 * give connected parts of at most {@code cap} households; each part's area is the union of its households'
 * Voronoi cells clipped to the area.
 */
package nl.dekking.plan;
