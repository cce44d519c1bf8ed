package nl.dekking.postgis;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.junit.jupiter.api.Assertions.assertTimeoutPreemptively;

import com.zaxxer.hikari.HikariConfig;
import com.zaxxer.hikari.HikariDataSource;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.Statement;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import nl.dekking.model.Dataset;
import nl.dekking.store.CoverageStoreException;
import nl.dekking.store.VersionedGroup;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * A store never waits without end: a row lock or a table lock held elsewhere, a statement that runs too long and a
 * frozen server process each fail within the configured time with a {@link CoverageStoreException} that names the
 * operation, the municipality and the timeout, and keeps the SQLState and the cause. Afterwards the store works.
 */
class TimeoutTest {

  private static final String SCHEMA = "dekking_timeouts";
  private static final Duration LOCK = Duration.ofMillis(300);
  private static final Duration STATEMENT = Duration.ofSeconds(1);
  private static final Duration SOCKET = Duration.ofSeconds(1);
  /** Far more than any timeout here, far less than the waits the tests provoke. */
  private static final Duration BOUND = Duration.ofSeconds(15);

  private static PostgisCoverageStore store;

  @BeforeAll
  static void open() {
    TestDatabase db = TestDatabase.get();
    store = builder().url(db.url).user(db.user).password(db.password).build();
    store.save("GM-T", Dataset.of("Tijd", BulkImportTest.households(100, null),
        List.of(BulkImportTest.square("noord", 100_000, 400_000, 50))));
  }

  @AfterAll
  static void close() {
    if (store != null) {
      store.close();
    }
  }

  @Test
  void put_rowLockedElsewhere_failsWithTheLockTimeout() throws Exception {
    VersionedGroup noord = store.group("GM-T", "noord").orElseThrow();
    try (Connection other = TestDatabase.get().connect(); Statement s = other.createStatement()) {
      other.setAutoCommit(false);
      s.execute("SELECT * FROM " + SCHEMA + ".coverage_group WHERE municipality = 'GM-T' AND id = 'noord' FOR UPDATE");

      CoverageStoreException e = assertTimeoutPreemptively(BOUND, () -> catchStoreError(
          () -> store.put("GM-T", noord.group().withMembers(7), noord.version())));

      assertThat(e).hasMessageContaining("could not write group 'noord' of municipality GM-T")
          .hasMessageContaining("lock timeout (300 ms, builder option lockTimeout)").hasCauseInstanceOf(java.sql.SQLException.class);
      assertThat(e.sqlState()).contains("55P03");
      other.rollback();
    }
    assertThat(store.put("GM-T", noord.group().withMembers(7), noord.version()).group().members()).isEqualTo(7);
  }

  @Test
  void householdsIn_householdTableLockedElsewhere_failsWithTheLockTimeout() throws Exception {
    try (Connection other = TestDatabase.get().connect(); Statement s = other.createStatement()) {
      other.setAutoCommit(false);
      String table;
      try (ResultSet rs = s.executeQuery("SELECT household_table FROM " + SCHEMA + ".dataset WHERE municipality = 'GM-T'")) {
        rs.next();
        table = rs.getString(1);
      }
      s.execute("LOCK TABLE " + SCHEMA + "." + table + " IN ACCESS EXCLUSIVE MODE");

      CoverageStoreException e = assertTimeoutPreemptively(BOUND, () -> catchStoreError(
          () -> store.householdsIn("GM-T", BulkImportTest.square("x", 100_000, 400_000, 50).area())));

      assertThat(e).hasMessageContaining("find the households in an area of municipality GM-T")
          .hasMessageContaining("lock timeout");
      assertThat(e.sqlState()).contains("55P03");
      other.rollback();
    }
    assertThat(store.householdsIn("GM-T", BulkImportTest.square("x", 100_000, 400_000, 50).area())).isNotEmpty();
  }

  @Test
  void group_groupTableLockedElsewhere_failsWithTheLockTimeout() throws Exception {
    try (Connection other = TestDatabase.get().connect(); Statement s = other.createStatement()) {
      other.setAutoCommit(false);
      s.execute("LOCK TABLE " + SCHEMA + ".coverage_group IN ACCESS EXCLUSIVE MODE");

      CoverageStoreException e = assertTimeoutPreemptively(BOUND, () -> catchStoreError(
          () -> store.group("GM-T", "noord")));

      assertThat(e).hasMessageContaining("read group 'noord' of municipality GM-T").hasMessageContaining("lock timeout");
      other.rollback();
    }
    assertThat(store.group("GM-T", "noord")).isPresent();
  }

  @Test
  void put_statementSleepingInATrigger_failsWithTheStatementTimeout() throws Exception {
    try (Connection c = TestDatabase.get().connect(); Statement s = c.createStatement()) {
      s.execute("CREATE OR REPLACE FUNCTION " + SCHEMA + ".slow() RETURNS trigger LANGUAGE plpgsql AS $$"
          + " BEGIN PERFORM pg_sleep(60); RETURN NEW; END $$");
      s.execute("CREATE OR REPLACE TRIGGER slow BEFORE INSERT ON " + SCHEMA + ".coverage_group FOR EACH ROW"
          + " WHEN (NEW.id = 'traag') EXECUTE FUNCTION " + SCHEMA + ".slow()");
    }
    try {
      CoverageStoreException e = assertTimeoutPreemptively(BOUND, () -> catchStoreError(() -> store.put("GM-T",
          BulkImportTest.square("traag", 100_100, 400_100, 10), 0)));

      assertThat(e).hasMessageContaining("could not write group 'traag' of municipality GM-T")
          .hasMessageContaining("statement timeout (1 s, builder option statementTimeout) ran out");
      assertThat(e.sqlState()).contains("57014");
      assertThat(store.group("GM-T", "traag")).isEmpty();
    } finally {
      try (Connection c = TestDatabase.get().connect(); Statement s = c.createStatement()) {
        s.execute("DROP TRIGGER IF EXISTS slow ON " + SCHEMA + ".coverage_group");
      }
    }
  }

  @Test
  void group_serverProcessFrozen_failsWithTheSocketTimeoutAndTheStoreRecovers() throws Exception {
    TestDatabase db = TestDatabase.get();
    HikariConfig config = new HikariConfig();
    config.setJdbcUrl(db.url);
    config.setUsername(db.user);
    config.setPassword(db.password);
    config.addDataSourceProperty("logServerErrorDetail", "false");
    config.setMaximumPoolSize(1);
    config.setMinimumIdle(1);
    try (HikariDataSource pool = new HikariDataSource(config);
        PostgisCoverageStore frozen = builder().dataSource(pool).build()) {
      long pid;
      try (Connection c = pool.getConnection(); Statement s = c.createStatement();
          ResultSet rs = s.executeQuery("SELECT pg_backend_pid()")) {
        rs.next();
        pid = rs.getLong(1);
      }
      signal("STOP", pid);
      try {
        // within HikariCP's 500 ms alive-bypass window, so the call runs on the frozen backend
        CoverageStoreException e = assertTimeoutPreemptively(BOUND, () -> catchStoreError(
            () -> frozen.group("GM-T", "noord")));

        assertThat(e).hasMessageContaining("read group 'noord' of municipality GM-T")
            .hasMessageContaining("socket timeout (1 s statement timeout + 1 s, builder option socketTimeout)");
        assertThat(e.sqlState()).hasValueSatisfying(state -> assertThat(state).startsWith("08"));
      } finally {
        signal("CONT", pid);
        signal("TERM", pid);
      }
      assertThat(frozen.group("GM-T", "noord")).as("a new connection replaces the broken one").isPresent();
    }
  }

  @Test
  void save_serverProcessFrozenDuringTheCopy_failsWithTheSocketTimeoutAndKeepsTheOldDataset() throws Exception {
    TestDatabase db = TestDatabase.get();
    Dataset big = Dataset.of("Groot", BulkImportTest.households(600_000, null), List.of());
    try (PostgisCoverageStore saving = builder().url(db.url).user(db.user).password(db.password)
        .saveTimeout(Duration.ofSeconds(3)).build()) {
      CompletableFuture<Void> save = CompletableFuture.runAsync(() -> saving.save("GM-T", big));
      long pid = awaitCopy();
      signal("STOP", pid);
      try {
        // the client fills the socket buffers and blocks in a write: no read timeout can end that
        Throwable e = assertTimeoutPreemptively(BOUND, () -> catchThrowable(() -> save.get()));

        assertThat(e).isInstanceOf(ExecutionException.class).cause().isInstanceOf(CoverageStoreException.class)
            .hasMessageContaining("could not save dataset 'Groot' of municipality GM-T")
            .hasMessageContaining("socket timeout (3 s statement timeout + 1 s, builder option socketTimeout)");
      } finally {
        signal("CONT", pid);
        signal("TERM", pid);
      }
    }
    assertThat(store.load("GM-T").orElseThrow().name()).isEqualTo("Tijd");
  }

  @Test
  void builder_timeoutsBelowTheirMinimum_areRefused() {
    assertThatThrownBy(() -> PostgisCoverageStore.builder().lockTimeout(Duration.ZERO))
        .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("lock timeout");
    assertThatThrownBy(() -> PostgisCoverageStore.builder().statementTimeout(Duration.ofMillis(-1)))
        .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("statement timeout");
    assertThatThrownBy(() -> PostgisCoverageStore.builder().socketTimeout(Duration.ofMillis(10)))
        .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("socket timeout");
  }

  private static PostgisCoverageStore.Builder builder() {
    return PostgisCoverageStore.builder().schema(SCHEMA).lockTimeout(LOCK).statementTimeout(STATEMENT)
        .socketTimeout(SOCKET);
  }

  private static CoverageStoreException catchStoreError(Runnable call) {
    try {
      call.run();
    } catch (CoverageStoreException e) {
      return e;
    }
    throw new AssertionError("the call returned instead of failing");
  }

  /** The server process of a running household COPY into this test's schema. */
  private static long awaitCopy() throws Exception {
    try (Connection c = TestDatabase.get().connect(); Statement s = c.createStatement()) {
      for (int i = 0; i < 3_000; i++) {
        try (ResultSet rs = s.executeQuery("SELECT pid FROM pg_stat_activity WHERE state = 'active'"
            + " AND query LIKE 'COPY \"" + SCHEMA + "\".%'")) {
          if (rs.next()) {
            return rs.getLong(1);
          }
        }
        Thread.sleep(5);
      }
    }
    throw new AssertionError("no COPY into " + SCHEMA + " started");
  }

  private static Throwable catchThrowable(java.util.concurrent.Callable<?> call) {
    try {
      call.call();
    } catch (Throwable e) {
      return e;
    }
    throw new AssertionError("the call returned instead of failing");
  }

  private static void signal(String signal, long pid) throws Exception {
    Process p = new ProcessBuilder("kill", "-" + signal, Long.toString(pid)).redirectErrorStream(true).start();
    assertThat(p.waitFor(10, TimeUnit.SECONDS)).isTrue();
  }
}
