package nl.dekking.examples;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import nl.dekking.crs.RdNew;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.locationtech.jts.geom.Coordinate;

class NearbyCommandTest {

  @TempDir
  Path dir;
  Path addresses;
  Path groups;

  @BeforeEach
  void copySample() throws IOException {
    addresses = dir.resolve(SampleData.ADDRESSES);
    groups = dir.resolve(SampleData.GROUPS);
    try (InputStream a = SampleData.open(SampleData.ADDRESSES); InputStream g = SampleData.open(SampleData.GROUPS)) {
      Files.copy(a, addresses);
      Files.copy(g, groups);
    }
  }

  @Test
  void nearby_json_listsGroupsNearestFirstWithInternalContactsOnly() throws IOException {
    ReportCommandTest.Run r = ReportCommandTest.run("nearby", "--groups", groups.toString(), "--households", addresses.toString(),
        "--at", "181577.94,456966.00", "--radius", "500", "--json");

    assertThat(r.exitCode()).as(r.err()).isZero();
    JsonNode list = new ObjectMapper().readTree(r.out()).get("groups");
    assertThat(list.size()).isGreaterThan(1);
    assertThat(list.get(0).get("distanceM").asDouble()).isZero();
    for (int i = 1; i < list.size(); i++) {
      assertThat(list.get(i).get("distanceM").asDouble()).isGreaterThanOrEqualTo(list.get(i - 1).get("distanceM").asDouble())
          .isLessThanOrEqualTo(500);
    }
    for (JsonNode g : list) {
      assertThat(g.fieldNames()).toIterable().contains("id", "name", "distanceM", "households", "contacts");
      for (JsonNode c : g.get("contacts")) {
        assertThat(c.get("consent").asText()).isIn("PUBLIC", "MUNICIPALITY_ONLY");
      }
    }
  }

  @Test
  void nearby_latLon_answersAsTheSamePointInRdNew() throws IOException {
    Coordinate wgs = RdNew.toWgs84(181577.94, 456966.00);

    ReportCommandTest.Run rd = ReportCommandTest.run("nearby", "--groups", groups.toString(), "--at", "181577.94,456966.00",
        "--radius", "400", "--json");
    ReportCommandTest.Run latLon = ReportCommandTest.run("nearby", "--groups", groups.toString(),
        "--at", wgs.y + "," + wgs.x, "--radius", "400", "--json");

    assertThat(latLon.exitCode()).as(latLon.err()).isZero();
    JsonNode a = new ObjectMapper().readTree(rd.out()).get("groups");
    JsonNode b = new ObjectMapper().readTree(latLon.out()).get("groups");
    assertThat(b.size()).isEqualTo(a.size()).isGreaterThan(1);
    for (int i = 0; i < a.size(); i++) {
      assertThat(b.get(i).get("id")).isEqualTo(a.get(i).get("id"));
      assertThat(b.get(i).get("distanceM").asDouble()).isCloseTo(a.get(i).get("distanceM").asDouble(), org.assertj.core.api.Assertions.within(0.01));
    }
  }

  @Test
  void nearby_address_startsFromThatAddress() {
    ReportCommandTest.Run r = ReportCommandTest.run("nearby", "--groups", groups.toString(), "--households", addresses.toString(),
        "--address", "6731BV 96", "--radius", "0");

    assertThat(r.exitCode()).as(r.err()).isZero();
    assertThat(r.out()).contains("within 0 m of");
  }

  @Test
  void nearby_unknownAddress_isRefused() {
    ReportCommandTest.Run r = ReportCommandTest.run("nearby", "--groups", groups.toString(), "--households", addresses.toString(),
        "--address", "9999ZZ 1", "--radius", "100");

    assertThat(r.exitCode()).isEqualTo(2);
    assertThat(r.err()).contains("--address 9999ZZ 1: no such address");
  }
}
