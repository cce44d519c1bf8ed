package nl.dekking.io.kml;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.util.List;
import nl.dekking.io.DataFileException;
import nl.dekking.model.Consent;
import nl.dekking.model.Contact;
import nl.dekking.model.Group;
import org.junit.jupiter.api.Test;

class KmlGroupsTest {

  static List<Group> read(String kml) {
    return KmlReader.readGroups(new ByteArrayInputStream(kml.getBytes(StandardCharsets.UTF_8)), "kaart.kml");
  }

  static String placemark(String attributes, String name, String data) {
    return "<Placemark" + attributes + "><name>" + name + "</name><ExtendedData>" + data + "</ExtendedData>"
        + "<Polygon><outerBoundaryIs><LinearRing><coordinates>" + KmlReaderTest.SQUARE
        + "</coordinates></LinearRing></outerBoundaryIs></Polygon></Placemark>";
  }

  static String kml(String... placemarks) {
    return "<kml xmlns=\"http://www.opengis.net/kml/2.2\"><Document>" + String.join("", placemarks) + "</Document></kml>";
  }

  static String data(String name, String value) {
    return "<Data name=\"" + name + "\"><value>" + value + "</value></Data>";
  }

  @Test
  void readGroups_myMapsExport_makesGroupsWithMembersAdminsAndMetadata() {
    List<Group> groups = read(KmlReaderTest.MY_MAPS);

    assertThat(groups).extracting(Group::id).containsExactly("HV-01", "pm-2");
    Group first = groups.get(0);
    assertThat(first.name()).isEqualTo("Heerenveen-Noord & Oost");
    assertThat(first.members()).isEqualTo(38);
    assertThat(first.admins()).containsExactly(new Contact("J. de Vries", "", "", Consent.NONE));
    assertThat(first.metadata()).containsEntry("folder", "Groepen Heerenveen")
        .containsEntry("description", "beheerder: J. de Vries<br>leden: 38");
    assertThat(groups.get(1).members()).isEqualTo(12);
    assertThat(groups.get(1).area().getNumGeometries()).isEqualTo(2);
  }

  @Test
  void readGroups_idPrecedence_extendedDataThenAttributeThenName() {
    List<Group> groups = read(kml(
        placemark(" id=\"attr-1\"", "Noord", data("id", "data-1")),
        placemark(" id=\"attr-2\"", "Zuid", ""),
        placemark("", "Oost", "")));

    assertThat(groups).extracting(Group::id).containsExactly("data-1", "attr-2", "Oost");
  }

  @Test
  void readGroups_adminWithConsentAndPhone_isReadFromExtendedData() {
    Group g = read(kml(placemark("", "Centrum", data("beheerder", "A. Bakker") + data("email", "a.bakker@example.nl")
        + data("telefoon", "0612345678") + data("toestemming", "openbaar")))).get(0);

    assertThat(g.admins()).containsExactly(new Contact("A. Bakker", "a.bakker@example.nl", "0612345678", Consent.PUBLIC));
  }

  @Test
  void readGroups_twoPlacemarksWithOneName_failsNamingTheSecond() {
    assertThatThrownBy(() -> read(kml(placemark("", "Noord", ""), placemark("", "Zuid", ""), placemark("", "Noord", ""))))
        .isInstanceOf(DataFileException.class)
        .hasMessageStartingWith("kaart.kml, feature 2 (id 'Noord'): group id 'Noord' is also the id of placemark 0");
  }

  @Test
  void readGroups_badMemberCount_failsNamingThePlacemark() {
    assertThatThrownBy(() -> read(kml(placemark("", "Noord", data("leden", "veel")))))
        .isInstanceOf(DataFileException.class)
        .hasMessage("kaart.kml, feature 0 (id 'Noord'): member count is not a whole number: 'veel'");
  }
}
