package nl.dekking.analysis;

import static nl.dekking.analysis.Fixtures.box;
import static nl.dekking.analysis.Fixtures.group;
import static nl.dekking.analysis.Fixtures.household;

import java.util.ArrayList;
import java.util.List;
import java.util.OptionalInt;
import nl.dekking.model.Dataset;
import nl.dekking.model.Group;
import nl.dekking.model.Household;
import nl.dekking.model.Neighbourhood;

/**
 * A hand-made country of three municipalities side by side, each 100 m wide (local x 0-100, 100-200, 200-300; y
 * 0-100): GM0001 "Aadorp" (wijk WK000101), GM0002 "Beekdal" (WK000201, simplified so that it overlaps GM0001 over
 * x 90-100, and WK000202) and GM0003 "Cingel" (WK000301). Groups: A spans the GM0001/GM0002 border (x 50-150), B
 * lies in GM0003 (x 210-260), E covers no household and lies in GM0003, F covers no household and lies outside
 * every neighbourhood. Households on a grid every 10 m plus one at x 95 (in both simplified wijken) and one far
 * outside every neighbourhood and group.
 */
public final class ThreeMunicipalities {

  private ThreeMunicipalities() {
  }

  public static List<Neighbourhood> neighbourhoods() {
    return List.of(
        new Neighbourhood("WK000201", "Beekdal-West", "GM0002", "Beekdal", box(90, 0, 150, 100), OptionalInt.empty()),
        new Neighbourhood("WK000101", "Aadorp", "GM0001", "Aadorp", box(0, 0, 100, 100), OptionalInt.empty()),
        new Neighbourhood("WK000202", "Beekdal-Oost", "GM0002", "Beekdal", box(150, 0, 200, 100), OptionalInt.empty()),
        new Neighbourhood("WK000301", "Cingel", "GM0003", "Cingel", box(200, 0, 300, 100), OptionalInt.empty()));
  }

  public static List<Group> groups() {
    return List.of(group("A", box(50, 10, 150, 90)), group("B", box(210, 10, 260, 90)),
        group("E", box(281, 1, 289, 9)), group("F", box(1000, 1000, 1050, 1050)));
  }

  public static List<Household> households() {
    List<Household> list = new ArrayList<>();
    for (int x = 5; x < 300; x += 10) {
      for (int y = 5; y < 100; y += 10) {
        list.add(household("Straat" + (x / 10) + "weg", (x / 10) * 100 + y, x, y));
      }
    }
    list.add(household("Grens", 1, 95, 50.5));
    list.add(household("Ver", 1, 5000, 5000));
    return list;
  }

  public static Dataset dataset() {
    return new Dataset("Drie gemeenten", households(), List.of(), groups(), neighbourhoods());
  }
}
