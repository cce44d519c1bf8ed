package nl.dekking.plan;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import nl.dekking.model.Household;
import org.locationtech.jts.geom.Geometry;

/**
 * The measures the planner is judged by, over every proposal of a plan.
 *
 * @param proposals the groups and gap clusters planned
 * @param parts the proposed groups
 * @param minimumParts the sum over proposals of ⌈households / cap⌉: fewer parts cannot meet the cap
 * @param capViolations proposed groups over the cap that are not a single spot (one block of flats)
 * @param streetsSplit streets (per proposal) whose households lie in two or more proposed groups
 * @param streetBreaks changes of group walking a split street in house-number order, beyond the one change per
 *     extra group a split into runs needs: 0 when every split street is split into runs of consecutive numbers
 * @param meanPolsbyPopper the mean Polsby-Popper compactness 4πA/P² of the proposed areas (1 for a circle)
 * @param worstAreaDifference the largest |Σ part areas − area| / area over the proposals (0 when they tile)
 * @param scatteredParts proposed areas in more than one piece (the area's shape cut a part's cells apart)
 */
public record PlanQuality(int proposals, int parts, int minimumParts, int capViolations, int streetsSplit,
    int streetBreaks, double meanPolsbyPopper, double worstAreaDifference, int scatteredParts) {

  /** The measures of a plan. */
  public static PlanQuality of(Plan plan) {
    int cap = plan.settings().householdsPerGroup();
    List<Proposal> all = new ArrayList<>(plan.splits());
    all.addAll(plan.newGroups());
    int parts = 0;
    int minimum = 0;
    int violations = 0;
    int split = 0;
    int breaks = 0;
    double pp = 0;
    int areas = 0;
    double worst = 0;
    int scattered = 0;
    for (Proposal p : all) {
      parts += p.groups().size();
      minimum += (p.households().size() + cap - 1) / cap;
      Map<Household, Integer> partOf = new HashMap<>();
      double sum = 0;
      for (int i = 0; i < p.groups().size(); i++) {
        ProposedGroup g = p.groups().get(i);
        if (g.householdCount() > cap && !oneSpot(g.households())) {
          violations++;
        }
        for (Household h : g.households()) {
          partOf.put(h, i);
        }
        Geometry a = g.area();
        sum += a.getArea();
        if (a.getNumGeometries() > 1) {
          scattered++;
        }
        if (a.getArea() > 0) {
          pp += 4 * Math.PI * a.getArea() / (a.getLength() * a.getLength());
          areas++;
        }
      }
      double area = p.area().getArea();
      if (area > 0) {
        worst = Math.max(worst, Math.abs(sum - area) / area);
      }
      Map<String, List<Household>> byStreet = new HashMap<>();
      for (Household h : p.households()) {
        byStreet.computeIfAbsent(SpotGraph.streetKey(h), k -> new ArrayList<>()).add(h);
      }
      for (List<Household> street : byStreet.values()) {
        street.sort(Comparator.comparingInt((Household h) -> h.address().houseNumber())
            .thenComparing(h -> h.address().letter()).thenComparing(h -> h.address().suffix()));
        Set<Integer> groups = new HashSet<>();
        int changes = 0;
        for (int i = 0; i < street.size(); i++) {
          groups.add(partOf.get(street.get(i)));
          if (i > 0 && !partOf.get(street.get(i)).equals(partOf.get(street.get(i - 1)))) {
            changes++;
          }
        }
        if (groups.size() > 1) {
          split++;
          breaks += changes - (groups.size() - 1);
        }
      }
    }
    return new PlanQuality(all.size(), parts, minimum, violations, split, breaks, areas == 0 ? 0 : pp / areas, worst, scattered);
  }

  static boolean oneSpot(List<Household> households) {
    Household first = households.get(0);
    return households.stream().allMatch(h -> h.x() == first.x() && h.y() == first.y());
  }
}
