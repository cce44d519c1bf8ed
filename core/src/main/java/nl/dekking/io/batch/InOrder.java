package nl.dekking.io.batch;

import static java.util.Objects.requireNonNull;

import java.util.ArrayDeque;
import java.util.concurrent.Callable;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.function.Consumer;

/**
 * Runs tasks on every core and hands their results to a sink in the order the tasks were submitted, on the
 * submitting thread: a reader submits one task per batch of records it has read and goes on reading, while at most
 * two batches per core wait. With one core the tasks run at once, on the calling thread. A task's exception (or the
 * sink's) is thrown from the {@link #submit} or {@link #finish} that reaches it, after every earlier result was
 * handed on, so the first problem in the input is the one reported. Not thread-safe: one reader uses it.
 *
 * <pre>{@code
 * try (InOrder<Household[]> work = new InOrder<>("dekking-csv", out::addAll)) {
 *   for (List<Row> batch : batches) { work.submit(() -> convert(batch)); }
 *   work.finish();
 * }
 * }</pre>
 *
 * @param <R> what a task gives
 */
public final class InOrder<R> implements AutoCloseable {

  private final Consumer<? super R> sink;
  private final int threads;
  private final ExecutorService pool;
  private final ArrayDeque<Future<R>> pending = new ArrayDeque<>();

  /** Tasks on threads named {@code threadName}, one per core, each result handed to {@code sink}. */
  public InOrder(String threadName, Consumer<? super R> sink) {
    this.sink = requireNonNull(sink, "sink");
    this.threads = Math.max(1, Runtime.getRuntime().availableProcessors());
    this.pool = threads == 1 ? null : Executors.newFixedThreadPool(threads, r -> {
      Thread t = new Thread(r, threadName);
      t.setDaemon(true);
      return t;
    });
  }

  /** Queues a task; hands on the results finished so far, waiting while more than two per core are queued. */
  public void submit(Callable<R> task) {
    requireNonNull(task, "task");
    if (pool == null) {
      sink.accept(call(task));
      return;
    }
    pending.add(pool.submit(task));
    while (!pending.isEmpty() && (pending.size() > 2 * threads || pending.peek().isDone())) {
      sink.accept(take(pending.poll()));
    }
  }

  /** Waits for every queued task and hands on its result, in order. */
  public void finish() {
    while (!pending.isEmpty()) {
      sink.accept(take(pending.poll()));
    }
  }

  /** Stops the threads; tasks still queued are abandoned. */
  @Override
  public void close() {
    if (pool != null) {
      pool.shutdownNow();
    }
  }

  private static <R> R call(Callable<R> task) {
    try {
      return task.call();
    } catch (RuntimeException e) {
      throw e;
    } catch (Exception e) {
      throw new IllegalStateException(e);
    }
  }

  private static <R> R take(Future<R> future) {
    try {
      return future.get();
    } catch (ExecutionException e) {
      if (e.getCause() instanceof RuntimeException re) {
        throw re;
      }
      throw new IllegalStateException(e.getCause());
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new IllegalStateException("interrupted while waiting for a batch", e);
    }
  }
}
