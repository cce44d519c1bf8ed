package nl.dekking.postgis;

import static org.assertj.core.api.Assertions.assertThat;

import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CyclicBarrier;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import nl.dekking.model.Dataset;
import nl.dekking.model.Group;
import nl.dekking.model.Household;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * Saves of different municipalities at the same time: none deadlocks, and none makes another municipality's reads
 * or saves wait for a lock. The stores here give up on any lock after 100 ms ({@code lockTimeout}), so a wait
 * longer than that fails the test with the store's lock-timeout error instead of passing slowly.
 */
class ConcurrentSaveTest {

  private static final String SCHEMA = "dekking_concurrent";
  private static PostgisCoverageStore store;

  @BeforeAll
  static void open() {
    TestDatabase db = TestDatabase.get();
    store = PostgisCoverageStore.builder().url(db.url).user(db.user).password(db.password).schema(SCHEMA)
        .maximumPoolSize(24).lockTimeout(Duration.ofMillis(100)).build();
  }

  @AfterAll
  static void close() {
    if (store != null) {
      store.close();
    }
  }

  @Test
  void save_twentyMunicipalitiesAtOnceTwice_allCommitWithoutDeadlock() throws Exception {
    int n = 20;
    // a store that waits for locks as long as it takes: a deadlock shows as PostgreSQL's 40P01, not as a timeout
    TestDatabase db = TestDatabase.get();
    try (PostgisCoverageStore patient = PostgisCoverageStore.builder().url(db.url).user(db.user)
        .password(db.password).schema(SCHEMA).maximumPoolSize(n).lockTimeout(Duration.ofMinutes(1)).build()) {
      CyclicBarrier start = new CyclicBarrier(n);
      ExecutorService pool = Executors.newFixedThreadPool(n);
      try {
        List<Future<?>> saves = new ArrayList<>();
        for (int i = 0; i < n; i++) {
          String m = "GM-PAR" + i;
          int size = 200 + i;
          saves.add(pool.submit(() -> {
            start.await();
            patient.save(m, dataset("Eerst " + m, size));
            patient.save(m, dataset("Dan " + m, size + 1)); // the second one replaces a table
            return null;
          }));
        }
        for (Future<?> f : saves) {
          f.get(120, TimeUnit.SECONDS);
        }
      } finally {
        pool.shutdownNow();
      }
      for (int i = 0; i < n; i++) {
        Dataset loaded = patient.load("GM-PAR" + i).orElseThrow();
        assertThat(loaded.name()).isEqualTo("Dan GM-PAR" + i);
        assertThat(loaded.households()).hasSize(201 + i);
      }
    }
    assertThat(tablesLeft()).as("household tables beyond one per municipality").isZero();
  }

  @Test
  void save_pausedJustBeforeCommit_otherMunicipalitiesReadAndSaveWithoutWaiting() throws Exception {
    store.save("GM-SLOW", dataset("Oud", 3_000));
    store.save("GM-BUSY", dataset("Buren", 500));
    Group busyGroup = store.groups("GM-BUSY").get(0).group();
    // the slow save sleeps in a trigger after it has written everything, before it commits: whatever locks it
    // holds, it holds them now
    try (Connection c = TestDatabase.get().connect(); Statement s = c.createStatement()) {
      s.execute("CREATE OR REPLACE FUNCTION " + SCHEMA + ".pause() RETURNS trigger LANGUAGE plpgsql AS $$"
          + " BEGIN IF NEW.municipality = 'GM-SLOW' AND NEW.household_table IS DISTINCT FROM OLD.household_table"
          + " THEN PERFORM pg_sleep(6); END IF; RETURN NEW; END $$");
      s.execute("CREATE OR REPLACE TRIGGER pause AFTER UPDATE ON " + SCHEMA + ".dataset FOR EACH ROW EXECUTE"
          + " FUNCTION " + SCHEMA + ".pause()");
    }
    try {
      CompletableFuture<Void> slow = CompletableFuture.runAsync(() -> store.save("GM-SLOW", dataset("Nieuw", 3_001)));
      awaitSleepingSave();

      // every read of another municipality, and of this one (the old dataset), without waiting for a lock
      assertThat(store.load("GM-BUSY").orElseThrow().households()).hasSize(500);
      assertThat(store.householdsIn("GM-BUSY", busyGroup.area())).isNotEmpty();
      assertThat(store.householdsCoveredBy("GM-BUSY", busyGroup.id())).isNotEmpty();
      assertThat(store.groupsCovering("GM-BUSY", 150_001, 450_001)).isNotEmpty();
      assertThat(store.load("GM-SLOW").orElseThrow().name()).isEqualTo("Oud");
      // and a whole save of another municipality, new and replacing
      store.save("GM-BUSY", dataset("Buren opnieuw", 501));
      store.save("GM-NEW", dataset("Nieuwkomer", 10));
      assertThat(slow).as("the slow save is still sleeping").isNotDone();

      slow.get(60, TimeUnit.SECONDS);
      assertThat(store.load("GM-SLOW").orElseThrow().name()).isEqualTo("Nieuw");
      assertThat(store.load("GM-BUSY").orElseThrow().households()).hasSize(501);
    } finally {
      try (Connection c = TestDatabase.get().connect(); Statement s = c.createStatement()) {
        s.execute("DROP TRIGGER IF EXISTS pause ON " + SCHEMA + ".dataset");
      }
    }
  }

  @Test
  void load_whileTheSameMunicipalityIsSavedRepeatedly_alwaysSeesOneWholeDataset() throws Exception {
    store.save("GM-FLIP", dataset("Versie 0", 1_000));
    CompletableFuture<Void> saving = CompletableFuture.runAsync(() -> {
      for (int i = 1; i <= 8; i++) {
        store.save("GM-FLIP", dataset("Versie " + i, 1_000 + i));
      }
    });
    int reads = 0;
    while (!saving.isDone() || reads < 5) {
      Dataset d = store.load("GM-FLIP").orElseThrow();
      int version = Integer.parseInt(d.name().substring("Versie ".length()));
      assertThat(d.households()).as("households of %s", d.name()).hasSize(1_000 + version);
      assertThat(d.groups()).hasSize(2);
      reads++;
    }
    saving.get(60, TimeUnit.SECONDS);
    assertThat(store.load("GM-FLIP").orElseThrow().name()).isEqualTo("Versie 8");
  }

  private static void awaitSleepingSave() throws SQLException, InterruptedException {
    try (Connection c = TestDatabase.get().connect(); Statement s = c.createStatement()) {
      for (int i = 0; i < 400; i++) {
        try (ResultSet rs = s.executeQuery("SELECT count(*) FROM pg_stat_activity WHERE wait_event = 'PgSleep'"
            + " AND query LIKE 'UPDATE%dataset SET household_table%'")) {
          rs.next();
          if (rs.getInt(1) > 0) {
            return;
          }
        }
        Thread.sleep(25);
      }
    }
    throw new AssertionError("the slow save never reached its pause");
  }

  private static long tablesLeft() throws SQLException {
    try (Connection c = TestDatabase.get().connect(); Statement s = c.createStatement();
        ResultSet rs = s.executeQuery("SELECT (SELECT count(*) FROM pg_tables WHERE schemaname = '" + SCHEMA + "'"
            + " AND tablename ~ '^household_[0-9]+$') - (SELECT count(household_table) FROM " + SCHEMA + ".dataset)")) {
      rs.next();
      return rs.getLong(1);
    }
  }

  private static Dataset dataset(String name, int households) {
    List<Household> list = BulkImportTest.households(households, null);
    return Dataset.of(name, list, List.of(BulkImportTest.square("g", 100_000, 400_000, 50),
        BulkImportTest.square("h", 150_000, 450_000, 10)));
  }
}
