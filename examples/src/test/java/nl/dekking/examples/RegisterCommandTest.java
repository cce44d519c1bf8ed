package nl.dekking.examples;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.FileOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Collectors;
import nl.dekking.crs.RdNew;
import nl.dekking.io.DataFiles;
import nl.dekking.io.ReadOptions;
import nl.dekking.io.geojson.GeoJsonWriter;
import nl.dekking.io.kml.KmlWriter;
import nl.dekking.model.Audience;
import nl.dekking.model.Group;
import nl.dekking.model.Household;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.locationtech.jts.geom.Coordinate;
import org.locationtech.jts.geom.prep.PreparedGeometry;
import org.locationtech.jts.geom.prep.PreparedGeometryFactory;

class RegisterCommandTest {

  @TempDir
  Path dir;
  Path addresses;
  Path groups;

  @BeforeEach
  void copySample() throws IOException {
    addresses = copy(SampleData.ADDRESSES);
    groups = copy(SampleData.GROUPS);
  }

  private Path copy(String name) throws IOException {
    Path target = dir.resolve(name);
    try (InputStream in = SampleData.open(name)) {
      Files.copy(in, target);
    }
    return target;
  }

  private static ReportCommandTest.Run run(String... args) {
    return ReportCommandTest.run(args);
  }

  /** The households the written group covers that are not listed, and the listed ones it misses. */
  private static List<String> misplaced(Group group, List<Household> all, String street, String place,
      java.util.function.IntPredicate numbers) {
    PreparedGeometry area = PreparedGeometryFactory.prepare(group.area());
    List<Household> listed = all.stream().filter(h -> h.address().street().equals(street) && h.address().place().equals(place)
        && numbers.test(h.address().houseNumber())).toList();
    Map<Household, Boolean> isListed = new IdentityHashMap<>();
    listed.forEach(h -> isListed.put(h, true));
    List<String> wrong = new ArrayList<>();
    for (Household h : all) {
      boolean covered = area.covers(RdNew.GEOMETRY_FACTORY.createPoint(new Coordinate(h.x(), h.y())));
      boolean sameSpot = listed.stream().anyMatch(l -> l.x() == h.x() && l.y() == h.y());
      if (covered != (isListed.containsKey(h) || sameSpot)) {
        wrong.add(h.address().display());
      }
    }
    return wrong;
  }

  private Group readBack(Path file, String id) {
    return DataFiles.readGroups(file, ReadOptions.defaults()).stream().filter(g -> g.id().equals(id)).findFirst().orElseThrow();
  }

  @Test
  void register_rdGeoJson_keepsEveryGroupAndCoversExactlyTheListedAddresses() {
    Path out = dir.resolve("nieuw.geojson");

    ReportCommandTest.Run r = run("register", "--households", addresses.toString(), "--groups", groups.toString(),
        "--id", "OTT-09", "--name", "Bovenweg oneven", "--street", "bovenweg 1-99 ONEVEN", "--woonplaats", "Otterlo",
        "--admin-name", "Jan Jansen", "--admin-email", "jan@example.nl", "--consent", "MUNICIPALITY_ONLY", "--out", out.toString());

    assertThat(r.exitCode()).as(r.err()).isZero();
    List<Group> before = DataFiles.readGroups(groups, ReadOptions.defaults());
    List<Group> after = DataFiles.readGroups(out, ReadOptions.defaults());
    assertThat(after).hasSize(before.size() + 1);
    assertThat(after.subList(0, before.size())).isEqualTo(before);
    List<Household> all = DataFiles.readHouseholds(addresses, ReadOptions.defaults());
    Group added = readBack(out, "OTT-09");
    assertThat(added.admins()).singleElement().satisfies(c -> assertThat(c.email()).isEqualTo("jan@example.nl"));
    assertThat(misplaced(added, all, "Bovenweg", "Otterlo", n -> n % 2 == 1 && n <= 99)).isEmpty();
    assertThat(r.out()).contains("registered OTT-09 'Bovenweg oneven'").contains("overlapt groep OTT-05");
  }

  @Test
  void register_wgs84GeoJson_staysExactAfterWritingInDegrees() throws IOException {
    Path wgs84 = dir.resolve("groepen-wgs84.geojson");
    try (OutputStream o = new FileOutputStream(wgs84.toFile())) {
      GeoJsonWriter.rfc7946().groups(DataFiles.readGroups(groups, ReadOptions.defaults()), o, Audience.MUNICIPALITY);
    }
    Path out = dir.resolve("nieuw-wgs84.geojson");

    ReportCommandTest.Run r = run("register", "--households", addresses.toString(), "--groups", wgs84.toString(),
        "--id", "N1", "--name", "Vijverlaan", "--street", "Vijverlaan 2-40 even", "--out", out.toString(), "--json");

    assertThat(r.exitCode()).as(r.err()).isZero();
    assertThat(Files.readString(out)).doesNotContain("\"crs\"");
    List<Household> all = DataFiles.readHouseholds(addresses, ReadOptions.defaults());
    assertThat(misplaced(readBack(out, "N1"), all, "Vijverlaan", "Otterlo", n -> n % 2 == 0 && n <= 40)).isEmpty();
    assertThat(r.out()).contains("\"registered\"").contains("\"households\"");
  }

  @Test
  void register_kml_addsAPlacemarkAndKeepsTheOthers() throws IOException {
    Path kml = dir.resolve("groepen.kml");
    List<Group> before = DataFiles.readGroups(groups, ReadOptions.defaults());
    KmlWriter.write("groepen", before.stream().map(g -> new KmlWriter.Placemark(g.id(), g.name(), "", g.area(), "#336699", 0.3))
        .toList(), kml);
    String original = Files.readString(kml);
    Path out = dir.resolve("nieuw.kml");

    ReportCommandTest.Run r = run("register", "--households", addresses.toString(), "--groups", kml.toString(),
        "--id", "K1", "--name", "Karweg", "--street", "Karweg", "--woonplaats", "Otterlo", "--members", "12", "--out", out.toString());

    assertThat(r.exitCode()).as(r.err()).isZero();
    String written = Files.readString(out);
    assertThat(written).startsWith(original.substring(0, original.lastIndexOf("</Document>")));
    Group added = readBack(out, "K1");
    assertThat(added.members()).isEqualTo(12);
    List<Household> all = DataFiles.readHouseholds(addresses, ReadOptions.defaults());
    assertThat(misplaced(added, all, "Karweg", "Otterlo", n -> true)).isEmpty();
  }

  @Test
  void register_outIsTheGroupsFile_isRefusedAndLeavesItAlone() throws IOException {
    String original = Files.readString(groups);

    ReportCommandTest.Run r = run("register", "--households", addresses.toString(), "--groups", groups.toString(),
        "--id", "OTT-09", "--name", "X", "--street", "Karweg", "--out", groups.toString());

    assertThat(r.exitCode()).isEqualTo(2);
    assertThat(r.err()).contains("is an input file");
    assertThat(Files.readString(groups)).isEqualTo(original);
  }

  @Test
  void register_misspeltStreet_isRefusedWithTheRightName() {
    ReportCommandTest.Run r = run("register", "--households", addresses.toString(), "--groups", groups.toString(),
        "--id", "OTT-09", "--name", "X", "--street", "Karwg 1-9", "--woonplaats", "Otterlo", "--out", dir.resolve("n.geojson").toString());

    assertThat(r.exitCode()).isEqualTo(2);
    assertThat(r.err()).contains("Karwg: geen straat in Otterlo; bedoelt u Karweg?");
    assertThat(dir.resolve("n.geojson")).doesNotExist();
  }

  @Test
  void register_form_registersSeveralGroups() throws IOException {
    Path form = dir.resolve("aanmeldingen.csv");
    Files.writeString(form, """
        id;naam;straten;woonplaats;beheerder;email;toestemming
        N1;Karweg;Karweg;Otterlo;Piet;piet@example.nl;openbaar
        N2;Sportlaan;"Sportlaan 1-20|De Dries 1–15 (oneven), 2–8 (even)";Otterlo;;;
        """);
    Path out = dir.resolve("nieuw.geojson");

    ReportCommandTest.Run r = run("register", "--households", addresses.toString(), "--groups", groups.toString(),
        "--form", form.toString(), "--out", out.toString());

    assertThat(r.exitCode()).as(r.err()).isZero();
    List<Group> after = DataFiles.readGroups(out, ReadOptions.defaults());
    assertThat(after.stream().map(Group::id).collect(Collectors.toList())).endsWith("N1", "N2");
    List<Household> all = DataFiles.readHouseholds(addresses, ReadOptions.defaults());
    assertThat(misplaced(readBack(out, "N1"), all, "Karweg", "Otterlo", n -> true)).isEmpty();
    assertThat(Optional.of(readBack(out, "N1").admins().get(0).name())).contains("Piet");
  }
}
