package nl.dekking.examples;

import java.io.PrintWriter;
import java.util.Locale;

/**
 * Progress lines on standard error, one per step and one per detail within it:
 *
 * <pre>
 * analysing ...
 *   indexing 8 groups
 *   assigning 2,478 households
 * analysing: 2,478 households, 147 gap clusters, 2 overlaps, 10 QA findings (0.70 s)
 * </pre>
 */
final class Progress {

  private final PrintWriter err;
  private String step = "";
  private long started;

  Progress(PrintWriter err) {
    this.err = err;
  }

  void step(String name) {
    step = name;
    started = System.nanoTime();
    err.println(name + " ...");
    err.flush();
  }

  void detail(String text) {
    err.println("  " + text);
    err.flush();
  }

  void done(String result) {
    double seconds = (System.nanoTime() - started) / 1e9;
    err.printf(Locale.ROOT, "%s: %s (%.2f s)%n", step, result, seconds);
    err.flush();
  }
}
