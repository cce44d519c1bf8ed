package nl.dekking.index;

import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.List;
import nl.dekking.model.Group;
import org.locationtech.jts.geom.Coordinate;
import org.locationtech.jts.geom.Geometry;
import org.locationtech.jts.geom.GeometryFactory;
import org.locationtech.jts.geom.Point;
import org.locationtech.jts.geom.util.GeometryFixer;

/**
 * The test oracle: JTS {@code contains} and {@code covers} against every group's area (repaired with
 * {@link GeometryFixer} as the index does), plus the documented shared-boundary rule. Slow on purpose: no index,
 * no shortcut, so it cannot share a bug with the index under test.
 */
final class BruteForceCoverage {

  private static final GeometryFactory FACTORY = new GeometryFactory();

  private final List<String> ids = new ArrayList<>();
  private final List<Geometry> areas = new ArrayList<>();

  BruteForceCoverage(Collection<Group> groups) {
    List<Group> sorted = new ArrayList<>(groups);
    sorted.sort(Comparator.comparing(Group::id));
    for (Group g : sorted) {
      Geometry area = g.area();
      ids.add(g.id());
      areas.add(area.isValid() ? area : GeometryFixer.fix(area));
    }
  }

  /**
   * The ids of the groups covering a point, sorted: every group whose closed area covers it when the point lies
   * in some group's interior; otherwise only the first id among those whose boundary holds it.
   */
  List<String> covering(double x, double y) {
    Point p = FACTORY.createPoint(new Coordinate(x, y));
    List<String> interior = new ArrayList<>();
    List<String> closed = new ArrayList<>();
    for (int i = 0; i < areas.size(); i++) {
      Geometry area = areas.get(i);
      if (area.contains(p)) {
        interior.add(ids.get(i));
      }
      if (area.covers(p)) {
        closed.add(ids.get(i));
      }
    }
    if (interior.isEmpty()) {
      return closed.isEmpty() ? List.of() : List.of(closed.get(0));
    }
    return closed;
  }
}
