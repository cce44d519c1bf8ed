package nl.dekking.postgis;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.Statement;
import java.util.AbstractList;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import nl.dekking.model.Address;
import nl.dekking.model.Dataset;
import nl.dekking.model.Group;
import nl.dekking.model.Household;
import nl.dekking.store.CoverageStoreException;
import nl.dekking.store.InvalidDatasetException;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.locationtech.jts.geom.Coordinate;
import nl.dekking.crs.RdNew;

/**
 * Saving a million households: the rate is printed (households/s), and a save that fails halfway, on a bad row
 * or a killed connection, leaves the previous dataset intact.
 */
class BulkImportTest {

  private static final int MILLION = 1_000_000;
  private static PostgisCoverageStore store;

  @BeforeAll
  static void open() {
    store = TestDatabase.get().store("dekking_bulk");
  }

  @AfterAll
  static void close() {
    if (store != null) {
      store.close();
    }
  }

  @Test
  void save_millionHouseholds_storesEveryOneAndPrintsTheRate() throws Exception {
    Dataset big = Dataset.of("Een miljoen", households(MILLION, null), List.of(square("g", 150_000, 450_000, 1_000)));

    long start = System.nanoTime();
    store.save("GM-MILLION", big);
    double seconds = (System.nanoTime() - start) / 1e9;

    System.out.printf("bulk import: %,d households in %.1f s = %,.0f households/s%n", MILLION, seconds, MILLION / seconds);
    String table;
    try (Connection c = TestDatabase.get().connect(); PreparedStatement ps = c.prepareStatement(
        "SELECT household_table FROM dekking_bulk.dataset WHERE municipality = ?")) {
      ps.setString(1, "GM-MILLION");
      try (ResultSet rs = ps.executeQuery()) {
        rs.next();
        table = new CoverageSql("\"dekking_bulk\"").householdTable(rs.getString(1));
      }
    }
    try (Connection c = TestDatabase.get().connect(); PreparedStatement ps = c.prepareStatement(
        "SELECT count(*), min(ordinal), max(ordinal), count(DISTINCT id) FROM " + table + " WHERE municipality = ?")) {
      ps.setString(1, "GM-MILLION");
      try (ResultSet rs = ps.executeQuery()) {
        rs.next();
        assertThat(rs.getLong(1)).isEqualTo(MILLION);
        assertThat(rs.getLong(2)).isZero();
        assertThat(rs.getLong(3)).isEqualTo(MILLION - 1);
        assertThat(rs.getLong(4)).isEqualTo(MILLION);
      }
    }
    Household sample = big.households().get(777_777);
    assertThat(store.householdsIn("GM-MILLION", square("probe", sample.x() - 0.01, sample.y() - 0.01, 0.02).area()))
        .containsExactly(sample);
  }

  @Test
  void save_badRowHalfway_namesTheRowAndKeepsPreviousData() {
    Dataset before = Dataset.of("Voor", households(1_000, null), List.of(square("g", 150_000, 450_000, 100)));
    store.save("GM-BADROW", before);
    // PostgreSQL text cannot hold NUL; the Java record accepts it, the store refuses row 60,000 before writing
    Dataset bad = Dataset.of("Na", households(120_000, 60_000), List.of());

    assertThatThrownBy(() -> store.save("GM-BADROW", bad))
        .isInstanceOf(InvalidDatasetException.class)
        .hasMessageContaining("household 60000 (id 'h60000')")
        .hasMessageContaining("NUL character");

    assertThat(store.load("GM-BADROW")).contains(before);
  }

  @Test
  void save_rowRefusedByTheDatabaseAfterADroppedDuplicate_namesItsRowInTheDatasetAsGiven() throws Exception {
    TestDatabase db = TestDatabase.get();
    db.store("dekking_refused").close();
    try (Connection c = db.connect(); Statement s = c.createStatement()) {
      s.execute("ALTER TABLE dekking_refused.household_template DROP CONSTRAINT IF EXISTS no_verboden");
      s.execute("ALTER TABLE dekking_refused.household_template ADD CONSTRAINT no_verboden CHECK (street <> 'Verboden')");
    }
    List<Household> rows = new java.util.ArrayList<>(households(5, null));
    rows.add(0, new Household("a-first", rows.get(2).address(), 100_000, 400_000)); // repeats row 3, sorts first
    rows.add(new Household("bad", new Address("Verboden", 7, "", "", "1000AA", "Plaats"), 100_000, 400_000));

    try (PostgisCoverageStore refusing = db.store("dekking_refused")) {
      assertThatThrownBy(() -> refusing.save("GM-REFUSED", Dataset.of("Geweigerd", rows, List.of())))
          .isInstanceOf(InvalidDatasetException.class)
          .hasMessageContaining("household 6 (id 'bad')")
          .hasMessageContaining("check constraint is violated (table household_")
          .hasMessageContaining("constraint no_verboden");
    }
  }

  @Test
  void save_connectionKilledHalfway_failsAndKeepsPreviousData() throws Exception {
    Dataset before = Dataset.of("Voor", households(1_000, null), List.of(square("g", 150_000, 450_000, 100)));
    store.save("GM-KILLED", before);
    Dataset next = Dataset.of("Na", households(MILLION, null), List.of());

    CompletableFuture<Void> saving = CompletableFuture.runAsync(() -> store.save("GM-KILLED", next));
    int killed = 0;
    try (Connection c = TestDatabase.get().connect(); Statement s = c.createStatement()) {
      for (int i = 0; i < 600 && killed == 0 && !saving.isDone(); i++) {
        Thread.sleep(50);
        try (ResultSet rs = s.executeQuery("SELECT count(pg_terminate_backend(pid)) FROM pg_stat_activity"
            + " WHERE query LIKE 'COPY %dekking_bulk%household%' AND pid <> pg_backend_pid()")) {
          rs.next();
          killed = rs.getInt(1);
        }
      }
    }

    assertThat(killed).as("the COPY was found and its backend terminated").isEqualTo(1);
    assertThatThrownBy(() -> saving.get(60, TimeUnit.SECONDS))
        .hasCauseInstanceOf(CoverageStoreException.class)
        .hasMessageContaining("GM-KILLED");
    assertThat(store.load("GM-KILLED")).contains(before);
  }

  @Test
  void save_repeatedly_keepsOneHouseholdTablePerMunicipality() throws Exception {
    for (int i = 0; i < 3; i++) {
      store.save("GM-AGAIN", Dataset.of("Opnieuw " + i, households(100 + i, null), List.of()));
    }
    store.save("GM-OTHER", Dataset.of("Ander", households(5, null), List.of()));

    try (Connection c = TestDatabase.get().connect(); Statement s = c.createStatement();
        ResultSet rs = s.executeQuery("SELECT (SELECT count(*) FROM pg_tables WHERE schemaname = 'dekking_bulk'"
            + " AND tablename ~ '^household_[0-9]+$'), (SELECT count(household_table) FROM dekking_bulk.dataset),"
            + " (SELECT count(*) FROM dekking_bulk.retired_table)")) {
      rs.next();
      assertThat(rs.getLong(1)).as("household tables: one per saved municipality, the replaced ones dropped")
          .isEqualTo(rs.getLong(2));
      assertThat(rs.getLong(3)).as("retired tables left").isZero();
    }
    assertThat(store.load("GM-AGAIN").orElseThrow().households()).hasSize(102);
    assertThat(store.load("GM-OTHER").orElseThrow().households()).hasSize(5);
  }

  /** n households on a grid; the street of row {@code nulAt} holds a NUL character. */
  static List<Household> households(int n, Integer nulAt) {
    return new AbstractList<>() {
      @Override
      public Household get(int i) {
        String street = nulAt != null && i == nulAt ? "Dorps\u0000straat" : "Straat " + (i / 10_000);
        int postcode = 1000 + (i / 10_000);
        Address a = new Address(street, 1 + i % 10_000, "", "", postcode + "AA", "Plaats");
        return new Household("h" + i, a, 100_000 + (i % 1_000) * 10.0 + 0.25, 400_000 + (i / 1_000) * 10.0 + 0.5);
      }

      @Override
      public int size() {
        return n;
      }
    };
  }

  static Group square(String id, double x, double y, double size) {
    Coordinate[] ring = {new Coordinate(x, y), new Coordinate(x + size, y), new Coordinate(x + size, y + size),
        new Coordinate(x, y + size), new Coordinate(x, y)};
    return Group.of(id, id, RdNew.GEOMETRY_FACTORY.createPolygon(ring));
  }
}
