package nl.dekking.lookup;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import nl.dekking.crs.RdNew;
import nl.dekking.index.CoverageMap;
import nl.dekking.model.Address;
import nl.dekking.model.Consent;
import nl.dekking.model.Contact;
import nl.dekking.model.Group;
import nl.dekking.model.Household;
import nl.dekking.model.PublicGroup;
import org.junit.jupiter.api.Test;
import org.locationtech.jts.geom.Coordinate;
import org.locationtech.jts.geom.Geometry;
import org.locationtech.jts.io.ParseException;
import org.locationtech.jts.io.WKTReader;

class AddressLookupTest {

  private static final String CONTACT = "veiligheid@gemeente.nl, 14 0513";

  // a | b share the edge x = 150100; c lies on top of a; a, b, c meet in (150100 450100); d overlaps b
  private static final List<Group> GROUPS = List.of(
      group("a", "POLYGON ((150000 450000, 150100 450000, 150100 450100, 150000 450100, 150000 450000))",
          new Contact("Ans Admin", "ans@example.nl", "0612345678", Consent.PUBLIC)),
      group("b", "POLYGON ((150100 450000, 150200 450000, 150200 450100, 150100 450100, 150100 450000))",
          new Contact("Bert Geheim", "bert@example.nl", "0687654321", Consent.NONE)),
      group("c", "POLYGON ((150000 450100, 150100 450100, 150100 450200, 150000 450200, 150000 450100))"),
      group("d", "POLYGON ((150150 450050, 150250 450050, 150250 450150, 150150 450150, 150150 450050))"));

  private static final List<Household> HOUSEHOLDS = List.of(
      household("h1", "Karweg", 1, "", "", "2628BX", 150050, 450050),
      household("h2", "Karweg", 2, "", "", "2628BX", 150100, 450050),
      household("h3", "Karweg", 3, "", "", "2628BX", 150100, 450100),
      household("h4", "Karweg", 4, "", "", "2628BX", 150175, 450075),
      household("h5", "Veldweg", 5, "", "", "2629AA", 151000, 451000),
      household("h6", "Karweg", 6, "", "", "2628BX", 150150, 450075),
      household("h7", "Karweg", 12, "a", "", "2628BX", 150050, 450050),
      household("h8", "Karweg", 12, "", "2", "2628BX", 150175, 450075),
      household("h9", "Karweg", 14, "", "B", "2628BX", 150050, 450150));

  private final AddressLookup lookup = AddressLookup.of(CoverageMap.of(GROUPS), HOUSEHOLDS, CONTACT);

  @Test
  void find_addressInOneGroup_isFoundWithThatGroup() {
    LookupResult r = lookup.find("2628 bx 1");

    assertThat(r.status()).isEqualTo(LookupStatus.FOUND);
    assertThat(r.household()).map(Household::id).contains("h1");
    assertThat(r.groupIds()).containsExactly("a");
  }

  @Test
  void find_addressOnTheSharedEdgeOfTwoGroups_namesBoth() {
    assertThat(lookup.find("2628BX 2").groupIds()).containsExactly("a", "b");
  }

  @Test
  void find_addressOnTheCornerOfThreeGroups_namesAllThree() {
    assertThat(lookup.find("2628BX 3").groupIds()).containsExactly("a", "b", "c");
  }

  @Test
  void find_addressInAnOverlap_namesEveryGroupAscending() {
    assertThat(lookup.find("2628BX 4").groupIds()).containsExactly("b", "d");
    assertThat(lookup.find("2628BX 6").groupIds()).containsExactly("b", "d");
  }

  @Test
  void find_addressOutsideEveryGroup_isNoGroupWithTheHousehold() {
    LookupResult r = lookup.find("2629AA 5");

    assertThat(r.status()).isEqualTo(LookupStatus.NO_GROUP);
    assertThat(r.household()).map(Household::id).contains("h5");
    assertThat(r.groups()).isEmpty();
    assertThat(r.municipalityContact()).isEqualTo(CONTACT);
  }

  @Test
  void find_addressNotAmongTheHouseholds_isUnknown() {
    assertThat(lookup.find("2628BX 7").status()).isEqualTo(LookupStatus.UNKNOWN_ADDRESS);
    assertThat(lookup.find("2628BX 12b").status()).isEqualTo(LookupStatus.UNKNOWN_ADDRESS);
    assertThat(lookup.find("2628BX 12").status()).isEqualTo(LookupStatus.UNKNOWN_ADDRESS);
    assertThat(lookup.find("9999ZZ 1").household()).isEmpty();
  }

  @Test
  void find_letterAndSuffixAsTyped_findTheirHousehold() {
    assertThat(lookup.find("2628BX 12a").household()).map(Household::id).contains("h7");
    assertThat(lookup.find("2628 bx 12 A").household()).map(Household::id).contains("h7");
    assertThat(lookup.find("2628BX 12-2").household()).map(Household::id).contains("h8");
    assertThat(lookup.find("2628BX 14 b").household()).map(Household::id).contains("h9"); // suffix B typed as letter
  }

  @Test
  void find_groupWithAPublicAdmin_joinsThroughTheAdminOtherwiseTheMunicipality() {
    PublicGroup a = lookup.find("2628BX 1").groups().get(0);
    PublicGroup b = lookup.find("2628BX 4").groups().get(0);

    assertThat(a.contacts()).extracting(Contact::name).containsExactly("Ans Admin");
    assertThat(b.contacts()).isEmpty();
    assertThat(b.joinContact()).isEqualTo(CONTACT);
  }

  @Test
  void at_pointsOnALatticeThroughEveryEdgeAndCorner_equalJtsCovers() {
    List<Geometry> areas = GROUPS.stream().map(Group::area).toList();
    int[] out = new int[GROUPS.size()];
    int checked = 0;
    for (double x = 149_975; x <= 150_275; x += 12.5) {
      for (double y = 449_975; y <= 450_225; y += 12.5) {
        List<String> expected = new ArrayList<>();
        Geometry p = RdNew.GEOMETRY_FACTORY.createPoint(new Coordinate(x, y));
        for (int o = 0; o < areas.size(); o++) {
          if (areas.get(o).covers(p)) {
            expected.add(GROUPS.get(o).id());
          }
        }
        assertThat(lookup.at(x, y).groupIds()).as("%s %s", x, y).isEqualTo(expected);
        int n = lookup.groupsAt(x, y, out);
        assertThat(n).isEqualTo(expected.size());
        checked++;
      }
    }
    assertThat(checked).isGreaterThan(400);
  }

  @Test
  void atWgs84_pointInAGroup_isFound() {
    Coordinate wgs = RdNew.toWgs84(150050, 450050);

    assertThat(lookup.atWgs84(wgs.x, wgs.y).groupIds()).containsExactly("a");
  }

  @Test
  void at_pointOutsideTheNetherlands_isRefused() {
    assertThatThrownBy(() -> lookup.at(5.9, 52.9)).isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("lookup point");
  }

  @Test
  void of_publicGroupsNotInIdOrder_isRefused() {
    CoverageMap map = CoverageMap.of(GROUPS);
    List<PublicGroup> reversed = new ArrayList<>();
    for (int o = map.size() - 1; o >= 0; o--) {
      reversed.add(PublicGroup.of(map.group(o), List.of(), "#000000", CONTACT));
    }

    assertThatThrownBy(() -> AddressLookup.of(map, HOUSEHOLDS, reversed, CONTACT))
        .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("id order");
  }

  static Group group(String id, String wkt, Contact... admins) {
    try {
      Geometry area = new WKTReader(RdNew.GEOMETRY_FACTORY).read(wkt);
      return new Group(id, "Groep " + id.toUpperCase(), area, 10, List.of(admins), Map.of());
    } catch (ParseException e) {
      throw new IllegalArgumentException(wkt, e);
    }
  }

  static Household household(String id, String street, int number, String letter, String suffix, String postcode,
      double x, double y) {
    return new Household(id, new Address(street, number, letter, suffix, postcode, "Delft"), x, y);
  }
}
