package nl.dekking.analysis;

import static nl.dekking.analysis.Fixtures.box;
import static nl.dekking.analysis.Fixtures.group;
import static nl.dekking.analysis.Fixtures.household;
import static nl.dekking.analysis.Fixtures.wkt;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.OptionalInt;
import nl.dekking.model.Dataset;
import nl.dekking.model.Group;
import nl.dekking.model.Household;
import nl.dekking.model.Neighbourhood;
import nl.dekking.model.Street;

/**
 * A hand-made map whose analysis was worked out by hand (local metres; see {@link Fixtures}):
 *
 * <pre>
 *   a [0,100]x[0,100]     b [100,200]x[0,100] (shares x=100 with a)   c [205,300]x[0,100] (5 m strip from b)
 *   d [280,400]x[0,100] (2000 m² overlap with c)   e [0,100]x[99.8,200] (20 m² overlap with a)
 *   h [0,100]x[300,400] with hole [40,60]x[340,360]   m two squares [300,350]x[300,350] and [500,550]x[300,350]
 *   w bow-tie (600,0)(700,100)(700,0)(600,100)   z [1000,1050]x[1000,1050] (no households)
 * </pre>
 */
public final class HandMadeMap {

  private HandMadeMap() {
  }

  public static List<Household> households() {
    List<Household> hs = new ArrayList<>();
    hs.add(household("Dorpsstraat", 1, 10, 10)); // a
    hs.add(household("dup", Fixtures.address("Dorpsstraat", 1), 11, 11)); // duplicate of 1
    hs.add(household("Dorpsstraat", 3, 30, 10)); // a
    hs.add(household("Dorpsstraat", 5, 50, 10)); // a
    hs.add(household("Dorpsstraat", 2, 100, 50)); // on the a|b boundary: a only
    hs.add(household("Dorpsstraat", 4, 150, 50)); // b
    hs.add(household("Dorpsstraat", 6, 250, 50)); // c
    hs.add(household("Dorpsstraat", 7, 295, 50)); // c and d
    hs.add(household("Dorpsstraat", 8, 202, 50)); // in the strip between b and c: uncovered
    hs.add(household("Kerkstraat", 1, 20, 20)); // a
    hs.add(household("Kerkstraat", 3, 40, 20)); // a
    hs.add(household("Kerkweg", 1, 50, 350)); // in h's hole: uncovered
    hs.add(household("Kerkweg", 2, 10, 310)); // h
    hs.add(household("Kerkweg", 3, 320, 320)); // m
    hs.add(household("Kerkweg", 4, 520, 320)); // m
    hs.add(household("Kerkweg", 5, 690, 50)); // w, right lobe
    hs.add(household("Kerkweg", 6, 650, 10)); // below the bow-tie's crossing: uncovered
    for (int n = 1; n <= 15; n += 2) {
      hs.add(household("Heideweg", n, 1000 + n * 10, 600)); // uncovered, 20 m apart
    }
    for (int n = 2; n <= 8; n += 2) {
      hs.add(household("Heideweg", n, 1000 + n * 10, 620));
    }
    hs.add(household("Bosweg", 1, 2000, 2000)); // uncovered, alone
    return hs;
  }

  public static List<Group> groups() {
    return List.of(
        group("a", box(0, 0, 100, 100)),
        group("b", box(100, 0, 200, 100)),
        group("c", box(205, 0, 300, 100)),
        group("d", box(280, 0, 400, 100)),
        group("e", box(0, 99.8, 100, 200)),
        group("h", wkt("POLYGON ((0 300, 100 300, 100 400, 0 400, 0 300), (40 340, 60 340, 60 360, 40 360, 40 340))")),
        group("m", wkt("MULTIPOLYGON (((300 300, 350 300, 350 350, 300 350, 300 300)), ((500 300, 550 300, 550 350, 500 350, 500 300)))")),
        group("w", wkt("POLYGON ((600 0, 700 100, 700 0, 600 100, 600 0))")),
        group("z", box(1000, 1000, 1050, 1050)));
  }

  public static Dataset dataset() {
    Street bospad = new Street("Bospad", "Otterlo", Optional.of(wkt("LINESTRING (150 -50, 150 150)")));
    Neighbourhood centrum = new Neighbourhood("BU02280101", "Otterlo-Centrum", "GM0228", "Ede", box(0, 0, 210, 100),
        OptionalInt.of(10));
    return new Dataset("hand-made", households(), List.of(bospad), groups(), List.of(centrum));
  }

}
