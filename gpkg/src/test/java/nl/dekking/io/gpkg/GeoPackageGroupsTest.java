package nl.dekking.io.gpkg;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.io.RandomAccessFile;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.SQLException;
import java.util.List;
import nl.dekking.io.DataFileException;
import nl.dekking.io.DataFiles;
import nl.dekking.io.ReadOptions;
import nl.dekking.model.Consent;
import nl.dekking.model.Contact;
import nl.dekking.model.Group;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class GeoPackageGroupsTest {

  @TempDir
  Path dir;

  Path groups(String secondName) throws SQLException {
    Path file = dir.resolve("groepen.gpkg");
    try (TestGeoPackage g = new TestGeoPackage(file)) {
      g.layer("groepen", "MULTIPOLYGON", 28992, List.of("naam", "leden", "beheerder", "toestemming", "status"))
          .row("groepen", 28992, GeoPackageNeighbourhoodsTest.SQUARE_1, "Oude Stad", "41", "P. Visser", "gemeente", "actief")
          .row("groepen", 28992, GeoPackageNeighbourhoodsTest.SQUARE_2, secondName, "12", null, null, "in oprichting");
    }
    return file;
  }

  @Test
  void readGroups_polygonLayer_makesGroupsNamedByTheirNames() throws SQLException {
    List<Group> groups = DataFiles.readGroups(groups("Zuidoost"), ReadOptions.defaults());

    assertThat(groups).extracting(Group::id).containsExactly("Oude Stad", "Zuidoost");
    Group first = groups.get(0);
    assertThat(first.members()).isEqualTo(41);
    assertThat(first.admins()).containsExactly(new Contact("P. Visser", "", "", Consent.MUNICIPALITY_ONLY));
    assertThat(first.metadata()).containsExactly(java.util.Map.entry("status", "actief"));
    assertThat(first.area().getArea()).isEqualTo(1_000_000.0);
  }

  @Test
  void readGroups_twoFeaturesWithOneName_failsNamingTheSecond() throws SQLException {
    Path file = groups("Oude Stad");

    assertThatThrownBy(() -> DataFiles.readGroups(file, ReadOptions.defaults()))
        .isInstanceOf(DataFileException.class)
        .hasMessage(file + ", feature 1 (id 'Oude Stad'): group id 'Oude Stad' is also the id of feature 0");
  }

  @Test
  void readGroups_pointLayerNamed_failsAsWrongGeometryType() {
    Path addresses = GeoPackageReaderTest.resource("addresses-otterlo-wekerom-rd.gpkg");

    assertThatThrownBy(() -> DataFiles.readGroups(addresses, ReadOptions.defaults().withLayer("OGRGeoJSON")))
        .isInstanceOf(DataFileException.class)
        .hasMessage(addresses + ": layer 'OGRGeoJSON' has geometry type POINT, but areas need"
            + " a polygon layer (POLYGON, MULTIPOLYGON)");
  }

  /**
   * A file cut short whose header does not give its size (as written by SQLite before 3.7.0): the size check at
   * opening cannot see the truncation, and SQLite's own error on the missing pages ends the read, never a partial list.
   */
  @Test
  void readHouseholds_truncatedWithoutSizeInHeader_failsOnTheMissingPages() throws IOException {
    byte[] all = Files.readAllBytes(GeoPackageReaderTest.resource("addresses-otterlo-wekerom-rd.gpkg"));
    Path file = dir.resolve("cut.gpkg");
    Files.write(file, java.util.Arrays.copyOf(all, all.length * 2 / 3));
    try (RandomAccessFile raf = new RandomAccessFile(file.toFile(), "rw")) {
      raf.seek(92); // version-valid-for: no longer equal to the change counter, so the in-header size is ignored
      raf.writeInt(0x7fff_fff0);
    }

    assertThatThrownBy(() -> DataFiles.readHouseholds(file, ReadOptions.defaults()))
        .isInstanceOf(DataFileException.class)
        .hasMessageStartingWith(file.toString())
        .hasMessageContaining("SQLState");
  }
}
