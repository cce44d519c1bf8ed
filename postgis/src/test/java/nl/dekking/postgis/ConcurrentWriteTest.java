package nl.dekking.postgis;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.concurrent.CyclicBarrier;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import nl.dekking.model.Dataset;
import nl.dekking.model.Group;
import nl.dekking.store.ConcurrentUpdateException;
import nl.dekking.store.VersionedGroup;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * No lost updates: writers on separate stores (separate pools, so separate database connections and transactions)
 * change the same group at the same moment.
 */
class ConcurrentWriteTest {

  private static PostgisCoverageStore first;
  private static PostgisCoverageStore second;
  private static ExecutorService threads;

  @BeforeAll
  static void open() {
    first = TestDatabase.get().store("dekking_concurrent");
    second = TestDatabase.get().store("dekking_concurrent");
    threads = Executors.newFixedThreadPool(4);
  }

  @AfterAll
  static void close() {
    if (threads != null) {
      threads.shutdownNow();
    }
    if (first != null) {
      first.close();
      second.close();
    }
  }

  @Test
  void put_twoWritersSameVersionAtOnce_oneWinsOtherGetsConflict() throws Exception {
    String m = "GM-RACE";
    first.save(m, Dataset.of("Race", List.of(), List.of(BulkImportTest.square("noord", 180_000, 450_000, 100))));
    for (int round = 0; round < 30; round++) {
      VersionedGroup read = first.group(m, "noord").orElseThrow();
      CyclicBarrier start = new CyclicBarrier(2);
      Future<Object> a = threads.submit(write(start, first, m, read, 1000 + round));
      Future<Object> b = threads.submit(write(start, second, m, read, 2000 + round));
      List<Object> outcomes = List.of(a.get(30, TimeUnit.SECONDS), b.get(30, TimeUnit.SECONDS));

      assertThat(outcomes).as("round %d", round).filteredOn(o -> o instanceof VersionedGroup).hasSize(1);
      assertThat(outcomes).as("round %d", round).filteredOn(o -> o instanceof ConcurrentUpdateException).hasSize(1);
      VersionedGroup winner = (VersionedGroup) outcomes.stream().filter(o -> o instanceof VersionedGroup).findFirst().orElseThrow();
      ConcurrentUpdateException loser = (ConcurrentUpdateException) outcomes.stream()
          .filter(o -> o instanceof ConcurrentUpdateException).findFirst().orElseThrow();
      assertThat(first.group(m, "noord")).contains(winner);
      assertThat(loser.expectedVersion()).isEqualTo(read.version());
      assertThat(loser.actualVersion()).hasValue(winner.version());
      assertThat(loser).hasMessageContaining("'noord'").hasMessageContaining("GM-RACE");
    }
  }

  @Test
  void put_readModifyWriteWithRetry_countsEveryIncrement() throws Exception {
    String m = "GM-COUNTER";
    first.save(m, Dataset.of("Teller", List.of(), List.of(BulkImportTest.square("teller", 180_000, 450_000, 100))));
    int writers = 4;
    int increments = 25;
    CyclicBarrier start = new CyclicBarrier(writers);
    List<Future<Integer>> conflicts = new ArrayList<>();
    for (int w = 0; w < writers; w++) {
      PostgisCoverageStore store = w % 2 == 0 ? first : second;
      conflicts.add(threads.submit(() -> {
        start.await(30, TimeUnit.SECONDS);
        int seen = 0;
        for (int i = 0; i < increments; i++) {
          while (true) {
            VersionedGroup read = store.group(m, "teller").orElseThrow();
            try {
              store.put(m, read.group().withMembers(read.group().members() + 1), read.version());
              break;
            } catch (ConcurrentUpdateException e) {
              seen++;
            }
          }
        }
        return seen;
      }));
    }
    int totalConflicts = 0;
    for (Future<Integer> f : conflicts) {
      totalConflicts += f.get(120, TimeUnit.SECONDS);
    }

    assertThat(first.group(m, "teller").orElseThrow().group().members()).isEqualTo(writers * increments);
    assertThat(totalConflicts).as("writers did collide, so the versions were tested").isPositive();
  }

  @Test
  void put_newGroupByTwoWritersAtOnce_createsItOnce() throws Exception {
    String m = "GM-CREATE";
    first.save(m, Dataset.of("Nieuw", List.of(), List.of()));
    for (int round = 0; round < 20; round++) {
      Group g = BulkImportTest.square("nieuw" + round, 180_000, 450_000, 100);
      CyclicBarrier start = new CyclicBarrier(2);
      Callable<Object> create1 = () -> {
        start.await(30, TimeUnit.SECONDS);
        try {
          return first.put(m, g.withMembers(1), 0);
        } catch (ConcurrentUpdateException e) {
          return e;
        }
      };
      Callable<Object> create2 = () -> {
        start.await(30, TimeUnit.SECONDS);
        try {
          return second.put(m, g.withMembers(2), 0);
        } catch (ConcurrentUpdateException e) {
          return e;
        }
      };
      Future<Object> a = threads.submit(create1);
      Future<Object> b = threads.submit(create2);
      List<Object> outcomes = List.of(a.get(30, TimeUnit.SECONDS), b.get(30, TimeUnit.SECONDS));

      assertThat(outcomes).filteredOn(o -> o instanceof VersionedGroup).hasSize(1);
      assertThat(outcomes).filteredOn(o -> o instanceof ConcurrentUpdateException).hasSize(1);
    }
  }

  @Test
  void readers_duringRepeatedSaves_alwaysSeeOneWholeDataset() throws Exception {
    String m = "GM-SWAP";
    Dataset small = Dataset.of("klein", BulkImportTest.households(500, null),
        List.of(BulkImportTest.square("k", 100_000, 400_000, 10)));
    Dataset large = Dataset.of("groot", BulkImportTest.households(3_000, null), List.of());
    first.save(m, small);
    org.locationtech.jts.geom.Geometry everywhere = BulkImportTest.square("alles", 0, 300_000, 300_000).area();
    long until = System.nanoTime() + TimeUnit.SECONDS.toNanos(4);
    Future<Integer> saving = threads.submit(() -> {
      int saves = 0;
      while (System.nanoTime() < until) {
        second.save(m, saves % 2 == 0 ? large : small);
        saves++;
      }
      return saves;
    });
    int loads = 0;
    while (!saving.isDone()) {
      Dataset seen = first.load(m).orElseThrow();
      Dataset expected = seen.name().equals("klein") ? small : large;
      assertThat(seen.households()).as("households of '%s' after %d loads", seen.name(), loads)
          .hasSize(expected.households().size());
      assertThat(seen.groups()).hasSize(expected.groups().size());
      assertThat(first.householdsIn(m, everywhere)).as("households in an area, query %d", loads)
          .hasSizeBetween(small.households().size(), large.households().size())
          .satisfiesAnyOf(l -> assertThat(l).hasSize(small.households().size()),
              l -> assertThat(l).hasSize(large.households().size()));
      loads++;
    }
    assertThat(saving.get()).as("saves while loading").isGreaterThan(3);
    assertThat(loads).isGreaterThan(3);
  }

  private static Callable<Object> write(CyclicBarrier start, PostgisCoverageStore store, String m, VersionedGroup read,
      int members) {
    return () -> {
      start.await(30, TimeUnit.SECONDS);
      try {
        return store.put(m, read.group().withMembers(members), read.version());
      } catch (ConcurrentUpdateException e) {
        return e;
      }
    };
  }
}
