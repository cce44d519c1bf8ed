package nl.dekking.model;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.OptionalInt;
import nl.dekking.crs.RdNew;
import org.junit.jupiter.api.Test;
import org.locationtech.jts.geom.Envelope;
import org.locationtech.jts.geom.Geometry;
import org.locationtech.jts.geom.GeometryFactory;

/** Library values made by a careless or hostile caller: each is refused where it is made, with a message. */
class HostileValuesTest {

  static Geometry box(double x0, double y0, double x1, double y1) {
    return RdNew.GEOMETRY_FACTORY.toGeometry(new Envelope(x0, x1, y0, y1));
  }

  static final Geometry OTTERLO = box(181250, 456750, 181500, 457000);

  @Test
  void group_areaInDegrees_isRefusedAsWgs84ReadAsRdNew() {
    Geometry degrees = new GeometryFactory().toGeometry(new Envelope(5.92, 5.93, 52.96, 52.965));

    assertThatThrownBy(() -> Group.of("Noord", "Noord", degrees))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageStartingWith("group 'Noord' area lies outside the Netherlands")
        .hasMessageContaining("WGS84");
  }

  @Test
  void group_areaAt1e300Or1e39_isRefusedBeforeAnIndexIsSizedByIt() {
    assertThatThrownBy(() -> Group.of("Ver", "Ver", box(0, 0, 1e300, 1e300)))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageStartingWith("group 'Ver' area lies outside the Netherlands");
    assertThatThrownBy(() -> Group.of("Ver", "Ver", box(180000, 450000, 1e39, 460000)))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageStartingWith("group 'Ver' area lies outside the Netherlands");
  }

  @Test
  void group_areaStampedWithAnotherSrid_isRefused() {
    Geometry area = box(181250, 456750, 181500, 457000);
    area.setSRID(4326);

    assertThatThrownBy(() -> Group.of("Noord", "Noord", area))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageStartingWith("group 'Noord' area is in EPSG:4326");
  }

  @Test
  void group_nullAdmin_isRefusedNamingTheGroupNotANullPointer() {
    List<Contact> admins = new ArrayList<>();
    admins.add(null);

    assertThatThrownBy(() -> new Group("Noord", "Noord", OTTERLO, 3, admins, Map.of()))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage("group 'Noord' admin 1 of 1 is null");
  }

  @Test
  void group_nullMetadataValue_isRefusedNamingTheKey() {
    Map<String, String> metadata = new HashMap<>();
    metadata.put("status", null);

    assertThatThrownBy(() -> new Group("Noord", "Noord", OTTERLO, 3, List.of(), metadata))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageStartingWith("group 'Noord' metadata 'status' is null");
  }

  @Test
  void group_nameWithNulEscapeOrLoneSurrogate_isRefusedNamingTheCharacter() {
    assertThatThrownBy(() -> Group.of("Noord", "Noord\u0000", OTTERLO))
        .hasMessageStartingWith("group 'Noord' name holds a NUL character U+0000 at position 6");
    assertThatThrownBy(() -> Group.of("Noord", "\u001B[31mNoord", OTTERLO))
        .hasMessageStartingWith("group 'Noord' name holds an escape character U+001B (a terminal escape) at position 1");
    assertThatThrownBy(() -> Group.of("Noord", "Noord \uD83D", OTTERLO))
        .hasMessageStartingWith("group 'Noord' name holds an unpaired surrogate U+D83D at position 7");
    assertThatThrownBy(() -> Group.of("No\u009Brd", "Noord", OTTERLO))
        .hasMessageStartingWith("group id holds the control character U+009B at position 3");
  }

  @Test
  void group_nameWithFrisianLettersEmojiAndTab_isKept() {
    Group g = Group.of("Skoatterwâld", "Skoatterwâld \uD83D\uDC40\tnoord", OTTERLO);

    assertThat(g.name()).isEqualTo("Skoatterwâld \uD83D\uDC40\tnoord");
  }

  @Test
  void contact_escapeInName_isRefused() {
    assertThatThrownBy(() -> new Contact("J. de Vries\u001B]0;x\u0007", "", "", Consent.PUBLIC))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageStartingWith("contact name holds an escape character");
  }

  @Test
  void contact_nullConsent_namesTheContact() {
    assertThatThrownBy(() -> new Contact("J. de Vries", "", "", null))
        .isInstanceOf(NullPointerException.class)
        .hasMessage("contact 'J. de Vries' consent");
  }

  @Test
  void address_nulInStreet_isRefused() {
    assertThatThrownBy(() -> Address.of("Dorps\u0000straat", 1, "6731AA", "Otterlo"))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageStartingWith("address street holds a NUL character");
  }

  @Test
  void dataset_nullGroup_isRefusedNamingTheDatasetAndPosition() {
    List<Group> groups = new ArrayList<>();
    groups.add(Group.of("Noord", "Noord", OTTERLO));
    groups.add(null);

    assertThatThrownBy(() -> Dataset.of("Otterlo", List.of(), groups))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage("dataset 'Otterlo' groups element 1 of 2 is null");
  }

  @Test
  void neighbourhood_areaInDegrees_isRefused() {
    Geometry degrees = new GeometryFactory().toGeometry(new Envelope(5.92, 5.93, 52.96, 52.965));

    assertThatThrownBy(() -> new Neighbourhood("BU00740101", "Centrum", "GM0074", "Heerenveen", degrees,
        OptionalInt.empty()))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageStartingWith("neighbourhood BU00740101 area lies outside the Netherlands");
  }
}
