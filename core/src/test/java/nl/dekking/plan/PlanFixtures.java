package nl.dekking.plan;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import nl.dekking.analysis.CoverageAnalysis;
import nl.dekking.analysis.CoverageReport;
import nl.dekking.io.geojson.GeoJsonReader;
import nl.dekking.model.Dataset;
import nl.dekking.model.Group;
import nl.dekking.model.Household;
import nl.dekking.rules.GroupRules;
import org.locationtech.jts.geom.Envelope;
import org.locationtech.jts.geom.GeometryFactory;
import org.locationtech.jts.geom.PrecisionModel;

/**
 * Real data for the planner's tests: the 2,481 BAG addresses of Otterlo and Wekerom (Kadaster, CC0) with the
 * bundled sample groups, and with generated groups: a 400 m grid over the same addresses in which every fourth
 * cell is left out, so there are dozens of oversized groups and large gaps.
 */
final class PlanFixtures {

  static final Path DATA = Path.of("src/test/resources/data");
  private static List<Household> households;

  private PlanFixtures() {
  }

  static synchronized List<Household> households() {
    if (households == null) {
      households = GeoJsonReader.readHouseholds(DATA.resolve("addresses-otterlo-wekerom-wgs84.geojson"));
    }
    return households;
  }

  static Dataset sample() {
    return new Dataset("sample", households(), List.of(),
        GeoJsonReader.readGroups(DATA.resolve("sample-groups-otterlo-rd.geojson")), List.of());
  }

  static Dataset grid(double cell) {
    Envelope e = new Envelope();
    for (Household h : households()) {
      e.expandToInclude(h.x(), h.y());
    }
    GeometryFactory f = new GeometryFactory(new PrecisionModel(), 28992);
    List<Group> groups = new ArrayList<>();
    int columns = (int) Math.ceil(e.getWidth() / cell) + 1;
    int rows = (int) Math.ceil(e.getHeight() / cell) + 1;
    for (int i = 0; i < columns; i++) {
      for (int j = 0; j < rows; j++) {
        if ((i * 7 + j * 3) % 4 == 3) {
          continue; // a gap
        }
        double x = e.getMinX() + i * cell;
        double y = e.getMinY() + j * cell;
        groups.add(new Group(String.format("G%02d-%02d", i, j), "Grid " + i + "/" + j,
            f.toGeometry(new Envelope(x, x + cell, y, y + cell)), 0, List.of(), Map.of()));
      }
    }
    return new Dataset("grid", households(), List.of(), groups, List.of());
  }

  static CoverageReport analyse(Dataset d) {
    return CoverageAnalysis.withDefaults().analyse(d, GroupRules.heerenveen());
  }
}
