package nl.dekking.analysis;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.TreeMap;
import nl.dekking.index.Assignment;
import nl.dekking.index.CoverageIndex;
import nl.dekking.index.CoverageMap;
import nl.dekking.model.Household;
import nl.dekking.model.Neighbourhood;
import org.locationtech.jts.algorithm.locate.SimplePointInAreaLocator;
import org.locationtech.jts.geom.Coordinate;
import org.locationtech.jts.geom.Geometry;
import org.locationtech.jts.geom.Location;

/**
 * Counts a part's households per neighbourhood (a municipality's, in a national run) with an index over a larger
 * set of neighbourhoods (the whole country's), built once, instead of an index over the part's neighbourhoods per
 * part. The counts are those of an index over the part's own neighbourhoods, boundary rule included: a household
 * in the interior of none of the part's neighbourhoods but on the boundary of several counts once, in the one
 * whose code sorts first. The larger index's answer settles nearly every household; a household it places in two
 * or more neighbourhoods of which two or more are the part's is located again, with JTS, in those; one it places
 * only in another part's neighbourhood is located in the part's neighbourhoods around it.
 *
 * <p>O(n) lookups for n households plus JTS point location for the few on boundaries. Stateless.
 */
final class NeighbourhoodCounter {

  private NeighbourhoodCounter() {
  }

  /**
   * Per neighbourhood of the part, in code order, its households and covered households.
   *
   * @throws IllegalArgumentException when two neighbourhoods share a code or one is not in {@code whole}
   */
  static List<NeighbourhoodCoverage> count(List<Neighbourhood> neighbourhoods, CoverageIndex whole,
      List<Household> households, Assignment groupAssignment) {
    if (neighbourhoods.isEmpty()) {
      return List.of();
    }
    TreeMap<String, Neighbourhood> byCode = new TreeMap<>();
    for (Neighbourhood n : neighbourhoods) {
      if (byCode.put(n.code(), n) != null) {
        throw new IllegalArgumentException("two neighbourhoods have code '" + n.code() + "'");
      }
    }
    List<Neighbourhood> sorted = List.copyOf(byCode.values());
    int[] local = new int[whole.size()];
    Arrays.fill(local, CoverageIndex.NONE);
    for (int l = 0; l < sorted.size(); l++) {
      local[whole.ordinalOf(sorted.get(l).code())] = l;
    }
    Geometry[] areas = new Geometry[sorted.size()]; // analysed areas, made for the few households that need them
    Assignment inside = whole.assign(households);
    int[] counted = new int[sorted.size()];
    int[] covered = new int[sorted.size()];
    int[] candidates = new int[sorted.size()];
    for (int i = 0; i < households.size(); i++) {
      int k = inside.coveringCount(i);
      if (k == 0) {
        continue;
      }
      boolean isCovered = groupAssignment.coveringCount(i) > 0;
      Household h = households.get(i);
      if (k == 1) {
        int l = local[inside.firstGroup(i)];
        if (l == CoverageIndex.NONE) {
          l = firstOnBoundary(sorted, areas, h);
        }
        if (l != CoverageIndex.NONE) {
          counted[l]++;
          covered[l] += isCovered ? 1 : 0;
        }
        continue;
      }
      // in the interior of one neighbourhood or more: every neighbourhood whose closed area holds the household
      int c = 0;
      for (int o : inside.groupsOf(i)) {
        if (local[o] != CoverageIndex.NONE) {
          candidates[c++] = local[o];
        }
      }
      if (c > 1 && !inInteriorOfAny(sorted, areas, candidates, c, h)) {
        c = 1; // on the boundary of the part's neighbourhoods only: the first code
      }
      for (int j = 0; j < c; j++) {
        counted[candidates[j]]++;
        covered[candidates[j]] += isCovered ? 1 : 0;
      }
    }
    List<NeighbourhoodCoverage> out = new ArrayList<>(sorted.size());
    for (int l = 0; l < sorted.size(); l++) {
      Neighbourhood n = sorted.get(l);
      out.add(new NeighbourhoodCoverage(n.code(), n.name(), counted[l], covered[l], n.reportedHouseholds(),
          n.area()));
    }
    return out;
  }

  /**
   * For a household the larger index places only in another part's neighbourhood: it lies in the interior of none
   * of the part's (else the larger index would name that one too), so it counts in the first of the part's
   * neighbourhoods on whose boundary it lies, if any.
   */
  private static int firstOnBoundary(List<Neighbourhood> sorted, Geometry[] areas, Household h) {
    Coordinate p = new Coordinate(h.x(), h.y());
    for (int l = 0; l < sorted.size(); l++) {
      if (sorted.get(l).area().getEnvelopeInternal().covers(p)
          && SimplePointInAreaLocator.locate(p, area(sorted, areas, l)) != Location.EXTERIOR) {
        return l;
      }
    }
    return CoverageIndex.NONE;
  }

  private static boolean inInteriorOfAny(List<Neighbourhood> sorted, Geometry[] areas, int[] candidates, int c,
      Household h) {
    Coordinate p = new Coordinate(h.x(), h.y());
    for (int j = 0; j < c; j++) {
      if (SimplePointInAreaLocator.locate(p, area(sorted, areas, candidates[j])) == Location.INTERIOR) {
        return true;
      }
    }
    return false;
  }

  private static Geometry area(List<Neighbourhood> sorted, Geometry[] areas, int l) {
    if (areas[l] == null) {
      areas[l] = CoverageMap.analysedArea(sorted.get(l).area());
    }
    return areas[l];
  }
}
