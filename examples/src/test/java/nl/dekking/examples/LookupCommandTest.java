package nl.dekking.examples;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import nl.dekking.crs.RdNew;
import nl.dekking.index.CoverageMap;
import nl.dekking.lookup.AddressLookup;
import nl.dekking.lookup.AddressQuery;
import nl.dekking.model.Group;
import nl.dekking.model.Household;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.locationtech.jts.geom.Geometry;
import org.locationtech.jts.geom.Point;

class LookupCommandTest {

  @TempDir
  Path dir;

  @Test
  void lookupJson_sampleAddresses_nameExactlyTheGroupsThatCoverThem() throws IOException {
    List<Household> households = SampleData.households();
    List<Group> groups = SampleData.groups();
    List<String> queries = new ArrayList<>();
    for (int i = 0; i < households.size(); i += 9) {
      queries.add(AddressQuery.of(households.get(i).address()).toString());
    }
    List<String> args = new ArrayList<>(List.of("lookup", "--sample", "--json"));
    args.addAll(queries);

    PublishCommandTest.Result r = PublishCommandTest.run(args.toArray(String[]::new));

    assertThat(r.code()).as(r.err()).isZero();
    JsonNode answers = new ObjectMapper().readTree(r.out());
    assertThat(answers).hasSize(queries.size());
    List<Geometry> areas = CoverageMap.of(groups).groups().stream().map(Group::area).toList();
    List<String> ids = CoverageMap.of(groups).groups().stream().map(Group::id).toList();
    int found = 0;
    for (int q = 0; q < queries.size(); q++) {
      JsonNode a = answers.get(q);
      Household h = households.get(q * 9);
      Point p = RdNew.GEOMETRY_FACTORY.createPoint(new org.locationtech.jts.geom.Coordinate(h.x(), h.y()));
      List<String> covering = new ArrayList<>();
      for (int o = 0; o < areas.size(); o++) {
        if (areas.get(o).covers(p)) {
          covering.add(ids.get(o));
        }
      }
      List<String> named = new ArrayList<>();
      a.path("groups").forEach(g -> named.add(g.path("id").asText()));
      assertThat(a.path("query").asText()).isEqualTo(queries.get(q));
      assertThat(named).as(queries.get(q)).isEqualTo(covering);
      assertThat(a.path("status").asText()).isEqualTo(covering.isEmpty() ? "NO_GROUP" : "FOUND");
      assertThat(a.path("address").path("straat").asText()).isEqualTo(h.address().street());
      assertThat(a.path("address").path("huisnummer").asInt()).isEqualTo(h.address().houseNumber());
      found += covering.isEmpty() ? 0 : 1;
    }
    assertThat(found).isPositive();
  }

  @Test
  void lookupJson_unknownAndNonAddress_areUnknownAddress() throws IOException {
    PublishCommandTest.Result r = PublishCommandTest.run("lookup", "--sample", "--json", "6731 BR 9999", "hallo");

    JsonNode answers = new ObjectMapper().readTree(r.out());
    assertThat(answers.get(0).path("status").asText()).isEqualTo("UNKNOWN_ADDRESS");
    assertThat(answers.get(0).path("address").path("postcode").asText()).isEqualTo("6731BR");
    assertThat(answers.get(0).path("address").path("straat").isNull()).isTrue();
    assertThat(answers.get(1).path("status").asText()).isEqualTo("UNKNOWN_ADDRESS");
    assertThat(answers.get(1).path("address").isNull()).isTrue();
    assertThat(answers.get(0).fieldNames()).toIterable().containsExactly("query", "status", "address", "groups");
  }

  @Test
  void lookup_addressesCsv_answersEveryRowInOrderInDutch() throws IOException {
    AddressLookup lookup = AddressLookup.of(CoverageMap.of(SampleData.groups()), SampleData.households(), "");
    Household covered = null;
    Household uncovered = null;
    for (int i = 0; i < lookup.households().size(); i++) {
      Household h = lookup.households().get(i);
      if (h.address().letter().isEmpty() && h.address().suffix().isEmpty()) {
        if (lookup.groupsOf(i).isEmpty() && uncovered == null) {
          uncovered = h;
        } else if (!lookup.groupsOf(i).isEmpty() && covered == null) {
          covered = h;
        }
      }
    }
    Path csv = dir.resolve("adressen.csv");
    Files.writeString(csv, "postcode;huisnummer\n" + covered.address().postcode() + ";" + covered.address().houseNumber()
        + "\n" + uncovered.address().postcode() + ";" + uncovered.address().houseNumber() + "\n", StandardCharsets.UTF_8);

    PublishCommandTest.Result r = PublishCommandTest.run("lookup", "--sample", "--contact", "14 0318", "--addresses",
        csv.toString());

    assertThat(r.code()).as(r.err()).isZero();
    List<String> lines = r.out().lines().toList();
    assertThat(lines).hasSize(2);
    assertThat(lines.get(0)).startsWith(covered.address().display()).contains("valt in de groep")
        .contains(lookup.find(AddressQuery.of(covered.address())).groups().get(0).name());
    assertThat(lines.get(1)).startsWith(uncovered.address().display()).contains("heeft nog geen groep")
        .contains("14 0318");
  }

  @Test
  void lookup_noAddresses_isABadUsage() {
    PublishCommandTest.Result r = PublishCommandTest.run("lookup", "--sample");

    assertThat(r.code()).isEqualTo(2);
    assertThat(r.err()).contains("nothing to look up");
  }
}
