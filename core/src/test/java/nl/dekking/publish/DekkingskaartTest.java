package nl.dekking.publish;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import nl.dekking.analysis.Language;
import nl.dekking.crs.RdNew;
import nl.dekking.index.CoverageMap;
import nl.dekking.lookup.AddressLookup;
import nl.dekking.model.Address;
import nl.dekking.model.Consent;
import nl.dekking.model.Contact;
import nl.dekking.model.Group;
import nl.dekking.model.Household;
import nl.dekking.report.map.MapBackground;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.locationtech.jts.geom.Coordinate;
import org.locationtech.jts.geom.Envelope;
import org.locationtech.jts.geom.Geometry;

class DekkingskaartTest {

  private static final String CONTACT = "veiligheid@gemeente.nl, 14 0513";
  private static final List<String> SECRETS = List.of("Geheime Gerda", "gerda@prive.nl", "06-11112222",
      "Intern Ingrid", "ingrid@intern.nl", "0699998888", "Piet woont op De Riemt 4", "piet@", "0612121212",
      "tiende@beheer.nl", "Tiende Beheerder", "whatsapp-nummer 0633334444");

  @TempDir
  Path dir;

  @Test
  void html_hostileGroups_carryOnlyAllowListedFields() throws Exception {
    Map<String, String> metadata = new LinkedHashMap<>();
    metadata.put("description", "Beheerder Geheime Gerda, gerda@prive.nl, 06-11112222");
    metadata.put("emailadres", "gerda@prive.nl");
    metadata.put("tel", "06-11112222");
    metadata.put("gsm", "0612121212");
    metadata.put("mobile", "0612121212");
    metadata.put("whatsapp", "whatsapp-nummer 0633334444");
    metadata.put("contact", "piet@example.nl");
    metadata.put(" email", "piet@example.nl");
    metadata.put("admin_name_10", "Tiende Beheerder");
    metadata.put("admin_email_10", "tiende@beheer.nl");
    metadata.put("notes", "Piet woont op De Riemt 4");
    Group hostile = new Group("g1", "Karweg-Noord", square(150_000, 450_000, 200), 12,
        List.of(new Contact("Geheime Gerda", "gerda@prive.nl", "06-11112222", Consent.NONE),
            new Contact("Intern Ingrid", "ingrid@intern.nl", "0699998888", Consent.MUNICIPALITY_ONLY),
            new Contact("Open Otto", "otto@buurt.nl", "0655556666", Consent.PUBLIC)), metadata);
    Group plain = new Group("g2", "Zuid", square(150_200, 450_000, 200), 3,
        List.of(new Contact("Geheime Gerda", "gerda@prive.nl", "06-11112222", Consent.NONE)), metadata);
    List<Household> households = List.of(
        household("h1", "Karweg", 2, "2628BX", 150_050, 450_050),
        household("h2", "Karweg", 4, "2628BX", 150_250, 450_050),
        household("h3", "Veldweg", 1, "2628BY", 151_000, 451_000));

    Path page = Dekkingskaart.write(lookup(List.of(hostile, plain), households), MapBackground.empty(),
        new Dekkingskaart.Settings("", Language.NL), dir, List.of());

    String html = Files.readString(page, StandardCharsets.UTF_8);
    for (String secret : SECRETS) {
      assertThat(html).as(secret).doesNotContain(secret);
    }
    try (var files = Files.walk(dir)) {
      for (Path f : files.filter(Files::isRegularFile).toList()) {
        String text = Files.readString(f, StandardCharsets.ISO_8859_1);
        SECRETS.forEach(s -> assertThat(text).as(f + ": " + s).doesNotContain(s));
      }
    }
    JsonNode data = data(html);
    assertThat(data.path("groups").get(0).path("contacts").findValuesAsText("name")).containsExactly("Open Otto");
    assertThat(data.path("groups").get(1).path("contacts")).isEmpty();
    assertThat(data.path("groups").get(1).path("join").asText()).isEqualTo(CONTACT);
    assertThat(data.path("groups").get(0).fieldNames()).toIterable()
        .containsExactly("id", "name", "members", "colour", "streets", "contacts", "join");
  }

  @Test
  void html_addresses_carryTheirCoveringGroupsAndStreetsInTheReportsForm() throws Exception {
    List<Household> households = new ArrayList<>();
    for (int n = 2; n <= 18; n += 2) {
      households.add(household("k" + n, "Karweg", n, "2628BX", 150_050, 450_000 + 10 * n)); // in g1
    }
    households.add(household("k20", "Karweg", 20, "2628BX", 150_300, 450_050)); // in g2
    households.add(household("e1", "Edge", 1, "2628BZ", 150_200, 450_100)); // on the shared edge
    Group g1 = Group.of("g1", "Noord", square(150_000, 450_000, 200));
    Group g2 = Group.of("g2", "Zuid", square(150_200, 450_000, 200));

    String html = Dekkingskaart.html(lookup(List.of(g1, g2), households), MapBackground.empty(),
        new Dekkingskaart.Settings("Dekkingskaart Testdorp", Language.NL));

    JsonNode data = data(html);
    assertThat(data.path("groups").get(0).path("streets").findValuesAsText("")).isEmpty();
    assertThat(texts(data.path("groups").get(0).path("streets"))).containsExactly("Edge", "Karweg 2\u201318 (even)");
    assertThat(texts(data.path("groups").get(1).path("streets"))).containsExactly("Edge", "Karweg 20");
    JsonNode edge = data.path("pc").path("2628BZ");
    assertThat(edge.get(0).asText()).isEqualTo("1");
    assertThat(data.path("sets").get(edge.get(2).asInt())).hasSize(2);
    assertThat(html).contains("<title>Dekkingskaart Testdorp</title>").contains("data-group-id=\"g1\"")
        .contains("id=\"resultaat\"").doesNotContain("src=\"http").doesNotContain("href=\"http");
  }

  @Test
  void html_heerenveenSizedMunicipality_isAtMostThreeMegabytes() {
    // 100 groups of 400 m squares on a 10 x 10 grid, 23,000 households spread over them and around them
    List<Group> groups = new ArrayList<>();
    for (int i = 0; i < 100; i++) {
      groups.add(Group.of(String.format("G%03d", i), "Buurtpreventie groep " + i,
          square(185_000 + 400 * (i % 10), 550_000 + 400 * (i / 10), 400)));
    }
    Random random = new Random(13);
    List<Household> households = new ArrayList<>();
    for (int i = 0; i < 23_000; i++) {
      int street = i / 40;
      String postcode = (8440 + street / 60) + "" + (char) ('A' + (street / 26) % 26) + (char) ('A' + street % 26);
      households.add(new Household("h" + i, new Address("Straat van de lange naam " + street, 1 + i % 40,
          i % 7 == 0 ? "a" : "", i % 11 == 0 ? "2" : "", postcode, "Heerenveen"),
          184_600 + random.nextDouble() * 4_800, 549_600 + random.nextDouble() * 4_800));
    }

    String html = Dekkingskaart.html(lookup(groups, households), MapBackground.empty(),
        new Dekkingskaart.Settings("", Language.NL));

    assertThat(html.getBytes(StandardCharsets.UTF_8).length).isLessThanOrEqualTo(3_000_000);
  }

  static AddressLookup lookup(List<Group> groups, List<Household> households) {
    AddressLookup plain = AddressLookup.of(CoverageMap.of(groups), households, CONTACT);
    return plain.withGroups(PublicGroups.of(plain, CONTACT, Language.NL));
  }

  static JsonNode data(String html) throws Exception {
    Matcher m = Pattern.compile("<script type=\"application/json\" id=\"dekking-data\">(.*?)</script>",
        Pattern.DOTALL).matcher(html);
    assertThat(m.find()).isTrue();
    return new ObjectMapper().readTree(m.group(1));
  }

  private static List<String> texts(JsonNode array) {
    List<String> out = new ArrayList<>();
    array.forEach(n -> out.add(n.asText()));
    return out;
  }

  static Geometry square(double x, double y, double size) {
    return RdNew.GEOMETRY_FACTORY.toGeometry(new Envelope(x, x + size, y, y + size));
  }

  static Household household(String id, String street, int number, String postcode, double x, double y) {
    return new Household(id, Address.of(street, number, postcode, "Testdorp"), x, y);
  }
}
