package nl.dekking.io;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import nl.dekking.io.fields.GroupFields;
import nl.dekking.model.Audience;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import nl.dekking.crs.RdNew;
import nl.dekking.model.Consent;
import nl.dekking.model.Contact;
import nl.dekking.model.Group;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.locationtech.jts.geom.Geometry;
import org.locationtech.jts.io.ParseException;
import org.locationtech.jts.io.WKTReader;

class GroupFieldsTest {

  private static final Geometry AREA = area();

  private static Geometry area() {
    try {
      return new WKTReader(RdNew.GEOMETRY_FACTORY).read("POLYGON ((0 300000, 10 300000, 10 300010, 0 300000))");
    } catch (ParseException e) {
      throw new IllegalStateException(e);
    }
  }

  private static Map<String, String> props(String... keyValues) {
    Map<String, String> m = new LinkedHashMap<>();
    for (int i = 0; i < keyValues.length; i += 2) {
      m.put(keyValues[i], keyValues[i + 1]);
    }
    return m;
  }

  @Test
  void read_englishNames_readsAllFields() {
    Group g = GroupFields.read(Optional.empty(), props("id", "OTT-01", "name", "Dorp", "members", "38",
        "admin_name", "Anna", "admin_email", "anna@example.nl", "admin_phone", "0612345601", "consent", "PUBLIC",
        "status", "actief"), AREA);

    assertThat(g.id()).isEqualTo("OTT-01");
    assertThat(g.name()).isEqualTo("Dorp");
    assertThat(g.members()).isEqualTo(38);
    assertThat(g.admins()).containsExactly(new Contact("Anna", "anna@example.nl", "0612345601", Consent.PUBLIC));
    assertThat(g.metadata()).containsExactly(Map.entry("status", "actief"));
  }

  @Test
  void read_dutchNamesInAnyCase_readsAllFields() {
    Group g = GroupFields.read(Optional.empty(), props("Code", "HV-3", "Naam", "Oranjewoud", "Aantal_Leden", "12.0",
        "Beheerder", "Bram", "E-mail", "bram@example.nl", "Telefoon", "0612", "Toestemming", "gemeente"), AREA);

    assertThat(g.id()).isEqualTo("HV-3");
    assertThat(g.name()).isEqualTo("Oranjewoud");
    assertThat(g.members()).isEqualTo(12);
    assertThat(g.admins()).containsExactly(new Contact("Bram", "bram@example.nl", "0612", Consent.MUNICIPALITY_ONLY));
    assertThat(g.metadata()).isEmpty();
  }

  @Test
  void read_noIdProperty_usesFeatureIdThenName() {
    assertThat(GroupFields.read(Optional.of("f7"), props("name", "Noord"), AREA).id()).isEqualTo("f7");
    assertThat(GroupFields.read(Optional.empty(), props("name", "Noord"), AREA).id()).isEqualTo("Noord");
    assertThatThrownBy(() -> GroupFields.read(Optional.empty(), props("leden", "3"), AREA))
        .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("no id and no name");
  }

  @Test
  void read_secondAdminWithSuffix_readsBothWithTheirOwnConsent() {
    Group g = GroupFields.read(Optional.empty(), props("id", "H1", "coordinator", "Anna", "consent", "ja",
        "coordinator_2", "Bram", "mobiel_2", "0699"), AREA);

    assertThat(g.admins()).containsExactly(new Contact("Anna", "", "", Consent.PUBLIC),
        new Contact("Bram", "", "0699", Consent.NONE));
  }

  @Test
  void read_missingConsent_isNone() {
    Group g = GroupFields.read(Optional.empty(), props("id", "H1", "admin_name", "Anna"), AREA);

    assertThat(g.admins().get(0).consent()).isEqualTo(Consent.NONE);
  }

  @Test
  void read_emailWithoutAdminName_isAnError() {
    assertThatThrownBy(() -> GroupFields.read(Optional.empty(), props("id", "H1", "email", "a@b.nl"), AREA))
        .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("admin 1").hasMessageContaining("no name");
  }

  @Test
  void read_memberCountNotANumber_namesValue() {
    assertThatThrownBy(() -> GroupFields.read(Optional.empty(), props("id", "H1", "leden", "veel"), AREA))
        .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("'veel'");
  }

  @ParameterizedTest
  @CsvSource({"PUBLIC, PUBLIC", "openbaar, PUBLIC", "Ja, PUBLIC", "MUNICIPALITY_ONLY, MUNICIPALITY_ONLY",
      "gemeente, MUNICIPALITY_ONLY", "alleen gemeente, MUNICIPALITY_ONLY", "NONE, NONE", "geen, NONE", "nee, NONE"})
  void parseConsent_englishAndDutch_mapsToConsent(String text, Consent expected) {
    assertThat(GroupFields.parseConsent(text)).isEqualTo(expected);
  }

  @Test
  void write_publicAudience_leavesOutNonPublicAdminsAndNumbersTheRest() {
    Group g = new Group("H1", "Heide", AREA, 5, List.of(new Contact("Anna", "a@x.nl", "", Consent.NONE),
        new Contact("Bram", "b@x.nl", "0612", Consent.PUBLIC), new Contact("Cor", "", "", Consent.MUNICIPALITY_ONLY),
        new Contact("Dirk", "", "", Consent.PUBLIC)), Map.of());

    Map<String, Object> p = GroupFields.write(g, Audience.PUBLIC);

    assertThat(p).containsEntry("admin_name", "Bram").containsEntry("admin_email", "b@x.nl")
        .containsEntry("admin_name_2", "Dirk").containsEntry("members", 5);
    assertThat(p.values()).doesNotContain("Anna", "a@x.nl", "Cor");
  }

  @Test
  void write_thenRead_givesTheSameGroup() {
    Group g = new Group("H1", "Heide", AREA, 5, List.of(new Contact("Anna", "a@x.nl", "", Consent.NONE),
        new Contact("Bram", "b@x.nl", "0612", Consent.PUBLIC)), Map.of("patrouille", "ja"));
    Map<String, String> text = new LinkedHashMap<>();
    GroupFields.write(g, Audience.MUNICIPALITY).forEach((k, v) -> text.put(k, String.valueOf(v)));

    Group back = GroupFields.read(Optional.empty(), text, AREA);

    assertThat(back).usingRecursiveComparison().ignoringFields("area").isEqualTo(g);
  }

  @Test
  void write_metadataUnderAContactName_isLeftOut() {
    Group g = new Group("H1", "Heide", AREA, 5, List.of(new Contact("Anna", "a@x.nl", "", Consent.NONE)),
        Map.of("email", "a@x.nl", "Telefoon_2", "0612", "status", "actief"));

    Map<String, Object> p = GroupFields.write(g, Audience.MUNICIPALITY);

    assertThat(p).containsOnlyKeys("id", "name", "members", "admin_name", "admin_email", "consent", "status");
  }

  @Test
  void write_public_writesTheAllowListOnlyAndNoFreeText() {
    Group g = new Group("H1", "Heide", AREA, 5, List.of(new Contact("Anna", "a@x.nl", "0612", Consent.NONE),
        new Contact("Bert", "b@x.nl", "", Consent.PUBLIC)), Map.of("emailadres", "a@x.nl", "gsm", "0612",
        "description", "Anna woont op De Riemt 4", " email", "a@x.nl", "status", "actief"));

    Map<String, Object> p = GroupFields.write(g, Audience.PUBLIC);

    assertThat(p).containsOnlyKeys("id", "name", "members", "admin_name", "admin_email", "consent");
    assertThat(p.values()).doesNotContain("a@x.nl", "0612", "Anna", "Anna woont op De Riemt 4");
  }
}
