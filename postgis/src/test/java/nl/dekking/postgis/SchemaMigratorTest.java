package nl.dekking.postgis;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import nl.dekking.model.Dataset;
import nl.dekking.store.CoverageStoreException;
import org.junit.jupiter.api.Test;
import org.postgresql.ds.PGSimpleDataSource;

/** The schema: created and migrated by the store in the schema it is given, with the constraints it promises. */
class SchemaMigratorTest {

  @Test
  void build_newSchema_createsTablesThereAndRecordsTheVersion() throws Exception {
    TestDatabase db = TestDatabase.get();
    try (PostgisCoverageStore store = db.store("dekking_fresh")) {
      assertThat(store.schema()).isEqualTo("dekking_fresh");
    }
    try (Connection c = db.connect()) {
      assertThat(strings(c, "SELECT table_name FROM information_schema.tables WHERE table_schema = 'dekking_fresh'"))
          .contains("dataset", "household_template", "coverage_group", "contact", "street", "neighbourhood",
              "retired_table", "schema_history")
          .doesNotContain("household");
      assertThat(strings(c, "SELECT version || ' ' || description FROM dekking_fresh.schema_history ORDER BY version"))
          .containsExactly("1 coverage schema", "2 household table per municipality");
      assertThat(strings(c, "SELECT indexname FROM pg_indexes WHERE schemaname = 'dekking_fresh' AND indexdef LIKE '%gist%'"))
          .containsExactlyInAnyOrder("coverage_group_coverage");
      assertThat(strings(c, "SELECT f_table_name || '.' || f_geometry_column || ' ' || srid FROM geometry_columns"
          + " WHERE f_table_schema = 'dekking_fresh'")).allMatch(s -> s.endsWith(" 28992")).hasSize(5);
    }
  }

  @Test
  void build_twiceAndConcurrently_appliesEachMigrationOnce() throws Exception {
    TestDatabase db = TestDatabase.get();
    List<CompletableFuture<PostgisCoverageStore>> opening = new ArrayList<>();
    for (int i = 0; i < 3; i++) {
      opening.add(CompletableFuture.supplyAsync(() -> db.store("dekking_race")));
    }
    for (CompletableFuture<PostgisCoverageStore> f : opening) {
      f.get().close();
    }
    db.store("dekking_race").close();
    try (Connection c = db.connect()) {
      assertThat(strings(c, "SELECT version::text FROM dekking_race.schema_history ORDER BY version"))
          .containsExactly("1", "2");
    }
  }

  @Test
  void build_appliedScriptChanged_refusesToOpen() throws Exception {
    TestDatabase db = TestDatabase.get();
    db.store("dekking_tampered").close();
    execute(db, "UPDATE dekking_tampered.schema_history SET checksum = 'abc' WHERE version = 1");

    assertThatThrownBy(() -> db.store("dekking_tampered"))
        .isInstanceOf(CoverageStoreException.class)
        .hasMessageContaining("dekking_tampered")
        .hasMessageContaining("V1")
        .hasMessageContaining("checksum abc");
  }

  @Test
  void build_schemaNewerThanLibrary_refusesToOpen() throws Exception {
    TestDatabase db = TestDatabase.get();
    db.store("dekking_future").close();
    execute(db, "INSERT INTO dekking_future.schema_history (version, description, checksum) VALUES (99, 'later', 'x')");

    assertThatThrownBy(() -> db.store("dekking_future"))
        .isInstanceOf(CoverageStoreException.class)
        .hasMessageContaining("version 99")
        .hasMessageContaining("upgrade dekking-postgis");
  }

  @Test
  void build_verifyOnlyOnEmptySchema_failsSayingHowToMigrate() {
    TestDatabase db = TestDatabase.get();

    assertThatThrownBy(() -> PostgisCoverageStore.builder().url(db.url).user(db.user).password(db.password)
        .schema("dekking_unmigrated").migrate(false).build())
        .isInstanceOf(CoverageStoreException.class)
        .hasMessageContaining("dekking_unmigrated")
        .hasMessageContaining("migrate(true)");
  }

  @Test
  void build_verifyOnlyOnCurrentSchema_opens() {
    TestDatabase db = TestDatabase.get();
    db.store("dekking_verified").close();

    try (PostgisCoverageStore store = PostgisCoverageStore.builder().url(db.url).user(db.user).password(db.password)
        .schema("dekking_verified").migrate(false).build()) {
      store.save("GM1", Dataset.of("Geverifieerd", List.of(), List.of()));
      assertThat(store.load("GM1")).isPresent();
    }
  }

  @Test
  void build_fromPlainDataSource_wrapsItInAPoolAndLeavesItOpen() {
    TestDatabase db = TestDatabase.get();
    PGSimpleDataSource ds = new PGSimpleDataSource();
    ds.setURL(db.url);
    ds.setUser(db.user);
    ds.setPassword(db.password);

    try (PostgisCoverageStore store = PostgisCoverageStore.builder().dataSource(ds).schema("dekking_ds").build()) {
      store.save("GM2", Dataset.of("Bron", BulkImportTest.households(10, null), List.of()));
      assertThat(store.load("GM2").orElseThrow().households()).hasSize(10);
    }
  }

  @Test
  void build_fromHikariDataSource_usesItAsItIsAndLeavesItOpen() throws Exception {
    TestDatabase db = TestDatabase.get();
    com.zaxxer.hikari.HikariConfig config = new com.zaxxer.hikari.HikariConfig();
    config.setJdbcUrl(db.url);
    config.setUsername(db.user);
    config.setPassword(db.password);
    config.setMaximumPoolSize(2);
    try (com.zaxxer.hikari.HikariDataSource app = new com.zaxxer.hikari.HikariDataSource(config)) {
      try (PostgisCoverageStore store = PostgisCoverageStore.builder().dataSource(app).schema("dekking_app").build()) {
        store.save("GM4", Dataset.of("App", List.of(), List.of()));
      }

      assertThat(app.isClosed()).isFalse();
      try (Connection c = app.getConnection()) {
        assertThat(strings(c, "SELECT name FROM dekking_app.dataset")).containsExactly("App");
      }
    }
  }

  @Test
  void build_unreachableDatabase_failsNamingTheUrl() {
    assertThatThrownBy(() -> PostgisCoverageStore.builder().url("jdbc:postgresql://127.0.0.1:1/nowhere").user("x")
        .password("y").connectionTimeout(java.time.Duration.ofMillis(500)).build())
        .isInstanceOf(CoverageStoreException.class)
        .hasMessageContaining("127.0.0.1:1/nowhere");
  }

  @Test
  void builder_badSchemaName_isRejected() {
    assertThatThrownBy(() -> PostgisCoverageStore.builder().schema("Robert'); DROP TABLE"))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("Robert'); DROP TABLE");
  }

  @Test
  void constraints_invalidCoverageWrongSridOrRepeatedAddress_areRefusedByTheDatabase() throws Exception {
    TestDatabase db = TestDatabase.get();
    db.store("dekking_checks").close();
    execute(db, "INSERT INTO dekking_checks.dataset (municipality, name) VALUES ('GM3', 'Controle')");
    String group = "INSERT INTO dekking_checks.coverage_group (municipality, id, sort_key, name, members, area,"
        + " coverage, metadata_keys, metadata_values, version) VALUES ('GM3', 'g', '\\x0067', 'g', 0, %s, %s, '{}', '{}', 1)";
    String bowTie = "ST_GeomFromText('POLYGON((0 0, 10 10, 10 0, 0 10, 0 0))', 28992)";
    String square = "ST_GeomFromText('POLYGON((0 0, 10 0, 10 10, 0 10, 0 0))', 28992)";

    assertThatThrownBy(() -> execute(db, group.formatted(bowTie, bowTie)))
        .isInstanceOf(SQLException.class).hasMessageContaining("check constraint");
    assertThatThrownBy(() -> execute(db, group.formatted(square, "ST_GeomFromText('POLYGON((0 0, 10 0, 10 10, 0 10, 0 0))', 4326)")))
        .isInstanceOf(SQLException.class).hasMessageContaining("SRID");
    execute(db, group.formatted(bowTie, square)); // the drawn area may be invalid, the indexed one not

    execute(db, "CREATE TABLE dekking_checks.household_1 (LIKE dekking_checks.household_template INCLUDING ALL)");
    execute(db, "CREATE UNIQUE INDEX ON dekking_checks.household_1 (municipality, postcode, house_number, upper(letter),"
        + " upper(suffix))");
    String household = "INSERT INTO dekking_checks.household_1 (municipality, ordinal, id, street, house_number, letter,"
        + " suffix, postcode, place, location) VALUES ('GM3', %d, '%s', 'Dorpsstraat', 1, '%s', '', '6731AA', 'Otterlo',"
        + " ST_SetSRID(ST_MakePoint(180000, 450000), 28992))";
    execute(db, household.formatted(0, "h0", "a"));
    assertThatThrownBy(() -> execute(db, household.formatted(1, "h1", "A")))
        .isInstanceOf(SQLException.class).hasMessageContaining("duplicate key").hasMessageContaining("upper(letter)");
  }

  @Test
  void build_verifyOnlyOnSchemaMadeByHand_saysHowToBaseline() throws Exception {
    TestDatabase db = TestDatabase.get();
    runScriptsByHand(db, "dekking_byhand1", 2);

    assertThatThrownBy(() -> open(db, "dekking_byhand1").migrate(false).build())
        .isInstanceOf(CoverageStoreException.class)
        .hasMessageContaining("dekking_byhand1 has tables but no schema_history")
        .hasMessageContaining("baseline(true)");
  }

  @Test
  void build_baselineOfSchemaMadeByHand_recordsTheMigrationsAndOpens() throws Exception {
    TestDatabase db = TestDatabase.get();
    runScriptsByHand(db, "dekking_byhand2", 2);
    db.store("dekking_reference").close();

    try (PostgisCoverageStore store = open(db, "dekking_byhand2").baseline(true).migrate(false).build()) {
      store.save("GM5", Dataset.of("Met de hand", BulkImportTest.households(3, null), List.of()));
      assertThat(store.load("GM5").orElseThrow().households()).hasSize(3);
    }
    try (Connection c = db.connect()) {
      assertThat(strings(c, "SELECT version || ' ' || checksum FROM dekking_byhand2.schema_history ORDER BY version"))
          .isEqualTo(strings(c, "SELECT version || ' ' || checksum FROM dekking_reference.schema_history ORDER BY version"))
          .hasSize(2);
    }
    open(db, "dekking_byhand2").migrate(false).build().close();
  }

  @Test
  void build_baselineOfIncompleteSchema_namesTheMissingTables() throws Exception {
    TestDatabase db = TestDatabase.get();
    runScriptsByHand(db, "dekking_byhand3", 1);

    assertThatThrownBy(() -> open(db, "dekking_byhand3").baseline(true).build())
        .isInstanceOf(CoverageStoreException.class)
        .hasMessageContaining("cannot baseline schema dekking_byhand3")
        .hasMessageContaining("household_template")
        .hasMessageContaining("retired_table");
  }

  @Test
  void checksum_crlfLineEndings_equalLf() {
    String lf = "CREATE TABLE x (\n  id integer\n);\n";

    assertThat(SchemaMigrator.checksum(lf.replace("\n", "\r\n"))).isEqualTo(SchemaMigrator.checksum(lf));
    assertThat(SchemaMigrator.checksum(lf + " ")).isNotEqualTo(SchemaMigrator.checksum(lf));
  }

  @Test
  void build_failingMigration_namesItsVersionAndAppliesNothingOfIt() throws Exception {
    TestDatabase db = TestDatabase.get();
    runScriptsByHand(db, "dekking_broken", 1);
    recordByHand(db, "dekking_broken", 1);
    execute(db, "CREATE TABLE dekking_broken.household_template (x integer)"); // V2 creates it

    assertThatThrownBy(() -> db.store("dekking_broken"))
        .isInstanceOf(CoverageStoreException.class)
        .hasMessageContaining("migration V2 (household table per municipality) failed in schema dekking_broken")
        .hasMessageContaining("SQLState 42P07");
    try (Connection c = db.connect()) {
      assertThat(strings(c, "SELECT version::text FROM dekking_broken.schema_history")).containsExactly("1");
      assertThat(strings(c, "SELECT to_regclass('dekking_broken.household')::text")).containsExactly("dekking_broken.household");
    }
  }

  @Test
  void build_version1SchemaWithADataset_upgradesKeepingItsHouseholds() throws Exception {
    TestDatabase db = TestDatabase.get();
    runScriptsByHand(db, "dekking_v1", 1);
    recordByHand(db, "dekking_v1", 1);
    // what a version 1 store wrote: a partition per municipality, numbered from a sequence
    execute(db, "SELECT nextval('dekking_v1.household_partition')");
    execute(db, "INSERT INTO dekking_v1.dataset (municipality, name, household_partition) VALUES ('GM7', 'Oud', 'household_1')");
    execute(db, "CREATE TABLE dekking_v1.household_1 (LIKE dekking_v1.household INCLUDING DEFAULTS INCLUDING CONSTRAINTS,"
        + " CHECK (municipality = 'GM7'))");
    execute(db, "INSERT INTO dekking_v1.household_1 VALUES ('GM7', 0, 'h0', 'Dorpsstraat', 1, '', '', '6731AA', 'Otterlo',"
        + " ST_SetSRID(ST_MakePoint(180000, 450000), 28992))");
    execute(db, "ALTER TABLE dekking_v1.household_1 ADD CONSTRAINT household_1_pkey PRIMARY KEY (municipality, id)");
    execute(db, "CREATE INDEX household_1_location ON dekking_v1.household_1 USING gist (location)");
    execute(db, "ALTER TABLE dekking_v1.household ATTACH PARTITION dekking_v1.household_1 FOR VALUES IN ('GM7')");

    try (PostgisCoverageStore store = db.store("dekking_v1")) {
      assertThat(store.load("GM7").orElseThrow().households()).extracting(h -> h.id()).containsExactly("h0");
      assertThat(store.householdsIn("GM7", BulkImportTest.square("a", 179_990, 449_990, 20).area())).hasSize(1);
      store.save("GM7", Dataset.of("Nieuw", BulkImportTest.households(2, null), List.of()));
      assertThat(store.load("GM7").orElseThrow().households()).hasSize(2);
    }
    try (Connection c = db.connect()) {
      assertThat(strings(c, "SELECT to_regclass('dekking_v1.household_1')::text")).containsOnlyNulls();
    }
  }

  /** Runs the library's scripts up to a version as a DBA would: with psql, the schema name filled in. */
  private static void runScriptsByHand(TestDatabase db, String schema, int upTo) throws Exception {
    execute(db, "DROP SCHEMA IF EXISTS " + schema + " CASCADE");
    execute(db, "CREATE SCHEMA " + schema);
    for (int v = 1; v <= upTo; v++) {
      execute(db, script(v).replace("${schema}", '"' + schema + '"'));
    }
  }

  private static void recordByHand(TestDatabase db, String schema, int version) throws Exception {
    execute(db, "CREATE TABLE IF NOT EXISTS " + schema + ".schema_history (version integer PRIMARY KEY, description text"
        + " NOT NULL, checksum text NOT NULL, applied_at timestamptz NOT NULL DEFAULT now(), applied_by text NOT NULL"
        + " DEFAULT current_user)");
    try (Connection c = db.connect(); PreparedStatement ps = c.prepareStatement("INSERT INTO " + schema
        + ".schema_history (version, description, checksum) VALUES (?, 'coverage schema', ?)")) {
      ps.setInt(1, version);
      ps.setString(2, SchemaMigrator.checksum(script(version)));
      ps.executeUpdate();
    }
  }

  private static String script(int version) throws java.io.IOException {
    String name = version == 1 ? "V1__coverage_schema.sql" : "V2__household_table_per_municipality.sql";
    try (java.io.InputStream in = SchemaMigrator.class.getResourceAsStream("/nl/dekking/postgis/migration/" + name)) {
      return new String(in.readAllBytes(), java.nio.charset.StandardCharsets.UTF_8);
    }
  }

  private static PostgisCoverageStore.Builder open(TestDatabase db, String schema) {
    return PostgisCoverageStore.builder().url(db.url).user(db.user).password(db.password).schema(schema);
  }

  private static void execute(TestDatabase db, String sql) throws SQLException {
    try (Connection c = db.connect(); Statement s = c.createStatement()) {
      s.execute(sql);
    }
  }

  private static List<String> strings(Connection c, String sql) throws SQLException {
    List<String> result = new ArrayList<>();
    try (PreparedStatement ps = c.prepareStatement(sql); ResultSet rs = ps.executeQuery()) {
      while (rs.next()) {
        result.add(rs.getString(1));
      }
    }
    return result;
  }
}
