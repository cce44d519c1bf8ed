package nl.dekking.intake;

import static java.util.Objects.requireNonNull;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import nl.dekking.model.Group;
import nl.dekking.model.Household;

/**
 * A new group registered from its streets: the group with its drawn area, the households the area covers, and what
 * the officer should look at before publishing it.
 *
 * @param group the new group
 * @param households the households its area covers: the named ones and those at the same spot
 * @param sameSpot households not named that share the spot of a named one (one building) and are covered too
 * @param overlaps existing groups the area overlaps, in id order
 */
public record Registration(Group group, List<Household> households, List<Household> sameSpot, List<GroupOverlap> overlaps) {

  public Registration {
    requireNonNull(group, "group");
    households = List.copyOf(households);
    sameSpot = List.copyOf(sameSpot);
    overlaps = List.copyOf(overlaps);
  }

  /** The number of separate pieces the area falls apart in; more than one deserves a look. */
  public int pieces() {
    return group.area().getNumGeometries();
  }

  /** The warnings for the officer, in Dutch, one line each; empty when there is nothing to look at. */
  public List<String> warnings() {
    List<String> w = new ArrayList<>();
    if (pieces() > 1) {
      w.add(String.format(Locale.ROOT, "%s: het gebied valt uiteen in %d delen", group.id(), pieces()));
    }
    for (Household h : sameSpot) {
      w.add(group.id() + ": " + h.address() + " staat op dezelfde plek als een genoemd adres en valt ook in het gebied");
    }
    for (GroupOverlap o : overlaps) {
      w.add(String.format(Locale.ROOT, "%s: overlapt groep %s (%s): %.0f m², %d huishouden%s", group.id(), o.id(), o.name(),
          o.areaM2(), o.households(), o.households() == 1 ? "" : "s"));
    }
    return w;
  }
}
