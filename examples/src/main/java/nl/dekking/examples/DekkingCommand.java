package nl.dekking.examples;

import java.io.PrintWriter;
import java.io.UncheckedIOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Spec;

/**
 * The {@code dekking} command line: {@code java -jar examples/target/dekking.jar report ...}.
 *
 * <p>Exit codes: 0 done, 1 an unexpected failure, 2 bad usage, bad input data (the message names the file, the
 * feature and the problem) or input too large for the heap (the message names the {@code -Xmx} to use). Every
 * failure is one line on standard error; nothing printed can carry a terminal escape.
 */
@Command(name = "dekking", mixinStandardHelpOptions = true, versionProvider = DekkingCommand.Version.class,
    description = "Coverage of neighbourhood-watch WhatsApp groups (WhatsApp Buurtpreventie) from real address data.",
    subcommands = {ReportCommand.class, LookupCommand.class, PublishCommand.class, PlanCommand.class,
        RegisterCommand.class, NearbyCommand.class, CommandLine.HelpCommand.class})
public final class DekkingCommand implements Runnable {

  @Spec
  CommandSpec spec;

  public static void main(String[] args) {
    System.exit(execute(args, new PrintWriter(System.out, true), new PrintWriter(System.err, true)));
  }

  /** Runs the command line with these arguments and writers; returns the exit code. */
  public static int execute(String[] args, PrintWriter out, PrintWriter err) {
    return execute(args, out, err, HeapGuard.ofThisJvm());
  }

  /**
   * Runs the command line. Everything printed passes a {@link TerminalSafeWriter}, so no value from an input can
   * steer the terminal; a failure prints one line (no stack trace unless {@code DEKKING_DEBUG} is set): bad input
   * names the file, the feature and the reason; input too large for the heap says which {@code -Xmx} to use,
   * before reading when the file sizes already show it ({@link HeapGuard}).
   */
  static int execute(String[] args, PrintWriter out, PrintWriter err, HeapGuard heap) {
    PrintWriter safeOut = TerminalSafeWriter.wrap(out);
    PrintWriter safeErr = TerminalSafeWriter.wrap(err);
    CommandLine cl = new CommandLine(new DekkingCommand());
    cl.setOut(safeOut);
    cl.setErr(safeErr);
    cl.setExecutionStrategy(parseResult -> {
      try {
        heap.check(inputFiles(parseResult));
      } catch (IllegalArgumentException e) {
        return fail(e, heap, safeErr);
      }
      return new CommandLine.RunLast().execute(parseResult);
    });
    cl.setExecutionExceptionHandler((ex, commandLine, parseResult) -> fail(ex, heap, safeErr));
    cl.setExitCodeExceptionMapper(ex -> 2);
    try {
      return cl.execute(args);
    } catch (OutOfMemoryError e) {
      return fail(e, heap, safeErr);
    } finally {
      safeOut.flush();
      safeErr.flush();
    }
  }

  /** Prints one line for a failure and returns the exit code. */
  private static int fail(Throwable ex, HeapGuard heap, PrintWriter err) {
    int code;
    String message;
    if (HeapGuard.isOutOfMemory(ex)) {
      code = 2;
      message = heap.outOfMemory();
    } else if (ex instanceof IllegalArgumentException || ex instanceof UncheckedIOException) {
      code = 2;
      message = String.valueOf(ex.getMessage());
    } else {
      code = 1;
      message = "unexpected failure: " + ex + " (set DEKKING_DEBUG=1 to print where)";
    }
    err.println("dekking: " + oneLine(message));
    if (code == 1 && System.getenv("DEKKING_DEBUG") != null) {
      ex.printStackTrace(err);
    }
    err.flush();
    return code;
  }

  /** A message on one line: line breaks (a quoted piece of a bad file) become spaces. */
  static String oneLine(String message) {
    return message.replaceAll("\\s*[\\r\\n]+\\s*", " ").strip();
  }

  /** The files named by the options and parameters given: the input whose size the heap check weighs. */
  private static List<Path> inputFiles(CommandLine.ParseResult parseResult) {
    List<Path> files = new ArrayList<>();
    for (CommandLine.ParseResult r = parseResult; r != null; r = r.subcommand()) {
      for (CommandLine.Model.ArgSpec arg : r.matchedArgs()) {
        Object value = arg.getValue();
        boolean output = arg instanceof CommandLine.Model.OptionSpec o && Arrays.asList(o.names()).contains("--out");
        if (value instanceof Path p && !output) {
          files.add(p);
        }
      }
    }
    return files;
  }

  @Override
  public void run() {
    spec.commandLine().usage(spec.commandLine().getOut());
  }

  static final class Version implements CommandLine.IVersionProvider {
    @Override
    public String[] getVersion() {
      String v = DekkingCommand.class.getPackage().getImplementationVersion();
      return new String[] {"dekking " + (v == null ? "(development build)" : v)};
    }
  }
}
