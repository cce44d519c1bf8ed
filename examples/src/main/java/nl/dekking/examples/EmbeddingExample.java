package nl.dekking.examples;

import java.nio.file.Path;
import java.util.List;
import nl.dekking.index.Assignment;
import nl.dekking.index.CoverageMap;
import nl.dekking.io.geojson.GeoJsonReader;
import nl.dekking.model.Group;
import nl.dekking.model.Household;

/**
 * The embedding example from the README, compiled with the build so it stays true:
 * {@code java -cp examples/target/dekking.jar nl.dekking.examples.EmbeddingExample addresses.geojson groups.geojson}.
 */
public final class EmbeddingExample {

  private EmbeddingExample() {
  }

  public static void main(String[] args) {
    // README-EXAMPLE-START
    List<Household> households = GeoJsonReader.readHouseholds(Path.of(args[0]));
    List<Group> groups = GeoJsonReader.readGroups(Path.of(args[1]));

    CoverageMap map = CoverageMap.of(groups);        // areas repaired once, indexed once
    Assignment assignment = map.index().assign(households);

    for (int g = 0; g < map.size(); g++) {
      System.out.println(map.group(g).name() + ": " + assignment.householdsOf(g) + " households");
    }
    System.out.println("not covered by any group: " + assignment.uncovered());
    // README-EXAMPLE-END
  }
}
