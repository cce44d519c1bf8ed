package nl.dekking.postgis;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.List;
import java.util.Map;
import nl.dekking.model.Address;
import nl.dekking.model.Consent;
import nl.dekking.model.Contact;
import nl.dekking.model.Dataset;
import nl.dekking.model.Group;
import nl.dekking.model.Household;
import nl.dekking.model.Street;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * No value reaches SQL text: against a server with {@code standard_conforming_strings=off} (backslashes escape in
 * ordinary string literals, the setting that turned doubled quotes into an injection), hostile municipality codes
 * are refused before any statement, and text full of quotes and backslashes round-trips through every column.
 */
class InjectionTest {

  private static final String SCHEMA = "dekking_inject";
  private static final String HOSTILE = "GM\\')); COMMIT; DROP TABLE public.victim; --";

  private static String url;

  @BeforeAll
  static void nonStandardStrings() throws SQLException {
    TestDatabase db = TestDatabase.get();
    url = db.url + (db.url.contains("?") ? "&" : "?") + "options=-c%20standard_conforming_strings%3Doff";
    try (Connection c = connect(); Statement s = c.createStatement()) {
      s.execute("CREATE TABLE IF NOT EXISTS public.victim (id integer)");
      try (ResultSet rs = s.executeQuery("SHOW standard_conforming_strings")) {
        rs.next();
        assertThat(rs.getString(1)).as("the server setting the tests run under").isEqualTo("off");
      }
    }
  }

  @Test
  void save_hostileMunicipalityCode_isRefusedAndNoTableIsDropped() throws SQLException {
    try (PostgisCoverageStore store = open()) {
      for (String code : List.of(HOSTILE, "GM'); DROP TABLE public.victim; --", "GM0228\\", "GM 0228;")) {
        assertThatThrownBy(() -> store.save(code, Dataset.of("x", List.of(), List.of()))).as(code)
            .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("municipality code");
        assertThatThrownBy(() -> store.householdsCoveredBy(code, "g")).isInstanceOf(IllegalArgumentException.class);
      }
      store.save("GM0228", Dataset.of("Ede", List.of(), List.of()));
    }
    try (Connection c = connect(); Statement s = c.createStatement();
        ResultSet rs = s.executeQuery("SELECT to_regclass('public.victim') IS NOT NULL")) {
      rs.next();
      assertThat(rs.getBoolean(1)).as("public.victim still exists").isTrue();
    }
  }

  @Test
  void save_quotesAndBackslashesEverywhere_roundTripUnderNonStandardStrings() {
    String nasty = "a\\' b'' c\\\\'); DROP TABLE public.victim; -- \\x00 $$ E'\\n'";
    Household h = new Household("h\\'1", new Address("Straat " + nasty, 1, "", "", "6731AA", "Plaats\\"), 180_000,
        450_000);
    Group g = new Group("g\\'); --", "Groep " + nasty, BulkImportTest.square("g", 179_990, 449_990, 20).area(), 4,
        List.of(new Contact("Naam " + nasty, "a\\'b@example.nl", "06\\'", Consent.PUBLIC)), Map.of("k\\'", nasty));
    Dataset dataset = new Dataset("Set " + nasty, List.of(h), List.of(Street.of("Straat " + nasty, "Plaats\\")),
        List.of(g), List.of());

    try (PostgisCoverageStore store = open()) {
      store.save("GM-QUOTES", dataset);

      assertThat(store.load("GM-QUOTES")).contains(dataset);
      assertThat(store.householdsCoveredBy("GM-QUOTES", g.id())).containsExactly(h);
      assertThat(store.group("GM-QUOTES", g.id()).orElseThrow().group()).isEqualTo(g);
    }
  }

  private static PostgisCoverageStore open() {
    TestDatabase db = TestDatabase.get();
    return PostgisCoverageStore.builder().url(url).user(db.user).password(db.password).schema(SCHEMA).build();
  }

  private static Connection connect() throws SQLException {
    TestDatabase db = TestDatabase.get();
    return DriverManager.getConnection(url, db.user, db.password);
  }
}
