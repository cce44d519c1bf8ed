package nl.dekking.postgis;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.stream.Collectors;
import nl.dekking.model.Dataset;
import nl.dekking.store.CoverageStore;
import nl.dekking.store.CoverageStoreException;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.Test;

/**
 * The database crashes and restarts ({@code pg_ctl restart -m immediate}) while writers are busy: the pool
 * recovers without reopening the store, and every write that returned is still there.
 */
class DatabaseRestartTest {

  @Test
  void put_databaseRestartedUnderLoad_poolRecoversAndNoAcknowledgedWriteIsLost() throws Exception {
    TestDatabase db = TestDatabase.get();
    Assumptions.assumeTrue(db.cluster().isPresent(), "DEKKING_PG_URL is set: the tests cannot restart that database");
    String m = "GM-RESTART";
    Set<String> acknowledged = ConcurrentHashMap.newKeySet();
    AtomicInteger failures = new AtomicInteger();
    AtomicInteger afterRestart = new AtomicInteger();
    AtomicBoolean restarted = new AtomicBoolean();
    AtomicBoolean stop = new AtomicBoolean();
    ExecutorService writers = Executors.newFixedThreadPool(3);
    try (PostgisCoverageStore store = PostgisCoverageStore.builder().url(db.url).user(db.user).password(db.password)
        .schema("dekking_restart").maximumPoolSize(4).connectionTimeout(Duration.ofSeconds(30)).build()) {
      store.save(m, Dataset.of("Herstart", List.of(), List.of()));
      List<Future<?>> running = new ArrayList<>();
      for (int w = 0; w < 3; w++) {
        int writer = w;
        running.add(writers.submit(() -> {
          for (int i = 0; !stop.get(); i++) {
            String id = "w" + writer + "-" + i;
            try {
              store.put(m, BulkImportTest.square(id, 180_000 + i, 450_000, 10), CoverageStore.NEW);
              acknowledged.add(id);
              if (restarted.get()) {
                afterRestart.incrementAndGet();
              }
            } catch (CoverageStoreException e) {
              failures.incrementAndGet(); // not acknowledged: the caller would retry
            }
          }
          return null;
        }));
      }
      waitFor(() -> acknowledged.size() >= 100, "100 writes before the restart");

      db.cluster().orElseThrow().restart();
      restarted.set(true);

      waitFor(() -> afterRestart.get() >= 100, "100 writes after the restart");
      stop.set(true);
      for (Future<?> f : running) {
        f.get(60, TimeUnit.SECONDS);
      }

      Set<String> stored = store.groups(m).stream().map(g -> g.group().id()).collect(Collectors.toSet());
      assertThat(stored).containsAll(acknowledged);
      System.out.printf("restart: %d writes acknowledged, %d failed during the restart, all acknowledged kept%n",
          acknowledged.size(), failures.get());
    } finally {
      stop.set(true);
      writers.shutdownNow();
    }
  }

  private static void waitFor(java.util.function.BooleanSupplier condition, String what) throws InterruptedException {
    long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(90);
    while (!condition.getAsBoolean()) {
      if (System.nanoTime() > deadline) {
        throw new AssertionError("timed out waiting for " + what);
      }
      Thread.sleep(20);
    }
  }
}
