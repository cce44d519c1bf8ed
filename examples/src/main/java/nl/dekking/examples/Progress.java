package nl.dekking.examples;

import java.io.PrintWriter;
import java.util.Locale;

/** Progress lines on standard error: "loading ... 2,481 households, 7 groups (0.4 s)". */
final class Progress {

  private final PrintWriter err;
  private long started;

  Progress(PrintWriter err) {
    this.err = err;
  }

  void step(String name) {
    started = System.nanoTime();
    err.print(name + " ... ");
    err.flush();
  }

  void done(String result) {
    double seconds = (System.nanoTime() - started) / 1e9;
    err.printf(Locale.ROOT, "%s (%.2f s)%n", result, seconds);
    err.flush();
  }
}
