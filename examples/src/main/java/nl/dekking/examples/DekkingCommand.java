package nl.dekking.examples;

import java.io.PrintWriter;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Spec;

/**
 * The {@code dekking} command line: {@code java -jar examples/target/dekking.jar report ...}.
 *
 * <p>Exit codes: 0 done, 1 an unexpected failure, 2 bad usage or bad input data (the message names the file, the
 * feature and the problem).
 */
@Command(name = "dekking", mixinStandardHelpOptions = true, versionProvider = DekkingCommand.Version.class,
    description = "Coverage of neighbourhood-watch WhatsApp groups (WhatsApp Buurtpreventie) from real address data.",
    subcommands = {ReportCommand.class, RegisterCommand.class, NearbyCommand.class, CommandLine.HelpCommand.class})
public final class DekkingCommand implements Runnable {

  @Spec
  CommandSpec spec;

  public static void main(String[] args) {
    System.exit(execute(args, new PrintWriter(System.out, true), new PrintWriter(System.err, true)));
  }

  /** Runs the command line with these arguments and writers; returns the exit code. */
  public static int execute(String[] args, PrintWriter out, PrintWriter err) {
    CommandLine cl = new CommandLine(new DekkingCommand());
    cl.setOut(out);
    cl.setErr(err);
    cl.setExecutionExceptionHandler((ex, commandLine, parseResult) -> {
      if (ex instanceof IllegalArgumentException || ex instanceof java.io.UncheckedIOException) {
        commandLine.getErr().println("dekking: " + ex.getMessage());
        return 2;
      }
      commandLine.getErr().println("dekking: unexpected failure: " + ex);
      ex.printStackTrace(commandLine.getErr());
      return 1;
    });
    cl.setExitCodeExceptionMapper(ex -> 2);
    return cl.execute(args);
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
